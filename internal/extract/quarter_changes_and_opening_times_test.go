package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// quarterFigureF70c is a figure's value, period and change, as the
// quarter tests compare them.
type quarterFigureF70c struct {
	value          float64
	period, change string
}

// checkQuarterFiguresF70c asserts sentence s gives the figures want, in
// order, every one of them a count of one key.
func checkQuarterFiguresF70c(t *testing.T, s string, want []quarterFigureF70c) {
	t.Helper()
	figs := itemFiguresOf(t, s)
	if len(figs) != len(want) {
		t.Errorf("%q: %d figures %+v, want %d", s, len(figs), figs, len(want))
		return
	}
	for i, w := range want {
		f := figs[i]
		if f.Value != w.value || f.Unit != evidence.UnitCount || f.Period != w.period || f.Change != w.change {
			t.Errorf("%q: figure %d is %g (%s) in %q, change %q; want %g count in %q, change %q", s, i, f.Value, f.Unit, f.Period, f.Change, w.value, w.period, w.change)
		}
		if f.Key != figs[0].Key || strings.Contains(f.Key, "#") {
			t.Errorf("%q: figure %d keyed %q, want one key with no value in it (%q)", s, i, f.Key, figs[0].Key)
		}
		if !strings.EqualFold(f.Population, "admissions") && !strings.EqualFold(f.Measure, "admissions") {
			t.Errorf("%q: figure %d measuring %q of %q, want admissions", s, i, f.Measure, f.Population)
		}
	}
}

// TestChangeBetweenQuartersIsRead: "rose from 410 in Q2 2022 to 455 in
// Q3 2022" reads both values with their quarters, the later one changed
// from the earlier, as the same sentence with years does; "were 455 in
// Q3 2022, up from 410 in Q2 2022" reads the 410 as a figure of its
// quarter and the 455's change. Before (hostile check 62) the first gave
// no figure, and the second made the earlier value part of the 455's
// measure and key ("#280 increas"), with no change.
func TestChangeBetweenQuartersIsRead(t *testing.T) {
	checkQuarterFiguresF70c(t, "Admissions rose from 410 in Q2 2022 to 455 in Q3 2022.", []quarterFigureF70c{
		{410, "Q2 2022", ""}, {455, "Q3 2022", "up from 410 in Q2 2022"},
	})
	checkQuarterFiguresF70c(t, "Admissions were 455 in Q3 2022, up from 410 in Q2 2022.", []quarterFigureF70c{
		{455, "Q3 2022", "up from 410 in Q2 2022"}, {410, "Q2 2022", ""},
	})
	checkQuarterFiguresF70c(t, "Admissions fell from 455 in March 2022 to 410 in June 2022.", []quarterFigureF70c{
		{455, "March 2022", ""}, {410, "June 2022", "down from 455 in March 2022"},
	})
}

// TestLevelsAfterAnOpeningTimeAreRead: "In Q2 2022 admissions were 410;
// in Q3, 455." gives both counts, the Q3 of Q2's year, of admissions, as
// "Admissions were 410 in Q2 2022" is; the same with years. A quarter
// named before the dated one ("In Q3 2022 ...; in Q2, 410") stays
// undated. Before (hostile check 62) neither gave a figure.
func TestLevelsAfterAnOpeningTimeAreRead(t *testing.T) {
	checkQuarterFiguresF70c(t, "In Q2 2022 admissions were 410; in Q3, 455.", []quarterFigureF70c{
		{410, "Q2 2022", ""}, {455, "Q3 2022", ""},
	})
	checkQuarterFiguresF70c(t, "In 2021, admissions were 410; in 2022, 455.", []quarterFigureF70c{
		{410, "2021", ""}, {455, "2022", ""},
	})
	checkQuarterFiguresF70c(t, "In Q3 2022 admissions were 410.", []quarterFigureF70c{{410, "Q3 2022", ""}})
	for _, f := range itemFiguresOf(t, "In Q3 2022 admissions were 455; in Q2, 410.") {
		if f.Period == "Q2 2022" || f.Value == 410 && f.Period != "" {
			t.Errorf("an earlier quarter with no year dated %q", f.Period)
		}
	}
}
