package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAMoneyClauseOpeningOnPlacesOfSeveralWords: a clause after a
// semicolon that says only its place and sum, "; in Medway and Swale,
// 1,200" or "; in the North West, 1,200", gives a sum in the first
// clause's scale, measure and year, of that place; the first's sum keeps
// its own place, and the later's key never carries it. Before (hostile
// check 63), "Medway and Swale" made 1,200 a count measuring "in Medway
// and Swale", the North West became Kent's place too, and a place in the
// first's measure, "Spending (£000s) in Kent was", keyed Medway's sum
// "kent medway".
func TestAMoneyClauseOpeningOnPlacesOfSeveralWords(t *testing.T) {
	for _, c := range []struct{ sentence, place string }{
		{"In Dorset, spending (£000s) was 3,800 in 2022; in Medway and Swale, 950.", "medway and swale"},
		{"In Dorset, spending (£000s) was 3,800 in 2022; in the North West, 950.", "north west"},
		{"In Dorset, spending (£000s) was 3,800 in 2022; in Medway, 950.", "medway"},
		{"Spending (£000s) in Dorset was 3,800 in 2022; in Medway, 950.", "medway"},
	} {
		figs := lineFiguresF72c(t, c.sentence)
		first, _ := figureOfF72c(figs, "3,800")
		later, ok := figureOfF72c(figs, "950")
		if first.Unit != evidence.UnitGBP || first.Value != 3800000 || hasFoldF72c(first.Place, c.place) {
			t.Errorf("%s: 3,800 %s %g of place %q, want £3.8m of Dorset", c.sentence, first.Unit, first.Value, first.Place)
		}
		if !ok || later.Unit != evidence.UnitGBP || later.Value != 950000 || later.Period != "2022" ||
			!hasFoldF72c(later.Place+"|"+later.Population+"|"+later.Measure, c.place) || !hasFoldF72c(later.Measure, "spending") {
			t.Errorf("%s: 950 %v %s %g of %q, place %q, population %q, measure %q; want £950,000 spent in %s in 2022", c.sentence, ok, later.Unit, later.Value, later.Period, later.Place, later.Population, later.Measure, c.place)
		}
		if hasFoldF72c(later.Key+later.Population+later.Place, "dorset") {
			t.Errorf("%s: 950 keyed %q of %q, %q, carries Dorset", c.sentence, later.Key, later.Population, later.Place)
		}
	}
	// near miss: a later clause counting people is no sum
	figs := lineFiguresF72c(t, "In Dorset, spending (£000s) was 3,800 in 2022; in the North West, 950 children were seen.")
	if f, ok := figureOfF72c(figs, "950 children"); !ok || f.Unit != evidence.UnitCount {
		t.Errorf("950 children: %v %s, want a count", ok, f.Unit)
	}
	if f, _ := figureOfF72c(figs, "3,800"); hasFoldF72c(f.Place, "north west") {
		t.Errorf("3,800 of the North West, the later clause's place")
	}
}

// TestACountOrShareClauseOpeningOnAPlace: a bare count or share after a
// semicolon whose clause opens on its place, with words of the first
// clause between the two values, "In Dorset, 1,700 children were referred
// in 2022; in Medway, 1,100.", is of the first's measure, people and year,
// of its own place, keyed as the first is; so is a share past its time
// limit. Before (hostile check 63), the later value measured "in Medway",
// undated, keyed "medway" alone.
func TestACountOrShareClauseOpeningOnAPlace(t *testing.T) {
	for _, c := range []struct{ sentence, first, later string }{
		{"In Dorset, 1,700 children were referred in 2022; in Medway, 1,100.", "1,700 children", "1,100"},
		{"In Dorset, 71% of children were seen within 18 weeks in 2022; in Medway, 66%.", "71%", "66%"},
	} {
		figs := lineFiguresF72c(t, c.sentence)
		first, _ := figureOfF72c(figs, c.first)
		later, ok := figureOfF72c(figs, c.later)
		if !ok || later.Unit != first.Unit || later.Period != "2022" || !hasFoldF72c(later.Place+later.Population+later.Measure, "medway") || hasFoldF72c(later.Measure, "in Medway") && later.Measure == "in Medway" {
			t.Errorf("%s: %s %v %s of %q, place %q, measure %q; want Medway's of 2022", c.sentence, c.later, ok, later.Unit, later.Period, later.Place, later.Measure)
		}
		if later.Key == "" || later.Key != first.Key || hasFoldF72c(later.Key, "dorset") || hasFoldF72c(later.Key, "medway") {
			t.Errorf("%s: keys %q and %q, want one key of neither place", c.sentence, first.Key, later.Key)
		}
		if !hasFoldF72c(first.Place+first.Population+first.Measure, "dorset") || hasFoldF72c(first.Place, "medway") {
			t.Errorf("%s: first of place %q, measure %q, want Dorset's", c.sentence, first.Place, first.Measure)
		}
	}
	// near miss: a later clause naming its own noun stays its own
	figs := lineFiguresF72c(t, "In Dorset, 1,700 children were referred in 2022; in Medway, 1,100 families were visited.")
	if f, ok := figureOfF72c(figs, "1,100 families"); !ok || !hasFoldF72c(f.Measure, "visited") {
		t.Errorf("1,100 families: %v measured %q, want its own clause's", ok, f.Measure)
	}
}

// TestAValueComparedWithItsOwnPlace: "compared with 900 in Medway" after
// a count of Kent is a count of place Medway, of the first's measure
// without Kent, never of people "Medway"; the place beside it is no place
// of the first's. Before (hostile check 63), 900 was of population
// "Medway", keyed with Kent.
func TestAValueComparedWithItsOwnPlace(t *testing.T) {
	for _, c := range []struct{ sentence, place, other string }{
		{"In 2022, 1,350 children were referred in Dorset (2021: 1,210) compared with 870 in Medway.", "Medway", "Dorset"},
		{"In 2022, 1,350 children were referred in Surrey compared with 870 in the North West.", "North West", "Surrey"},
	} {
		figs := lineFiguresF72c(t, c.sentence)
		f, ok := figureOfF72c(figs, "870")
		if !ok || f.Place != c.place || hasFoldF72c(f.Population, c.place) || hasFoldF72c(f.Key, c.other) || !hasFoldF72c(f.Measure, "referred") {
			t.Errorf("%s: 870 %v of place %q, population %q, measure %q, key %q; want %s's referrals", c.sentence, ok, f.Place, f.Population, f.Measure, f.Key, c.place)
		}
		if first, _ := figureOfF72c(figs, "1,350 children"); first.Place == c.place {
			t.Errorf("%s: 1,350 of %q, the compared value's place", c.sentence, first.Place)
		}
	}
}
