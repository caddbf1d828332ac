package export_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// entryLead is what opens a line of a reference list or a note: a bullet,
// a Vancouver number, or a footnote's label.
var entryLead = regexp.MustCompile(`^(- |[0-9]+\. |\[\^[0-9]+\]: )`)

// blockStart is what, at the start of a list item's or a note's text,
// CommonMark reads as a block of its own: a list item, a heading, a quote.
var blockStart = regexp.MustCompile(`^ {0,3}([-+*]|[0-9]{1,9}[.)])( |$)|^ {0,3}[#>=]`)

// TestReferenceListsAndNotesCannotStartABlock: a publisher that reads as
// a list marker ("- item pub", "1. one pub") at the start of a reference
// or a footnote is escaped as inline citations escape it, in every style
// and every Markdown that lists references or notes: an export, a pack,
// a figures table and a copy (check33). Before, "- - item pub (2024)"
// was a list inside a list and "1. one pub" lost its "1.".
func TestReferenceListsAndNotesCannotStartABlock(t *testing.T) {
	acc := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	var items []evidence.Item
	for i, pub := range []string{"- item pub", "+ plus pub", "1. one pub", "1) paren pub", "  - spaced pub", "= equal pub"} {
		src := evidence.Source{ID: "s" + string(rune('a'+i)), Title: "Report " + string(rune('A'+i)), Publisher: pub,
			Type: evidence.Report, Date: evidence.Date{Year: 2024}}
		items = append(items, evidence.Item{ID: src.ID + "#00000001", Kind: evidence.Excerpt, Source: src, Text: "Waits grew.", Themes: []string{"t"}})
	}
	check := func(what, md string) {
		t.Helper()
		entries := 0
		for _, line := range strings.Split(md, "\n") {
			lead := entryLead.FindString(line)
			if lead == "" {
				continue
			}
			entries++
			if rest := line[len(lead):]; blockStart.MatchString(rest) {
				t.Errorf("%s: %q starts a block after %q", what, rest, lead)
			}
		}
		if entries == 0 {
			t.Errorf("%s: no reference or note:\n%s", what, md)
		}
	}
	for _, st := range evidence.CiteStyles {
		var b bytes.Buffer
		if err := export.Markdown(&b, items, st, acc); err != nil {
			t.Fatal(err)
		}
		check(string(st)+" export", b.String())
		b.Reset()
		if err := (export.Pack{Items: items, Accessed: acc, Style: st}).WriteMarkdown(&b); err != nil {
			t.Fatal(err)
		}
		check(string(st)+" pack", b.String())
		c := evidence.NewCiter(st, acc, items)
		for _, it := range items {
			c.Cite(it)
		}
		check(string(st)+" references", export.MarkdownReferences(st, c.References()))
		if st == evidence.Footnotes {
			for _, it := range items {
				check("footnotes copy", evidence.NewCiter(st, acc, nil).Format(it, evidence.FormatMarkdown))
			}
		}
	}
}

// TestReferenceListURLIsOneLink: a URL in a Harvard, APA or Vancouver
// reference list is written in Markdown as the footnote style and the
// citations write it, percent-encoded in angle brackets, so it links to
// the whole address (check33). Before, it was written raw: GitHub linked
// "https://ex.org/a", the address cut at its space.
func TestReferenceListURLIsOneLink(t *testing.T) {
	acc := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	raw := "https://ex.org/a b\"c'd/é?q=<x>&r=(1)"
	want := "<" + "https://ex.org/a%20b%22c'd/%C3%A9?q=%3Cx%3E&r=%281%29" + ">"
	src := evidence.Source{ID: "u", Title: "Waits", Publisher: "Acme Trust", Type: evidence.Report, Date: evidence.Date{Year: 2024}, URL: raw}
	items := []evidence.Item{{ID: "u#00000001", Kind: evidence.Excerpt, Source: src, Text: "Waits grew.", Themes: []string{"t"}}}
	for _, st := range evidence.CiteStyles {
		var b bytes.Buffer
		if err := export.Markdown(&b, items, st, acc); err != nil {
			t.Fatal(err)
		}
		_, refs, _ := strings.Cut(b.String(), "\n## ")
		if !strings.Contains(refs, want) || strings.Contains(refs, "a b") {
			t.Errorf("%s: the reference list does not link %s:\n%s", st, want, refs)
		}
		// The plain text writes the URL as the list links it, one address
		// in every format (hostile check 61: it was raw, space and all).
		c := evidence.NewCiter(st, acc, items)
		c.Cite(items[0])
		if got := export.ReferenceText(st, c.References()[0]); !strings.Contains(got, strings.Trim(want, "<>")) || strings.Contains(got, raw) {
			t.Errorf("%s: plain reference %q does not give the URL as linked", st, got)
		}
	}
	// A URL that may not be linked is code, which no renderer links (as
	// text, GitHub linked "ftp://host/a" of "ftp://host/a file.pdf").
	src.URL = "javascript:alert(1)<b>"
	items[0].Source = src
	for _, st := range evidence.CiteStyles {
		var b bytes.Buffer
		if err := export.Markdown(&b, items, st, acc); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "`javascript:alert(1)<b>`") {
			t.Errorf("%s: an unlinkable URL is not code:\n%s", st, b.String())
		}
	}
}
