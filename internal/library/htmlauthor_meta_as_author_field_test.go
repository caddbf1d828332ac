package library_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// TestHTMLAuthorMetaReadAsTheAuthorField: a page's author meta tag is read
// as the author field is (evidence.Authors): people written surname first
// are kept and cited as each one; a byline's "By" is stripped; a job title
// after the name is left out and said; an escape sequence is cleaned whole
// and the name kept. Before, the surname-first lists and the escape
// sequences were left out as naming no person, "By Jane Smith" was stored
// whole and "Jane Smith, Policy Officer" cited as two people (hostile
// check 48).
func TestHTMLAuthorMetaReadAsTheAuthorField(t *testing.T) {
	page := func(author string) string {
		return "<html><head><title>Waits - Westmere Council</title><meta name=\"author\" content=\"" + author + "\"></head><body><article><h1>Waits</h1>" +
			"<p>In Westmere 57% of children waited more than a year for speech therapy from the community team in 2024.</p></article></body></html>"
	}
	const cleaned = "page.html: line breaks and invisible or control characters removed"
	janeBob := []string{"Jane Smith", "Bob Lee"}
	jane := []string{"Jane Smith"}
	for _, c := range []struct {
		raw    string
		people []string
		warn   string
	}{
		{"Smith, Jane and Lee, Bob", janeBob, ""},
		{"Smith, Jane; Lee, Bob", janeBob, ""},
		{"Smith, Jane &amp; Lee, Bob", janeBob, ""},
		{"Smith, J. and Lee, B.", []string{"J. Smith", "B. Lee"}, ""},
		{"By Jane Smith", jane, ""},
		{"Written by Jane Smith", jane, ""},
		{"Jane Smith, Policy Officer", jane, `author: "Policy Officer" in the page's author meta tag`},
		{"Jane Smith, Alice Head", []string{"Jane Smith", "Alice Head"}, ""},
		{"Jane \x1b[31mSmith", jane, cleaned},
		{"Jane Smith\x1b]0;pwned\a", jane, cleaned},
		{"Jane \x7fSmith", jane, cleaned},
		// ESC S (and CSI S) is a whole escape sequence by the one rule
		// (evidence.SequenceEnd): the name reads "Jane mith", no one's.
		{"Jane \x1bSmith", nil, "names no person: left out"},
		{"Jane \u009bSmith", nil, "names no person: left out"},
	} {
		im, err := library.Import(write(t, "page.html", []byte(page(c.raw))), library.Meta{Type: "web-page", Publisher: "Westmere Council", Date: "2025-04-01"})
		if err != nil {
			t.Fatalf("%+q: %v", c.raw, err)
		}
		w := strings.Join(im.Warnings, "\n")
		if got := evidence.Authors(im.Source.Author); !slices.Equal(got, c.people) {
			t.Errorf("author %+q: saved %+q, read as %q (want %q), warnings:\n%s", c.raw, im.Source.Author, got, c.people, w)
		}
		if c.warn == "" && strings.Contains(w, "author:") || c.warn != "" && !strings.Contains(w, c.warn) {
			t.Errorf("author %+q: want warning %q, got:\n%s", c.raw, c.warn, w)
		}
		if len(c.people) > 0 && strings.ContainsAny(im.Source.Author, "\x1b\x7f\u009b\a") {
			t.Errorf("author %+q: stored with a control character: %+q", c.raw, im.Source.Author)
		}
	}
}
