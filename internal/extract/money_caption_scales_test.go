package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// h61aFigure is the figure whose text is text in body's items, with its
// unit: value, unit and key, or ok false when there is none.
func h61aFigure(t *testing.T, body, text string) (value float64, unit, key string, ok bool) {
	t.Helper()
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			if f.Text == text {
				return f.Value, string(f.Unit), f.Key, true
			}
		}
	}
	return 0, "", "", false
}

// TestACaptionsMoneyScaleReachesOnlyItsMeasure: a caption's money scale
// is the scale of the column its money measure heads ("Outlay" under
// "Table 3: Outlay (£'000) ..."), and of periods' columns, never of money
// per person, a share, or a measure the caption
// marks "(£)" itself. Before, every column with no unit of its own took
// it: outlay per pupil of 140 was £140,000, a share of 17.5 £17,500 and a
// unit cost marked "(£)" of 260 £260,000.
func TestACaptionsMoneyScaleReachesOnlyItsMeasure(t *testing.T) {
	for _, c := range []struct {
		body, text string
		value      float64
		unit       string
	}{
		{"Table 3: Outlay (£'000) and outlay per pupil (£), 2022\n\n| Borough | Outlay | Outlay per pupil |\n|---|---|---|\n| Ashby | 6,300 | 140 |\n", "140", 140, "gbp"},
		{"Table 3: Outlay (£'000) and outlay per pupil (£), 2022\n\n| Borough | Outlay | Outlay per pupil |\n|---|---|---|\n| Ashby | 6,300 | 140 |\n", "6,300", 6300e3, "gbp"},
		{"Table 2: Outlay, £'000, 2022\n\n| Borough | Outlay | Outlay per child |\n|---|---|---|\n| Ashby | 6,300 | 140 |\n", "140", 140, "gbp"},
		{"Table 2: Outlay, £'000, 2022\n\n| Borough | Outlay | Outlay per child |\n|---|---|---|\n| Ashby | 6,300 | 140 |\n", "6,300", 6300e3, "gbp"},
		{"Table 6: Outlay on school nursing (£000s), 2022\n\n| Borough | Outlay | Share of budget |\n|---|---|---|\n| Ashby | 6,300 | 17.5 |\n", "17.5", 17.5, "other"},
		{"Table 6: Expenditure (£000s) and unit costs (£), 2022\n\n| Borough | Expenditure | Unit cost |\n|---|---|---|\n| Ashby | 6,300 | 260 |\n", "260", 260, "gbp"},
		{"Table 6: Expenditure (£000s) and unit costs (£), 2022\n\n| Borough | Expenditure | Unit cost |\n|---|---|---|\n| Ashby | 6,300 | 260 |\n", "6,300", 6300e3, "gbp"},
		// An average cost under "(£000s)" is in thousands too (hostile
		// check 58: £4,800 a week read £4.80).
		{"Table 6: Expenditure (£000s), 2022\n\n| Borough | Expenditure | Average cost |\n|---|---|---|\n| Ashby | 6,300 | 1,310 |\n", "1,310", 1310e3, "gbp"},
		// Money per bed, school or hub is a sum in the caption's scale
		// (hostile check 58: £85,000 per bed read £85); per pupil is not.
		{"Table 4: Hospice funding (£000s), 2022\n\n| Hospice | Grant | Grant per bed | Beds |\n|---|---|---|---|\n| Ashby | 1,200 | 85 | 14 |\n", "85", 85e3, "gbp"},
		{"Table 5: Funding per school (£000s), 2022\n\n| Borough | Funding per school | Funding per pupil |\n|---|---|---|\n| Ashby | 350 | 420 |\n", "350", 350e3, "gbp"},
		{"Table 5: Funding per school (£000s), 2022\n\n| Borough | Funding per school | Funding per pupil |\n|---|---|---|\n| Ashby | 350 | 420 |\n", "420", 420, "gbp"},
		{"Table 6: Outlay (£000s), 2022\n\n| Borough | Outlay | Outlay per family hub |\n|---|---|---|\n| Ashby | 6,300 | 350 |\n", "350", 350e3, "gbp"},
		// Columns of periods are the caption's measure in each year.
		{"Table 6: Expenditure (£000s)\n\n| Borough | 2021 | 2022 |\n|---|---|---|\n| Ashby | 6,100 | 6,300 |\n", "6,100", 6100e3, "gbp"},
	} {
		v, u, key, ok := h61aFigure(t, c.body, c.text)
		if !ok || v != c.value || u != c.unit {
			t.Errorf("%q: %s read as %v %s (%v), want %v %s", c.body, c.text, v, u, ok, c.value, c.unit)
		}
		if strings.Contains(key, "000") {
			t.Errorf("%q: %s keyed %q", c.body, c.text, key)
		}
	}
}

