package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestARangeNeverStartsInsideAFinancialYear: "from 380 per 100,000 in
// 2021/22 to 420 per 100,000 in 2022/23" gives the 380 and the 420, never
// the range "22 to 420" that the tail of "2021/22" and the next value
// make. Before (hostile check 67), the rate's second value was read as
// "22 to 420 per 100,000", value 22, and copied and exported so.
func TestARangeNeverStartsInsideAFinancialYear(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []float64
	}{
		{"Hospital admissions for self-harm among young people in Kent rose from 380 per 100,000 in 2021/22 to 420 per 100,000 in 2022/23.", []float64{380, 420}},
		{"The rate of admissions fell from 95 per 100,000 in 2019/20 to 88 per 100,000 in 2023/24.", []float64{95, 88}},
		{"The share seen rose from 61% in 2022/23 to 64% in 2023/24.", []float64{61, 64}},
		{"Spending rose from £3.9m in 2022/23 to £4.5m in 2023/24.", []float64{3900000, 4500000}},
	} {
		figs := extract.Figures(c.in)
		var got []float64
		for _, f := range figs {
			if f.Low != 0 || f.High != 0 {
				t.Errorf("%q: a range %q (%g to %g)", c.in, f.Text, f.Low, f.High)
			}
			got = append(got, f.Value)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: values %v, want %v", c.in, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: values %v, want %v", c.in, got, c.want)
				break
			}
		}
	}
	// A range after a slash-free lead is still one figure.
	if figs := extract.Figures("Waits of 10 to 15 weeks were common in 2023/24."); len(figs) == 0 || figs[0].Low != 10 || figs[0].High != 15 {
		t.Errorf("a plain range: %+v", figs)
	}
}
