package evidence

import (
	"strings"
	"testing"
	"time"
)

// authorsAre checks Authors against the names wanted, one per field.
func authorsAre(t *testing.T, want map[string][]string) {
	t.Helper()
	for field, w := range want {
		if got := Authors(field); strings.Join(got, "|") != strings.Join(w, "|") {
			t.Errorf("Authors(%q) = %q, want %q", field, got, w)
		}
	}
}

// referencesStart checks that a source's reference starts with want in
// each style, and its Harvard in-text citation names label.
func referencesStart(t *testing.T, author, label string, want map[Style]string) {
	t.Helper()
	s := Source{Title: "Waits", Author: author, Publisher: "Westmere Press", Date: Date{Year: 2024}, Type: Report, URL: "https://example.org/r"}
	at := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	if got := AuthorLabel(s); got != label {
		t.Errorf("%q: cited %q, want %q", author, got, label)
	}
	for st, w := range want {
		if got := StyleReference(st, s, at).String(); !strings.HasPrefix(got, w) {
			t.Errorf("%q %s reference: %q, want it to start %q", author, st, got, w)
		}
	}
}

// TestBodyNameWithACommaIsOneAuthor: a body whose name lists its remit
// with commas ("Department of Health, Social Services and Public
// Safety", "Department for Environment, Food and Rural Affairs") is one
// corporate author, cited whole, while lists of people or of bodies
// separated by commas stay lists (round 24). Before, the first was two
// bodies, "(Department of Health and Social Services and Public Safety,
// 2024)", and the second "Department for Environment, Food and Affairs,
// R. (2024)".
func TestBodyNameWithACommaIsOneAuthor(t *testing.T) {
	authorsAre(t, map[string][]string{
		"Department of Health, Social Services and Public Safety": {"Department of Health, Social Services and Public Safety"},
		"Department for Environment, Food and Rural Affairs":      {"Department for Environment, Food and Rural Affairs"},
		"Department for Digital, Culture, Media and Sport":        {"Department for Digital, Culture, Media and Sport"},
		"Department for Levelling Up, Housing and Communities":    {"Department for Levelling Up, Housing and Communities"},
		"Royal College of Obstetricians and Gynaecologists":       {"Royal College of Obstetricians and Gynaecologists"},
		"Ministry of Housing, Communities and Local Government":   {"Ministry of Housing, Communities and Local Government"},
		"Department for Environment, Food, and Rural Affairs":     {"Department for Environment, Food, and Rural Affairs"},
		"Smith, J., Doe, A.":                                     {"J. Smith", "A. Doe"},
		"Jane Smith, John Doe":                                   {"Jane Smith", "John Doe"},
		"Department for Education, NHS England and Ofsted":       {"Department for Education", "NHS England", "Ofsted"},
		"Department of Health, Jane Smith and John Doe":          {"Department of Health", "Jane Smith", "John Doe"},
		"Department for Education, Local Government Association": {"Department for Education", "Local Government Association"},
		"Department for Education; Food and Rural Affairs":       {"Department for Education", "Food", "Rural Affairs"},
	})
	const defra = "Department for Environment, Food and Rural Affairs"
	referencesStart(t, defra, defra, map[Style]string{
		Harvard: defra + " (2024)", APA: defra + ". (2024)", Vancouver: defra + ". Waits", Footnotes: defra + ", ",
	})
	const dhssps = "Department of Health, Social Services and Public Safety"
	referencesStart(t, dhssps, dhssps, map[Style]string{
		Harvard: dhssps + " (2024)", APA: dhssps + ". (2024)", Vancouver: dhssps + ". Waits", Footnotes: dhssps + ", ",
	})
}

