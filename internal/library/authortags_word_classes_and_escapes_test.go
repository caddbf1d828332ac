package library_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// h50Page is a page published by a body, dated, with head added.
func h50Page(head string) []byte {
	return []byte(`<html><head><title>Waits for community paediatrics</title><meta name="publisher" content="Westmere Trust"><meta name="date" content="2024-05-04">` + head +
		`</head><body><article><h2>Waits</h2><p>Around 40% of children waited more than 18 weeks for a first appointment with community paediatrics in 2024.</p></article></body></html>`)
}

// TestAuthorTagClassesOfWordsAfterNames: an author tag's words that are
// no person's name are cut by class wherever a byline writes them — a
// post or a body after a bar or a dash, a post, a body, a date or a
// relative time after a comma, a reading time, a weekday after "on", a
// label ("Author:"), "Posted on DATE by" before the names — and "and"
// parts names in any case. The byline's words are read through invisible
// characters, as search reads words. A schema.org author written as a
// plain string, a list of names or given and family names is read by the
// tag's rule. Before, each gave no author, a merged one ("Mira Castell
// Policy Officer", cited by "Officer"), or lost a second person (hostile
// check 50).
func TestAuthorTagClassesOfWordsAfterNames(t *testing.T) {
	tag := func(v string) []byte { return h50Page(`<meta name="author" content="` + v + `">`) }
	ld := func(author string) []byte {
		return h50Page(`<script type="application/ld+json">{"@type":"Article","author":` + author + `}</script>`)
	}
	for _, c := range []struct {
		name   string
		page   []byte
		author string
		cited  string
		said   string // a warning's words, where what is left out is said
	}{
		{"a post after a bar", tag("Mira Castell | Research Lead"), "Mira Castell", "Castell, M.", `"Research Lead" in the page's author meta tag`},
		{"a post after a dash", tag("Mira Castell — Research Lead"), "Mira Castell", "Castell, M.", ""},
		{"a post after a hyphen", tag("Mira Castell - Head of Research"), "Mira Castell", "Castell, M.", ""},
		{"a body after a bar", tag("Mira Castell | Westmere Trust"), "Mira Castell", "Castell, M.", `"Westmere Trust" in the page's author meta tag`},
		{"a post and a body after commas", tag("Mira Castell, Chief Executive, Westmere Trust"), "Mira Castell", "Castell, M.", ""},
		{"a relative time", tag("By Mira Castell, 3 days ago"), "Mira Castell", "Castell, M.", ""},
		{"yesterday", tag("By Mira Castell, yesterday"), "Mira Castell", "Castell, M.", ""},
		{"an update's date", tag("Mira Castell, Updated 4 May 2024"), "Mira Castell", "Castell, M.", ""},
		{"posted on a date by", tag("Posted on 4 May 2024 by Mira Castell"), "Mira Castell", "Castell, M.", ""},
		{"a label", tag("Author: Mira Castell"), "Mira Castell", "Castell, M.", ""},
		{"a reading time", tag("By Mira Castell · 6 min read"), "Mira Castell", "Castell, M.", ""},
		{"a weekday", tag("By Mira Castell on Thursday"), "Mira Castell", "Castell, M.", ""},
		{"a team after a semicolon", tag("Castell, Mira; Research Team"), "Mira Castell", "Castell, M.", ""},
		{"AND in capitals", tag("MIRA CASTELL AND TOM ASHBY"), "MIRA CASTELL AND TOM ASHBY", "CASTELL, M. and ASHBY, T.", ""},
		{"AND between names", tag("Mira Castell AND Tom Ashby"), "Mira Castell AND Tom Ashby", "Castell, M. and Ashby, T.", ""},
		{"AND surname first", tag("CASTELL, MIRA AND ASHBY, TOM"), "CASTELL, MIRA AND ASHBY, TOM", "CASTELL, M. and ASHBY, T.", ""},
		{"a post each", tag("Mira Castell, Research Lead and Tom Ashby, Analyst"), "Mira Castell; Tom Ashby", "Castell, M. and Ashby, T.", ""},
		{"invisible inside By", tag("B\u200by Mira Castell"), "Mira Castell", "Castell, M.", ""},
		{"schema.org string with a date", ld(`"By Mira Castell | 4 May 2024"`), "Mira Castell", "Castell, M.", ""},
		{"schema.org Person with a date", ld(`{"@type":"Person","name":"By Mira Castell | 4 May 2024"}`), "Mira Castell", "Castell, M.", ""},
		{"schema.org two people and a post", ld(`{"@type":"Person","name":"Mira Castell and Tom Ashby, Research Leads"}`), "Mira Castell and Tom Ashby", "Castell, M. and Ashby, T.", ""},
		{"schema.org string, two people", ld(`"Mira Castell and Tom Ashby"`), "Mira Castell and Tom Ashby", "Castell, M. and Ashby, T.", ""},
		{"schema.org list of names", ld(`{"@type":"Person","name":["Mira Castell","Tom Ashby"]}`), "Mira Castell; Tom Ashby", "Castell, M. and Ashby, T.", ""},
		{"schema.org given and family", ld(`{"@type":"Person","givenName":"Mira","familyName":"Castell"}`), "Mira Castell", "Castell, M.", ""},
		// Still read as before: names kept as written, a person after a
		// bar, a body alone no author.
		{"a double surname with a hyphen", tag("By Mira Castell-Dunne"), "Mira Castell-Dunne", "Castell-Dunne, M.", ""},
		{"a weekday's name as a surname", tag("By Mira Friday"), "Mira Friday", "Friday, M.", ""},
		{"two people, and", tag("Mira Castell and Tom Ashby"), "Mira Castell and Tom Ashby", "Castell, M. and Ashby, T.", ""},
		{"two people, a semicolon in capitals", tag("MIRA CASTELL; TOM ASHBY"), "MIRA CASTELL; TOM ASHBY", "CASTELL, M. and ASHBY, T.", ""},
		{"a body alone", tag("Eastholm Borough Council"), "", "Westmere Trust", "names no person: left out"},
		{"schema.org, a body as a string", ld(`"Westmere Trust"`), "", "Westmere Trust", ""},
	} {
		im, err := library.Import(write(t, "page.html", c.page), library.Meta{Type: "report"})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if im.Source.Author != c.author {
			t.Errorf("%s: author %+q, want %+q; warnings:\n%s", c.name, im.Source.Author, c.author, strings.Join(im.Warnings, "\n"))
			continue
		}
		if w := strings.Join(im.Warnings, "\n"); c.said != "" && !strings.Contains(w, c.said) {
			t.Errorf("%s: warnings do not say %q:\n%s", c.name, c.said, w)
		}
		if ref := evidence.Reference(im.Source, time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)); !strings.HasPrefix(ref, c.cited+" (2024)") {
			t.Errorf("%s: cited %q, want it to open %q", c.name, ref, c.cited+" (2024)")
		}
	}
}

