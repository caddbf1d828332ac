package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAMoneyNoteScalesEveryValueItsClauseLists: "Outlay (£000s) was 6,300
// in 2022 and 5,900 in 2021" scales both sums, each with its year, and
// "by region: the East Midlands 6,300 and the South West 2,700" both,
// each with its place; "(£m): 38.1 in 2022, up 2.4 on 2021" the value and its
// change. A count of people after them is no sum. Before (hostile check
// 58), only the first value was scaled, the second a count of 5,900, and
// the colon's list was not read at all.
func TestAMoneyNoteScalesEveryValueItsClauseLists(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		value          float64
		unit           evidence.Unit
		period, place  string
	}{
		{"Outlay (£000s) was 6,300 in 2022 and 5,900 in 2021, for 11,000 pupils.", "6,300", 6300e3, evidence.UnitGBP, "2022", ""},
		{"Outlay (£000s) was 6,300 in 2022 and 5,900 in 2021, for 11,000 pupils.", "5,900", 5900e3, evidence.UnitGBP, "2021", ""},
		{"Outlay (£000s) was 6,300 in 2022 and 5,900 in 2021, for 11,000 pupils.", "11,000 pupils", 11000, evidence.UnitCount, "", ""},
		{"Outlay (£'000) by region: the East Midlands 6,300 and the South West 2,700 in 2022.", "6,300", 6300e3, evidence.UnitGBP, "", "East Midlands"},
		{"Outlay (£'000) by region: the East Midlands 6,300 and the South West 2,700 in 2022.", "2,700", 2700e3, evidence.UnitGBP, "", "South West"},
		{"Outlay (£'000) by borough: Leeds 6,300 and the Isle of Wight 2,700 in 2022.", "2,700", 2700e3, evidence.UnitGBP, "", ""},
		{"Total outlay (£m): 38.1 in 2022, up 2.4 on 2021.", "38.1", 38.1e6, evidence.UnitGBP, "2022", ""},
		{"Total outlay (£m): 38.1 in 2022, up 2.4 on 2021.", "2.4", 2.4e6, evidence.UnitGBP, "", ""},
		{"Outlay (£000s) was 6,300 in 2022, up 4 points on 2021.", "6,300", 6300e3, evidence.UnitGBP, "2022", ""},
	} {
		f, ok := h62aFigure(t, c.sentence+"\n", c.text)
		if !ok || f.Value != c.value || f.Unit != c.unit {
			t.Errorf("%s: %s read as %v %s (%v), want %v %s", c.sentence, c.text, f.Value, f.Unit, ok, c.value, c.unit)
			continue
		}
		if c.period != "" && f.Period != c.period {
			t.Errorf("%s: %s of period %q, want %q", c.sentence, c.text, f.Period, c.period)
		}
		if c.place != "" && f.Place != c.place {
			t.Errorf("%s: %s of place %q, want %q", c.sentence, c.text, f.Place, c.place)
		}
		if strings.Contains(f.Key, "000") {
			t.Errorf("%s: %s keyed %q", c.sentence, c.text, f.Key)
		}
	}
	// "up 4 points" is no sum of £4,000.
	if f, ok := h62aFigure(t, "Outlay (£000s) was 6,300 in 2022, up 4 points on 2021.\n", "4"); ok && f.Unit == evidence.UnitGBP {
		t.Errorf("up 4 points read as %v gbp", f.Value)
	}
}

// TestAPoundsNoteAfterAValueIsMoney: "Cost per patient in 2022 was 1,310
// (£)." is £1,310 per patient, keyed per head. Before (hostile check 58),
// the sentence held no figure.
func TestAPoundsNoteAfterAValueIsMoney(t *testing.T) {
	f, ok := h62aFigure(t, "Cost per patient in 2022 was 1,310 (£).\n", "1,310 (£)")
	if !ok || f.Value != 1310 || f.Unit != evidence.UnitGBP || !strings.HasPrefix(f.Key, "gbp/head|") {
		t.Errorf("1,310 (£) read as %v %s key %q (%v), want 1310 gbp/head", f.Value, f.Unit, f.Key, ok)
	}
}

// TestAMoneyNoteOnAValuePerHeadScalesIt: a note written on the value
// itself scales it, money per person too: "The cost per child in care was
// 320 (£000s)" is £320,000, and "6.1 (£000s) in 2023 and 5.9 (£000s) in
// 2022" are £6,100 and £5,900; money per school and a total are scaled
// alike. Only a caption's or heading's note over a per-person column
// leaves it in pounds (TestMoneyPerPersonUnderAMoneyCaptionKeepsTheNoteVisible).
// Before (hostile check 59) a note on money per head was left unscaled:
// £320 a child in residential care, and £6.10 beside £5,900 in one item.
func TestAMoneyNoteOnAValuePerHeadScalesIt(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		value          float64
	}{
		{"The yearly cost per child in foster care was 320 (£000s) in 2021.", "320 (£000s)", 320e3},
		{"Grant per learner was 6.1 (£000s) in 2021 and 5.9 (£000s) in 2020.", "6.1 (£000s)", 6100},
		{"Grant per learner was 6.1 (£000s) in 2021 and 5.9 (£000s) in 2020.", "5.9 (£000s)", 5900},
		{"Outlay per head was 1.3 (£000s) in 2022.", "1.3 (£000s)", 1300},
		{"Grant per school was 310 (£000s) in 2022.", "310 (£000s)", 310e3},
		{"In 2022 outlay per pupil rose, and total outlay was 6,300 (£000s).", "6,300 (£000s)", 6300e3},
	} {
		f, ok := h62aFigure(t, c.sentence+"\n", c.text)
		if !ok || f.Value != c.value || f.Unit != evidence.UnitGBP {
			t.Errorf("%s: %s read as %v %s (%v), want %v gbp", c.sentence, c.text, f.Value, f.Unit, ok, c.value)
		}
	}
}

// TestAMoneyNoteListsNoCountAfterItsSums: a number after the sums a money
// note's clause lists that counts something ("and 12 schools closed",
// "3 new hubs opened") is no sum of that scale.
func TestAMoneyNoteListsNoCountAfterItsSums(t *testing.T) {
	for _, c := range []struct{ sentence, text string }{
		{"Outlay (£m) was 4.5 in 2022 and 12 schools closed.", "12"},
		{"Outlay (£m): 4.5 in 2022, 3 new hubs opened.", "3"},
	} {
		if f, ok := h62aFigure(t, c.sentence+"\n", c.text); ok && f.Unit == evidence.UnitGBP {
			t.Errorf("%s: %s read as %v gbp", c.sentence, c.text, f.Value)
		}
		if f, ok := h62aFigure(t, c.sentence+"\n", "4.5"); !ok || f.Value != 4.5e6 || f.Unit != evidence.UnitGBP {
			t.Errorf("%s: 4.5 read as %v %s (%v), want 4500000 gbp", c.sentence, f.Value, f.Unit, ok)
		}
	}
}
