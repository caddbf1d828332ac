package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestABracketNamingAnotherPlaceIsThatPlacesValue: "(England: 71%)" after
// a local share is England's value of the same measure and year, never
// the local one's, and the local share takes no place from the bracket.
// Before (hostile check 63), the 64% of children in Kent was England's
// and the 71% keyed as Kent's.
func TestABracketNamingAnotherPlaceIsThatPlacesValue(t *testing.T) {
	for _, c := range []struct {
		sentence, local, localPlace, other, otherPlace string
	}{
		{"In 2023, 64% of children in Kent were seen within 18 weeks (England: 71%).", "64%", "", "71%", "England"},
		{"In 2023, 58% of children in London were seen within 18 weeks (England average: 71%).", "58%", "London", "71%", "England"},
		{"Uptake in Surrey was 88% in 2023 (London: 85%; England: 86%).", "88%", "", "86%", "England"},
		{"Uptake in Surrey was 88% in 2023 (London: 85%; England: 86%).", "88%", "", "85%", "London"},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok1 := figureF70a(figs, c.local)
		o, ok2 := figureF70a(figs, c.other)
		if !ok1 || !ok2 {
			t.Errorf("%s: want figures %s and %s, got %v", c.sentence, c.local, c.other, figs)
			continue
		}
		if l.Place != c.localPlace || o.Place != c.otherPlace {
			t.Errorf("%s: places %q and %q, want %q and %q", c.sentence, l.Place, o.Place, c.localPlace, c.otherPlace)
		}
		if o.Period != "2023" || l.Period != "2023" {
			t.Errorf("%s: periods %q and %q, want 2023", c.sentence, l.Period, o.Period)
		}
		if o.Key == "" || containsFoldF70a(o.Key+o.Population+o.Measure, "kent") || containsFoldF70a(o.Key+o.Population+o.Measure, "surrey") {
			t.Errorf("%s: %s keyed %q, of %q, measuring %q: the local place's", c.sentence, c.other, o.Key, o.Population, o.Measure)
		}
		if containsFoldF70a(l.Measure, c.otherPlace) || strings.Contains(l.Measure, ":") {
			t.Errorf("%s: %s measures %q, holding the bracket", c.sentence, c.local, l.Measure)
		}
	}
	// Where the local share names no place, the two differ by place.
	figs := figuresF70a(t, "In 2023, 64% of children were seen within 18 weeks (England: 71%).")
	l, _ := figureF70a(figs, "64%")
	o, ok := figureF70a(figs, "71%")
	if !ok || o.Place != "England" || l.Place == "England" || o.Measure != l.Measure {
		t.Errorf("71%% %v of %q measuring %q; 64%% of %q measuring %q", ok, o.Place, o.Measure, l.Place, l.Measure)
	}
}

// TestANationalAverageInBracketsIsKeyedApart: "(national average: 71%)"
// is an average of places the sentence does not name: the average's
// value, keyed apart from the local share, whose measure keeps no word
// of the bracket. Before (hostile check 63), both were keyed as Kent's
// with "averag nation" in the key.
func TestANationalAverageInBracketsIsKeyedApart(t *testing.T) {
	for _, s := range []string{
		"In 2023, 64% of children in Kent were seen within 18 weeks (national average: 71%).",
		"In 2023, 64% of children were seen within 18 weeks (national average: 71%).",
		"In 2023, 64% of children were seen within 18 weeks (regional average: 71%).",
	} {
		figs := figuresF70a(t, s)
		l, ok1 := figureF70a(figs, "64%")
		o, ok2 := figureF70a(figs, "71%")
		if !ok1 || !ok2 {
			t.Errorf("%s: want 64%% and 71%%, got %v", s, figs)
			continue
		}
		if o.Key == l.Key || containsFoldF70a(o.Key+o.Population, "kent") || o.Period != "2023" {
			t.Errorf("%s: 71%% keyed %q of %q (%q), 64%% keyed %q", s, o.Key, o.Population, o.Period, l.Key)
		}
		if containsFoldF70a(l.Measure+l.Key, "average") || containsFoldF70a(l.Key, "averag") {
			t.Errorf("%s: 64%% measures %q keyed %q", s, l.Measure, l.Key)
		}
	}
}

