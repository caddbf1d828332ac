package extract_test

import (
	"strings"
	"testing"
)

// TestAnotherPlacesMoneyInBracketsIsKeyedApartFromTheLocalSpend: money a
// place's name opens the sentence's clause with, "In 2024, Dorset spent
// £2.1m", beside "(England: £190m)" or "(England average: £1.7m)", is
// Dorset's; England's value is keyed without Dorset's name. Before
// (hostile check 64), both were keyed "dorset spent", one measure of one
// place. A sentence opening with a common noun ("Schools spent") keeps it.
func TestAnotherPlacesMoneyInBracketsIsKeyedApartFromTheLocalSpend(t *testing.T) {
	for _, c := range []struct{ sentence, local, other string }{
		{"In 2024, Dorset spent £2.1m on health visiting (England: £190m).", "£2.1m", "£190m"},
		{"In 2024, Dorset spent £2.1m on health visiting (England average: £1.7m).", "£2.1m", "£1.7m"},
		{"In 2024, Dorset spent £2.1m (2023: £2.0m; England: £1.7m).", "£2.1m", "£1.7m"},
		{"Last year, Dorset and Poole saw 71% of families within 14 days (England: 80%).", "71%", "80%"},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok1 := figureF70a(figs, c.local)
		o, ok2 := figureF70a(figs, c.other)
		if !ok1 || !ok2 {
			t.Errorf("%s: want %s and %s, got %v", c.sentence, c.local, c.other, figs)
			continue
		}
		if o.Place != "England" || o.Key == "" || o.Key == l.Key || containsFoldF70a(o.Key+o.Measure, "dorset") || containsFoldF70a(o.Key+o.Measure, "poole") {
			t.Errorf("%s: %s of %q keyed %q measuring %q; %s keyed %q", c.sentence, c.other, o.Place, o.Key, o.Measure, c.local, l.Key)
		}
	}
	s := "Schools spent £2.1m on counselling in 2024 (England: £190m)."
	o, ok := figureF70a(figuresF70a(t, s), "£190m")
	if !ok || !containsFoldF70a(o.Measure, "schools") {
		t.Errorf("%s: £190m %v measuring %q, want the schools' spend", s, ok, o.Measure)
	}
}

// TestATargetToBeReachedByAYearIsNoFigure: "(target: 92% by 2025)" is a
// value aimed at, as "(target: 92%)" is: no figure, dated 2025 or not,
// and neither its words nor its year the level's. Before (hostile check
// 64), the 92% was an achieved value of 2025 keyed as the level.
func TestATargetToBeReachedByAYearIsNoFigure(t *testing.T) {
	for _, s := range []string{
		"In 2024, 81% of babies were reviewed within 14 days (target: 95% by 2026).",
		"In 2024, 81% of babies were reviewed within 14 days (local ambition: 95% by March 2026).",
		"81% of babies were reviewed within 14 days (target: 95% by 2026).",
	} {
		figs := figuresF70a(t, s)
		l, ok := figureF70a(figs, "81%")
		if !ok || l.Period == "2026" || containsFoldF70a(l.Measure+l.Key, "target") || containsFoldF70a(l.Measure+l.Key, "ambition") {
			t.Errorf("%s: 81%% %v of %q measuring %q keyed %q", s, ok, l.Period, l.Measure, l.Key)
		}
		if f, ok := figureF70a(figs, "95%"); ok {
			t.Errorf("%s: the target a figure of %q keyed %q", s, f.Period, f.Key)
		}
	}
	// Another place's value "by" a year is one to come, no value
	// achieved, and the level takes no place from it.
	s := "In 2024, 81% of babies were reviewed within 14 days (England: 90% by 2026)."
	figs := figuresF70a(t, s)
	if f, ok := figureF70a(figs, "90%"); ok {
		t.Errorf("%s: 90%% a figure of %q, %q", s, f.Place, f.Period)
	}
	if l, ok := figureF70a(figs, "81%"); !ok || l.Place != "" || l.Period != "2024" {
		t.Errorf("%s: 81%% %v of %q, %q", s, ok, l.Place, l.Period)
	}
}

