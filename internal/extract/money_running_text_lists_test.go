package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// f64aWant is what one figure of a sentence should be read as.
type f64aWant struct {
	text   string
	value  float64
	unit   evidence.Unit
	period string // "-": not asked
}

// f64aCheck fails t for each figure of sentence not read as want says.
func f64aCheck(t *testing.T, sentence string, wants ...f64aWant) {
	t.Helper()
	for _, w := range wants {
		f, ok := h62aFigure(t, sentence, w.text)
		if !ok || f.Value != w.value || f.Unit != w.unit || w.period != "-" && f.Period != w.period {
			t.Errorf("%q: %s read as %v %s period %q (%v), want %v %s period %q", sentence, w.text, f.Value, f.Unit, f.Period, ok, w.value, w.unit, w.period)
		}
	}
}

// TestAMoneyNoteScalesTheShapesItsListsTake: a money note after the
// money's measure scales every sum its clause lists, in the shapes
// running text lists them: a rise from one to another, values after a
// place, years listed after values, "of which" parts, places after
// semicolons; a count among them stays a count, and each value keeps
// its own year. Before (hostile check 59), all these sums were counts,
// and 2,100 was dated 2021, the first year of the list.
func TestAMoneyNoteScalesTheShapesItsListsTake(t *testing.T) {
	gbp, count := evidence.UnitGBP, evidence.UnitCount
	f64aCheck(t, "Outlay (£m) rose from 31.4 in 2019 to 36.8 in 2020.",
		f64aWant{"31.4", 31.4e6, gbp, "2019"}, f64aWant{"36.8", 36.8e6, gbp, "2020"})
	f64aCheck(t, "Budgets (£000s): Oakby 2,700, Elmford 1,900 and Ashby 3,600 in 2020.",
		f64aWant{"2,700", 2.7e6, gbp, "2020"}, f64aWant{"1,900", 1.9e6, gbp, "2020"}, f64aWant{"3,600", 3.6e6, gbp, "2020"})
	// Each sum listed after its name measures the list's money there.
	for text, name := range map[string]string{"2,700": "Oakby", "1,900": "Elmford", "3,600": "Ashby"} {
		f, _ := h62aFigure(t, "Budgets (£000s): Oakby 2,700, Elmford 1,900 and Ashby 3,600 in 2020.", text)
		if f.Measure != "budgets (£000s) in "+name {
			t.Errorf("%s measured %q, want %q", text, f.Measure, "budgets (£000s) in "+name)
		}
	}
	f64aCheck(t, "Outlay (£000s) in Oakby was 6,100, 5,300 and 4,900 in 2018, 2019 and 2020.",
		f64aWant{"6,100", 6.1e6, gbp, "2018"}, f64aWant{"5,300", 5.3e6, gbp, "2019"}, f64aWant{"4,900", 4.9e6, gbp, "2020"})
	f64aCheck(t, "Outlay (£000s) in 2020 was 7,300, of which 2,600 on staff and 450 on 38 buildings.",
		f64aWant{"7,300", 7.3e6, gbp, "2020"}, f64aWant{"2,600", 2.6e6, gbp, "-"}, f64aWant{"450", 450e3, gbp, "-"}, f64aWant{"38 buildings", 38, count, "-"})
	f64aCheck(t, "Grant (£000s): Oakby 2,700; Elmford 1,900; 240 places.",
		f64aWant{"2,700", 2.7e6, gbp, ""}, f64aWant{"1,900", 1.9e6, gbp, ""}, f64aWant{"240 places", 240, count, ""})
	// A semicolon before no place opens a clause of its own.
	f64aCheck(t, "Outlay (£000s) was 7,300 in 2020; 2,400 were seen.",
		f64aWant{"7,300", 7.3e6, gbp, "2020"}, f64aWant{"2,400", 2400, count, "-"})
	// Years listed that pair with nothing date none.
	f64aCheck(t, "Outlay (£000s) was 6,100, 5,300 and 4,900 in 2019 and 2020.",
		f64aWant{"6,100", 6.1e6, gbp, ""}, f64aWant{"4,900", 4.9e6, gbp, ""})
}