// TestEscapeAndC1SequencesReadAlike: an escape sequence in an author
// written with ESC and the same written with its C1 control (ESC ] and
// U+009D, ESC [ and U+009B, ESC P and U+0090, ...) give one author, each
// read by the one rule of a sequence's end (evidence.SequenceEnd): a
// terminated one goes whole, an unterminated one loses its introducer
// and, since hostile check 51, its text (evidence.UnterminatedText).
// Held for the author tag and a schema.org name, terminated or not, with
// a line break inside (hostile check 50).
func TestEscapeAndC1SequencesReadAlike(t *testing.T) {
	pairs := [][2]string{{"\x1b]", "\u009d"}, {"\x1bP", "\u0090"}, {"\x1bX", "\u0098"}, {"\x1b^", "\u009e"}, {"\x1b_", "\u009f"}, {"\x1b[", "\u009b"}}
	bodies := []string{"0;Unterminated Title and Tom Ashby", "0;Unterminated\nTitle and Tom Ashby", "0;Unterminated Title\u2028Tom Ashby", "0;x\u009cTom Ashby", "0;x\x1b\\Tom Ashby", "0;x\aTom Ashby", "31mTom Ashby"}
	author := func(head string) string {
		im, err := library.Import(write(t, "page.html", h50Page(head)), library.Meta{Type: "report"})
		if err != nil {
			t.Fatal(err)
		}
		return im.Source.Author
	}
	jsonEscaped := strings.NewReplacer("\x1b", `\u001b`, "\u009d", `\u009d`, "\u0090", `\u0090`, "\u0098", `\u0098`, "\u009e", `\u009e`, "\u009f", `\u009f`, "\u009b", `\u009b`, "\u009c", `\u009c`, "\n", `\n`, "\u2028", `\u2028`, "\a", `\u0007`, `\`, `\\`)
	kept := 0
	for _, p := range pairs {
		for _, b := range bodies {
			esc, c1 := "Mira Castell "+p[0]+b, "Mira Castell "+p[1]+b
			a, c := author(`<meta name="author" content="`+esc+`">`), author(`<meta name="author" content="`+c1+`">`)
			if a != c {
				t.Errorf("author tag %+q gives %q, %+q gives %q", esc, a, c1, c)
			}
			ld := func(v string) string {
				return author(`<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"` + jsonEscaped.Replace(v) + `"}}</script>`)
			}
			if a, c := ld(esc), ld(c1); a != c {
				t.Errorf("schema.org %+q gives %q, %+q gives %q", esc, a, c1, c)
			}
			if strings.Contains(a, "Mira Castell") {
				kept++
			}
		}
	}
	if kept == 0 {
		t.Error("no author kept: the pairs were compared over nothing")
	}
}
