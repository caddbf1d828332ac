package extract_test

import (
	"strings"
	"testing"
)

// pairedF81b is a value a sentence pairs with a place and a year: its
// text, place and period.
type pairedF81b struct{ text, place, period string }

// checkPairedF81b reads sentence and checks each value in want is of its
// period and of its own place (its Place, or its key naming the place),
// that its key holds word and names no other place in want, and that
// values of one place share a key while values of two places never do.
func checkPairedF81b(t *testing.T, sentence, word string, want ...pairedF81b) {
	t.Helper()
	figs := figuresF70a(t, sentence)
	keyOf := map[string]string{}
	for _, w := range want {
		f, ok := figureF70a(figs, w.text)
		if !ok {
			t.Errorf("%s: no figure %q (got %+v)", sentence, w.text, figs)
			continue
		}
		key := strings.ToLower(f.Key)
		if f.Period != w.period {
			t.Errorf("%s: %s of %q, want %q", sentence, w.text, f.Period, w.period)
		}
		if f.Place != w.place && !strings.Contains(key, stemF81b(w.place)) {
			t.Errorf("%s: %s of place %q, keyed %q: want %s", sentence, w.text, f.Place, f.Key, w.place)
		}
		if !strings.Contains(key, word) {
			t.Errorf("%s: %s keyed %q: want %q in it", sentence, w.text, f.Key, word)
		}
		for _, o := range want {
			if o.place != w.place && strings.Contains(key, stemF81b(o.place)) {
				t.Errorf("%s: %s (%s) keyed %q: holds %s", sentence, w.text, w.place, f.Key, o.place)
			}
		}
		id := f.Place + "|" + f.Key
		if k, ok := keyOf[w.place]; ok && k != id {
			t.Errorf("%s: %s of %s keyed %q, another of %s %q", sentence, w.text, w.place, id, w.place, k)
		}
		keyOf[w.place] = id
		for p, k := range keyOf {
			if p != w.place && k == id {
				t.Errorf("%s: %s of %s keyed %q as %s's", sentence, w.text, w.place, id, p)
			}
		}
	}
}

// stemF81b is the head of a place's name as a key holds it, "hampsh".
func stemF81b(place string) string {
	p := strings.ToLower(place)
	return p[:min(len(p), 6)]
}

// TestValuesEachOfItsPlaceAfterTheFirstNamesThePeople: "64% of children
// in Kent and 58% in Medway were seen within 18 weeks" gives each value
// its own place, the people "children" and the measure after the last
// place; an earlier bracket of as many values, "(2022: 60% and 55%)",
// and values set against them "respectively" with a year, "against 71%
// and 69% respectively in 2022", pair in order. Before (hostile check 68:
// F50, F90), every value was of "children in Kent", measured "in Medway
// were seen", and Medway's 58% and 55% were keyed as Kent's.
func TestValuesEachOfItsPlaceAfterTheFirstNamesThePeople(t *testing.T) {
	checkPairedF81b(t, "In 2023, 64% of children in Kent and 58% in Medway were seen within 18 weeks, against 71% and 69% respectively in 2022.", "seen",
		pairedF81b{"64%", "Kent", "2023"}, pairedF81b{"58%", "Medway", "2023"}, pairedF81b{"71%", "Kent", "2022"}, pairedF81b{"69%", "Medway", "2022"})
	checkPairedF81b(t, "In 2023, 64% of children in Kent and 58% in Medway were seen within 18 weeks (2022: 60% and 55%).", "seen",
		pairedF81b{"64%", "Kent", "2023"}, pairedF81b{"58%", "Medway", "2023"}, pairedF81b{"60%", "Kent", "2022"}, pairedF81b{"55%", "Medway", "2022"})
	checkPairedF81b(t, "In 2022/23, 72% of pupils in Surrey, 68% in Hampshire and 70% in England were vaccinated against flu.", "flu",
		pairedF81b{"72%", "Surrey", "2022/23"}, pairedF81b{"68%", "Hampshire", "2022/23"}, pairedF81b{"70%", "England", "2022/23"})
	checkPairedF81b(t, "In 2024, 310 families in Surrey and 260 in Hampshire were supported by family hubs.", "hub",
		pairedF81b{"310 families", "Surrey", "2024"}, pairedF81b{"260", "Hampshire", "2024"})
}

// TestValuesRespectivelyPairWithTheLevelsBefore: a later clause's values
// with "respectively" after them and no list of their own, "the figures
// for 2022 were 58% and 69% respectively", are the earlier values of the
// levels before, in order, of the clause's year; with no year of their
// own, undated. Before (hostile check 68: F63), England's 69% of 2022 was
// keyed as Kent's and undated.
func TestValuesRespectivelyPairWithTheLevelsBefore(t *testing.T) {
	checkPairedF81b(t, "In 2023, 64% of children in Kent were seen within 18 weeks, compared with 71% in England; the figures for 2022 were 58% and 69% respectively.", "seen",
		pairedF81b{"64%", "Kent", "2023"}, pairedF81b{"71%", "England", ""}, pairedF81b{"58%", "Kent", "2022"}, pairedF81b{"69%", "England", "2022"})
	checkPairedF81b(t, "In 2023, 1,240 children in Kent were referred to CAMHS, compared with 980 in Medway; the figures for 2022 were 1,100 and 870 respectively.", "camh",
		pairedF81b{"1,240 children", "Kent", "2023"}, pairedF81b{"1,100", "Kent", "2022"}, pairedF81b{"870", "Medway", "2022"})
	checkPairedF81b(t, "In 2023, 64% of children in Kent were seen within 18 weeks, compared with 71% in England; the figures were 58% and 69% respectively.", "seen",
		pairedF81b{"58%", "Kent", ""}, pairedF81b{"69%", "England", ""})
}

