package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestMoneyInMnAndMlnIsMillions holds "£3.4mn", "£2.1 mln" and "£1.2bln",
// as financial writers abbreviate millions and billions: each is the sum
// it names. Before (hostile check 69), "£3.4mn" was £3.4 and "£2.1 mln"
// £2.1, a briefing's spend cut a millionfold.
func TestMoneyInMnAndMlnIsMillions(t *testing.T) {
	cases := []struct {
		in    string
		texts []string
		want  []float64
	}{
		{"The council spent £3.4mn on school nursing in 2024/25, up from £2.1 mln in 2022/23.", []string{"£3.4mn", "£2.1 mln"}, []float64{3.4e6, 2.1e6}},
		{"The ICB invested £12mn in children's mental health, and £1.2bln was spent nationally.", []string{"£12mn", "£1.2bln"}, []float64{12e6, 1.2e9}},
		// Near-miss: the usual forms hold as before.
		{"A budget of £4.5m was agreed for 2025/26, and £2 million more for 2026/27.", []string{"£4.5m", "£2 million"}, []float64{4.5e6, 2e6}},
	}
	for _, c := range cases {
		items := extract.Extract(parseBody(t, "P", c.in))
		if len(items) != 1 || items[0].Kind != evidence.Statistic {
			t.Fatalf("%q: %d items", c.in, len(items))
		}
		figs := items[0].Figures
		if len(figs) != len(c.want) {
			t.Errorf("%q: %d figures %v, want %d", c.in, len(figs), figs, len(c.want))
			continue
		}
		for i, f := range figs {
			if f.Text != c.texts[i] || f.Value != c.want[i] || f.Unit != evidence.UnitGBP {
				t.Errorf("%q: figure %d %q %v %s, want %q %v gbp", c.in, i, f.Text, f.Value, f.Unit, c.texts[i], c.want[i])
			}
		}
	}
}
