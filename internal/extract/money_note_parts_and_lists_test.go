package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// moneyCaseF66a is one figure a sentence under a money note should give.
type moneyCaseF66a struct {
	sentence, text string
	value          float64
	unit           evidence.Unit
	period         string
}

// checkMoneyF66a reports each case whose figure is missing or read with
// another value, unit or period (an empty period is not checked).
func checkMoneyF66a(t *testing.T, cases []moneyCaseF66a) {
	t.Helper()
	for _, c := range cases {
		f, ok := h62aFigure(t, c.sentence+"\n", c.text)
		if !ok || f.Value != c.value || f.Unit != c.unit {
			t.Errorf("%s: %s read as %v %s (%v), want %v %s", c.sentence, c.text, f.Value, f.Unit, ok, c.value, c.unit)
			continue
		}
		if c.period != "" && f.Period != c.period {
			t.Errorf("%s: %s of period %q, want %q", c.sentence, c.text, f.Period, c.period)
		}
	}
}

// TestAPartOfASumUnderAMoneyNoteIsMoney: the parts of a sum a money
// note's clause gives, and what it is set against, are sums in the
// note's scale: "; of this, 900 was on agency staff", ", including 900",
// ": 900 on staff and 2,700 on", ", of which pay costs were 900", ",
// with 900 spent on", ", of which 900 went to Dorset and 250 to Poole",
// " against a budget of 3,400". A note on a measure with no money word,
// "Nurses (£000s) were 900", makes it money too. Before (hostile check
// 60), each part was a count of the word after it. A count of people
// after the sum stays a count: "of which 900 on 32 staff", "; 2,800
// patients were seen".
func TestAPartOfASumUnderAMoneyNoteIsMoney(t *testing.T) {
	checkMoneyF66a(t, []moneyCaseF66a{
		{"Outlay (£000s) in 2022 was 3,600; of this, 900 was on agency staff.", "900", 900e3, evidence.UnitGBP, ""},
		{"Outlay (£000s) in 2022 was 3,600, including 900 on agency staff.", "900", 900e3, evidence.UnitGBP, ""},
		{"Outlay (£000s) in 2022 was 3,600: 900 on staff and 2,700 on premises.", "900", 900e3, evidence.UnitGBP, ""},
		{"Outlay (£000s) in 2022 was 3,600: 900 on staff and 2,700 on premises.", "2,700", 2700e3, evidence.UnitGBP, ""},
		{"Outlay (£000s) in 2022 was 3,600, of which pay costs were 900.", "900", 900e3, evidence.UnitGBP, ""},
		{"Outlay (£000s) in 2022 was 3,600, with 900 spent on agency staff.", "900", 900e3, evidence.UnitGBP, ""},
		{"Grant (£000s) in 2022 was 3,600, of which 900 went to Dorset and 250 to Poole.", "900", 900e3, evidence.UnitGBP, ""},
		{"Grant (£000s) in 2022 was 3,600, of which 900 went to Dorset and 250 to Poole.", "250", 250e3, evidence.UnitGBP, ""},
		{"Outlay (£000s) was 3,600 in 2022 against a budget of 3,400.", "3,400", 3400e3, evidence.UnitGBP, ""},
		{"Nurses (£000s) were 900 in 2022.", "900", 900e3, evidence.UnitGBP, "2022"},
		{"Outlay (£000s) in 2022 was 3,600, of which 900 on 32 staff.", "900", 900e3, evidence.UnitGBP, ""},
		{"Outlay (£000s) in 2022 was 3,600, of which 900 on 32 staff.", "32 staff", 32, evidence.UnitCount, ""},
		{"Outlay (£m) in 2022 was 36.4; 2,800 patients were seen.", "2,800 patients", 2800, evidence.UnitCount, ""},
		{"Outlay (£000s) in 2022 was 3,600, compared with 3,100 in 2021.", "3,100", 3100e3, evidence.UnitGBP, "2021"},
	})
	// ", with 300 on waiting lists" says nowhere the money went: people.
	if f, ok := h62aFigure(t, "Outlay (£000s) was 3,600 in 2022, with 300 on waiting lists.\n", "300"); ok && f.Unit == evidence.UnitGBP {
		t.Errorf("300 on waiting lists read as %v gbp", f.Value)
	}
	// "and 2,800 were seen" counts people: no part of the sum.
	if f, ok := h62aFigure(t, "Outlay (£m) in 2022 was 36.4, and 2,800 were seen.\n", "2,800"); ok && f.Unit == evidence.UnitGBP {
		t.Errorf("2,800 were seen read as %v gbp", f.Value)
	}
}