// TestMoneyValuesListedBesideNotesAndSigns: values listed after a sum
// with a money note or a scaled "£" are sums in that scale, past a
// bracketed year or a share of the sum; a note on a measure of money
// per person scales its value too (the clause's note is the value's,
// as "per head was 1.2 (£000s)" is). Before (hostile check 59), each
// second value was lost, a count, or the sentence no figure at all.
func TestMoneyValuesListedBesideNotesAndSigns(t *testing.T) {
	gbp := evidence.UnitGBP
	f64aCheck(t, "Outlay (£m) was 36.8 (2020) and 31.4 (2019).",
		f64aWant{"36.8", 36.8e6, gbp, ""}, f64aWant{"31.4", 31.4e6, gbp, ""})
	f64aCheck(t, "In 2020 outlay was 36.8 (£m), up from 31.4 in 2019.",
		f64aWant{"36.8 (£m)", 36.8e6, gbp, "2020"}, f64aWant{"31.4", 31.4e6, gbp, "2019"})
	f64aCheck(t, "Outlay was £36.8m in 2020 and 31.4 in 2019.",
		f64aWant{"£36.8m", 36.8e6, gbp, "2020"}, f64aWant{"31.4", 31.4e6, gbp, "2019"})
	f64aCheck(t, "Outlay (£000s) was 7,300 in 2020, 14% of the budget, and 6,900 in 2019.",
		f64aWant{"7,300", 7.3e6, gbp, "2020"}, f64aWant{"6,900", 6.9e6, gbp, "2019"})
	f64aCheck(t, "Outlay per head (£000s) was 2.4 in 2020.", f64aWant{"2.4", 2400, gbp, "2020"})
	// A count after a sum's sign stays a count.
	f64aCheck(t, "Outlay was £36.8m in 2020 and 410 children were seen.", f64aWant{"410 children", 410, evidence.UnitCount, "-"})
}

// TestAMoneyNoteUnderATableScalesItsMoneyColumns: "Note: spending
// figures are in £000s." under a table is its money's unit, as a
// caption's note is: the money columns are scaled, a count column is
// not. Before (hostile check 59), the note was not read and 38,100 was
// a count.
func TestAMoneyNoteUnderATableScalesItsMoneyColumns(t *testing.T) {
	body := h62aTable("Table 2: Family support, 2020", "| District | Gross outlay | Clients |", "| Oakby | 38,100 | 1,700 |") +
		"\nNote: spending figures are in £000s.\n"
	if f, ok := h62aFigure(t, body, "38,100"); !ok || f.Unit != evidence.UnitGBP || f.Value != 38.1e6 {
		t.Errorf("38,100 read as %v %s (%v), want 38100000 gbp", f.Value, f.Unit, ok)
	}
	if f, ok := h62aFigure(t, body, "1,700"); !ok || f.Unit != evidence.UnitCount || f.Value != 1700 {
		t.Errorf("1,700 clients read as %v %s (%v), want a count", f.Value, f.Unit, ok)
	}
}

// TestMoneyPerPlaceKeepsThePlace: money per place is keyed with the
// place it is per, though "place" is otherwise a hedge word left out of
// keys. Before (hostile check 59), "cost per place" was keyed "cost"
// alone, and compared with every total cost.
func TestMoneyPerPlaceKeepsThePlace(t *testing.T) {
	f, ok := h62aFigure(t, "The cost per place was 38 (£000s) in 2020.", "38 (£000s)")
	if !ok || f.Value != 38000 || f.Key != "gbp|||cost place" {
		t.Errorf("38 (£000s) read as %v keyed %q (%v), want 38000 keyed gbp|||cost place", f.Value, f.Key, ok)
	}
}
