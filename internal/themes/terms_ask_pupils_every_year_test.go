package themes_test

import (
	"slices"
	"testing"
)

// TestAskingPupilsEveryYearHowIsVoice: asking young people, pupils or
// parents every year (or term) how a service works seeks their views,
// as asking them how does (guide rule C1), with the period between the
// people and the question. Near-misses: pupils asked every year to do
// something, and a survey run every year of schools, are no voice on
// those words. Written for this test.
func TestAskingPupilsEveryYearHowIsVoice(t *testing.T) {
	tax := taxonomy(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Schools should ask pupils every year how well their wellbeing support works.", true},
		{"The service will ask parents each term whether the clinic times suit them.", true},
		// Near-misses.
		{"Schools should ask pupils every year to bring a signed consent form.", false},
		{"The council will ask schools every year how many nurses they employ.", false},
	} {
		if got := slices.Contains(tax.Tag(c.text), "voice"); got != c.want {
			t.Errorf("Tag(%q) has voice = %v, want %v (%v)", c.text, got, c.want, tax.Tag(c.text))
		}
	}
}
