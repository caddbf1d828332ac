package extract

import (
	"strings"
	"testing"
)

// TestImplicationsAReportDrawsAreNoCount: the implications or conclusions
// a report draws from its findings are counted in its own prose, as its
// recommendations are, no figure; a count beside them stays (figures round
// 88). Every sentence is written for this test.
func TestImplicationsAReportDrawsAreNoCount(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"The evidence points to four implications for commissioners:", nil},
		{"Our results point to three implications for local and national leaders:", nil},
		{"We draw three conclusions from the audit.", nil},
		// Near misses.
		{"The cuts had serious implications for 40 schools.", []string{"40 schools"}},
		{"Three clinics closed in the spring.", []string{"Three clinics"}},
	} {
		var got []string
		for _, f := range Figures(c.in) {
			got = append(got, f.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: figures %q, want %q", c.in, got, c.want)
		}
	}
}