// TestColonListNamesSetApartByACommaAreEachValuesPlace: a colon list
// whose names are set apart from their values by a comma, "Referrals to
// CAMHS in 2023: Kent, 1,400; Medway, 1,200", gives each value its name
// and the list's measure and year, as "Kent 1,400; Medway 1,200" does.
// Before (hostile check 68: F60), Medway's 1,200 measured "medway",
// undated.
func TestColonListNamesSetApartByACommaAreEachValuesPlace(t *testing.T) {
	checkPairedF81b(t, "Referrals to CAMHS in 2023: Kent, 1,400; Medway, 1,200; Surrey, 900.", "camh",
		pairedF81b{"1,400", "Kent", "2023"}, pairedF81b{"1,200", "Medway", "2023"})
	checkPairedF81b(t, "Spending on school nursing in 2022/23: Kent, £4.5m; Medway, £1.2m; Surrey, £3.1m.", "school",
		pairedF81b{"£4.5m", "Kent", "2022/23"}, pairedF81b{"£1.2m", "Medway", "2022/23"}, pairedF81b{"£3.1m", "Surrey", "2022/23"})
	checkPairedF81b(t, "Children seen within 18 weeks in 2023: Kent, 64%; Medway, 58%; England, 71%.", "seen",
		pairedF81b{"64%", "Kent", "2023"}, pairedF81b{"58%", "Medway", "2023"}, pairedF81b{"71%", "England", "2023"})
	// "In Kent, 1,400" opens a clause on its place: no label of a list.
	checkPairedF81b(t, "In Kent, 1,400 children were referred to CAMHS in 2023.", "camh", pairedF81b{"1,400 children", "Kent", "2023"})
}

// TestColonListGoesOnPastEachValuesSample: a colon list of names and
// values with a sample in brackets after each value, "2023: Kent 64%
// (n=1,200); Medway 58% (n=900); England 71%", gives each value its
// name, the list's measure and year, and no value the people of a name
// read past the sample. Before (hostile check 68: F59), all three were
// keyed with Kent and the people "Medway", England's 71% as Kent's.
func TestColonListGoesOnPastEachValuesSample(t *testing.T) {
	checkPairedF81b(t, "Children seen within 18 weeks, 2023: Kent 64% (n=1,200); Medway 58% (n=900); England 71%.", "seen",
		pairedF81b{"64%", "Kent", "2023"}, pairedF81b{"58%", "Medway", "2023"}, pairedF81b{"71%", "England", "2023"})
	checkPairedF81b(t, "Uptake of the flu vaccine, 2022/23: Surrey 61% (n=2,400); Hampshire 57% (n=1,900).", "flu",
		pairedF81b{"61%", "Surrey", "2022/23"}, pairedF81b{"57%", "Hampshire", "2022/23"})
	for _, f := range figuresF70a(t, "Children seen within 18 weeks in 2023: Kent 64% (n=1,200), Medway 58% (n=900), England 71%.") {
		if f.Role != "threshold" && f.Role != "base" && f.Population != "" {
			t.Errorf("%s of people %q: a listed name is no people", f.Text, f.Population)
		}
	}
}

// TestColonListsThresholdIsOfNoListedPlace: the time a colon list's
// shares are counted within, "seen within 18 weeks was: Kent 64%, Medway
// 58%, England 71%", is of the list's measure and of no place the list
// names. Before (hostile check 68: F10), the 18 weeks was placed in
// England and measured "within 18 weeks was: Kent".
func TestColonListsThresholdIsOfNoListedPlace(t *testing.T) {
	for _, s := range []string{
		"In 2023, the share of children seen within 18 weeks was: Kent 64%, Medway 58%, England 71%.",
		"Children seen within 18 weeks in 2023 - Kent: 64%, Medway: 58%, England: 71%.",
		"Children seen within 18 weeks, 2023: Kent 64% (n=1,200); Medway 58% (n=900); England 71%.",
	} {
		f, ok := figureF70a(figuresF70a(t, s), "18 weeks")
		if !ok {
			t.Errorf("%s: no threshold", s)
			continue
		}
		for _, w := range []string{"Kent", "Medway", "England"} {
			if strings.Contains(f.Place+" "+f.Measure+" "+f.Population, w) {
				t.Errorf("%s: the 18 weeks placed %q, measured %q, of %q: holds %s", s, f.Place, f.Measure, f.Population, w)
			}
		}
	}
}
