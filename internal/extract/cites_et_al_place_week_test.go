package extract_test

import "testing"

// TestEtAlPlaceYearAndWeekEndingBrackets: a work by several authors beside
// the date of its data, "(Okafor et al. 2018, 2021/22 data)", is dated by
// the data as "(Okafor 2019, FY 2021/22)" is; a place beside a bare year,
// "(Scotland, 2021)", is where and when, as "(England, 2021/22)" is; a
// week ending, "(w/e 9 May 2022)", dates the figure and leaves no word in
// its measure. Before (hostile check 60): no period, no 2021, and "(w/e)"
// in the measure and key. Sentences invented.
func TestEtAlPlaceYearAndWeekEndingBrackets(t *testing.T) {
	for _, c := range []struct{ s, period string }{
		{"Some 37% of young carers had no break (Okafor et al. 2018, 2021/22 data).", "2021/22"},
		{"Some 37% of young carers had no break (Scotland, 2021).", "2021"},
		{"Some 37% of young carers had no break (w/e 9 May 2022).", "May 2022"},
		{"Some 37% of young carers had no break (week ending 9 May 2022).", "May 2022"},
	} {
		citeCheck(t, c.s, c.period, "okafor", "et", "al", "data", "w/e", "#9", "week", "end", "#2018")
	}
	// A work's year beside "et al." alone still dates nothing.
	if f, ok := h61cFigure(t, "Some 37% of young carers had no break (Okafor et al. 2018).", "Some 37%"); !ok || f.Period != "" {
		t.Errorf("(Okafor et al. 2018): %+v", f)
	}
}
