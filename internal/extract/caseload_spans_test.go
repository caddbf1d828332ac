package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestACaseloadOfLoToHiIsOneRange: "a caseload of 2,800 to 3,200 pupils",
// "caseloads of 400 to 600 children" are one range of what the caseload
// counts, no two counts; a range compared with it, "compared with 400 to
// 500 in Hampshire", is a range of its own, of its own place, keyed as
// the first's measure. "An increase of 200 to 3,200 children" stays a
// change, then a level. Before (hostile check 68), the first was two
// values (the 2,800 of no noun), the second "600 children" measured
// "caseloads of 400" (England's 390 keyed "#400" too), and Hampshire's
// range no figure, in Surrey's measure and key.
func TestACaseloadOfLoToHiIsOneRange(t *testing.T) {
	for _, c := range []struct{ sentence, text string }{
		{"Each school nurse in Kent has a caseload of 2,800 to 3,200 pupils, well above the 2,500 that the Royal College of Nursing recommends.", "2,800 to 3,200 pupils"},
		{"In 2023, health visitors in Kent had caseloads of 400 to 600 children, well above the 250 that the Institute of Health Visiting recommends, and above the England average of 390.", "400 to 600 children"},
		{"In 2024, each school nurse in Medway had a caseload of 2,500 to 3,000 pupils.", "2,500 to 3,000 pupils"},
	} {
		f, ok := h62aFigure(t, c.sentence+"\n", c.text)
		if !ok || !f.IsRange() || f.Unit != evidence.UnitCount || strings.Contains(f.Measure, "0") {
			t.Errorf("%s: %q (%v) low %v high %v unit %q measure %q; want one range of counts", c.sentence, c.text, ok, f.Low, f.High, f.Unit, f.Measure)
		}
	}
	if f, ok := h62aFigure(t, "In 2023, health visitors in Kent had caseloads of 400 to 600 children, and above the England average of 390.\n", "390"); !ok || strings.Contains(f.Key, "#400") {
		t.Errorf("England's average beside a caseload range: (%v) key %q, want no #400", ok, f.Key)
	}
	for _, s := range []string{
		"In 2023, caseloads for health visitors in Surrey ranged from 350 to 700 families, compared with 400 to 500 in Hampshire.",
		"In 2023, health visitors in Surrey had caseloads of 350 to 700 families, compared with 400 to 500 families in Hampshire.",
	} {
		var own, other evidence.Figure
		for _, text := range []string{"from 350 to 700 families", "350 to 700 families"} {
			if f, ok := h62aFigure(t, s+"\n", text); ok {
				own = f
			}
		}
		for _, text := range []string{"400 to 500", "400 to 500 families"} {
			if f, ok := h62aFigure(t, s+"\n", text); ok {
				other = f
			}
		}
		if !own.IsRange() || strings.Contains(own.Key, "hampshir") || strings.Contains(own.Key, "#400") {
			t.Errorf("%s: Surrey's range %q key %q; want no Hampshire in it", s, own.Text, own.Key)
		}
		if !other.IsRange() || other.Low != 400 || other.High != 500 || other.Place != "Hampshire" || other.Period != "2023" || !strings.Contains(other.Key, "caseload") {
			t.Errorf("%s: Hampshire's range %q low %v high %v place %q period %q key %q; want 400-500 of Hampshire, 2023, a caseload", s, other.Text, other.Low, other.High, other.Place, other.Period, other.Key)
		}
	}
	if f, ok := h62aFigure(t, "In 2023, there was an increase of 200 to 3,200 children waiting.\n", "3,200 children"); !ok || f.IsRange() {
		t.Errorf("a change of: (%v) range %v, want the level alone", ok, f.IsRange())
	}
}