// TestSurnameCommaGivenNameIsOnePerson: an author field written surname
// first, as reference lists and PDF metadata write a name ("Smith,
// Jane", "Ó Briain, Dara", "Doe, Jane A."), is one person, cited by the
// surname in every style; a list of such names is as many people
// (round 24). Before, "Smith, Jane" was two authors, cited "(Smith and
// Jane, 2024)" and listed "Smith and Jane (2024)".
func TestSurnameCommaGivenNameIsOnePerson(t *testing.T) {
	authorsAre(t, map[string][]string{
		"Smith, Jane":               {"Jane Smith"},
		"Ó Briain, Dara":            {"Dara Ó Briain"},
		"van der Berg, Bob":         {"Bob van der Berg"},
		"O'Neill, Mary-Jo":          {"Mary-Jo O'Neill"},
		"Doe, Jane A.":              {"Jane A. Doe"},
		"Smith, Jane and Doe, Anne": {"Jane Smith", "Anne Doe"},
		"Smith, Jane; Doe, Anne":    {"Jane Smith", "Anne Doe"},
		"Beth Gault, Sam Lee":       {"Beth Gault", "Sam Lee"},
		"Gault, Lee and Khan":       {"Gault", "Lee", "Khan"},
		"NHS England, Jane":         {"NHS England", "Jane"},
		"England, Jane":             {"Jane England"},
		"Smith, Jane.":              {"Jane Smith"},
	})
	referencesStart(t, "Smith, Jane", "Smith", map[Style]string{
		Harvard: "Smith, J. (2024)", APA: "Smith, J. (2024)", Vancouver: "Smith J. Waits", Footnotes: "Smith, Jane, ",
	})
	referencesStart(t, "Ó Briain, Dara", "Ó Briain", map[Style]string{
		Harvard: "Ó Briain, D. (2024)", APA: "Ó Briain, D. (2024)", Vancouver: "Ó Briain D. Waits", Footnotes: "Ó Briain, Dara, ",
	})
	referencesStart(t, "Smith, Jane and Doe, Anne", "Smith and Doe", map[Style]string{
		Harvard: "Smith, J. and Doe, A. (2024)", APA: "Smith, J., & Doe, A. (2024)", Vancouver: "Smith J, Doe A. Waits",
	})
}

// TestPersonAndBodyJoinedByAndAreTwoAuthors: a person and a body joined
// by "and" ("Jane Smith and the Health Foundation") are two authors, the
// person cited by surname and the body whole, while "and" inside a
// body's name ("Department of Health and Social Care", "Health and
// Social Care Board") still joins one name (round 24). Before, the
// whole field was one body: "(Jane Smith and the Health Foundation,
// 2024)".
func TestPersonAndBodyJoinedByAndAreTwoAuthors(t *testing.T) {
	authorsAre(t, map[string][]string{
		"Jane Smith and the Health Foundation":          {"Jane Smith", "the Health Foundation"},
		"Jane Smith and NHS Providers":                  {"Jane Smith", "NHS Providers"},
		"NHS Providers and Dr Jane Smith":               {"NHS Providers", "Dr Jane Smith"},
		"J. Smith & the King's Fund":                    {"J. Smith", "the King's Fund"},
		"Department of Health and Social Care":          {"Department of Health and Social Care"},
		"Health and Social Care Board":                  {"Health and Social Care Board"},
		"Royal College of Paediatrics and Child Health": {"Royal College of Paediatrics and Child Health"},
		"Department for Education and Skills":           {"Department for Education and Skills"},
	})
	referencesStart(t, "Jane Smith and the Health Foundation", "Smith and the Health Foundation", map[Style]string{
		Harvard: "Smith, J. and the Health Foundation (2024)", APA: "Smith, J., & the Health Foundation. (2024)",
		Vancouver: "Smith J, the Health Foundation. Waits", Footnotes: "Smith, Jane, and the Health Foundation, ",
	})
	referencesStart(t, "Jane Smith and NHS Providers", "Smith and NHS Providers", map[Style]string{
		Harvard: "Smith, J. and NHS Providers (2024)",
	})
}