// TestSumsAMoneyNoteListsByPlaceOrChange: every sum the clause lists is
// in the note's scale and of the year the sentence gives: by places
// whose names hold "and" ("Telford and Wrekin 3,600"), each followed by
// its place ("3,600 in Dorset, 900 in Poole"), each after "in" and its
// place, after a verb of change ("and rose to 41.3", "went up from 36.4
// in 2021 to 41.3", "rose by 4.9 from 36.4 to 41.3", "rose by 13% from
// 36.4 to 41.3", "fell by 1.8 to 34.6"), and a sum listed after a
// change in per cent the change in money ("up 9% and 3.4 on 2021").
// "(£)" after money per person is pounds. A year before the
// note dates every sum listed after it by name ("Grants for 2022/23
// (£000s): Dorset 3,600 and Poole 900"). Before (hostile check 60), the
// later sums were counts, undated or lost.
func TestSumsAMoneyNoteListsByPlaceOrChange(t *testing.T) {
	checkMoneyF66a(t, []moneyCaseF66a{
		{"Grants (£000s): Telford and Wrekin 3,600, Poole 900 and Dorset 2,700 in 2022.", "3,600", 3600e3, evidence.UnitGBP, "2022"},
		{"Grants (£000s): Telford and Wrekin 3,600, Poole 900 and Dorset 2,700 in 2022.", "900", 900e3, evidence.UnitGBP, "2022"},
		{"Outlay (£000s) was 3,600 in Dorset, 900 in Poole and 2,700 in Wiltshire in 2022.", "3,600", 3600e3, evidence.UnitGBP, "2022"},
		{"Outlay (£000s) was 3,600 in Dorset, 900 in Poole and 2,700 in Wiltshire in 2022.", "900", 900e3, evidence.UnitGBP, "2022"},
		{"Outlay (£000s) in Dorset was 3,600 and in Poole 900 in 2022.", "3,600", 3600e3, evidence.UnitGBP, "2022"},
		{"Outlay (£000s) in Dorset was 3,600 and in Poole 900 in 2022.", "900", 900e3, evidence.UnitGBP, "2022"},
		{"Outlay (£m) was 36.4 in 2021 and rose to 41.3 in 2022.", "41.3", 41.3e6, evidence.UnitGBP, "2022"},
		{"Outlay (£m) went up from 36.4 in 2021 to 41.3 in 2022.", "36.4", 36.4e6, evidence.UnitGBP, "2021"},
		{"Outlay (£m) went up from 36.4 in 2021 to 41.3 in 2022.", "41.3", 41.3e6, evidence.UnitGBP, "2022"},
		{"Outlay (£m) rose by 4.9 from 36.4 to 41.3.", "4.9", 4.9e6, evidence.UnitGBP, ""},
		{"Outlay (£m) rose by 4.9 from 36.4 to 41.3.", "36.4", 36.4e6, evidence.UnitGBP, ""},
		{"Outlay (£m) rose by 4.9 from 36.4 to 41.3.", "41.3", 41.3e6, evidence.UnitGBP, ""},
		{"Outlay (£m) rose by 13% from 36.4 to 41.3.", "36.4", 36.4e6, evidence.UnitGBP, ""},
		{"Outlay (£m) rose by 13% from 36.4 to 41.3.", "41.3", 41.3e6, evidence.UnitGBP, ""},
		{"Outlay (£m) fell by 1.8 to 34.6 in 2022.", "1.8", 1.8e6, evidence.UnitGBP, "2022"},
		{"Outlay (£m) fell by 1.8 to 34.6 in 2022.", "34.6", 34.6e6, evidence.UnitGBP, "2022"},
		{"Grant (£m) was 41.3 in 2022, up 9% and 3.4 on 2021.", "3.4", 3.4e6, evidence.UnitGBP, ""},
		{"Outlay per pupil (£) was 5,300 in 2022.", "5,300", 5300, evidence.UnitGBP, "2022"},
		{"Grants for 2022/23 (£000s): Dorset 3,600 and Poole 900.", "900", 900e3, evidence.UnitGBP, "2022/23"},
		{"Grants in 2022 (£000s): Dorset 3,600, Poole 900 and Wiltshire 2,700.", "900", 900e3, evidence.UnitGBP, "2022"},
	})
	for _, c := range []struct{ sentence, text string }{
		{"Outlay (£m) rose by 4.9 from 36.4 to 41.3.", "4.9"},
		{"Grant (£m) was 41.3 in 2022, up 9% and 3.4 on 2021.", "3.4"},
		{"Grant (£m) was 41.3 in 2022, up 9% and 3.4 on 2021.", "9%"},
	} {
		if f, ok := h62aFigure(t, c.sentence+"\n", c.text); !ok || f.Role != evidence.RoleChange {
			t.Errorf("%s: %s of role %q (%v), want a change", c.sentence, c.text, f.Role, ok)
		}
	}
	// Poole's sum measures the outlay, as Dorset's does, not "in Poole".
	if f, _ := h62aFigure(t, "Outlay (£000s) in Dorset was 3,600 and in Poole 900 in 2022.\n", "900"); !strings.Contains(f.Measure, "outlay") || !strings.Contains(f.Measure, "Poole") {
		t.Errorf("Poole's 900 measured %q", f.Measure)
	}
	if f, _ := h62aFigure(t, "Grant (£m) was 41.3 in 2022, up 9% and 3.4 on 2021.\n", "9%"); f.Measure == "3.4" || f.Key == "change:percent|||#3.4" {
		t.Errorf("9%% measured %q, keyed %q", f.Measure, f.Key)
	}
}

// TestAPriorYearComparatorAloneKeepsItsSentence: "Income was £3.6m
// (2021: £3.1m)." on a line of its own is a statistic of both sums, the
// second of 2021, and so is a bare money note's "(2021: 3,100)". Before
// (hostile check 60), the comparator's "(2021:" was read as one of more
// numbers than words, the line as a table's cells, and it held no item.
func TestAPriorYearComparatorAloneKeepsItsSentence(t *testing.T) {
	checkMoneyF66a(t, []moneyCaseF66a{
		{"Income was £3.6m (2021: £3.1m).", "£3.6m", 3.6e6, evidence.UnitGBP, ""},
		{"Income was £3.6m (2021: £3.1m).", "£3.1m", 3.1e6, evidence.UnitGBP, "2021"},
		{"Income was £3.6m (2021/22: £3.1m).", "£3.1m", 3.1e6, evidence.UnitGBP, "2021/22"},
		{"Outlay in 2022 was 3,600 (£000s) (2021: 3,100).", "3,100", 3100e3, evidence.UnitGBP, "2021"},
		{"Outlay (£000s) in 2022 was 3,600 (2021: 3,100).", "3,100", 3100e3, evidence.UnitGBP, "2021"},
	})
}
