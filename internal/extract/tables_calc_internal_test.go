package extract

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestSpreadsheetHeadersOfChangeAndCohort: a spreadsheet's change column
// in points abbreviated ("Change on last year (pts)") holds changes of
// shares, unit other, not counts; a cohort column ("Reception cohort",
// "Cohort size") and a column of those who answered ("Parents
// answering") are the base of the row's shares.
func TestSpreadsheetHeadersOfChangeAndCohort(t *testing.T) {
	for _, c := range []struct {
		h      string
		unit   evidence.Unit
		change bool
		base   bool
	}{
		{"Change on last year (pts)", evidence.UnitOther, true, false},
		{"Change, boys, pts", evidence.UnitOther, true, false},
		{"Reception cohort", evidence.UnitCount, false, true},
		{"Cohort size", evidence.UnitCount, false, true},
		{"Change (%)", evidence.UnitPercent, true, false},
		{"Parents answering", evidence.UnitCount, false, true},
		{"Respondents", evidence.UnitCount, false, true},
		{"Pupils who answered", evidence.UnitCount, false, true},
		{"Children seen", evidence.UnitCount, false, false},
	} {
		col := headerColumn(c.h)
		if col.unit != c.unit || col.change != c.change || col.base != c.base {
			t.Errorf("headerColumn(%q) = unit %s change %v base %v, want %s %v %v", c.h, col.unit, col.change, col.base, c.unit, c.change, c.base)
		}
	}
}

// TestCohortOfAYearsSizeIsACount: a base column's cell that looks like a
// year ("1987" pupils in the cohort) is the count the shares are of; a
// column of years still holds none.
func TestCohortOfAYearsSizeIsACount(t *testing.T) {
	if figs := cellFigures("1987", headerColumn("Year 9 cohort")); len(figs) != 1 || figs[0].Value != 1987 || figs[0].Unit != evidence.UnitCount {
		t.Errorf("cohort cell 1987: %+v, want a count of 1987", figs)
	}
	if figs := cellFigures("2019", headerColumn("Children")); len(figs) != 0 {
		t.Errorf("year-like cell under a noun header: %+v, want none", figs)
	}
}