// TestPlaceSurnameIsAPerson: a person whose surname is also a place a
// body is named by ("Jane England", "Mark Wales") is a person, cited by
// the surname, while bodies named by a place ("Sport England", "NHS
// England", "Public Health Wales", "Age UK") stay bodies, cited whole
// (round 24). Before, "Jane England" was cited "(Jane England, 2024)",
// and "Public Health Wales" "(Wales, 2024)", listed "Wales, P.H.".
func TestPlaceSurnameIsAPerson(t *testing.T) {
	for name, want := range map[string]string{
		"Jane England": "England", "Mark Wales": "Wales", "Sarah Health": "Health", "Dr Kate Ireland": "Ireland",
		"J. England": "England", "Mary Jane England": "England", "Tom Scotland PhD": "Scotland",
		"Sport England": "Sport England", "NHS England": "NHS England", "Age UK": "Age UK", "Natural England": "Natural England",
		"Public Health Wales": "Public Health Wales", "Public Health England": "Public Health England", "Audit Scotland": "Audit Scotland",
		"Children's Commissioner": "Children's Commissioner", "Women's Aid": "Women's Aid",
	} {
		if got := AuthorLabel(Source{Author: name, Publisher: "P"}); got != want {
			t.Errorf("%q cited %q, want %q", name, got, want)
		}
	}
	referencesStart(t, "Jane England", "England", map[Style]string{
		Harvard: "England, J. (2024)", APA: "England, J. (2024)", Vancouver: "England J. Waits", Footnotes: "England, Jane, ",
	})
	referencesStart(t, "Public Health Wales", "Public Health Wales", map[Style]string{
		Harvard: "Public Health Wales (2024)", Vancouver: "Public Health Wales. Waits",
	})
}

// TestTitlesBeforeANameAreNoInitials: the titles British reports put
// before a name ("Rt Hon", "The Rt Hon", "Baroness", "Lord", "Lady",
// "Councillor") are no given name (round 24). Before, "Rt Hon Jane
// Smith MP" was listed "Smith, R.H.J. (2024)" and noted "Smith, Rt Hon
// Jane".
func TestTitlesBeforeANameAreNoInitials(t *testing.T) {
	for name, want := range map[string][2]string{
		"Rt Hon Jane Smith MP":         {"Smith", "Jane"},
		"The Rt Hon Jane Smith MP":     {"Smith", "Jane"},
		"The Right Hon. Jane Smith":    {"Smith", "Jane"},
		"Baroness Anne Longfield CBE":  {"Longfield", "Anne"},
		"Lord Ara Darzi":               {"Darzi", "Ara"},
		"Councillor Mary Okoro":        {"Okoro", "Mary"},
		"Professor Sir Michael Marmot": {"Marmot", "Michael"},
	} {
		names := Authors(name)
		if len(names) != 1 {
			t.Errorf("Authors(%q) = %q", name, names)
			continue
		}
		if fam, giv := SplitName(names[0]); fam != want[0] || giv != want[1] {
			t.Errorf("SplitName(%q) = %q, %q; want %q, %q", names[0], fam, giv, want[0], want[1])
		}
	}
	referencesStart(t, "Rt Hon Jane Smith MP", "Smith", map[Style]string{
		Harvard: "Smith, J. (2024)", Vancouver: "Smith J. Waits", Footnotes: "Smith, Jane, ",
	})
}

// TestEtAlIsMoreAuthorsNotAName: an author field that ends "et al." or
// "and others" ("Jane Smith et al.", "Smith J, Doe A et al", "Jane Smith
// and colleagues") names some authors of more: each style cites the
// first and "et al." (MHRA "and others"), and no style reads "et al." or
// "colleagues" as a name (round 24). Before, "Jane Smith et al." was
// cited "(et al., 2024)" and listed "et al., J.S. (2024)", and "Jane
// Smith and colleagues" "(Smith and colleagues, 2024)".
func TestEtAlIsMoreAuthorsNotAName(t *testing.T) {
	authorsAre(t, map[string][]string{
		"Jane Smith et al.":           {"Jane Smith"},
		"Jane Smith et al":            {"Jane Smith"},
		"Jane Smith, et al.":          {"Jane Smith"},
		"Smith J, Doe A et al":        {"J Smith", "A Doe"},
		"Smith J et al":               {"J Smith"},
		"Jane Smith PhD et al.":       {"Jane Smith"},
		"Jane Smith and others":       {"Jane Smith"},
		"Jane Smith and colleagues":   {"Jane Smith"},
		"Jane Smith, John Doe et al.": {"Jane Smith", "John Doe"},
	})
	at := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	for _, author := range []string{"Jane Smith et al.", "Jane Smith and others", "Jane Smith, John Doe et al."} {
		s := Source{Title: "Waits", Author: author, Publisher: "Westmere Press", Date: Date{Year: 2024}, Type: Report}
		if got := AuthorLabel(s); got != "Smith et al." {
			t.Errorf("%q: Harvard cites %q", author, got)
		}
		if got := SourceLabel(s, APA); got != "Smith et al., 2024" {
			t.Errorf("%q: APA cites %q", author, got)
		}
		for st, want := range map[Style]string{Harvard: "Smith, J. et al. (2024)", APA: "Smith, J., et al. (2024)", Vancouver: "Smith J, et al. Waits", Footnotes: "Smith, Jane, and others, "} {
			if author != "Jane Smith, John Doe et al." || st == Harvard {
				if got := StyleReference(st, s, at).String(); !strings.HasPrefix(got, want) {
					t.Errorf("%q %s reference: %q, want it to start %q", author, st, got, want)
				}
			}
		}
		it := Item{Source: s, Text: "Waits rose."}
		if got := CitationOf(it, Footnotes, at); !strings.HasPrefix(got, "Jane Smith and others, ") {
			t.Errorf("%q footnote %q", author, got)
		}
	}
	s := Source{Title: "Waits", Author: "Jane Smith, John Doe et al.", Publisher: "Westmere Press", Date: Date{Year: 2024}, Type: Report}
	if got := StyleReference(Vancouver, s, at).String(); !strings.HasPrefix(got, "Smith J, Doe J, et al. Waits") {
		t.Errorf("Vancouver reference %q", got)
	}
}

