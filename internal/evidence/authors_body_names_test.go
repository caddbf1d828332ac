package evidence

import (
	"strings"
	"testing"
	"time"
)

// TestBodyNameIsOneAuthor: a body's name with "and" inside ("Department
// of Health and Social Care") is one author, cited whole in every style,
// while two bodies joined by "and" stay two (round 23). Before, it was
// two people, cited "(of Health and Care, 2024)".
func TestBodyNameIsOneAuthor(t *testing.T) {
	for field, want := range map[string][]string{
		"Department of Health and Social Care":             {"Department of Health and Social Care"},
		"Royal College of Paediatrics and Child Health":    {"Royal College of Paediatrics and Child Health"},
		"Department for Education":                         {"Department for Education"},
		"NHS England and the Local Government Association": {"NHS England", "the Local Government Association"},
		"Beth Gault and Sam Lee":                           {"Beth Gault", "Sam Lee"},
		"Jane Smith; Department of Health and Social Care": {"Jane Smith", "Department of Health and Social Care"},
	} {
		if got := Authors(field); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("Authors(%q) = %q, want %q", field, got, want)
		}
	}
	if fam, giv := SplitName("Department of Health and Social Care"); fam != "Department of Health and Social Care" || giv != "" {
		t.Errorf("SplitName: %q, %q", fam, giv)
	}
	s := Source{Title: "Waits", Author: "Department of Health and Social Care", Publisher: "GOV.UK", Date: Date{Year: 2024}, Type: Report}
	it := Item{Source: s, Text: "Waits rose."}
	at := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	for _, st := range []Style{Harvard, APA} {
		if got := CitationOf(it, st, at); !strings.Contains(got, "(Department of Health and Social Care, 2024") {
			t.Errorf("%s: %q", st, got)
		}
	}
	for _, st := range []Style{Harvard, APA, Vancouver, Footnotes} {
		ref := StyleReference(st, s, at).String()
		if !strings.HasPrefix(ref, "Department of Health and Social Care") || strings.Contains(ref, "Care, S.") || strings.Contains(ref, "of Health, D") {
			t.Errorf("%s reference: %q", st, ref)
		}
	}
}

// TestShortBodyNameIsNoPerson: a body's name of one or two words ("Age
// UK", "NHS England") is no given name and surname: it is cited whole,
// while "Jane Smith" is still cited "Smith" (round 23). Before, "Age UK"
// was cited "(UK, 2024)".
func TestShortBodyNameIsNoPerson(t *testing.T) {
	for name, want := range map[string]string{
		"Age UK": "Age UK", "NHS England": "NHS England", "Sport England": "Sport England",
		"Mind Trust": "Mind Trust", "RCPCH Officers": "RCPCH Officers",
		"Jane Smith": "Smith", "Bob van der Berg": "van der Berg", "JANE SMITH": "SMITH", "Beth GAULT": "GAULT", "Jane Mills PhD": "Mills",
	} {
		if got := AuthorLabel(Source{Author: name, Publisher: "P"}); got != want {
			t.Errorf("%q cited %q, want %q", name, got, want)
		}
	}
	if got := StyleReference(Harvard, Source{Title: "T", Author: "Age UK", Publisher: "P", Date: Date{Year: 2024}}, time.Now()).String(); !strings.HasPrefix(got, "Age UK (2024)") {
		t.Errorf("Harvard reference %q", got)
	}
}

// TestGaelicPrefixIsPartOfTheSurname: "Ó", "Mac", "Ní", "Nic", "Mc"
// written apart are part of the surname, as "van der" is (round 23).
// Before, "Dara Ó Briain" was cited "(Briain, 2024)" and listed
// "Briain, D.Ó.".
func TestGaelicPrefixIsPartOfTheSurname(t *testing.T) {
	for name, want := range map[string][2]string{
		"Dara Ó Briain":       {"Ó Briain", "Dara"},
		"Seán Mac Giolla":     {"Mac Giolla", "Seán"},
		"Nuala Ní Dhomhnaill": {"Ní Dhomhnaill", "Nuala"},
		"Dr Áine Nic Aoidh":   {"Nic Aoidh", "Áine"},
		"Ó Briain":            {"Ó Briain", ""},
		"Bob van der Berg":    {"van der Berg", "Bob"},
		"Mary-Jo O'Neill":     {"O'Neill", "Mary-Jo"},
		"van der Berg":        {"van der Berg", ""},
		"jane smith":          {"smith", "jane"},
	} {
		if fam, giv := SplitName(name); fam != want[0] || giv != want[1] {
			t.Errorf("SplitName(%q) = %q, %q; want %q, %q", name, fam, giv, want[0], want[1])
		}
	}
	s := Source{Title: "T", Author: "Dara Ó Briain", Publisher: "P", Date: Date{Year: 2024}}
	if got := AuthorLabel(s); got != "Ó Briain" {
		t.Errorf("cited %q", got)
	}
	if got := StyleReference(Harvard, s, time.Now()).String(); !strings.HasPrefix(got, "Ó Briain, D. (2024)") {
		t.Errorf("Harvard reference %q", got)
	}
	if got := StyleReference(Vancouver, s, time.Now()).String(); !strings.HasPrefix(got, "Ó Briain D.") {
		t.Errorf("Vancouver reference %q", got)
	}
}
