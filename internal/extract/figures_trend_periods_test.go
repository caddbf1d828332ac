package extract

import "testing"

// A small number in words that counts the span of periods a trend is
// told over, and a time a reader is told they will
// get or may ask for something within, are no findings; the figures
// beside them stay.
func TestTrendPeriodsAndReaderProcedureAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"Across our four clinics, 62% of new referrals were seen on the day.", []string{"four clinics", "62%"}},
		{"You have the right to start treatment within 18 weeks of referral.", []string{"18 weeks"}},
		{"Attendance has dropped in each of the last three terms.", nil},
		{"You will hear from the panel by e-mail within ten days of the meeting.", nil},
		{"You may appeal the decision within 28 days of this letter.", nil},
		{"Families waited 14 weeks on average, and four teams had no psychologist.", []string{"14 weeks", "four teams"}},
		{"The council must respond within 20 working days.", []string{"20 working days"}},
	} {
		var got []string
		for _, f := range Figures(c.s) {
			got = append(got, f.Text)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: got %q, want %q", c.s, got, c.want)
				break
			}
		}
	}
}
