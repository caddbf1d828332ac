package evidence

import "testing"

// TestTitleBeforeTheSurnameIsOnePerson: a person written surname first
// with a title before the surname ("Dr Smith, Jane", "Prof. Smith, J.")
// is one person, the title kept before the given name (round 25, red
// team). Before: "Dr Smith, Jane" was two authors, cited "(Smith and
// Jane, 2024)", and "Prof Smith, J." read as "J. Prof Smith".
func TestTitleBeforeTheSurnameIsOnePerson(t *testing.T) {
	authorsAre(t, map[string][]string{
		"Dr Smith, Jane":                {"Dr Jane Smith"},
		"Prof Smith, J.":                {"Prof J. Smith"},
		"Professor Sir Marmot, Michael": {"Professor Sir Michael Marmot"},
		"Dr Smith, Jane and Doe, Anne":  {"Dr Jane Smith", "Anne Doe"},
		"Dr Smith, Jane; Dr Doe, Anne":  {"Dr Jane Smith", "Dr Anne Doe"},
		"Dr Ó Briain, Dara":             {"Dr Dara Ó Briain"},
	})
	referencesStart(t, "Dr Smith, Jane", "Smith", map[Style]string{
		Harvard: "Smith, J. (2024)", APA: "Smith, J. (2024)", Vancouver: "Smith J. Waits",
	})
	referencesStart(t, "Prof Smith, J.", "Smith", map[Style]string{
		Harvard: "Smith, J. (2024)", APA: "Smith, J. (2024)", Vancouver: "Smith J. Waits",
	})
}

// TestSurnameCommaGivenNamesIsOnePerson: a person written surname first
// with two or three given names ("Smith, Jane Mary", "Doe, Mary Ann B."),
// as PDF metadata and reference lists write them, is one person (round
// 25, red team). Before: two authors, "Smith" and "Jane Mary", cited
// "(Smith and Mary, 2024)"; while "Beth Gault, Sam Lee" (given names
// first) stays two people.
func TestSurnameCommaGivenNamesIsOnePerson(t *testing.T) {
	authorsAre(t, map[string][]string{
		"Smith, Jane Mary":                {"Jane Mary Smith"},
		"Doe, Mary Ann B.":                {"Mary Ann B. Doe"},
		"Smith, Jane Mary and Doe, John":  {"Jane Mary Smith", "John Doe"},
		"Ó Briain, Dara Seán":             {"Dara Seán Ó Briain"},
		"Beth Gault, Sam Lee":             {"Beth Gault", "Sam Lee"},
		"Gault, Lee and Khan":             {"Gault", "Lee", "Khan"},
		"Smith, Jane Mary, Doe, John Tom": {"Smith", "Jane Mary", "Doe", "John Tom"},
	})
	referencesStart(t, "Smith, Jane Mary", "Smith", map[Style]string{
		Harvard: "Smith, J.M. (2024)", APA: "Smith, J. M. (2024)", Vancouver: "Smith JM. Waits",
	})
}

// TestAPAInitialsAreSpaced: APA's 7th edition puts a space between a
// person's initials ("Smith, J. M."), where Cite Them Right Harvard
// writes them together ("Smith, J.M.") and Vancouver bare ("Smith JM")
// (round 25, red team). Before: APA wrote Harvard's "Smith, J.M.".
func TestAPAInitialsAreSpaced(t *testing.T) {
	referencesStart(t, "Jane Mary Smith and Jean-Paul Doe", "Smith and Doe", map[Style]string{
		Harvard: "Smith, J.M. and Doe, J.-P. (2024)", APA: "Smith, J. M., & Doe, J.-P. (2024)", Vancouver: "Smith JM, Doe JP. Waits",
	})
}

// TestRoleAfterACommaIsNoName: an editor's role or a title written after
// the name and a comma ("Jane Smith, editor", "Smith, Jane, eds.",
// "Smith, Jane, Dr"), as reference lists and PDF metadata write them,
// names no one (round 25, red team). Before: "editor" and "Dr" were
// authors, cited "(Smith and editor, 2024)"; "Miliband, Ed" is still Ed
// Miliband.
func TestRoleAfterACommaIsNoName(t *testing.T) {
	authorsAre(t, map[string][]string{
		"Jane Smith, editor":            {"Jane Smith"},
		"Jane Smith, ed.":               {"Jane Smith"},
		"Jane Smith and John Doe, eds.": {"Jane Smith", "John Doe"},
		"Jane Smith, John Doe, Editors": {"Jane Smith", "John Doe"},
		"Smith, Jane, Dr":               {"Jane Smith"},
		"Smith, Jane, Prof.":            {"Jane Smith"},
		"Miliband, Ed":                  {"Ed Miliband"},
		"Lord, Jane":                    {"Jane Lord"},
		"Baron, Sarah":                  {"Sarah Baron"},
	})
}

// TestTitleCaseKeepsWordsWithInnerCapitals: the footnote style's title
// case leaves a word holding a capital after its first letter as written
// ("mRNA", "eHealth", "iPad"), as its rule says of words already holding
// capitals, and an address ("gov.uk") as written (round 25, red team).
// Before: "MRNA Vaccines", "EHealth", "IPad", "Gov.uk".
func TestTitleCaseKeepsWordsWithInnerCapitals(t *testing.T) {
	for title, want := range map[string]string{
		"mRNA vaccines and eHealth records on the iPad": "mRNA Vaccines and eHealth Records on the iPad",
		"guidance published on gov.uk for parents":      "Guidance Published on gov.uk for Parents",
		"waits for CAMHS in the NHS":                    "Waits for CAMHS in the NHS",
		"a well-being plan: the end of waits":           "A Well-Being Plan: The End of Waits",
	} {
		if got := titleCase(title); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", title, got, want)
		}
	}
}
