package evidence

import (
	"strings"
	"testing"
	"time"
)

// TestAuthorOfSeparatorsAloneIsNoAuthor: an author field holding only
// separators names no one, and every style cites the publisher (it
// panicked: the fuzzer found " " after cleaning).
func TestAuthorOfSeparatorsAloneIsNoAuthor(t *testing.T) {
	for _, author := range []string{" ", ",", " and ", " & ;"} {
		s := Source{ID: "x", Title: "T", Publisher: "NHS Providers", Author: author, Date: Date{Year: 2024}, Type: Report}
		if got := AuthorLabel(s); got != "NHS Providers" {
			t.Errorf("author %q: AuthorLabel %q, want the publisher", author, got)
		}
		for _, st := range []Style{Harvard, APA, Vancouver, Footnotes} {
			c := NewCiter(st, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), nil).Cite(Item{ID: "x#1", Source: s, Text: "t"})
			if c.InText == "" && len(c.Note) == 0 {
				t.Errorf("author %q, %s: no citation", author, st)
			}
		}
	}
}

// TestAuthorWithNoLettersNamesNoOne: a word with no letter (an object
// replacement character U+FFFC or a replacement character U+FFFD left in
// a PDF's author field, a dash, a star) names no one, in every style: an
// author of such words alone cites the publisher, and beside a real name
// it is dropped (U+FFFC was cited as the surname).
func TestAuthorWithNoLettersNamesNoOne(t *testing.T) {
	accessed := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	cases := map[string]string{
		"\ufffc":                   "NHS Providers",
		"\ufffd":                   "NHS Providers",
		"\ufffc \ufffd; \u2605 — ": "NHS Providers",
		"123":                      "NHS Providers",
		"Beth Gault \ufffc":        "Gault",
		"\ufffc and Sam Lee":       "Lee",
		"\ufffc, Beth Gault":       "Gault",
	}
	for author, who := range cases {
		s := Source{ID: "x", Title: "T", Publisher: "NHS Providers", Author: author, Date: Date{Year: 2024}, Type: Report}
		if got := AuthorLabel(s); got != who {
			t.Errorf("author %+q: AuthorLabel %+q, want %q", author, got, who)
		}
		for _, st := range CiteStyles {
			c := NewCiter(st, accessed, nil)
			cited := c.Cite(Item{ID: "x#1", Source: s, Text: "t"})
			all := cited.InText + " " + cited.Note.String() + " " + referenceIn(st, s, "", accessed).String()
			if strings.ContainsAny(all, "\ufffc\ufffd\u2605") || strings.Contains(all, "123") {
				t.Errorf("author %+q, %s: the noise is cited: %+q", author, st, all)
			}
			if !strings.Contains(all, who) {
				t.Errorf("author %+q, %s: %q is not cited: %+q", author, st, who, all)
			}
		}
	}
}

func TestCleanAuthors(t *testing.T) {
	cases := []struct {
		in, want string
		changed  bool
	}{
		{"Beth Gault and Sam Lee", "Beth Gault and Sam Lee", false},
		{"Beth  Gault", "Beth  Gault", false},
		{"", "", false},
		{"\ufffc", "", true},
		{" \ufffd , — ", "", true},
		{"Beth Gault \ufffc and Sam Lee", "Beth Gault; Sam Lee", true},
	}
	for _, c := range cases {
		got, changed := CleanAuthors(c.in)
		if got != c.want || changed != c.changed {
			t.Errorf("CleanAuthors(%+q) = %+q, %v; want %+q, %v", c.in, got, changed, c.want, c.changed)
		}
	}
}

