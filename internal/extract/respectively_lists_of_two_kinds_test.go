package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestPlacesAndYearsListedRespectivelyPairEachValueWithBoth: values
// listed after places that are the sentence's subject, with a list of
// years after them, take place i and year i. Before (hostile check 64),
// each took its place but all took the first year. A list of years of
// another length dates none.
func TestPlacesAndYearsListedRespectivelyPairEachValueWithBoth(t *testing.T) {
	c := evidence.UnitCount
	checkPairsF72b(t, "Dorset, Devon and Cornwall saw 2,100, 1,750 and 980 admissions respectively in 2021, 2022 and 2023.", false,
		pairWantF72b{"2,100", c, "2021", "Dorset", "admissions"}, pairWantF72b{"1,750", c, "2022", "Devon", "admissions"},
		pairWantF72b{"980 admissions", c, "2023", "Cornwall", "admissions"})
	checkPairsF72b(t, "Admissions in Dorset and Devon were 310 and 240 respectively in 2021 and 2022.", false,
		pairWantF72b{"310", c, "2021", "Dorset", ""}, pairWantF72b{"240", c, "2022", "Devon", ""})
	// Two years for three values: no value is dated by either.
	for _, f := range figuresF70a(t, "Dorset, Devon and Cornwall saw 2,100, 1,750 and 980 admissions respectively in 2021 and 2022.") {
		if f.Period == "2021" || f.Period == "2022" {
			t.Errorf("%s dated %q by a list of two years for three values", f.Text, f.Period)
		}
	}
}

// TestGroupsListedWithoutRespectivelyPairWithNoValue: groups listed after
// values with no "respectively" may each be every value's, and another
// list after them ("in 2021 and 2022", "from Asian and Mixed ethnic
// groups") could as well be the one the values pair with: no value takes
// one group, nor a year of the list. Before (hostile check 64), 22% was
// of boys and 18% of girls, both of 2021, and the ethnic groups were lost.
// With "respectively" the groups pair.
func TestGroupsListedWithoutRespectivelyPairWithNoValue(t *testing.T) {
	for _, s := range []string{
		"Smoking rates were 22% and 18% among boys and girls in 2021 and 2022.",
		"Attendance was 91% and 87% among boys and girls from Asian and Mixed ethnic groups.",
		"Attendance was 91% and 87% among boys and girls.",
	} {
		figs := figuresF70a(t, s)
		if len(figs) != 2 {
			t.Errorf("%s: %d figures, want 2: %+v", s, len(figs), figs)
		}
		for _, f := range figs {
			if f.Population == "boys" || f.Population == "girls" {
				t.Errorf("%s: %s paired with the group %q", s, f.Text, f.Population)
			}
			if f.Period == "2021" || f.Period == "2022" {
				t.Errorf("%s: %s dated %q by one of two lists", s, f.Text, f.Period)
			}
		}
	}
	kept := false
	for _, f := range figuresF70a(t, "Attendance was 91% and 87% among boys and girls from Asian and Mixed ethnic groups.") {
		kept = kept || containsFoldF70a(f.Measure+" "+f.Population, "ethnic")
	}
	if !kept {
		t.Error("Asian and Mixed ethnic groups: no value's measure or people keeps the ethnic groups")
	}
	p := evidence.UnitPercent
	checkPairsF72b(t, "Smoking rates were 22% and 18% among boys and girls respectively in 2021.", false,
		pairWantF72b{"22%", p, "2021", "", "boys"}, pairWantF72b{"18%", p, "2021", "", "girls"})
}

