package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestNamedPriorValueBetweenCountAndNoun: an earlier value that names its
// time, set between a figure and its noun ("2,000 (2023: 1,800) children",
// "45% (2023: 41%) of children", "(last year: 1,800)"), is left out: the
// figure is read with its noun and dated as its sentence, and shown and
// copied without the bracket. Before, the bracket hid the noun, so 2,000
// was lost and only 1,800 was cited, "last year"'s as 2024's; 12 of "In 12
// (2023: 14) of the 20 trusts" was lost and 20 trusts measured "in 12 (:
// 14)".
func TestNamedPriorValueBetweenCountAndNoun(t *testing.T) {
	for _, c := range []struct{ sentence, shown, period, lost string }{
		{"In 2024, 2,000 (2023: 1,800) children were referred to the service.", "2,000 children", "2024", "1,800"},
		{"In 2024/25, 2,000 (2023/24: 1,800) children were referred to the service.", "2,000 children", "2024/25", "1,800"},
		{"In 2024, 2,000 (last year: 1,800) children were referred to the service.", "2,000 children", "2024", "1,800"},
		{"In 2024, 45% (2023: 41%) of children were seen within four weeks.", "45%", "2024", "41%"},
		{"In 2024, 12 (2023: 14) of the 20 trusts saw fewer than half of children within 18 weeks.", "12", "2024", "14"},
	} {
		found := false
		for _, it := range extract.Extract(parseBody(t, "P", "## F\n\n"+c.sentence+"\n")) {
			for _, f := range it.Figures {
				switch f.Shown() {
				case c.shown:
					found = true
					if f.Period != c.period {
						t.Errorf("%q: %s dated %q, want %q", c.sentence, c.shown, f.Period, c.period)
					}
					if f.Measure == "" || strings.ContainsAny(f.Measure, "(:") {
						t.Errorf("%q: %s measures %q", c.sentence, c.shown, f.Measure)
					}
				case c.lost:
					t.Errorf("%q: the earlier value %s read as a figure of %q", c.sentence, c.lost, f.Period)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %q", c.sentence, c.shown)
		}
	}
	// A count's share in a bare bracket is a figure of its own.
	n := 0
	for _, it := range extract.Extract(parseBody(t, "P", "## F\n\nIn 2024, 1,200 (45%) of the children referred were autistic.\n")) {
		n += len(it.Figures)
	}
	if n < 2 {
		t.Errorf("1,200 (45%%): %d figures, want the count and its share", n)
	}
}
