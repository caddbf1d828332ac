package extract_test

import (
	"math"
	"testing"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

var knownUnits = map[evidence.Unit]bool{}

func init() {
	for _, u := range evidence.Units {
		knownUnits[u] = true
	}
}

// FuzzExtract: every item's text is an exact substring of the body at its
// offset, figures sit at their offsets with finite values and known units,
// and ids are the same on a second run.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Nearly all respondents (97%) said that demand had increased, and nine in 10 agreed.",
		"1. NHSE and government should require ICSs to act.\n2. Trusts must publish waits.",
		"Recommendation:\n\nGovernment should increase the public health grant by £2.3 billion.",
		"Three quarters (76%) waited 18 weeks; a third of 1,300 people (33%) more than 12-month waits.",
		"Core20PLUS5 (NHS England, 2021) and the 0-25 service in 2015/16, March 2024, call 0300 123 4567.",
		"| Region | Waiting (%) | Spend (£m) |\n|---|---:|---|\n| North | 45[^1] | 2–3 |\n\n[^1]: Provisional.\n",
		"Eighty-two per cent of 60 young people, between 70 and 90%, twice as likely, from 164 to 391 a year.",
		"In our audit, *42%* of children waited more than **18 weeks**, per [NHS *Digital*](https://x.org/a_(b)) ![c](i.png).[^2]\n\n| **Ward** | **Rate (%)** |\n|---|---|\n| **Total** | 1\\|2 |\n",
		"Around 61%<sup>3</sup> of parents said waits were too long &amp; rising, see [the report][12] and <https://x.org> or `MHST` at *St. Anne's*.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		if len(body) > 1<<14 || !utf8.ValidString(body) {
			t.Skip()
		}
		data := []byte("---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\n---\n" + body)
		doc, problems := corpus.Parse("sources/f.md", data)
		for _, p := range problems {
			if p.Skipped {
				return
			}
		}
		first, again := extract.Extract(doc), extract.Extract(doc)
		if len(first) != len(again) {
			t.Fatal("extraction is not deterministic")
		}
		for i, it := range first {
			if it.ID != again[i].ID {
				t.Fatalf("id changed between runs: %s, %s", it.ID, again[i].ID)
			}
			if it.Offset < 0 || it.Offset+len(it.Text) > len(doc.Body) || doc.Body[it.Offset:it.Offset+len(it.Text)] != it.Text {
				t.Fatalf("item %q is not an exact substring of the body", it.Text)
			}
			for _, f := range it.Figures {
				if f.Offset < 0 || f.Offset+len(f.Text) > len(it.Text) || it.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
					t.Fatalf("figure %q is not at its offset in %q", f.Text, it.Text)
				}
				if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) || !knownUnits[f.Unit] || f.IsRange() && f.Value != f.Low {
					t.Fatalf("figure %+v", f)
				}
			}
			if len(it.Figures) > extract.MaxFigures || len(it.Text) > extract.MaxItemBytes && len(evidence.QuoteLine(it.Text)) > extract.MaxItemBytes {
				t.Fatalf("item of %d bytes with %d figures", len(it.Text), len(it.Figures))
			}
		}
	})
}
