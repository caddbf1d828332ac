package extract_test

import "testing"

// TestAYearEndingAListDatesEveryValueOfIt: "Attendance was 91% and 88%
// in 2021." dates both shares, as does the earlier pair of "…, down from
// 94% and 92% in 2019". Before (hostile check 64), only the last value
// of each list took the year.
func TestAYearEndingAListDatesEveryValueOfIt(t *testing.T) {
	for _, c := range []struct {
		line  string
		dated map[string]string
	}{
		{"Attendance was 91% and 88% in 2021.", map[string]string{"91%": "2021", "88%": "2021"}},
		{"Attendance was 91% and 88%, down from 94% and 92% in 2019.", map[string]string{"94%": "2019", "92%": "2019", "91%": ""}},
		// held: each value's own year, and years listed respectively
		{"Attendance was 91% in 2020 and 88% in 2021.", map[string]string{"91%": "2020", "88%": "2021"}},
		{"Attendance was 91% and 88% in 2020 and 2021 respectively.", map[string]string{"91%": "2020", "88%": "2021"}},
	} {
		figs := lineFiguresF72c(t, c.line)
		for text, period := range c.dated {
			if f, ok := figureOfF72c(figs, text); !ok || f.Period != period {
				t.Errorf("%q: %s %v of %q, want %q", c.line, text, ok, f.Period, period)
			}
		}
	}
}