// TestPlacesAfterOfOrInASubjectPairRespectively: "The rates of Dorset and
// Devon were 14% and 11% respectively" and "The proportion of children in
// Dorset and Devon seen within 12 weeks was 71% and 66% respectively"
// give each value its place, one measure for both. Before (hostile check
// 64), both values were unplaced and shared one key, which the figures
// view shows as two values of one measure disagreeing.
func TestPlacesAfterOfOrInASubjectPairRespectively(t *testing.T) {
	p := evidence.UnitPercent
	checkPairsF72b(t, "The rates of Dorset and Devon were 14% and 11% respectively.", false,
		pairWantF72b{"14%", p, "", "Dorset", ""}, pairWantF72b{"11%", p, "", "Devon", ""})
	figs := figuresF70a(t, "The proportion of children in Dorset and Devon seen within 12 weeks was 71% and 66% respectively.")
	a, ok1 := figureF70a(figs, "71%")
	b, ok2 := figureF70a(figs, "66%")
	if !ok1 || !ok2 {
		t.Fatalf("figures %+v", figs)
	}
	if a.Key == b.Key {
		t.Errorf("71%% and 66%% share the key %q: want each its place", a.Key)
	}
	if !hasPlaceF73c(a, "Dorset") || !hasPlaceF73c(b, "Devon") {
		t.Errorf("71%% place %q measure %q, 66%% place %q measure %q: want Dorset and Devon", a.Place, a.Measure, b.Place, b.Measure)
	}
}

// hasPlaceF73c reports f placed in place, as its Place or at the end of
// its measure.
func hasPlaceF73c(f evidence.Figure, place string) bool {
	return f.Place == place || hasSuffixFoldF70a(" "+f.Measure, " in "+place)
}

// TestPlacesAsSubjectPairRespectivelyWithMoneyAndRates: places that are
// the subject of "spent" or of "rates for" pair with the sums or rates
// listed "respectively", each dated by the year after them. Before
// (hostile check 64), the first sum was undated and the second measured
// "respectively on school nursing"; the first rate was lost.
func TestPlacesAsSubjectPairRespectivelyWithMoneyAndRates(t *testing.T) {
	figs := figuresF70a(t, "Dorset and Devon councils spent £3.1m and £2.4m respectively on youth services in 2022.")
	for _, w := range []struct{ text, place string }{{"£3.1m", "Dorset"}, {"£2.4m", "Devon"}} {
		f, ok := figureF70a(figs, w.text)
		if !ok {
			t.Errorf("no figure %s: %+v", w.text, figs)
			continue
		}
		if f.Period != "2022" || !hasPlaceF73c(f, w.place) && !containsFoldF70a(f.Measure, w.place) {
			t.Errorf("%s: period %q place %q measure %q, want %s of 2022", w.text, f.Period, f.Place, f.Measure, w.place)
		}
		if containsFoldF70a(f.Measure+f.Key, "respect") {
			t.Errorf("%s measured %q: \"respectively\" read as its words", w.text, f.Measure)
		}
	}
	// A name the sentence does not know, and one it does (London).
	for _, first := range []string{"Dorset", "London"} {
		figs = figuresF70a(t, "The rates for "+first+" and the South West were 51.3 and 42.7 per 100,000 respectively.")
		for _, w := range []struct{ text, place string }{{"51.3", first}, {"42.7 per 100,000", "South West"}} {
			f, ok := figureF70a(figs, w.text)
			if !ok {
				t.Errorf("no figure %s: %+v", w.text, figs)
				continue
			}
			if !hasPlaceF73c(f, w.place) && !hasPlaceF73c(f, "the "+w.place) {
				t.Errorf("%s: place %q measure %q, want %s", w.text, f.Place, f.Measure, w.place)
			}
			if containsFoldF70a(f.Key, "51.3") {
				t.Errorf("%s keyed %q", w.text, f.Key)
			}
		}
	}
}

// TestValuesEachAfterTheirOwnYearKeepTheirYear: "In 2021, 22% and in
// 2022, 18% among boys and girls were overweight" dates each value by the
// year before it. Before (hostile check 64), 22% was dated 2022, 18%
// undated.
func TestValuesEachAfterTheirOwnYearKeepTheirYear(t *testing.T) {
	figs := figuresF70a(t, "In 2021, 22% and in 2022, 18% among boys and girls were overweight.")
	for _, w := range []struct{ text, per string }{{"22%", "2021"}, {"18%", "2022"}} {
		f, ok := figureF70a(figs, w.text)
		if !ok || f.Period != w.per {
			t.Errorf("%s: %+v, want dated %s", w.text, f, w.per)
		}
		if f.Population == "boys" || f.Population == "girls" {
			t.Errorf("%s of group %q", w.text, f.Population)
		}
	}
}
