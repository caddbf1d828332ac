package evidence_test

import (
	"strconv"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

// TestCleanedPublisherIsTheSamePublisher: cleaning a one-line field folds
// line breaks and tabs by OneLine's rule and drops controls, but keeps runs
// of spaces and no-break spaces as written, as a field that needs no
// cleaning keeps them: a publisher with a control character in it, once
// cleaned, is byte for byte the publisher another source writes without
// one, so the two are one work's publisher (primary sources are found by
// comparing publishers). Before, CleanLine collapsed every run of white
// space, so "NHS  Providers\a" became "NHS Providers", another publisher.
func TestCleanedPublisherIsTheSamePublisher(t *testing.T) {
	for _, c := range []struct{ dirty, clean string }{
		{"NHS  Providers\a", "NHS  Providers"},
		{"NHS\u00a0Providers\x1b[0m", "NHS\u00a0Providers"},
		{"Royal College of  Paediatrics\u200b", "Royal College of  Paediatrics"},
		// What is dropped takes a space beside it where spaces stand on
		// both sides: no run the field never had.
		{"Pub \a lisher", "Pub lisher"},
		{"RIS title \x1b]52;c;ZWNobyBwd24K\a \u009b2J \u202eevil", "RIS title evil"},
		{"NHS  \u200b  Providers", "NHS   Providers"},
	} {
		got, changed := evidence.CleanLine(c.dirty)
		if got != c.clean || !changed {
			t.Errorf("CleanLine(%q) = %q, %v; want %q", c.dirty, got, changed, c.clean)
		}
		if again, changed := evidence.CleanLine(c.clean); again != c.clean || changed {
			t.Errorf("CleanLine(%q) = %q, %v: a clean field is changed", c.clean, again, changed)
		}
		// As the corpus loads them, written with YAML's escapes: one
		// publisher, one work.
		load := func(pub string) evidence.Source {
			doc, _ := corpus.Parse("sources/r.md", []byte("---\ntitle: Report\npublisher: "+strconv.Quote(pub)+"\ndate: 2024\ntype: report\n---\nBody.\n"))
			return doc.Source
		}
		a, b := load(c.dirty), load(c.clean)
		if a.Publisher != c.clean || b.Publisher != c.clean || evidence.WorkKey(a) != evidence.WorkKey(b) {
			t.Errorf("%q loads as %q, %q as %q: two publishers", c.dirty, a.Publisher, c.clean, b.Publisher)
		}
	}
	// A line break, with the blanks around it, is one space; so is a tab.
	for in, want := range map[string]string{"NHS \n Providers": "NHS Providers", "NHS\tProviders": "NHS Providers", " NHS\n": "NHS"} {
		if got, _ := evidence.CleanLine(in); got != want {
			t.Errorf("CleanLine(%q) = %q, want %q", in, got, want)
		}
	}
}
