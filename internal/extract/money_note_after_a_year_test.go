package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAYearBeforeAMoneyNoteIsNoSum: "Outlay in 2022 (£m) was 38.4." is
// £38.4m in 2022, and the values a note after "for 2022/23" or "in Q3
// 2023" lists are its sums. Before (hostile check 60), the year was the
// sum the note scaled (£2,022m, £23,000), the values after it were counts,
// and "Outlay in Q3 2023 (£000s) was 6,700." held no item.
func TestAYearBeforeAMoneyNoteIsNoSum(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		value          float64
		period         string
	}{
		{"Outlay in 2022 (£m) was 38.4.", "38.4", 38.4e6, "2022"},
		{"Grants for 2022/23 (£000s): Leeds 6,300 and Bury 2,100.", "6,300", 6300e3, "2022/23"},
		{"Grants for 2022/23 (£000s): Leeds 6,300 and Bury 2,100.", "2,100", 2100e3, ""},
		{"Grants in 2022 (£000s): Leeds 6,300, Bury 2,100 and Wigan 1,700.", "1,700", 1700e3, ""},
		{"Outlay in Q3 2023 (£000s) was 6,700.", "6,700", 6700e3, "Q3 2023"},
		{"Outlay (£000s) in Q3 2023 was 6,700.", "6,700", 6700e3, "Q3 2023"},
		{"Outlay (£m) was 38.4 in Q3 2023 and 36.1 in Q2 2023.", "36.1", 36.1e6, "Q2 2023"},
	} {
		f, ok := h62aFigure(t, c.sentence+"\n", c.text)
		if !ok || f.Value != c.value || f.Unit != evidence.UnitGBP {
			t.Errorf("%s: %s read as %v %s (%v), want %v gbp", c.sentence, c.text, f.Value, f.Unit, ok, c.value)
			continue
		}
		if c.period != "" && f.Period != c.period {
			t.Errorf("%s: %s of period %q, want %q", c.sentence, c.text, f.Period, c.period)
		}
	}
	for _, c := range []struct{ sentence, year string }{
		{"Outlay in 2022 (£m) was 38.4.", "2022 (£m)"},
		{"Grants for 2022/23 (£000s): Leeds 6,300 and Bury 2,100.", "23 (£000s)"},
	} {
		if f, ok := h62aFigure(t, c.sentence+"\n", c.year); ok {
			t.Errorf("%s: the year read as %v %s", c.sentence, f.Value, f.Unit)
		}
	}
}

// TestAPriorYearsSumInBracketsAfterAMoneyNote: "Outlay (£000s) in 2022
// was 6,300 (2021: 5,900)." is £6.3m of 2022 and £5.9m of 2021. Before
// (hostile check 60), the sentence was read as table cells, no figure; once
// a money note was no cell, the 5,900 would have been a count.
func TestAPriorYearsSumInBracketsAfterAMoneyNote(t *testing.T) {
	s := "Outlay (£000s) in 2022 was 6,300 (2021: 5,900).\n"
	for text, want := range map[string]float64{"6,300": 6300e3, "5,900": 5900e3} {
		if f, ok := h62aFigure(t, s, text); !ok || f.Value != want || f.Unit != evidence.UnitGBP {
			t.Errorf("%s read as %v %s (%v), want %v gbp", text, f.Value, f.Unit, ok, want)
		}
	}
}
