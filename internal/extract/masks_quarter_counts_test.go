package extract

import "testing"

// TestACountGroupedInThousandsAfterQuarterIsACount checks that a quarter
// named by its number ("in quarter 3", "the quarter 2 figures") is still
// no figure, while a count grouped in thousands right after "the quarter"
// is one: "At the end of the quarter 2,310 children were waiting" read
// its "2" as the quarter's name and lost the 2,310 (held-out set 90).
func TestACountGroupedInThousandsAfterQuarterIsACount(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []float64
	}{
		{"At the end of the quarter 2,310 children and young people were waiting to start treatment.", []float64{2310}},
		{"At the end of the quarter 2,310 were waiting, and 214 of them had waited longer than 12 weeks.", []float64{2310, 214, 12}},
		{"In quarter 3, 1,204 children were referred.", []float64{1204}},
		{"The quarter 2 figures show 1,204 referrals.", []float64{1204}},
		{"Referrals fell in quarter 4.", nil},
	} {
		figs := Figures(c.s)
		var got []float64
		for _, f := range figs {
			got = append(got, f.Value)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: figures %v, want %v", c.s, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: figures %v, want %v", c.s, got, c.want)
				break
			}
		}
	}
}
