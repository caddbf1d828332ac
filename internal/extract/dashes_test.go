package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAYearRangeWithAnyHyphenIsAFinancialYear holds financial years
// written with a non-breaking hyphen (U+2011, Word's), a hyphen (U+2010),
// a figure dash (U+2012) or a minus sign (U+2212) between the years: each
// is 2024/25 as "2024-25" and "2024–25" are, no "25" is a figure, and the
// item, its figures and its table header keep the source's own bytes. A
// minus sign before a number stays a sign. Before (hostile check 69), the
// period was 2024 and "in 2024‑25" gave a count of 25.
func TestAYearRangeWithAnyHyphenIsAFinancialYear(t *testing.T) {
	bodyOf := func(dash string) string {
		return "In 2024" + dash + "25, 61% of children in Surrey were seen within 4 weeks.\n\n" +
			"Waiting times fell from 52 weeks to 38 weeks in 2024" + dash + "25 for children in Surrey.\n\n" +
			"| Year" + dash + "end | Seen (%) |\n|---|---|\n| 2023" + dash + "24 | 55 |\n"
	}
	enDash := extract.Extract(parseBody(t, "Surrey County Council", bodyOf("\u2013")))
	if len(enDash) != 3 || enDash[0].Figures[0].Period != "2024/25" || enDash[2].Figures[0].Period != "2023/24" {
		t.Fatalf("the en dash's reading: %+v", enDash)
	}
	for _, dash := range []string{"\u2011", "\u2010", "\u2012", "\u2212"} {
		doc := parseBody(t, "Surrey County Council", bodyOf(dash))
		items := extract.Extract(doc)
		if len(items) != len(enDash) {
			t.Fatalf("%U: %d items, want %d", []rune(dash)[0], len(items), len(enDash))
		}
		for i, it := range items {
			if doc.Body[it.Offset:it.Offset+len(it.Text)] != it.Text || !strings.Contains(it.Text, dash) {
				t.Errorf("%U: item %q is not the source's bytes", []rune(dash)[0], it.Text)
			}
			if len(it.Figures) != len(enDash[i].Figures) {
				t.Errorf("%U: %q has %d figures, the en dash's %d", []rune(dash)[0], it.Text, len(it.Figures), len(enDash[i].Figures))
				continue
			}
			for k, f := range it.Figures {
				e := enDash[i].Figures[k]
				if f.Value == 25 || f.Value != e.Value || f.Period != e.Period || f.Key != e.Key {
					t.Errorf("%U: %q (%v, %q, %q) in %q, the en dash's (%v, %q, %q)", []rune(dash)[0], f.Text, f.Value, f.Period, f.Key, it.Text, e.Value, e.Period, e.Key)
				}
				if it.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
					t.Errorf("%U: figure %q not at its offset", []rune(dash)[0], f.Text)
				}
			}
			if i == 2 && !strings.Contains(it.Header, "Year"+dash+"end") {
				t.Errorf("%U: header %q, want the source's own", []rune(dash)[0], it.Header)
			}
		}
	}
}