// TestLettersAfterANameAreNoAuthor: degrees, honours and fellowships after
// a name are not authors and not surnames. Before, "Beth Gault, PhD" was
// cited as "Gault and PhD", "Beth Gault PhD" as "PhD" and "Dr Beth Gault
// MBE and Sam Lee" as "MBE and Lee".
func TestLettersAfterANameAreNoAuthor(t *testing.T) {
	for _, c := range []struct{ author, want string }{
		{"Beth Gault, PhD", "Gault, 2024"},
		{"Beth Gault PhD", "Gault, 2024"},
		{"Beth Gault, Ph.D.", "Gault, 2024"},
		{"Dr Beth Gault MBE and Sam Lee", "Gault and Lee, 2024"},
		{"Prof Sam Lee FRCPCH, Ann Ma", "Lee and Ma, 2024"},
		{"Sam Lee, MA, Beth Gault", "Lee and Gault, 2024"},
	} {
		s := Source{ID: "x", Title: "T", Author: c.author, Publisher: "NHS Providers", Date: Date{Year: 2024}, Type: Report}
		if got := CitationLabel(s); got != c.want {
			t.Errorf("author %q cited as %q, want %q", c.author, got, c.want)
		}
	}
}

// TestCoverageKeepsItsAttributionBeforeThePrimary: coverage whose sentence
// attributes its figure to another body, found in the primary it reports,
// is cited with that body first in every style and form. Before, the
// primary first dropped it: "(Acme Trust, 2024; reported by News Corp,
// 2024)" for a figure Acme Trust gives as the Health Foundation's (red-team
// round 13).
func TestCoverageKeepsItsAttributionBeforeThePrimary(t *testing.T) {
	acme := Source{ID: "acme", Title: "Waits", Publisher: "Acme Trust", Date: Date{Year: 2024}, Type: Report, URL: "https://acme.example/waits"}
	story := Source{ID: "story", Title: "Waits story", Publisher: "News Corp", Date: Date{Year: 2024}, Type: News, About: "acme"}
	it := Item{ID: "story#1", Kind: Statistic, Source: story, Text: "The Health Foundation found that 45% waited.", Cites: "Health Foundation", Primary: &acme}
	for _, c := range []struct{ got, want string }{
		{ItemCitation(it), "(Health Foundation, cited in Acme Trust, 2024; reported by News Corp, 2024)"},
		{ItemNarrative(it), "Health Foundation, cited in Acme Trust (2024), reported by News Corp (2024)"},
		{CitationOf(it, Vancouver, time.Time{}), "(Health Foundation, cited in 1; reported by 2)"},
		{CitationOf(it, APA, time.Time{}), "(Health Foundation, as cited in Acme Trust, 2024; reported by News Corp, 2024)"},
		{MarkdownCitation(it), "(Health Foundation, cited in [Acme Trust, 2024](https://acme.example/waits); reported by News Corp, 2024)"},
	} {
		if c.got != c.want {
			t.Errorf("got  %q\nwant %q", c.got, c.want)
		}
	}
	if n := CitationOf(it, Footnotes, time.Time{}); !strings.HasPrefix(n, "Health Foundation, cited in Acme Trust") {
		t.Errorf("footnote %q", n)
	}
}