// TestATargetIntervalOrPointerInBracketsIsNoFigure: a target, "(target:
// 92%)", is no value achieved; a confidence interval, "(95% CI:
// 60-68%)", no second value of the measure; a pointer, "(see Table 2:
// 14)", no figure: none gives a figure, and none gives the value beside
// it a word of its measure or key. Before (hostile check 63), the 92%
// was keyed as the 64% beside it, the interval a second value, and the
// pointer put "#14 #2 tabl" into the key.
func TestATargetIntervalOrPointerInBracketsIsNoFigure(t *testing.T) {
	for _, c := range []struct {
		sentence, level string
		gone            []float64
	}{
		{"In 2023, 64% of children were seen within 18 weeks (target: 92%).", "64%", []float64{92}},
		{"In 2023, 64% of children were seen within 18 weeks (national target: 92%).", "64%", []float64{92}},
		{"In 2023, 64% of children were seen within 18 weeks (95% CI: 60-68%).", "64%", []float64{95, 60, 68}},
		{"In 2023, 1,240 children were referred (see Table 2: 14).", "1,240 children", []float64{2, 14}},
		{"In 2023, 1,240 children were referred (see Figure 3: 14).", "1,240 children", []float64{3, 14}},
		{"The median wait was 14 weeks in 2023 (target: 18 weeks).", "14 weeks", []float64{18}},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok := figureF70a(figs, c.level)
		if !ok || l.Period != "2023" {
			t.Errorf("%s: %s a figure %v of %q", c.sentence, c.level, ok, l.Period)
		}
		for _, f := range figs {
			for _, v := range c.gone {
				if f.Value == v || f.High == v {
					t.Errorf("%s: a figure %s (%v)", c.sentence, f.Text, v)
				}
			}
		}
		for _, w := range []string{"target", "ci", "tabl", "figur", "#14", "#2", "#95", "#92"} {
			for _, term := range strings.Fields(strings.ReplaceAll(l.Key, "|", " ")) {
				if term == w {
					t.Errorf("%s: %s keyed %q, holding %q", c.sentence, c.level, l.Key, w)
				}
			}
		}
		if strings.Contains(l.Measure, "(") || strings.Contains(l.Measure, ":") {
			t.Errorf("%s: %s measures %q", c.sentence, c.level, l.Measure)
		}
	}
	// A place beside a target in one bracket is still read.
	s := "In 2023, 64% of children were seen within 18 weeks (national target: 92%; England: 71%)."
	figs := figuresF70a(t, s)
	if o, ok := figureF70a(figs, "71%"); !ok || o.Place != "England" {
		t.Errorf("%s: 71%% %v of %q", s, ok, o.Place)
	}
	if _, ok := figureF70a(figs, "92%"); ok {
		t.Errorf("%s: the target a figure", s)
	}
}

// TestAnEarlierTimesLabelInBracketsDatesItsValue: "(previous year:
// 1,150)", "(last year: ...)", "(the year before: ...)" are of the year
// before the level's; with no year the level names, undated, never the
// level's time; "(previous quarter: ...)" of no time a record can name.
// Before (hostile check 63), the 1,150 was dated 2023, the level's year.
func TestAnEarlierTimesLabelInBracketsDatesItsValue(t *testing.T) {
	for _, c := range []struct {
		sentence, now, prior, priorPeriod string
	}{
		{"In 2023, 1,240 children were referred (previous year: 1,150).", "2023", "1,150", "2022"},
		{"In 2023, 1,240 children were referred (last year: 1,150).", "2023", "1,150", "2022"},
		{"In 2023, 1,240 children were referred (the year before: 1,150).", "2023", "1,150", "2022"},
		{"In 2023/24, 1,240 children were referred (previous year: 1,150).", "2023/24", "1,150", "2022/23"},
		{"1,240 children were referred (previous year: 1,150).", "", "1,150", ""},
		{"In 2023, 1,240 children were referred (previous quarter: 1,150).", "2023", "1,150", ""},
	} {
		figs := figuresF70a(t, c.sentence)
		now, ok1 := figureF70a(figs, "1,240 children")
		prior, ok2 := figureF70a(figs, c.prior)
		if !ok1 || !ok2 {
			t.Errorf("%s: want 1,240 and %s, got %v", c.sentence, c.prior, figs)
			continue
		}
		if now.Period != c.now || prior.Period != c.priorPeriod {
			t.Errorf("%s: periods %q and %q, want %q and %q", c.sentence, now.Period, prior.Period, c.now, c.priorPeriod)
		}
		if prior.Unit != evidence.UnitCount || prior.Key != now.Key {
			t.Errorf("%s: %s a %s keyed %q, 1,240 keyed %q", c.sentence, c.prior, prior.Unit, prior.Key, now.Key)
		}
	}
}

