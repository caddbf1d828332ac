package extract_test

import (
	"strings"
	"testing"
)

// placedF80b is one value a sentence lists for a place: its text and the
// place it is of.
type placedF80b struct{ text, place string }

// checkPlacedF80b reads sentence and checks that each value in want is of
// per, of its own place (its Place, or its measure ending "in" the place)
// and of no other, that its measure key holds word (the sentence's
// measure) and the name of no other place listed, and that no two values
// share a key and a place.
func checkPlacedF80b(t *testing.T, sentence, per, word string, want ...placedF80b) {
	t.Helper()
	figs := figuresF70a(t, sentence)
	keys := map[string]string{}
	for _, w := range want {
		f, ok := figureF70a(figs, w.text)
		if !ok {
			t.Errorf("%s: no figure %q (got %+v)", sentence, w.text, figs)
			continue
		}
		if f.Period != per {
			t.Errorf("%s: %s of %q, want %q", sentence, w.text, f.Period, per)
		}
		if f.Place != w.place && !(f.Place == "" && hasSuffixFoldF70a(" "+f.Measure, " in "+w.place)) {
			t.Errorf("%s: %s of place %q, measured %q: want %s", sentence, w.text, f.Place, f.Measure, w.place)
		}
		if !strings.Contains(f.Key, word) {
			t.Errorf("%s: %s keyed %q, measured %q: want %q in it", sentence, w.text, f.Key, f.Measure, word)
		}
		for _, o := range want {
			if o.place != w.place && containsFoldF70a(f.Key+" "+f.Population, o.place) {
				t.Errorf("%s: %s (%s) keyed %q, people %q: holds %s", sentence, w.text, w.place, f.Key, f.Population, o.place)
			}
		}
		// A figure is one measure's in one place by its key and place.
		if other, dup := keys[f.Key+"@"+f.Place]; dup {
			t.Errorf("%s: %s and %s share the key %q and place %q", sentence, w.text, other, f.Key, f.Place)
		}
		keys[f.Key+"@"+f.Place] = w.text
	}
}

// TestRatesAndTimesListedEachAfterItsPlaceAreEachPlaces: rates ("52 per
// 10,000 in Kent, 71 per 10,000 in Medway and 70 per 10,000 in England")
// and times in weeks, days or hours listed each before its place are
// listed as shares and sums are: each value its place's, of the
// sentence's year and measure. Before (hostile check 68), all were
// England's, the last place named, and the later values were measured
// "in Medway", undated, on one key (F78, F80).
func TestRatesAndTimesListedEachAfterItsPlaceAreEachPlaces(t *testing.T) {
	checkPlacedF80b(t, "In 2022/23, the rate of looked after children was 52 per 10,000 in Kent, 71 per 10,000 in Medway and 70 per 10,000 in England.", "2022/23", "look",
		placedF80b{"52 per 10,000", "Kent"}, placedF80b{"71 per 10,000", "Medway"}, placedF80b{"70 per 10,000", "England"})
	checkPlacedF80b(t, "In 2022/23, the rate of hospital admissions for self-harm was 420 per 100,000 in Surrey, 380 per 100,000 in Medway and 390 per 100,000 in England.", "2022/23", "self-harm",
		placedF80b{"420 per 100,000", "Surrey"}, placedF80b{"380 per 100,000", "Medway"}, placedF80b{"390 per 100,000", "England"})
	checkPlacedF80b(t, "In 2023, the median wait for an autism assessment was 62 weeks in Kent, 48 weeks in Medway and 40 weeks in England.", "2023", "autism",
		placedF80b{"62 weeks", "Kent"}, placedF80b{"48 weeks", "Medway"}, placedF80b{"40 weeks", "England"})
	checkPlacedF80b(t, "In 2023, the average wait was 18 days in Kent and 25 days in Medway.", "2023", "wait",
		placedF80b{"18 days", "Kent"}, placedF80b{"25 days", "Medway"})
	checkPlacedF80b(t, "In 2023/24, the median stay was 36 hours in Hampshire and 41 hours in Surrey.", "2023/24", "stay",
		placedF80b{"36 hours", "Hampshire"}, placedF80b{"41 hours", "Surrey"})
	checkPlacedF80b(t, "In 2022/23, the under-18 conception rate was 13.1 per 1,000 in Kent and 15.8 per 1,000 in Medway.", "2022/23", "concept",
		placedF80b{"13.1 per 1,000", "Kent"}, placedF80b{"15.8 per 1,000", "Medway"})
}
