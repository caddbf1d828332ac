package extract_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/cypx/cypx/internal/extract"
)

// TestMeasureLabelsStartWithNoWhiteSpace: a figure's measure and group
// are labels, trimmed and spaced by one rule (measure's squeeze) that
// takes every white space — a no-break space (U+00A0), a thin space
// (U+2009), a narrow one (U+202F) — as a space, so no label starts or ends
// with one. The quote keeps its no-break space. Before: `cypx figures`
// showed "\u00a0of children waited more than 18 weeks …".
func TestMeasureLabelsStartWithNoWhiteSpace(t *testing.T) {
	plain := "In 2024, 41% of children waited more than 18 weeks for a first appointment.\n\nIn 2024, children waiting more than 18 weeks: 41%.\n"
	for _, space := range []string{"\u00a0", "\u2009", "\u202f", "\u00a0 "} {
		body := strings.ReplaceAll(strings.ReplaceAll(plain, "41% of", "41%"+space+"of"), "2024, children", "2024,"+space+"children")
		want := extract.Extract(parseBody(t, "P", plain))
		got := extract.Extract(parseBody(t, "P", body))
		if len(got) != len(want) || len(got) == 0 {
			t.Fatalf("%q: %d items, %d with plain spaces", space, len(got), len(want))
		}
		for i, it := range got {
			if !strings.Contains(it.Text, space) {
				t.Errorf("%q: the quote %q lost its white space", space, it.Text)
			}
			if len(it.Figures) != len(want[i].Figures) {
				t.Fatalf("%q: %d figures, %d with plain spaces", space, len(it.Figures), len(want[i].Figures))
			}
			for j, f := range it.Figures {
				for _, label := range []string{f.Measure, f.Population} {
					if strings.TrimFunc(label, unicode.IsSpace) != label {
						t.Errorf("%q: label %q has white space at an end", space, label)
					}
				}
				if w := want[i].Figures[j]; (f.Measure == "") != (w.Measure == "") {
					t.Errorf("%q: measure %q; with plain spaces %q", space, f.Measure, w.Measure)
				}
			}
		}
	}
}