// TestEachPartOfABracketOfEarlierTimesIsAFigure: a bracket listing
// several earlier years, "(2022: 1,150; 2021: 1,010)", gives each its
// value, and the level before it is kept, undated where the sentence
// names no year of its own; a month's, "(March 2023: 335)", or a
// quarter's label is a time as a year is. Before (hostile check 63), the
// first gave no figure at all and the second lost the 335.
func TestEachPartOfABracketOfEarlierTimesIsAFigure(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     map[string]string // figure text → period
	}{
		{"Referrals rose to 1,240 (2022: 1,150; 2021: 1,010).", map[string]string{"1,240": "", "1,150": "2022", "1,010": "2021"}},
		{"In 2023, referrals were 1,240 (2022: 1,150; 2021: 1,010).", map[string]string{"1,240": "2023", "1,150": "2022", "1,010": "2021"}},
		{"There were 310 health visitors in post in March 2024 (March 2023: 335).", map[string]string{"310": "March 2024", "335": "March 2023"}},
		{"In Q4 2023, 1,240 children were referred (Q3 2023: 1,150).", map[string]string{"1,240 children": "Q4 2023", "1,150": "Q3 2023"}},
	} {
		figs := figuresF70a(t, c.sentence)
		key := ""
		for text, period := range c.want {
			f, ok := figureF70a(figs, text)
			if !ok || f.Unit != evidence.UnitCount || f.Period != period {
				t.Errorf("%s: %s a figure %v, %s of %q; want a count of %q (all: %v)", c.sentence, text, ok, f.Unit, f.Period, period, figs)
				continue
			}
			if key != "" && f.Key != key {
				t.Errorf("%s: %s keyed %q, another %q", c.sentence, text, f.Key, key)
			}
			key = f.Key
		}
	}
}

// TestBracketsThatCompareNothingAreReadAsBefore: an author's page,
// "(Patel 2021: 37)", "(Jones and Smith, 2020: 12)", is no figure; a
// survey's base, "(n=312 schools)", a base; a breakdown, "(boys: 60%;
// girls: 68%)", no comparator of another time or place.
func TestBracketsThatCompareNothingAreReadAsBefore(t *testing.T) {
	for _, c := range []struct {
		sentence string
		page     float64
	}{
		{"Waiting times are rising sharply (Patel 2021: 37).", 37},
		{"Around 30% of referrals are rejected (Jones and Smith, 2020: 12).", 12},
	} {
		for _, f := range figuresF70a(t, c.sentence) {
			if f.Value == c.page {
				t.Errorf("%s: the page a figure: %+v", c.sentence, f)
			}
		}
	}
	figs := figuresF70a(t, "In 2023, 1,240 children were referred (n=312 schools).")
	if f, ok := figureF70a(figs, "n=312"); !ok || f.Role != evidence.RoleBase {
		t.Errorf("n=312 a base %v: %+v", ok, f)
	}
	figs = figuresF70a(t, "In 2023, 64% of children were seen within 18 weeks (boys: 60%; girls: 68%).")
	for _, f := range figs {
		if f.Place != "" || f.Value == 60 && f.Period != "2023" {
			t.Errorf("a breakdown's %s of %q, %q", f.Text, f.Place, f.Period)
		}
	}
}

