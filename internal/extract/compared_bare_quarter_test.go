package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestABareQuarterComparedWithIsNoLaterQuarter: "In Q1 2024, 45% …,
// compared with 52% in Q4" compares with the quarter before, so the 52%
// is not of Q4 2024 (left undated); a later quarter listed on, "; in Q3,
// 410", is still of the year named.
func TestABareQuarterComparedWithIsNoLaterQuarter(t *testing.T) {
	cases := []struct{ text, want string }{
		{"In Q1 2024, 45% of children waited more than 18 weeks, compared with 52% in Q4.", "45%=Q1 2024 52%="},
		{"In Q1 2024/25, 45% of children waited more than 18 weeks, versus 52% in Q4.", "45%=Q1 2024/25 52%="},
		{"In Q1 2024, 380 children were referred; in Q3, 410.", "380 children=Q1 2024 410=Q3 2024"},
	}
	for _, c := range cases {
		items := extract.Extract(parseBody(t, "Example Health Trust", c.text+"\n"))
		var got []string
		for _, it := range items {
			for _, f := range it.Figures {
				if f.Unit != "weeks" {
					got = append(got, f.Text+"="+f.Period)
				}
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: %q, want %q", c.text, g, c.want)
		}
	}
}
