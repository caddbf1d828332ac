package extract

import (
	"strings"
	"testing"
)

// TestSuperlativeSpansAndAttendanceAreNoFigures: the span a superlative reaches over, a meeting's
// attendance, a paper's own decisions, the span a family was told a wait
// could be and the focus groups a survey's team ran are no figures; a count found beside them, a wait
// stated after a superlative, a count of people who took part and a wait
// found are. Every sentence is written for this test.
func TestSuperlativeSpansAndAttendanceAreNoFigures(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Twenty-two health visitors qualified this summer, the largest cohort for six years.", []string{"Twenty-two"}},
		{"Referrals fell in March for the first time in three years.", nil},
		{"Three parents from the carers' forum joined for the second item.", nil},
		{"The report sets out four decisions for the committee.", nil},
		{"“We were told it could be two years,” one mother said.", nil},
		{"We designed a survey and ran four focus groups in the spring.", nil},
		// Near-misses.
		{"The longest wait was for two years.", []string{"two years"}},
		{"The most common wait in the east was for 18 months.", []string{"18 months"}},
		{"Three hundred parents attended our events this year.", []string{"Three hundred parents"}},
		{"Children waited two years for an assessment.", []string{"two years"}},
		{"We were told it would be 18 months.", []string{"18 months"}},
		{"We were told it could be two years, and in the end we waited three years.", []string{"three years"}},
		{"Our survey of 212 parents and four focus groups with 30 pupils took place in May.", []string{"212 parents", "four focus groups", "30 pupils"}},
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
