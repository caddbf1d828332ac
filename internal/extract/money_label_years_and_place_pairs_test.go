package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// lineFiguresF72c is the figures a document of one paragraph makes.
func lineFiguresF72c(t *testing.T, text string) []evidence.Figure {
	t.Helper()
	var out []evidence.Figure
	for _, it := range extract.Extract(parseBody(t, "P", text+"\n")) {
		out = append(out, it.Figures...)
	}
	return out
}

// figureOfF72c is the figure of text in figs, and whether there is one.
func figureOfF72c(figs []evidence.Figure, text string) (evidence.Figure, bool) {
	for _, f := range figs {
		if f.Text == text {
			return f, true
		}
	}
	return evidence.Figure{}, false
}

// hasFoldF72c reports sub in s, whatever their case.
func hasFoldF72c(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// TestAMoneyLabelLinesYearBesideItsNote: a money label naming its year
// before or after its note, "Budget 2023/24 (£000s): 4,500", "Total
// budget (£000s) 2023/24: 4,500", is a statistic of the sum scaled by the
// note and dated by the year. Before (hostile check 63), the first gave no
// item and the second a count of 4,500.
func TestAMoneyLabelLinesYearBesideItsNote(t *testing.T) {
	for _, c := range []struct {
		line, period string
		value        float64
	}{
		{"Total budget (£000s) 2023/24: 6,200", "2023/24", 6200000},
		{"Budget 2023/24 (£000s): 6,200", "2023/24", 6200000},
		{"Spend 2022 (£m): 3.7", "2022", 3700000},
		{"Grant (£000s) 2024-25: 910", "2024/25", 910000},
		// held: no year
		{"Budget (£000s): 6,200", "", 6200000},
		{"Spend (£m): 3.7", "", 3700000},
	} {
		figs := lineFiguresF72c(t, "## Finance\n\n"+c.line)
		if len(figs) != 1 {
			t.Errorf("%q: figures %v, want one sum", c.line, figs)
			continue
		}
		f := figs[0]
		if f.Unit != evidence.UnitGBP || f.Value != c.value || f.Period != c.period {
			t.Errorf("%q: %s %g of %q, want £%g of %q", c.line, f.Unit, f.Value, f.Period, c.value, c.period)
		}
	}
	// near miss: a year and a note on no money is still no figure
	for _, f := range lineFiguresF72c(t, "## Finance\n\nTable 2023/24 (£000s): 4") {
		t.Errorf("table label: figure %v, want none", f)
	}
}

// TestAStaffLabelCountedInWholeTimeEquivalents: "Staff (FTE): 45" is a
// count of 45 staff whose measure keeps "FTE", as whole-time equivalents
// are no headcount. Before (hostile check 63), the bracket made the line
// no label and it held no item.
func TestAStaffLabelCountedInWholeTimeEquivalents(t *testing.T) {
	for _, c := range []struct{ line, text, note string }{
		{"Staff (FTE): 38", "38", "FTE"},
		{"Health visitors (WTE): 21", "21", "WTE"},
	} {
		figs := lineFiguresF72c(t, "## Workforce\n\n"+c.line)
		f, ok := figureOfF72c(figs, c.text)
		if !ok || len(figs) != 1 || f.Unit != evidence.UnitCount || !hasFoldF72c(f.Measure, c.note) || !hasFoldF72c(f.Key, c.note) {
			t.Errorf("%q: figures %v, want one count measured with %s", c.line, figs, c.note)
		}
	}
	// held: "Staff: 38" is still a count with no note
	f, ok := figureOfF72c(lineFiguresF72c(t, "## Workforce\n\nStaff: 38"), "38")
	if !ok || f.Unit != evidence.UnitCount || f.Measure != "staff" {
		t.Errorf("Staff: 38: %v %s %q, want a count of staff", ok, f.Unit, f.Measure)
	}
}

// TestAPlacesLabelPairAfterAMoneyLabel: "Budget (£000s): 4,500; Medway:
// 1,200" gives Medway's sum in the note's scale, measured by the budget of
// Medway; a label pair counting people after it, "; Staff: 45", is no
// sum. Before (hostile check 63), 1,200 was a count measuring "medway".
func TestAPlacesLabelPairAfterAMoneyLabel(t *testing.T) {
	figs := lineFiguresF72c(t, "## Finance\n\nBudget (£000s): 5,100; Medway: 1,300")
	total, _ := figureOfF72c(figs, "5,100")
	part, ok := figureOfF72c(figs, "1,300")
	if total.Unit != evidence.UnitGBP || total.Value != 5100000 {
		t.Errorf("5,100: %s %g, want £5.1m", total.Unit, total.Value)
	}
	if !ok || part.Unit != evidence.UnitGBP || part.Value != 1300000 || !hasFoldF72c(part.Measure+part.Place+part.Population, "medway") || !hasFoldF72c(part.Measure, "budget") {
		t.Errorf("1,300: %v %s %g measured %q, want £1.3m of Medway's budget", ok, part.Unit, part.Value, part.Measure)
	}
	if part.Key == total.Key {
		t.Errorf("Medway's sum keyed as the total, %q", part.Key)
	}
	figs = lineFiguresF72c(t, "## Finance\n\nBudget (£000s): 5,100; Staff: 45")
	if f, ok := figureOfF72c(figs, "45"); ok && f.Unit == evidence.UnitGBP {
		t.Errorf("Staff: 45 read as £%g", f.Value)
	}
}

// TestANationOrRegionLabelPairAfterAMoneyLabel: "Budget (£000s): 6,300;
// Wales: 1,700" gives Wales's sum in the note's scale, placed in Wales,
// and the total before it no place of the later pair's. Before (hostile
// check 64), the total was placed in Wales and 1,700 was a count, as
// "Wales" ends like a counted plural.
func TestANationOrRegionLabelPairAfterAMoneyLabel(t *testing.T) {
	for _, c := range []struct {
		line, total, part, place string
		value                    float64
	}{
		{"Budget (£000s): 6,300; Wales: 1,700", "6,300", "1,700", "Wales", 1700000},
		{"Grant (£000s): 2,400; the East Midlands: 800", "2,400", "800", "East Midlands", 800000},
		{"Budget (£000s): 6,300; England: 1,700", "6,300", "1,700", "England", 1700000},
	} {
		figs := lineFiguresF72c(t, "## Finance\n\n"+c.line)
		total, _ := figureOfF72c(figs, c.total)
		part, ok := figureOfF72c(figs, c.part)
		if total.Unit != evidence.UnitGBP || total.Place != "" {
			t.Errorf("%q: total %s placed %q, want a sum of no place", c.line, total.Unit, total.Place)
		}
		if !ok || part.Unit != evidence.UnitGBP || part.Value != c.value || part.Place != c.place {
			t.Errorf("%q: part %v %s %g placed %q, want £%g of %s", c.line, ok, part.Unit, part.Value, part.Place, c.value, c.place)
		}
	}
	// near miss: a counting label after it is still no sum
	if f, ok := figureOfF72c(lineFiguresF72c(t, "## Finance\n\nBudget (£000s): 6,300; Nurses: 45"), "45"); ok && f.Unit == evidence.UnitGBP {
		t.Errorf("Nurses: 45 read as £%g", f.Value)
	}
	// held: a place the line opens with is the total's own
	figs := lineFiguresF72c(t, "## Finance\n\nWales budget (£000s): 6,300")
	if f, _ := figureOfF72c(figs, "6,300"); f.Place != "Wales" {
		t.Errorf("Wales budget: placed %q, want Wales", f.Place)
	}
}

// TestAStaffLabelWithItsYearAndAFractionOfWholeTimeEquivalents: "School
// nurses (FTE) 2024: 17.5" is a count of 17.5 whole-time equivalents of
// 2024, the note and the year both on the label. Before (hostile check
// 64), the line held no item. A fraction under no note counts no one.
func TestAStaffLabelWithItsYearAndAFractionOfWholeTimeEquivalents(t *testing.T) {
	for _, c := range []struct {
		line, text, period string
		value              float64
	}{
		{"School nurses (FTE) 2024: 17.5", "17.5", "2024", 17.5},
		{"Therapists (WTE) 2023/24: 6.8", "6.8", "2023/24", 6.8},
		{"School nurses (FTE): 17.5", "17.5", "", 17.5},
		{"Family workers (headcount) 2025: 23", "23", "2025", 23},
	} {
		figs := lineFiguresF72c(t, "## Workforce\n\n"+c.line)
		f, ok := figureOfF72c(figs, c.text)
		if !ok || len(figs) != 1 || f.Unit != evidence.UnitCount || f.Value != c.value || f.Period != c.period {
			t.Errorf("%q: figures %v, want one count of %g of %q", c.line, figs, c.value, c.period)
		}
	}
	// near miss: a fraction under a label with no note is no count
	for _, f := range lineFiguresF72c(t, "## Workforce\n\nChildren waiting: 3.5") {
		t.Errorf("Children waiting: 3.5: figure %v, want none", f)
	}
}

// TestALabelPairOfAnotherTimeAfterAMoneyLabel: "Budget (£000s): 6,100;
// 2022/23: 5,800" and "Spend (£m) 2024: 2.6; previous year: 2.2" give the
// second value as a sum in the note's scale, of its own time: 2022/23,
// and the year before the first's. Before (hostile check 64), the first
// line held no item and the 2.2 was lost.
func TestALabelPairOfAnotherTimeAfterAMoneyLabel(t *testing.T) {
	for _, c := range []struct {
		line, first, firstPeriod, second, secondPeriod string
		value                                          float64
	}{
		{"Budget (£000s): 6,100; 2022/23: 5,800", "6,100", "", "5,800", "2022/23", 5800000},
		{"Budget (£000s) 2024/25: 6,100; 2023/24: 5,800", "6,100", "2024/25", "5,800", "2023/24", 5800000},
		{"Spend (£m) 2024: 2.6; previous year: 2.2", "2.6", "2024", "2.2", "2023", 2200000},
		{"Grant (£000s) 2023/24: 610; last year: 580", "610", "2023/24", "580", "2022/23", 580000},
		{"Budget (£000s): 6,100; March 2023: 5,800", "6,100", "", "5,800", "March 2023", 5800000},
		// no year to count back from: the earlier value is undated
		{"Spend (£m): 2.6; previous year: 2.2", "2.6", "", "2.2", "", 2200000},
	} {
		figs := lineFiguresF72c(t, "## Finance\n\n"+c.line)
		first, _ := figureOfF72c(figs, c.first)
		second, ok := figureOfF72c(figs, c.second)
		if first.Unit != evidence.UnitGBP || first.Period != c.firstPeriod {
			t.Errorf("%q: %s of %q, want a sum of %q", c.line, first.Unit, first.Period, c.firstPeriod)
		}
		if !ok || second.Unit != evidence.UnitGBP || second.Value != c.value || second.Period != c.secondPeriod || second.Key != first.Key {
			t.Errorf("%q: second %v %s %g of %q keyed %q, want £%g of %q keyed %q", c.line, ok, second.Unit, second.Value, second.Period, second.Key, c.value, c.secondPeriod, first.Key)
		}
	}
	// near miss: a counting label after it is still no sum
	if f, ok := figureOfF72c(lineFiguresF72c(t, "## Finance\n\nBudget (£000s): 6,100; Staff in post: 45"), "45"); ok && f.Unit == evidence.UnitGBP {
		t.Errorf("Staff in post: 45 read as £%g", f.Value)
	}
}
