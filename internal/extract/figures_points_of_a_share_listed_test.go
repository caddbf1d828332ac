package extract_test

import (
	"strings"
	"testing"
)

// TestPointsFromOneShareToAnother: a change in "pts" from one share to
// another is the second's change, of its year, and no count of "pts".
// Before (hostile check 59) the 4 pts were a count of "pts from" and
// the 92% the level the fall was read as reaching.
func TestPointsFromOneShareToAnother(t *testing.T) {
	s := "Screening fell 4 pts from 92% to 88% in 2022."
	f64cWant(t, s,
		"4 pts=4 other change | 2022 |  | down 4 pts to 88% | change:other|||screen | screening",
		"88%=88 percent headline | 2022 |  | down 4 pts | percent|||screen",
	)
	for _, g := range f64cFigures(t, s) {
		if strings.HasPrefix(g, "92%") && strings.Contains(g, "down 4") {
			t.Errorf("%q: the earlier share took the fall", g)
		}
	}
}

// TestPointsListedWithTheirPlaces: "pts" listed after a verb of a
// share named without a percent ("coverage", "uptake"), each with its
// place, or bare numbers listed before the one the points follow, are
// changes in points. Before (hostile check 59) they were counts of
// "pts", and the bare 4 was lost.
func TestPointsListedWithTheirPlaces(t *testing.T) {
	f64cWant(t, "Coverage of the flu vaccine fell 4 pts in London and 1 pt in the South West in 2022.",
		"4 pts=4 other change | 2022 | London | down 4 pts | change:other",
		"1 pt=1 other change | 2022 | South West | down 1 pt | change:other",
	)
	f64cWant(t, "Uptake rose 4 and 1 pts in Leeds and Hull respectively in 2022.",
		"4=4 other change | 2022 |  | up 4 | change:other|||leed uptak",
		"1 pts=1 other change | 2022 |  | up 1 pts | change:other|||hull uptak",
	)
}

// TestPointsWrittenCloseBeforeTheLevel: "2pts" with no space is points
// too, and the level after it is the one it reached. Before (hostile
// check 59) the 2pts were lost in the 91%'s measure.
func TestPointsWrittenCloseBeforeTheLevel(t *testing.T) {
	f64cWant(t, "Screening rose 3pts, to 79%, in 2022.",
		"3pts=3 other change | 2022 |  | up 3pts to 79% | change:other|||screen",
		"79%=79 percent headline | 2022 |  | up 3pts | percent|||screen",
	)
}

// TestABareChangeAfterAShare: ", down N on <year>" after a share is the
// share's change in points, as after a count it is the count's. Before
// (hostile check 59) the number was left in the share's measure.
func TestABareChangeAfterAShare(t *testing.T) {
	f64cWant(t, "Screening was 79% in 2022, down 3 on 2021.",
		"79%=79 percent  | 2022 |  | down 3 on 2021 | percent|||screen",
		"3=3 other change | 2022 |  | down 3 on 2021 | change:other|||screen",
	)
}

// TestPointsToAScoreCountNoLink: a count of points that rose "to" a
// score after it has no "to" in its population. Before (hostile check
// 59) it was "pts to".
func TestPointsToAScoreCountNoLink(t *testing.T) {
	for _, g := range f64cFigures(t, "Wellbeing rose 3 pts to 6.4 in 2022.") {
		if strings.Contains(g, "pts to |") || strings.HasSuffix(strings.TrimSpace(g), "pts to") || strings.Contains(g, "| pts to |") {
			t.Errorf("%q: population with its link word", g)
		}
	}
}

// TestAChangeAfterValuesListedByQuarter: the values listed before a
// change are dated by the one period reader, so a list of quarters is a
// list too and the change is the latest quarter's. Before, the list's
// own year pattern read no "in Q1 2024": the Q4 2023 value was the
// headline, up £5.1m, and the change was dated Q4 2023.
func TestAChangeAfterValuesListedByQuarter(t *testing.T) {
	f64cWant(t, "Spending was £45.2m in Q1 2024 and £40.1m in Q4 2023, a rise of £5.1m.",
		"£45.2m=4.52e+07 gbp headline | Q1 2024 |  | up £5.1m",
		"£40.1m=4.01e+07 gbp  | Q4 2023 |  |  |",
		"£5.1m=5.1e+06 gbp change | Q1 2024 |",
	)
}
