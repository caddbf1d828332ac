package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestADecimalInEveryRoundBaseIsAShare holds "3.2 in every 1,000
// children": a share of a round base written with decimals, as "45 in
// every 10,000" is one (0.32%, 0.45%), never a count of the base. A
// rating's "7.2 out of 10" stays a rating. Before (hostile check 69),
// "3.2 in every 1,000 children" was a count of 1,000 children, its badge
// and its copy "1,000".
func TestADecimalInEveryRoundBaseIsAShare(t *testing.T) {
	cases := []struct {
		in, text string
		value    float64
		unit     evidence.Unit
	}{
		{"In 2024, 3.2 in every 1,000 children in Kent were looked after.", "3.2 in every 1,000", 0.32, evidence.UnitPercent},
		{"In 2024, 12.5 in every 100,000 children in Medway were admitted to hospital.", "12.5 in every 100,000", 0.0125, evidence.UnitPercent},
		{"In 2024, 45 in every 10,000 children in Swale were looked after.", "45 in every 10,000", 0.45, evidence.UnitPercent},
		// Near-miss: a rating.
		{"Pupils rated the service 7.2 out of 10 on average in 2024.", "7.2 out of 10", 7.2, evidence.UnitOther},
	}
	for _, c := range cases {
		items := extract.Extract(parseBody(t, "Rate Council", c.in))
		if len(items) != 1 || len(items[0].Figures) != 1 {
			t.Errorf("%q: %d items %v", c.in, len(items), items)
			continue
		}
		if f := items[0].Figures[0]; f.Text != c.text || f.Value != c.value || f.Unit != c.unit {
			t.Errorf("%q: %q %v %s, want %q %v %s", c.in, f.Text, f.Value, f.Unit, c.text, c.value, c.unit)
		}
	}
}
