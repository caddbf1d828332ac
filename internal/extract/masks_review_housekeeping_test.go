package extract

import (
	"reflect"
	"testing"
)

// TestAReviewsOwnSessionsMeetingsAndCheckersAreNoFigures: the evidence
// sessions a scrutiny review held, how often its panel met, the
// reviewers who did its checks and how long its survey was open are the
// method's housekeeping (the development set's convention), no figures;
// what the review heard and found stays (figures round 88). Every sentence
// is written for this test.
func TestAReviewsOwnSessionsMeetingsAndCheckersAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"The panel held six evidence sessions and heard from 41 witnesses.", []string{"41 witnesses"}},
		{"Over the year our parent panel met 11 times and 860 families answered our survey.", []string{"860 families"}},
		{"Two reviewers screened every abstract.", nil},
		{"Each record was coded by two researchers working independently.", nil},
		{"We ran a survey for carers that was open for six weeks.", nil},
		{"The consultation ran for eight weeks and drew 312 responses.", []string{"312 responses"}},
		// Near misses: what was found keeps its figures.
		{"Children waited for 9 weeks after the survey.", []string{"9 weeks"}},
		{"The service met 14 of its 20 targets.", []string{"14", "20 targets"}},
		{"Three reviewers left the team in the spring.", []string{"Three reviewers"}},
		{"Families attended 240 sessions in the year.", []string{"240 sessions"}},
	} {
		var got []string
		for _, f := range Figures(c.in) {
			got = append(got, f.Text)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: figures %q, want %q", c.in, got, c.want)
		}
	}
}