// TestAPlacesBracketWithItsOwnYearOrRateUnitLeavesTheLocalFigureAlone:
// "(England: 86% in 2022)" and "(England: 38.1 per 100,000)" are
// England's values, the first of its own year; the local figure before
// the bracket takes no place from it, and England's value is keyed
// apart from the local one. Before (hostile check 64), Surrey's 88% and
// Kent's 45.2 were England's, and England's values keyed as theirs.
func TestAPlacesBracketWithItsOwnYearOrRateUnitLeavesTheLocalFigureAlone(t *testing.T) {
	for _, c := range []struct {
		sentence, local, other, otherPeriod, localWord string
	}{
		{"Uptake in Surrey was 88% in 2023 (England: 86% in 2022).", "88%", "86%", "2022", "surrey"},
		{"Take-up in Dorset was 77% in 2023 (England: 74% in 2021).", "77%", "74%", "2021", "dorset"},
		{"Kent's rate was 45.2 per 100,000 in 2023 (England: 38.1 per 100,000).", "45.2 per 100,000", "38.1 per 100,000", "2023", "kent"},
		{"Medway's admission rate was 61.5 per 10,000 children in 2022 (England: 55.0 per 10,000 children).", "61.5 per 10,000", "55.0 per 10,000", "2022", "medway"},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok1 := figureF70a(figs, c.local)
		o, ok2 := figureF70a(figs, c.other)
		if !ok1 || !ok2 {
			t.Errorf("%s: want figures %s and %s, got %v", c.sentence, c.local, c.other, figs)
			continue
		}
		if l.Place == "England" || o.Place != "England" {
			t.Errorf("%s: places %q and %q, want none and England", c.sentence, l.Place, o.Place)
		}
		if o.Period != c.otherPeriod {
			t.Errorf("%s: %s dated %q, want %s", c.sentence, c.other, o.Period, c.otherPeriod)
		}
		if (o.Key != "" && o.Key == l.Key) || containsFoldF70a(o.Key+o.Population+o.Measure, c.localWord) {
			t.Errorf("%s: %s keyed %q measuring %q, the local %s keyed %q", c.sentence, c.other, o.Key, o.Measure, c.local, l.Key)
		}
	}
	// A group's own words stay in England's measure: "children's" is no
	// owner of the local figure.
	figs := figuresF70a(t, "In 2023, children's attendance was 91% (England: 93% in 2022).")
	if o, ok := figureF70a(figs, "93%"); !ok || o.Place != "England" || o.Period != "2022" || !containsFoldF70a(o.Measure, "children") {
		t.Errorf("93%%: %v %+v", ok, o)
	}
	// Another year's rate in the bracket keeps the level's key and
	// takes the bracket's year.
	figs = figuresF70a(t, "Admissions in Essex were 52.4 per 10,000 in 2023 (2022: 49.9 per 10,000).")
	l, _ := figureF70a(figs, "52.4 per 10,000")
	if o, ok := figureF70a(figs, "49.9 per 10,000"); !ok || o.Period != "2022" || o.Key != l.Key || o.Place != "" {
		t.Errorf("49.9: %v %+v; 52.4 %+v", ok, o, l)
	}
}

