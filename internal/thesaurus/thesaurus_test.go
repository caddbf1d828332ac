package thesaurus_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/thesaurus"
)

func load(t *testing.T) *thesaurus.Thesaurus {
	t.Helper()
	th, probs, err := thesaurus.Load(bundled.FS, thesaurus.File)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range probs {
		t.Errorf("bundled thesaurus: %v", p)
	}
	return th
}

func TestBundledThesaurusCoversTheFieldsTerms(t *testing.T) {
	th := load(t)
	if n := len(th.Entries()); n < 80 {
		t.Errorf("%d entries, want at least 80", n)
	}
	// Each typed term must widen to the forms reports use instead.
	for typed, wants := range map[string][]string{
		"CAMHS":                         {"CYPMHS", "child and adolescent mental health services"},
		"camhs":                         {"child and adolescent mental health services"},
		"ASD":                           {"autism", "ASC"},
		"ADHD":                          {"attention deficit hyperactivity disorder"},
		"SEND":                          {"special educational needs and disabilities"},
		"SEN":                           {"special educational needs"},
		"EHCP":                          {"education, health and care plan", "EHC plan"},
		"LD":                            {"learning disability"},
		"A&E":                           {"emergency department", "accident and emergency"},
		"RTT":                           {"referral to treatment"},
		"SALT":                          {"SLT", "speech and language therapy"},
		"HV":                            {"health visitor"},
		"LAC":                           {"CLA", "looked-after children"},
		"CIN":                           {"children in need"},
		"MHST":                          {"mental health support team"},
		"CCG":                           {"ICB", "integrated care board"},
		"STP":                           {"ICS", "integrated care system"},
		"PHE":                           {"UKHSA", "OHID"},
		"NHSE":                          {"NHS England", "NHS Improvement"},
		"DHSC":                          {"Department of Health and Social Care"},
		"DfE":                           {"Department for Education"},
		"LA":                            {"local authority"},
		"CQC":                           {"Care Quality Commission"},
		"clinical commissioning groups": {"ICBs"},
	} {
		x := th.Expand(typed)
		for _, w := range wants {
			if !slices.Contains(x.Forms, w) {
				t.Errorf("%s widens to %v, missing %q", typed, x.Forms, w)
			}
		}
		if slices.Contains(x.Forms, typed) {
			t.Errorf("%s: the typed form is among the added forms", typed)
		}
	}
	for _, e := range th.Entries() {
		if e.Gloss == "" || e.Source == "" || e.Line == 0 {
			t.Errorf("entry %q lacks a gloss, source or line", e.Head())
		}
	}
}

func TestAmbiguousTermsWidenToBothAndSaySo(t *testing.T) {
	th := load(t)
	x := th.Expand("ED")
	if !x.Ambiguous() || !slices.Contains(x.Forms, "emergency department") || !slices.Contains(x.Forms, "eating disorder") {
		t.Errorf("ED: %+v, want both emergency department and eating disorder, marked ambiguous", x.Forms)
	}
	if x := th.Expand("ed"); len(x.Forms) != 0 {
		t.Errorf("ed in lower case widened to %v: a two-letter acronym needs capitals", x.Forms)
	}
	if x := th.Expand("camhs"); x.Ambiguous() {
		t.Errorf("camhs is not ambiguous: %v", x.Entries)
	}
	if x := th.Expand("waiting"); len(x.Forms) != 0 {
		t.Errorf("an ordinary word widened to %v", x.Forms)
	}
}

