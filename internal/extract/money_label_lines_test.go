package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// statisticsOfF70b is the statistics a document of the given body makes.
func statisticsOfF70b(t *testing.T, body string) []evidence.Item {
	t.Helper()
	var out []evidence.Item
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if it.Kind == evidence.Statistic {
			out = append(out, it)
		}
	}
	return out
}

// TestMoneyLabelLinesAreStatistics: a line of a label naming money and
// its one sum, marked as money by a note on the label or a "£" on the
// value, is a statistic of the sum scaled by its note, measured by its
// label, as "Staff in post: 52" is a count. Before (hostile check 62),
// one word and a note were too few for a sentence: the line was read as
// a table's cells and gave no item, Markdown or PDF.
func TestMoneyLabelLinesAreStatistics(t *testing.T) {
	for _, c := range []struct {
		line, text, measure string
		value               float64
	}{
		{"Budget (£000s): 6,300", "6,300", "budget (£000s)", 6300000},
		{"Budget: £6.3m", "£6.3m", "budget", 6300000},
		{"Spend (£m): 14.5", "14.5", "spend (£m)", 14500000},
		{"Grants (£000s): 820", "820", "grants (£000s)", 820000},
		{"Net expenditure (£000s): 2,450", "2,450", "net expenditure (£000s)", 2450000},
	} {
		its := statisticsOfF70b(t, "## Finance\n\n"+c.line+"\n")
		if len(its) != 1 || len(its[0].Figures) != 1 {
			t.Errorf("%q: statistics %v, want one with its sum", c.line, its)
			continue
		}
		f := its[0].Figures[0]
		if f.Text != c.text || f.Value != c.value || f.Unit != evidence.UnitGBP || f.Measure != c.measure {
			t.Errorf("%q: figure %q %g %s measured %q, want %q £%g measured %q", c.line, f.Text, f.Value, f.Unit, f.Measure, c.text, c.value, c.measure)
		}
	}
	// No money said, or no money named: still no figure.
	for _, line := range []string{"Grant: 4,500", "Total: £6.3m", "Table (£000s): 4"} {
		for _, it := range statisticsOfF70b(t, "## Finance\n\n"+line+"\n") {
			t.Errorf("%q: statistic %v, want none", line, it.Figures)
		}
	}
}

// TestMoneyLabelPairBesideACountPair: "Budget (£000s): 6,300" set two
// spaces apart from "Staff in post: 52" on one line gives both: £6.3m
// measured by its own label and 52 staff. Before (hostile check 62), the
// next pair's "Staff" read as the sum's unit word, and 6,300 was a count.
func TestMoneyLabelPairBesideACountPair(t *testing.T) {
	its := statisticsOfF70b(t, "## Finance\n\nBudget (£000s): 6,300   Staff in post: 52\n")
	if len(its) != 1 || len(its[0].Figures) != 2 {
		t.Fatalf("statistics %v, want one with two figures", its)
	}
	money, staff := its[0].Figures[0], its[0].Figures[1]
	if money.Value != 6300000 || money.Unit != evidence.UnitGBP || money.Measure != "budget (£000s)" {
		t.Errorf("first figure %q %g %s measured %q, want £6.3m measured by the budget", money.Text, money.Value, money.Unit, money.Measure)
	}
	if staff.Value != 52 || staff.Unit != evidence.UnitCount || staff.Measure != "staff in post" {
		t.Errorf("second figure %q %g %s measured %q, want 52 staff in post", staff.Text, staff.Value, staff.Unit, staff.Measure)
	}
}
