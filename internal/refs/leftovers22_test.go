package refs_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/refs"
)

// TestUnclosedBibTeXNamesWhereItOpens: a brace or quote left open is
// reported at the line of the field that opens it (or of the entry left
// open), not at the file's last line.
func TestUnclosedBibTeXNamesWhereItOpens(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"inner.bib", "@article{smith2024,\n  title = {Waiting {times for children},\n  author = {Smith, Jo},\n  year = {2024},\n}\n", "inner.bib:2: BibTeX syntax error: the field title opens a brace"},
		{"open.bib", "@techreport{k,\n  title = {T},\n  note = {unclosed,\n  year = 2024\n}\n\n\n", "open.bib:3: BibTeX syntax error: the field note opens a brace"},
		{"quote.bib", "@techreport{k,\n  title = {T},\n  note = \"unclosed,\n  year = 2024\n}\n", "quote.bib:3: BibTeX syntax error: the field note opens a quote"},
		{"entry.bib", "% Encoding: UTF-8\n\n@techreport{k,\n  title = {T},\n  year = 2024\n", "entry.bib:3: BibTeX syntax error: the entry that starts here is never closed"},
	} {
		_, err := refs.Read(c.name, []byte(c.text))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: %v, want %s...", c.name, err, c.want)
		}
	}
	// Braces that balance are no problem, however many lines a value takes.
	ok := "@techreport{k,\n  title = {A {Braced} title},\n  note = {one\n  line = two},\n  institution = {NHS},\n  year = 2024\n}\n"
	if _, err := refs.Read("ok.bib", []byte(ok)); err != nil {
		t.Errorf("ok.bib: %v", err)
	}
}
