package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// pairWantF72b is what one value of a "respectively" sentence must be: its
// unit, its period, and the place or group it is of ("" for none). place
// is looked for in its Place or at the end of its measure, group in its
// population.
type pairWantF72b struct {
	text         string
	unit         evidence.Unit
	per          string
	place, group string
}

// checkPairsF72b reads sentence and checks each value in want, that no
// value is measured or counted as "respectively", and that the values
// share one measure key where same is set.
func checkPairsF72b(t *testing.T, sentence string, same bool, want ...pairWantF72b) {
	t.Helper()
	figs := figuresF70a(t, sentence)
	key := ""
	for i, w := range want {
		f, ok := figureF70a(figs, w.text)
		if !ok {
			t.Errorf("%s: no figure %q (got %+v)", sentence, w.text, figs)
			continue
		}
		if f.Unit != w.unit || f.Period != w.per {
			t.Errorf("%s: %s is %s of %q, want %s of %q", sentence, w.text, f.Unit, f.Period, w.unit, w.per)
		}
		if w.place == "" && f.Place != "" {
			t.Errorf("%s: %s has place %q, want none", sentence, w.text, f.Place)
		}
		if w.place != "" && f.Place != w.place && !hasSuffixFoldF70a(f.Measure, " in "+w.place) {
			t.Errorf("%s: %s of place %q, measured %q: want %s", sentence, w.text, f.Place, f.Measure, w.place)
		}
		if !strings.EqualFold(f.Population, w.group) {
			t.Errorf("%s: %s of people %q, want %q", sentence, w.text, f.Population, w.group)
		}
		if containsFoldF70a(f.Measure+" "+f.Population+" "+f.Key, "respect") {
			t.Errorf("%s: %s measured %q, people %q, key %q: \"respectively\" read as words of it", sentence, w.text, f.Measure, f.Population, f.Key)
		}
		if i == 0 {
			key = f.Key
		} else if same && f.Key != key {
			t.Errorf("%s: %s keyed %q, the first %q: want one key", sentence, w.text, f.Key, key)
		}
	}
}

// TestTimesListedRespectivelyPairWithTheirQuarters: times of one unit
// listed after one verb, "14 and 11 weeks", pair in order with the
// periods "respectively" points to, and a year after the last quarter is
// every quarter's. Before (hostile check 63), the 14 was lost and the 11
// weeks dated Q1 2024. A list of periods of another length pairs with
// none, and dates none.
func TestTimesListedRespectivelyPairWithTheirQuarters(t *testing.T) {
	w := evidence.UnitWeeks
	checkPairsF72b(t, "Median waits were 14 and 11 weeks in Q1 and Q2 2024 respectively.", true,
		pairWantF72b{"14", w, "Q1 2024", "", ""}, pairWantF72b{"11 weeks", w, "Q2 2024", "", ""})
	checkPairsF72b(t, "Average waits for an assessment were 9 and 7 months in 2022 and 2023 respectively.", true,
		pairWantF72b{"9", evidence.UnitMonths, "2022", "", ""}, pairWantF72b{"7 months", evidence.UnitMonths, "2023", "", ""})
	checkPairsF72b(t, "Median waits were 20 and 16 weeks in Dorset and Devon respectively in 2024.", false,
		pairWantF72b{"20", w, "2024", "Dorset", ""}, pairWantF72b{"16 weeks", w, "2024", "Devon", ""})
	// Three quarters for two values: neither is dated by a quarter.
	checkPairsF72b(t, "Median waits were 14 and 11 weeks in Q1, Q2 and Q3 2024 respectively.", true,
		pairWantF72b{"14", w, "", "", ""}, pairWantF72b{"11 weeks", w, "", "", ""})
	checkPairsF72b(t, "Uptake was 91% and 89% in Dorset, Devon and Cornwall respectively.", true,
		pairWantF72b{"91%", evidence.UnitPercent, "", "", ""}, pairWantF72b{"89%", evidence.UnitPercent, "", "", ""})
}