// TestAttributionToThePrimaryIsNotRepeated: coverage attributing its
// figure to the body whose report is its primary names that body once.
func TestAttributionToThePrimaryIsNotRepeated(t *testing.T) {
	hf := Source{ID: "hf", Title: "Cuts", Publisher: "The Health Foundation", Date: Date{Year: 2024}, Type: Report}
	nhsp := Source{ID: "nhsp", Title: "Survey", Publisher: "NHS Providers", Date: Date{Year: 2024}, Type: Report}
	it := Item{ID: "nhsp#1", Kind: Statistic, Source: nhsp, Text: "The grant was cut by 28% (Health Foundation, 2024).", Cites: "Health Foundation, 2024", Primary: &hf}
	if got, want := ItemCitation(it), "(The Health Foundation, 2024; reported by NHS Providers, 2024)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestSurnameThenInitialsIsOnePerson: an author list written as a
// reference list writes it ("Smith, J. and Doe, A.", "Smith, J.; Doe,
// A.", "Smith, J., Doe, A.") names each person once, in every style and
// reference. Before, "Smith, J. and Doe, A." was four authors, cited
// "(Smith et al., 2024)".
func TestSurnameThenInitialsIsOnePerson(t *testing.T) {
	for _, c := range []struct{ author, harvard, apa, vancouver string }{
		{"Smith, J. and Doe, A.", "Smith and Doe, 2024", "Smith & Doe, 2024", "Smith J, Doe A."},
		{"Smith, J.; Doe, A.", "Smith and Doe, 2024", "Smith & Doe, 2024", "Smith J, Doe A."},
		{"Smith, J., Doe, A. B. and Lee, C.", "Smith, Doe and Lee, 2024", "Smith et al., 2024", "Smith J, Doe AB, Lee C."},
		{"van der Berg, J.-P. & Doe, AB", "van der Berg and Doe, 2024", "van der Berg & Doe, 2024", "van der Berg JP, Doe AB."},
		{"Smith, J.", "Smith, 2024", "Smith, 2024", "Smith J."},
		{"Beth Gault, Sam Lee", "Gault and Lee, 2024", "Gault & Lee, 2024", "Gault B, Lee S."},
		{"Beth Gault, MA", "Gault, 2024", "Gault, 2024", "Gault B."},
	} {
		s := Source{ID: "x", Title: "T", Author: c.author, Publisher: "NHS Providers", Date: Date{Year: 2024}, Type: Report}
		if got := CitationLabel(s); got != c.harvard {
			t.Errorf("%q: Harvard %q, want %q", c.author, got, c.harvard)
		}
		if got := apaLabel(s); got != c.apa {
			t.Errorf("%q: APA %q, want %q", c.author, got, c.apa)
		}
		if got := StyleReference(Vancouver, s, time.Time{}).String(); !strings.HasPrefix(got, c.vancouver) {
			t.Errorf("%q: Vancouver reference %q, want it to start %q", c.author, got, c.vancouver)
		}
	}
}

// TestVancouverAuthorListIsSurnamesFirst: a list written as Vancouver and
// PubMed write authors, surname then initials with no comma between them
// ("Smith J, Doe AB"), names each surname. Before, the initials were read
// as surnames: "(J and AB, 2024)", "J S, AB D.". A lone name ending in
// capitals ("Age UK") is left as written: it may be a body's.
func TestVancouverAuthorListIsSurnamesFirst(t *testing.T) {
	for _, c := range []struct{ author, harvard, apa, vancouver string }{
		{"Smith J, Doe AB", "Smith and Doe, 2024", "Smith & Doe, 2024", "Smith J, Doe AB."},
		{"Smith JA; Doe A; Lee C", "Smith, Doe and Lee, 2024", "Smith et al., 2024", "Smith JA, Doe A, Lee C."},
		{"van der Berg J, Doe A", "van der Berg and Doe, 2024", "van der Berg & Doe, 2024", "van der Berg J, Doe A."},
		{"Smith J.A., Doe A.", "Smith and Doe, 2024", "Smith & Doe, 2024", "Smith JA, Doe A."},
		{"Smith, J.A.R. and Doe, A.", "Smith and Doe, 2024", "Smith & Doe, 2024", "Smith JAR, Doe A."},
		{"Beth Gault, Sam Lee", "Gault and Lee, 2024", "Gault & Lee, 2024", "Gault B, Lee S."},
		{"Sam Lee MBE, Beth Gault", "Lee and Gault, 2024", "Lee & Gault, 2024", "Lee S, Gault B."},
	} {
		s := Source{ID: "x", Title: "T", Author: c.author, Publisher: "NHS Providers", Date: Date{Year: 2024}, Type: Report}
		if got := CitationLabel(s); got != c.harvard {
			t.Errorf("%q: Harvard %q, want %q", c.author, got, c.harvard)
		}
		if got := apaLabel(s); got != c.apa {
			t.Errorf("%q: APA %q, want %q", c.author, got, c.apa)
		}
		if got := StyleReference(Vancouver, s, time.Time{}).String(); !strings.HasPrefix(got, c.vancouver) {
			t.Errorf("%q: Vancouver reference %q, want it to start %q", c.author, got, c.vancouver)
		}
	}
}