// TestABracketWithoutAColonIsReadAsOneWithIt: "(England 71%)",
// "(national average 71%)", "(target 92%)", "(range 2-52 weeks)" and
// parts set apart by commas, "(London: 69%, England: 71%)", are read as
// their colon forms are: another place's value, an average keyed apart,
// no figure for a target or an interval, and none of their words in the
// local figure's measure. Before (hostile check 64), the local 64% was
// England's, and the 92% a second 2023 value of the share seen.
func TestABracketWithoutAColonIsReadAsOneWithIt(t *testing.T) {
	figs := figuresF70a(t, "In 2023, 63% of pupils in Dorset were seen within 12 weeks (England 70%).")
	l, ok1 := figureF70a(figs, "63%")
	o, ok2 := figureF70a(figs, "70%")
	if !ok1 || !ok2 || l.Place == "England" || o.Place != "England" || o.Period != "2023" || o.Key == l.Key || containsFoldF70a(o.Key, "dorset") {
		t.Errorf("63%% %v %+v; 70%% %v %+v", ok1, l, ok2, o)
	}
	figs = figuresF70a(t, "In 2023, 63% of pupils were seen within 12 weeks (regional average 66%).")
	l, _ = figureF70a(figs, "63%")
	if o, ok := figureF70a(figs, "66%"); !ok || o.Key == l.Key || containsFoldF70a(l.Measure+l.Key, "averag") {
		t.Errorf("66%% %v %+v; 63%% %+v", ok, o, l)
	}
	for _, s := range []string{
		"In 2023, 63% of pupils were seen within 12 weeks (target 95%).",
		"In 2023, 63% of pupils were seen within 12 weeks (national standard 95%).",
	} {
		figs := figuresF70a(t, s)
		if _, ok := figureF70a(figs, "95%"); ok {
			t.Errorf("%s: the target is a figure: %v", s, figs)
		}
		if l, ok := figureF70a(figs, "63%"); !ok || containsFoldF70a(l.Measure+l.Key, "target") || containsFoldF70a(l.Measure+l.Key, "standard") {
			t.Errorf("%s: 63%% %v %+v", s, ok, l)
		}
	}
	figs = figuresF70a(t, "The median wait was 9 weeks (range 1-40 weeks).")
	if w, ok := figureF70a(figs, "9 weeks"); !ok || len(figs) != 1 || strings.Contains(w.Key, "40") {
		t.Errorf("range: %v %+v", figs, w)
	}
	figs = figuresF70a(t, "In 2023, 63% of pupils were seen within 12 weeks (South West: 61%, England: 70%).")
	l, _ = figureF70a(figs, "63%")
	sw, ok1 := figureF70a(figs, "61%")
	en, ok2 := figureF70a(figs, "70%")
	if !ok1 || !ok2 || l.Place != "" || sw.Place != "South West" || en.Place != "England" {
		t.Errorf("63%% %+v; 61%% %v %+v; 70%% %v %+v", l, ok1, sw, ok2, en)
	}
	// A breakdown without a colon is no comparator: "(boys 60%)" names
	// no place, and the bracket is read as before.
	figs = figuresF70a(t, "In 2023, 63% of pupils were seen within 12 weeks (boys 60%, girls 66%).")
	for _, f := range figs {
		if f.Place != "" {
			t.Errorf("breakdown: %s placed %q", f.Text, f.Place)
		}
	}
}

// TestOtherComparatorLabelsAreNeverTheLocalFigure: "(expected: 70%)" is
// a value aimed at, no figure; "(statistical neighbours: 69%)", "(all
// local authorities: 71%)" and "(England and Wales: 71%)" are values of
// other places, keyed apart from the local share and of none of its
// people's place. Before (hostile check 64), each was keyed as the local
// share of its year.
func TestOtherComparatorLabelsAreNeverTheLocalFigure(t *testing.T) {
	figs := figuresF70a(t, "In 2023, 57% of pupils in Devon were seen within 12 weeks (expected: 75%).")
	if _, ok := figureF70a(figs, "75%"); ok {
		t.Errorf("expected: a figure %v", figs)
	}
	for _, c := range []struct{ sentence, other string }{
		{"In 2023, 57% of pupils in Devon were seen within 12 weeks (statistical neighbours: 61%).", "61%"},
		{"In 2023, 57% of pupils in Devon were seen within 12 weeks (all local authorities: 66%).", "66%"},
		{"In 2023, 57% of pupils in Devon were seen within 12 weeks (England and Wales: 68%).", "68%"},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok1 := figureF70a(figs, "57%")
		o, ok2 := figureF70a(figs, c.other)
		if !ok1 || !ok2 || o.Key == l.Key || containsFoldF70a(o.Key+o.Population+o.Measure, "devon") || l.Place != "" {
			t.Errorf("%s: 57%% %v %+v; %s %v %+v", c.sentence, ok1, l, c.other, ok2, o)
		}
	}
}