// TestAffiliationInBracketsIsNoName: a person's body written in brackets
// after the name ("Jane Smith (NHS Providers)") is where the person
// works, not part of the name, and not an author: the person is cited by
// surname (round 24). Before, the name and body were one body, cited
// whole: "(Jane Smith (NHS Providers), 2024)". A body's abbreviation in
// brackets is left out, the body cited by its name in full (before,
// "Royal College of Paediatrics and Child Health (RCPCH)" was two
// bodies); other brackets are kept, their "and" no separator.
func TestAffiliationInBracketsIsNoName(t *testing.T) {
	authorsAre(t, map[string][]string{
		"Jane Smith (NHS Providers)":                                      {"Jane Smith"},
		"Dr Jane Smith (Department of Health and Social Care), John Doe":  {"Dr Jane Smith", "John Doe"},
		"Jane Smith (Westmere ICB) and John Doe (University of Westmere)": {"Jane Smith", "John Doe"},
		"Smith, Jane (NHS Providers)":                                     {"Jane Smith"},
		"Royal College of Paediatrics and Child Health (RCPCH)":           {"Royal College of Paediatrics and Child Health"},
		"Healthwatch (Westmere and Eastham), NHS England":                 {"Healthwatch (Westmere and Eastham)", "NHS England"},
	})
	referencesStart(t, "Jane Smith (NHS Providers)", "Smith", map[Style]string{Harvard: "Smith, J. (2024)", Vancouver: "Smith J. Waits"})
}

// TestTitleAfterTheCommaIsNoName: a person written surname first with a
// title before the given name ("Smith, Dr Jane", "Marmot, Professor Sir
// Michael") is one person (round 24). Before, two: "(Smith and Jane,
// 2024)".
func TestTitleAfterTheCommaIsNoName(t *testing.T) {
	for field, want := range map[string]string{"Smith, Dr Jane": "Smith", "Marmot, Professor Sir Michael": "Marmot", "Smith, Dr Jane and Doe, Prof. Anne": "Smith and Doe"} {
		if got := AuthorLabel(Source{Author: field, Publisher: "P"}); got != want {
			t.Errorf("%q cited %q, want %q", field, got, want)
		}
	}
}

// TestBodyFirstOpensWithACapital: a body written first with a lower-case
// "the" ("the Children's Commissioner for England") opens its citation
// and reference with a capital, as a name opening a sentence does, while
// "the" after "and" stays as written (round 24). Before: "(the
// Children's Commissioner for England, 2024)", listed "the Children's
// Commissioner for England (2024)".
func TestBodyFirstOpensWithACapital(t *testing.T) {
	authorsAre(t, map[string][]string{
		"the Children's Commissioner for England":          {"The Children's Commissioner for England"},
		"the Health Foundation and the King's Fund":        {"The Health Foundation", "the King's Fund"},
		"NHS England and the Local Government Association": {"NHS England", "the Local Government Association"},
	})
	referencesStart(t, "the Children's Commissioner for England", "The Children's Commissioner for England", map[Style]string{
		Harvard: "The Children's Commissioner for England (2024)", APA: "The Children's Commissioner for England. (2024)",
	})
}
