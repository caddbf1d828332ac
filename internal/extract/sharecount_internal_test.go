package extract

import (
	"strings"
	"testing"
)

// TestCountOfAShareInBrackets: the bracket after the group a share is of
// counts the share's people ("More than a third of parents (32) said"),
// beside the share; a year in such a bracket, and a count in brackets
// after a count (a prior value), are no such count. Written for this
// test.
func TestCountOfAShareInBrackets(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"More than a third of parents (32) said they had not had a full night's sleep in the past month.", []string{"More than a third", "32"}},
		{"Nearly half of the young carers we asked (41) said they had missed school to care.", []string{"Nearly half", "41"}},
		{"One in four of the families (27) had no break at all.", []string{"One in four", "27"}},
		// Near-misses.
		{"A third of the cohort (2024) left the service early.", []string{"A third"}},
		{"In 2024, 2,000 children (1,800) were referred.", []string{"2,000 children"}},
	}
	for _, c := range cases {
		var got []string
		for _, f := range Figures(c.in) {
			got = append(got, f.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: figures %q, want %q", c.in, got, c.want)
		}
	}
}
