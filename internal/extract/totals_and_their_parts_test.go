package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestATotalBeforeAColonIsNoneOfItsParts: "Admissions in Dorset were
// 2,300: 1,500 were planned and 800 were emergencies." keys the total
// apart from its parts, and measures none of their words; the parts stay
// groups of the total. Before (hostile check 64), the total measured
// "were planned", keyed as the 1,500.
func TestATotalBeforeAColonIsNoneOfItsParts(t *testing.T) {
	for _, c := range []struct{ line, total, part, partWord string }{
		{"Admissions in Dorset were 2,300: 1,500 were planned and 800 were emergencies.", "2,300", "1,500", "planned"},
		{"Of the admissions, 2,300: 1,500 were planned.", "2,300", "1,500", "planned"},
		{"Calls to the helpline numbered 6,400: 4,100 were from parents.", "6,400", "4,100", "parents"},
	} {
		figs := lineFiguresF72c(t, c.line)
		total, ok := figureOfF72c(figs, c.total)
		part, okPart := figureOfF72c(figs, c.part)
		if !ok || !okPart {
			t.Errorf("%q: figures %v, want the total and its part", c.line, figs)
			continue
		}
		if total.Key == part.Key || hasFoldF72c(total.Measure, c.partWord) || hasFoldF72c(total.Key, c.partWord) {
			t.Errorf("%q: total measured %q keyed %q, part keyed %q: want the total apart from its part", c.line, total.Measure, total.Key, part.Key)
		}
		if !hasFoldF72c(part.Measure+" "+part.Population, c.partWord) {
			t.Errorf("%q: part measured %q of %q, want %q", c.line, part.Measure, part.Population, c.partWord)
		}
	}
	// near miss: a label's colon before its value splits nothing
	f, ok := figureOfF72c(lineFiguresF72c(t, "## Activity\n\nChildren waiting: 412"), "412")
	if !ok || f.Unit != evidence.UnitCount || !hasFoldF72c(f.Measure+f.Population, "waiting") {
		t.Errorf("Children waiting: 412: %v %+v, want a count of those waiting", ok, f)
	}
}

// TestATotalAfterClausesOfPartsIsNoPartsGroup: "In Dorset, 700 boys and
// 650 girls were admitted; in total, 1,350." gives the total the parts'
// measure but no part's group, and "; in total, 5,200 calls were taken"
// measures nothing of the parts. Before (hostile check 64), the 1,350
// was of "girls", keyed as the 650, and the calls measured "were
// admitted".
func TestATotalAfterClausesOfPartsIsNoPartsGroup(t *testing.T) {
	figs := lineFiguresF72c(t, "In Dorset, 700 boys and 650 girls were admitted; in total, 1,350.")
	total, ok := figureOfF72c(figs, "1,350")
	part, _ := figureOfF72c(figs, "650 girls")
	if !ok || total.Population != "" || total.Key == part.Key || !hasFoldF72c(total.Measure, "admitted") {
		t.Errorf("1,350: %v of %q measured %q keyed %q, want the admitted of no part's group", ok, total.Population, total.Measure, total.Key)
	}
	figs = lineFiguresF72c(t, "In Dorset, 700 boys and 650 girls were admitted; in total, 5,200 calls were taken.")
	calls, ok := figureOfF72c(figs, "5,200 calls")
	if !ok || hasFoldF72c(calls.Measure, "admit") || hasFoldF72c(calls.Key, "admit") {
		t.Errorf("5,200 calls: %v measured %q keyed %q, want nothing admitted", ok, calls.Measure, calls.Key)
	}
	// held: a later clause with nothing of its own still borrows back
	figs = lineFiguresF72c(t, "In Dorset, 45% of girls waited over 18 weeks, while 30% of boys did.")
	if f, _ := figureOfF72c(figs, "30%"); !hasFoldF72c(f.Measure, "waited") {
		t.Errorf("30%% of boys: measured %q, want the wait", f.Measure)
	}
}