func TestProblemsNameFileAndLine(t *testing.T) {
	src := `entries:
  - terms: [CAMHS, CYPMHS]
    gloss: Services.
    source: NHS England
  - terms: [XYZ]
    gloss: Alone.
    source: Nowhere
  - terms: [ABC, alphabet]
    source: Somewhere
  - terms: [DEF, definitions]
    gloss: Things.
    source: A book
    colour: red
  - terms: ["ok\u200bzero", other, another]
    gloss: Hidden.
    source: A site
`
	th, probs := thesaurus.Parse("lib/thesaurus.yaml", []byte(src))
	want := []string{
		"lib/thesaurus.yaml:5: entry \"XYZ\" has one term",
		"lib/thesaurus.yaml:8: entry \"ABC\" needs a gloss",
		"lib/thesaurus.yaml:13: unknown key \"colour\"",
		"lib/thesaurus.yaml:14: term",
	}
	if len(probs) != len(want) {
		t.Fatalf("problems %v, want %d", probs, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(probs[i].Error(), w) {
			t.Errorf("problem %d = %q, want it to start %q", i, probs[i].Error(), w)
		}
	}
	if x := th.Expand("CAMHS"); !slices.Contains(x.Forms, "CYPMHS") {
		t.Errorf("a good entry beside broken ones was lost: %v", x.Forms)
	}
}

func TestLibraryEntriesAddAndReplace(t *testing.T) {
	th := load(t)
	lib, probs := thesaurus.Parse("thesaurus.yaml", []byte(`entries:
  - terms: [CAMHS, local CAMHS name]
    gloss: Our area's name for CAMHS.
    source: Our ICB
  - terms: [NCMP2, new measure]
    gloss: A measure.
    source: Our ICB
`))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	both := th.With(lib)
	if x := both.Expand("CAMHS"); !slices.Equal(x.Forms, []string{"local CAMHS name"}) {
		t.Errorf("a library entry with the same head should replace the bundled one: %v", x.Forms)
	}
	if x := both.Expand("new measure"); !slices.Contains(x.Forms, "NCMP2") {
		t.Errorf("a library entry was not added: %v", x.Forms)
	}
	if len(both.Entries()) != len(th.Entries())+1 {
		t.Errorf("%d entries, want %d", len(both.Entries()), len(th.Entries())+1)
	}
}

func TestFind(t *testing.T) {
	th := load(t)
	got := th.Find("CAMHS")
	if len(got) == 0 || got[0].Head() != "CAMHS" {
		t.Fatalf("Find(CAMHS) = %v, want the CAMHS entry first", got)
	}
	if got := th.Find("renamed"); len(got) == 0 {
		t.Error("Find searches glosses and notes: 'renamed' found nothing")
	}
	if got := th.Find(""); len(got) != len(th.Entries()) {
		t.Errorf("Find(\"\") = %d entries, want all %d", len(got), len(th.Entries()))
	}
}

// TestUnsafeGlossIsFlaggedAndCleaned: a line break or an escape sequence
// in a gloss, source or note is a problem at the entry's line, and the
// entry as loaded holds one clean line (no fake lines when printed).
func TestUnsafeGlossIsFlaggedAndCleaned(t *testing.T) {
	src := "entries:\n  - terms: [CAMHS, kamhs]\n" +
		"    gloss: \"Gloss \\e]52;c;ZWNobyBwd24K\\a \\u009b2J \\u202e\"\n" +
		"    source: \"S\\u200b\"\n" +
		"    note: \"line1\\nline2\"\n"
	th, probs := thesaurus.Parse("lib/thesaurus.yaml", []byte(src))
	if len(probs) != 1 || !strings.HasPrefix(probs[0].Error(), "lib/thesaurus.yaml:2: entry \"CAMHS\": its gloss, source or note holds a control") {
		t.Errorf("problems %v", probs)
	}
	es := th.Lookup("CAMHS")
	if len(es) != 1 {
		t.Fatalf("the entry was not kept: %v", es)
	}
	if e := es[0]; e.Gloss != "Gloss" || e.Source != "S" || e.Note != "line1 line2" {
		t.Errorf("loaded gloss %q, source %q, note %q", e.Gloss, e.Source, e.Note)
	}
}

// TestSecondDocumentIsAProblem: a "---" and more YAML after the entries is
// a problem at the "---" line; the first document's entries are kept.
// Before, the second document was dropped without a word.
func TestSecondDocumentIsAProblem(t *testing.T) {
	src := "entries:\n  - terms: [CAMHS, CYPMHS]\n    gloss: Services.\n    source: NHS England\n---\nentries:\n  - terms: [ABC, alphabet]\n    gloss: Letters.\n    source: A book\n"
	th, probs := thesaurus.Parse("lib/thesaurus.yaml", []byte(src))
	if len(probs) != 1 || !strings.HasPrefix(probs[0].Error(), "lib/thesaurus.yaml:5: a second YAML document") {
		t.Errorf("problems %v, want one at lib/thesaurus.yaml:5", probs)
	}
	if x := th.Expand("CAMHS"); !slices.Contains(x.Forms, "CYPMHS") {
		t.Errorf("the first document's entries were lost: %v", x.Forms)
	}
}

// TestExpansionsAreBounded: each form a term widens to is one more clause
// of every search of it, and a thesaurus of 300 entries of 2,000 terms
// (6 MB, under the file's limit) made a query of 300 of them take 14 s
// and 990 MB. An entry of more than MaxEntryTerms terms is a problem at
// its line and is read up to that many; a term in many entries widens to
// at most MaxForms.
func TestExpansionsAreBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("entries:\n  - terms: [wide")
	for i := range 2000 {
		fmt.Fprintf(&b, ", wide%d", i)
	}
	b.WriteString("]\n    gloss: g\n    source: s\n")
	for i := range 100 {
		fmt.Fprintf(&b, "  - terms: [ed, ed%da, ed%db, ed%dc]\n    gloss: g\n    source: s\n", i, i, i)
	}
	th, problems := thesaurus.Parse("t.yaml", []byte(b.String()))
	if len(problems) != 1 || problems[0].Line != 2 || !strings.Contains(problems[0].Message, "2001 terms: at most 64") {
		t.Errorf("problems = %v", problems)
	}
	if x := th.Expand("wide"); len(x.Forms) != thesaurus.MaxEntryTerms-1 {
		t.Errorf("wide widens to %d forms, want %d", len(x.Forms), thesaurus.MaxEntryTerms-1)
	}
	if x := th.Expand("ed"); len(x.Forms) != thesaurus.MaxForms || len(x.Entries) != 100 {
		t.Errorf("ed widens to %d forms of %d entries, want %d of 100", len(x.Forms), len(x.Entries), thesaurus.MaxForms)
	}
}