// TestAGroupsValueInBracketsIsThatGroups: a bracket naming a group of the
// people a level counts, "(children in care: 41%)", "(EHCP: 52%)", "(Year
// 10: 57%)", "(least deprived decile: 80%)", "(boys: 58%; girls: 66%)",
// "(Asian or Asian British: 62%)", is that group's value of the level's
// measure, place and year, keyed apart from the whole population, and the
// level's measure keeps none of its words; an ethnic group is no place.
// Before (hostile check 64), each had the whole population's key and
// year, "boys"/"girls" were words of the keys, and "White British" put
// every figure of the sentence in Great Britain.
func TestAGroupsValueInBracketsIsThatGroups(t *testing.T) {
	for _, c := range []struct{ sentence, value, people string }{
		{"In 2024, 70% of pupils in Dorset were vaccinated (children in care: 41%).", "41%", "children in care in Dorset"},
		{"In 2024, 70% of pupils in Dorset were vaccinated (EHCP: 52%).", "52%", "pupils in Dorset (EHCP)"},
		{"In 2024, 70% of pupils in Dorset were vaccinated (Year 10: 57%).", "57%", "pupils in Dorset (Year 10)"},
		{"In 2024, 70% of pupils in Dorset were vaccinated (least deprived decile: 80%).", "80%", "pupils in Dorset (least deprived decile)"},
		{"In 2024, 70% of pupils in Dorset were vaccinated (boys: 58%; girls: 66%).", "58%", "boys in Dorset"},
		{"In 2024, 70% of pupils in Dorset were vaccinated (boys: 58%; girls: 66%).", "66%", "girls in Dorset"},
		{"In 2024, 70% of pupils in Dorset were vaccinated (White British: 74%; Asian or Asian British: 62%).", "62%", "pupils in Dorset (Asian or Asian British)"},
		{"In 2024, 31% of pupils in Year 9 were vaccinated (girls: 35%).", "35%", "girls in Year 9"},
		{"In 2024, 910 children were referred (boys: 470; girls: 440).", "440", "girls"},
		{"The median wait was 11 weeks in 2024 (boys: 10; girls: 13).", "13", "girls"},
	} {
		figs := figuresF70a(t, c.sentence)
		level := figs[0].Text
		l, ok1 := figureF70a(figs, level)
		g, ok2 := figureF70a(figs, c.value)
		if !ok1 || !ok2 {
			t.Errorf("%s: want %s and %s, got %v", c.sentence, level, c.value, figs)
			continue
		}
		if g.Population != c.people || g.Period != "2024" || g.Measure != l.Measure || g.Key == "" || g.Key == l.Key || g.Unit != l.Unit {
			t.Errorf("%s: %s of %q (%q) measuring %q keyed %q in %s; level keyed %q measuring %q", c.sentence, c.value, g.Population, g.Period, g.Measure, g.Key, g.Unit, l.Key, l.Measure)
		}
		for _, f := range figs {
			if f.Place != "" || containsFoldF70a(f.Key, "boy") && !strings.HasPrefix(f.Population, "boys") || containsFoldF70a(f.Key, "girl") && !strings.HasPrefix(f.Population, "girls") {
				t.Errorf("%s: %s of place %q keyed %q", c.sentence, f.Text, f.Place, f.Key)
			}
		}
		if containsFoldF70a(l.Measure, ":") || containsFoldF70a(l.Measure, "(") {
			t.Errorf("%s: level measures %q", c.sentence, l.Measure)
		}
	}
	// Labels naming no group stay no comparator: a cited author's page.
	s := "In 2024, 70% of pupils were vaccinated (Okafor 2020: 12)."
	if f, ok := figureF70a(figuresF70a(t, s), "12"); ok {
		t.Errorf("%s: a figure %s of %q", s, f.Text, f.Population)
	}
}

// TestAnOfWhichBracketIsItsOwnClause: "(of which 300 were urgent)" breaks
// the level down as ", of which 300 were urgent" does: the 300 is keyed
// by what it says, never the total's key, and the total's measure keeps
// none of its words. Before (hostile check 64), both were keyed
// "refer urgent".
func TestAnOfWhichBracketIsItsOwnClause(t *testing.T) {
	for _, s := range []string{
		"In 2024, 2,310 young people were assessed (of which 410 were urgent).",
		"In 2024, 2,310 young people were assessed (of whom 410 were urgent).",
	} {
		figs := figuresF70a(t, s)
		l, ok1 := figureF70a(figs, "2,310")
		p, ok2 := figureF70a(figs, "410")
		if !ok1 || !ok2 || p.Key == l.Key || containsFoldF70a(l.Key+l.Measure, "urgent") || !containsFoldF70a(p.Key, "urgent") {
			t.Errorf("%s: total %v keyed %q measuring %q; part %v keyed %q", s, ok1, l.Key, l.Measure, ok2, p.Key)
		}
	}
}

