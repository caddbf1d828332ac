package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAPlacesClauseAfterASemicolonTakesTheFirstsMeasureAndYear: "In
// Dorset, outlay (£000s) was 3,800 in 2021; in Poole, 900." gives £900,000
// of 2021, of Poole, measured as Dorset's £3.8m is; a place the sentence
// knows, "; in the South West, 900", is the sum's place. Before (hostile
// check 62), the 900 was measured "in Poole", undated, and of Dorset.
func TestAPlacesClauseAfterASemicolonTakesTheFirstsMeasureAndYear(t *testing.T) {
	for _, c := range []struct {
		sentence, first, text, population, place string
		value                                    float64
		unit                                     evidence.Unit
	}{
		{"In Dorset, outlay (£000s) was 3,800 in 2021; in Poole, 900.", "3,800", "900", "Poole", "", 900e3, evidence.UnitGBP},
		{"In Dorset, outlay was £3.8m in 2021; in Poole, £0.9m.", "£3.8m", "£0.9m", "Poole", "", 900e3, evidence.UnitGBP},
		{"In Dorset, uptake was 88% in 2021; in Poole, 84%.", "88%", "84%", "Poole", "", 84, evidence.UnitPercent},
		{"In London, outlay (£000s) was 3,800 in 2021; in the South West, 900.", "3,800", "900", "", "South West", 900e3, evidence.UnitGBP},
	} {
		first, ok1 := h62aFigure(t, c.sentence+"\n", c.first)
		f, ok := h62aFigure(t, c.sentence+"\n", c.text)
		if !ok || !ok1 {
			t.Errorf("%s: no figure %s or %s", c.sentence, c.first, c.text)
			continue
		}
		if f.Value != c.value || f.Unit != c.unit || f.Period != "2021" || f.Population != c.population || f.Place != c.place || f.Measure != first.Measure {
			t.Errorf("%s: %s is %g %s of %q, population %q, place %q, measured %q; want %g %s of 2021, population %q, place %q, measured %q",
				c.sentence, c.text, f.Value, f.Unit, f.Period, f.Population, f.Place, f.Measure, c.value, c.unit, c.population, c.place, first.Measure)
		}
	}
}

// TestPartsOfASumAfterAColonTakeItsYear: the parts of a dated sum listed
// after a colon, "Funding of £2.4m was awarded in 2021: £1.6m to Dorset
// and £800,000 to Poole", are of the sum's year where they say none, as
// parts after "of which" are. Before (hostile check 62), they were
// undated. A count after the colon is no part and takes no year from it.
func TestPartsOfASumAfterAColonTakeItsYear(t *testing.T) {
	for _, c := range []struct{ sentence, text string }{
		{"Funding of £2.4m was awarded in 2021: £1.6m to Dorset and £800,000 to Poole.", "£1.6m"},
		{"Funding of £2.4m was awarded in 2021: £1.6m to Dorset and £800,000 to Poole.", "£800,000"},
		{"Outlay in 2021 was £2.4m: £1.6m on pay and £0.8m on premises.", "£0.8m"},
	} {
		f, ok := h62aFigure(t, c.sentence+"\n", c.text)
		if !ok || f.Unit != evidence.UnitGBP || f.Period != "2021" {
			t.Errorf("%s: %s a figure %v, %s of %q; want money of 2021", c.sentence, c.text, ok, f.Unit, f.Period)
		}
	}
	s := "Outlay was £2.4m in 2021: 650 children were supported."
	if f, ok := h62aFigure(t, s+"\n", "650 children"); !ok || f.Unit != evidence.UnitCount || f.Period != "" {
		t.Errorf("%s: 650 children a figure %v, %s of %q; want an undated count", s, ok, f.Unit, f.Period)
	}
}

// TestATimesClauseAfterASemicolonIsNoPlace: "; in Q2, 410" and "; in
// June, 410" open a clause of another time, not of another place: the
// 410 never takes the first clause's period (the rule that gives "; in
// Medway, 1,200" the first's year dated it Q3 2022 when it was merged
// with the one that dates later quarters).
func TestATimesClauseAfterASemicolonIsNoPlace(t *testing.T) {
	for _, sentence := range []string{
		"In Q3 2022 admissions were 455; in Q2, 410.",
		"In Q3 2022 admissions were 455; in June, 410.",
		"In 2022, outlay (£000s) was 3,800; in March, 900.",
	} {
		for _, text := range []string{"410", "900"} {
			f, ok := h62aFigure(t, sentence+"\n", text)
			if !ok {
				continue
			}
			if f.Period == "Q3 2022" || f.Period == "2022" {
				t.Errorf("%s: %s dated %q, the first clause's period", sentence, text, f.Period)
			}
		}
	}
}