// TestAHeadingsMoneyScaleScalesTheTableUnderIt: "## Outlay on school
// nursing (£000s)" over a table states its sums' scale as a caption does:
// 6,300 is £6.3 million. Before, the note was left out of the measure and
// 6,300 was a count.
func TestAHeadingsMoneyScaleScalesTheTableUnderIt(t *testing.T) {
	for _, body := range []string{
		"## Outlay on school nursing (£000s)\n\n| Borough | 2021 | 2022 |\n|---|---|---|\n| Ashby | 6,100 | 6,300 |\n",
		"## Table 3: Outlay on school nursing, £000s, 2022\n\n| Borough | Outlay | Nurses waiting |\n|---|---|---|\n| Ashby | 6,300 | 40 |\n",
	} {
		v, u, _, ok := h61aFigure(t, body, "6,300")
		if !ok || v != 6300e3 || u != "gbp" {
			t.Errorf("%q: 6,300 read as %v %s (%v), want 6300000 gbp", body, v, u, ok)
		}
	}
	// Money per pupil under such a heading keeps its pounds.
	body := "## Outlay on school nursing (£000s)\n\n| Borough | Outlay | Outlay per pupil |\n|---|---|---|\n| Ashby | 6,300 | 140 |\n"
	if v, u, _, ok := h61aFigure(t, body, "140"); !ok || v != 140 || u != "gbp" {
		t.Errorf("%q: 140 read as %v %s (%v), want 140 gbp", body, v, u, ok)
	}
}

// TestMoneyPerPersonInRunningTextIsKeyedPerHead: "or £140 per pupil"
// after a total keeps its base in its measure, and its key is money per
// person, as a table's "Outlay per pupil" column is; money per hub stays
// gbp. Before, the £140 took the total's measure and key
// ("gbp|||outlay"), and the two disagreed.
func TestMoneyPerPersonInRunningTextIsKeyedPerHead(t *testing.T) {
	for _, c := range []struct{ sentence, text, unit string }{
		{"Outlay on school nursing was £38.1m in 2022, or £140 per pupil.", "£140", "gbp/head|"},
		{"Outlay on school nursing was £38.1m in 2022, or £140 per young person.", "£140", "gbp/head|"},
		{"Outlay on school nursing was £38.1m in 2022, or £140 per child supported.", "£140", "gbp/head|"},
		{"Outlay on school nursing was £38.1m in 2022, or £90,000 per family hub.", "£90,000", "gbp|"},
		{"Outlay on school nursing was £38.1m in 2022, or £140 per pupil.", "£38.1m", "gbp|"},
	} {
		_, _, key, ok := h61aFigure(t, c.sentence+"\n", c.text)
		if !ok || !strings.HasPrefix(key, c.unit) {
			t.Errorf("%s: %s keyed %q (%v), want %s...", c.sentence, c.text, key, ok, c.unit)
		}
	}
}

// TestABareMoneyNoteIsNoSum: "All sums are in £000s unless stated."
// states a scale, no sum: it holds no figure. Before, it held "£000", a
// figure of pounds with no value.
func TestABareMoneyNoteIsNoSum(t *testing.T) {
	for _, s := range []string{"All sums in this paper are in £000s unless stated.", "Outlay is shown in £'000 throughout.", "Outlay is shown in £ 000s throughout."} {
		for _, it := range extract.Extract(parseBody(t, "P", s+"\n")) {
			for _, f := range it.Figures {
				t.Errorf("%s: a figure %q (%v %s)", s, f.Text, f.Value, f.Unit)
			}
		}
	}
}

// TestAMoneyNoteAfterItsMeasureScalesTheValue: "Outlay (£000s) in 2022
// was 6,300" scales the 6,300 as "Outlay was 6,300 (£000s)" does: £6.3
// million. A share or a count of people after it is no sum. Before,
// 6,300 was a count.
func TestAMoneyNoteAfterItsMeasureScalesTheValue(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		value          float64
		unit           string
	}{
		{"Outlay (£000s) in 2022 was 6,300.", "6,300", 6300e3, "gbp"},
		{"Total expenditure (£m) for 2022/23 totalled 3.4.", "3.4", 3.4e6, "gbp"},
		{"Spending (£000s) in 2022 was 6,300 on 410 pupils.", "6,300", 6300e3, "gbp"},
		{"Spending (£000s) in 2022 was 410 pupils short.", "410 pupils", 410, "count"},
		{"Spending (£000s) was 38% higher.", "38%", 38, "percent"},
	} {
		v, u, _, ok := h61aFigure(t, c.sentence+"\n", c.text)
		if !ok || v != c.value || u != c.unit {
			t.Errorf("%s: %s read as %v %s (%v), want %v %s", c.sentence, c.text, v, u, ok, c.value, c.unit)
		}
	}
}
