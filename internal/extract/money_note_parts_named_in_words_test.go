package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAPartOfASumGoingToAPlaceOfSeveralWordsIsMoney: a part of a sum
// under a money note that went to a place of several words, "went to
// Telford and Wrekin", "went to the South West", or "was spent on" what
// it bought, leaves the next part its own sum: "and 250 to Poole" is
// £250,000 to Poole. Before (hostile check 62), the next part's number
// was lost in the first part's measure and key. Each part is of the
// sum's year, 2021 (hostile check 62: the parts were undated).
func TestAPartOfASumGoingToAPlaceOfSeveralWordsIsMoney(t *testing.T) {
	sentences := []string{
		"Grant (£000s) in 2021 was 3,800, of which 900 went to Telford and Wrekin and 250 to Poole.",
		"Grant (£000s) in 2021 was 3,800, of which 900 went to the South West and 250 to Bristol.",
		"Outlay (£000s) in 2021 was 3,800; of this, 900 was spent on locum cover and 250 on mentoring.",
	}
	for _, s := range sentences {
		checkMoneyF66a(t, []moneyCaseF66a{
			{s, "900", 900e3, evidence.UnitGBP, "2021"},
			{s, "250", 250e3, evidence.UnitGBP, "2021"},
		})
		if f, ok := h62aFigure(t, s+"\n", "900"); ok && (strings.Contains(f.Measure, "250") || strings.Contains(f.Key, "250")) {
			t.Errorf("%s: 900 measured %q, keyed %q: it holds the next part", s, f.Measure, f.Key)
		}
	}
	if f, _ := h62aFigure(t, sentences[0]+"\n", "250"); !strings.Contains(f.Measure+" "+f.Place, "Poole") {
		t.Errorf("250 to Poole measured %q, place %q", f.Measure, f.Place)
	}
}

// TestAPartOfASumAfterAPriorYearsValueIsMoney: a prior year's value in
// brackets, "3,800 (2020: 3,500)", ends no clause of the money note, so
// the parts after it are sums: ", of which 900 was on locum cover", ",
// of which pay costs were 900", ", including 900 on locum cover". And a
// place's clause after a semicolon, "; in Poole, 900", lists a sum.
// Before (hostile check 62), each 900 was a count. A part is of the
// sum's year, never the bracket's.
func TestAPartOfASumAfterAPriorYearsValueIsMoney(t *testing.T) {
	checkMoneyF66a(t, []moneyCaseF66a{
		{"Outlay (£000s) in 2021 was 3,800 (2020: 3,500), of which 900 was on locum cover.", "900", 900e3, evidence.UnitGBP, "2021"},
		{"Outlay (£000s) in 2021 was 3,800 (2020: 3,500), of which 900 was on locum cover.", "3,500", 3500e3, evidence.UnitGBP, "2020"},
		{"Outlay (£000s) in 2021 was 3,800 (2020: 3,500), of which pay costs were 900.", "900", 900e3, evidence.UnitGBP, "2021"},
		{"Outlay (£000s) in 2021 was 3,800 (2020: 3,500), including 900 on locum cover.", "900", 900e3, evidence.UnitGBP, "2021"},
		{"In Dorset, outlay (£000s) was 3,800 in 2021; in Poole, 900.", "900", 900e3, evidence.UnitGBP, ""},
	})
	// A count of people after the bracket stays a count.
	checkMoneyF66a(t, []moneyCaseF66a{
		{"Outlay (£000s) in 2021 was 3,800 (2020: 3,500), and 900 children were seen.", "900 children", 900, evidence.UnitCount, ""},
		{"In Dorset, outlay (£000s) was 3,800 in 2021; in Poole, 900 children were seen.", "900 children", 900, evidence.UnitCount, ""},
	})
}