// TestABracketsYearIsItsValuesNeverTheLevels: a year a bracket names for
// its value, "(2021 figure: 870)", "(2021 = 870)", "(Dorset: 2021,
// 61%)", "(England 2021: 70%)", dates that value, and the level keeps
// its own year; "(previous year 870)", "(last year 870)" and "(same
// period last year: 870)" are of the year before; a pointer, "(see
// Figure 2: 2021 data)", "(Table 5)", dates and measures nothing.
// Before (hostile check 64), the level was dated 2021 and the bracket's
// value 2024, or the bracket's value was lost.
func TestABracketsYearIsItsValuesNeverTheLevels(t *testing.T) {
	for _, c := range []struct{ sentence, level, value, valuePeriod, valuePlace string }{
		{"In 2022, 930 children were assessed (2021 figure: 870).", "930 children", "870", "2021", ""},
		{"In 2022, 930 children were assessed (2021 = 870).", "930 children", "870", "2021", ""},
		{"In 2022, 930 children were assessed (previous year 870).", "930 children", "870", "2021", ""},
		{"In 2022, 930 children were assessed (last year 870).", "930 children", "870", "2021", ""},
		{"In 2022, 930 children were assessed (same period last year: 870).", "930 children", "870", "2021", ""},
		{"In 2022, 66% of pupils in Dorset were vaccinated (Dorset: 2021, 61%).", "66%", "61%", "2021", ""},
		{"In 2022, 66% of pupils were vaccinated (2021: 61%, England 2021: 70%).", "66%", "70%", "2021", "England"},
		{"In 2022, 66% of pupils were vaccinated (England: 2021, 70%).", "66%", "70%", "2021", "England"},
		{"In 2022, 930 children were assessed (see Figure 2: 2021 data).", "930 children", "", "", ""},
		{"In 2022, 930 children were assessed (Table 5).", "930 children", "", "", ""},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok := figureF70a(figs, c.level)
		if !ok || l.Period != "2022" || l.Place != "" || containsFoldF70a(l.Key, "tabl") || containsFoldF70a(l.Key, "figur") || containsFoldF70a(l.Measure, "(") {
			t.Errorf("%s: %s %v of %q in %q keyed %q measuring %q", c.sentence, c.level, ok, l.Period, l.Place, l.Key, l.Measure)
		}
		if c.value == "" {
			if len(figs) != 1 {
				t.Errorf("%s: figures %v", c.sentence, figs)
			}
			continue
		}
		v, ok := figureF70a(figs, c.value)
		if !ok || v.Period != c.valuePeriod || v.Place != c.valuePlace || v.Measure != l.Measure {
			t.Errorf("%s: %s %v of %q in %q measuring %q", c.sentence, c.value, ok, v.Period, v.Place, v.Measure)
		}
	}
	// A name the sentence does not give before the bracket is no
	// comparator: its value is never the level's place's of 2021.
	s := "In 2022, 66% of pupils in Dorset were vaccinated (Okafor: 2021, 61%)."
	if v, ok := figureF70a(figuresF70a(t, s), "61%"); ok && v.Period == "2021" && v.Population == "pupils in Dorset" {
		t.Errorf("%s: 61%% Dorset's of 2021", s)
	}
}

// TestBracketPartsAfterAChangeOrAComparedPlaceKeepTheirValues: "from
// 1,870 to 2,001 (2021 to 2022)" gives the two counts, never a count of 1; years
// in brackets after a change with no level, "increased by 7% (2021:
// 1,870; 2022: 2,001)", are the levels of the measure, each of its year, and the
// change is of none of them; a place a sentence compares with, "than
// England (70%)", "more than in England (70%)", is no place of the
// figures before it. Before (hostile check 64), a count of 1 "down from
// 1,150", both levels lost, and Dorset's 66% placed in England.
func TestBracketPartsAfterAChangeOrAComparedPlaceKeepTheirValues(t *testing.T) {
	s := "Assessments increased from 1,870 to 2,001 (2021 to 2022)."
	figs := figuresF70a(t, s)
	if _, ok := figureF70a(figs, "2,001"); !ok || len(figs) != 2 {
		t.Errorf("%s: figures %v", s, figs)
	}
	for _, f := range figs {
		if f.Value == 1 {
			t.Errorf("%s: a count of 1", s)
		}
	}
	s = "Assessments increased by 7% (2021: 1,870; 2022: 2,001)."
	figs = figuresF70a(t, s)
	a, ok1 := figureF70a(figs, "1,870")
	b, ok2 := figureF70a(figs, "2,001")
	c, _ := figureF70a(figs, "7%")
	if !ok1 || !ok2 || a.Period != "2021" || b.Period != "2022" || a.Key != b.Key || a.Unit != "count" || a.Change != "" || c.Period != "" {
		t.Errorf("%s: 1,870 %v of %q keyed %q (%q); 2,001 %v of %q keyed %q; 7%% of %q", s, ok1, a.Period, a.Key, a.Change, ok2, b.Period, b.Key, c.Period)
	}
	// A bracket of shares after a change in per cent is no level.
	s = "Uptake increased by 7% (2021: 61%; 2022: 66%)."
	for _, f := range figuresF70a(t, s) {
		if f.Unit == "count" {
			t.Errorf("%s: a count %s", s, f.Text)
		}
	}
	for _, s := range []string{
		"Dorset (66%) and Poole (61%) vaccinated fewer pupils than England (70%).",
		"In 2022, 66% of pupils in Dorset were vaccinated, fewer than in England (70%).",
	} {
		if l, ok := figureF70a(figuresF70a(t, s), "66%"); !ok || l.Place == "England" {
			t.Errorf("%s: 66%% %v placed %q", s, ok, l.Place)
		}
	}
}