// TestBinaryValuesAreNamed: a term, gloss, source or note tagged !!binary
// is named at its line, as front matter and settings name one
// (yamlerr.Binary), and the entry is left out. Before, the base64 as
// written passed for the text: the term "SGVsbG8=" was searched and the
// gloss "SGVsbG8=" shown.
func TestBinaryValuesAreNamed(t *testing.T) {
	src := "entries:\n  - terms: [CAMHS, !!binary SGVsbG8=]\n    gloss: Services.\n    source: NHS England\n  - terms: [XYZ, xyzzy]\n    gloss: !!binary SGVsbG8=\n    source: Nowhere\n"
	th, probs := thesaurus.Parse("lib/thesaurus.yaml", []byte(src))
	want := []string{
		"lib/thesaurus.yaml:2: terms: a YAML !!binary value (base64-encoded bytes), where terms is text",
		"lib/thesaurus.yaml:6: gloss: a YAML !!binary value",
	}
	if len(probs) != len(want) {
		t.Fatalf("problems %v, want %d", probs, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(probs[i].Error(), w) {
			t.Errorf("problem %d = %q, want it to start %q", i, probs[i].Error(), w)
		}
	}
	if x := th.Expand("SGVsbG8="); len(x.Forms) > 0 {
		t.Errorf("the base64 was read as a term: %v", x.Forms)
	}
}

// TestJoinedLettersWidenInAnyCase: "a&e" typed in lower case is A&E: two
// letters joined by an ampersand are no word, unlike "ed" or "la", so
// the rule that a two-letter acronym needs capitals does not hold them
// back. Before: "a&e" widened to nothing, and the search offered "age".
func TestJoinedLettersWidenInAnyCase(t *testing.T) {
	th := load(t)
	for _, typed := range []string{"a&e", "A&e", "A&E"} {
		if x := th.Expand(typed); !slices.Contains(x.Forms, "accident and emergency") {
			t.Errorf("%s: %v, want accident and emergency", typed, x.Forms)
		}
	}
}

// TestBytesNoUTF8AreAProblemAtTheirLine: bytes that are no UTF-8 on line
// 3 are reported at line 3 in the project's words; the parser said line 1.
func TestBytesNoUTF8AreAProblemAtTheirLine(t *testing.T) {
	_, probs := thesaurus.Parse("thesaurus.yaml", []byte("entries:\n  - head: camhs\n    terms: [child and adolescent \xff mental health services]\n"))
	if len(probs) != 1 || probs[0].Line != 3 || !strings.Contains(probs[0].Message, "not UTF-8") {
		t.Errorf("problems %+v, want one at line 3 saying the bytes are not UTF-8", probs)
	}
}
