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
