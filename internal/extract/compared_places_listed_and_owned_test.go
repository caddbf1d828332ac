package extract_test

import "testing"

// TestASampleSizeAfterAValueIsThatValuesAlone: a sample size in brackets
// set right after a share, "64% (n=1,200) of children in Kent", stands
// between the share and its people, and is that share's base alone: a
// value compared with it after, "compared with 71% in England", has
// none (hostile check 67). Before, the 64% lost its people ("of children
// in Kent" was its measure, its key no place's) and England's 71% had
// Kent's sample as its base.
func TestASampleSizeAfterAValueIsThatValuesAlone(t *testing.T) {
	for _, c := range []struct{ sentence, level, people, key, base, other string }{
		{"In 2023, 64% (n=1,200) of children in Kent were seen within 18 weeks, compared with 71% in England.", "64%", "children in Kent", "percent|kent||#<18w seen week", "n=1,200", "71%"},
		{"In 2023, 64% (n = 845) of pupils in Surrey said they felt safe, compared with 58% in Medway.", "64%", "pupils in Surrey", "percent|pupil surrey||safe", "n = 845", "58%"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks (n=1,200).", "64%", "children in Kent", "percent|kent||#<18w seen week", "n=1,200", ""},
	} {
		figs := figuresF70a(t, c.sentence)
		l, _ := figureF70a(figs, c.level)
		if l.Population != c.people || l.Key != c.key || l.Base != c.base {
			t.Errorf("%s: %s of %q keyed %q on base %q, want %q %q %q", c.sentence, l.Text, l.Population, l.Key, l.Base, c.people, c.key, c.base)
		}
		if c.other == "" {
			continue
		}
		if o, ok := figureF70a(figs, c.other); !ok || o.Base != "" {
			t.Errorf("%s: the compared %s has base %q, want none", c.sentence, o.Text, o.Base)
		}
	}
}

// TestOneTimesValuesAfterListedPlacesAreEachPlaces: a bracket of one
// time's values after as many places' values, "88.1% in Kent, 85.4% in
// Medway and 84.5% in England (2022: 89.0%, 86.1% and 85.7%)", gives
// each its own place's earlier value: of that time, keyed as the value
// listed in its place; after fewer values, each is of that time alone,
// of no measure, so never keyed as the level's (hostile check 67).
// Before, all three were England's, measured "in Medway", and only the
// first dated.
func TestOneTimesValuesAfterListedPlacesAreEachPlaces(t *testing.T) {
	for _, c := range []struct {
		sentence string
		pairs    [][2]string // the level and its earlier value
		period   string
	}{
		{"In 2023, uptake of MMR2 at 5 years was 88.1% in Kent, 85.4% in Medway and 84.5% in England (2022: 89.0%, 86.1% and 85.7%).", [][2]string{{"88.1%", "89.0%"}, {"85.4%", "86.1%"}, {"84.5%", "85.7%"}}, "2022"},
		{"In 2023, 1,240 children in Kent, 980 in Medway and 1,100 in Surrey were referred to CAMHS (2022: 1,150, 900 and 1,010).", [][2]string{{"1,240 children", "1,150"}, {"980", "900"}, {"1,100", "1,010"}}, "2022"},
	} {
		figs := figuresF70a(t, c.sentence)
		keys := map[string]bool{}
		for _, p := range c.pairs {
			l, _ := figureF70a(figs, p[0])
			e, ok := figureF70a(figs, p[1])
			if !ok || e.Period != c.period || e.Key != l.Key || e.Place != l.Place || l.Key == "" {
				t.Errorf("%s: %s of %q %q keyed %q, want the earlier value of %s (%q keyed %q)", c.sentence, p[1], e.Place, e.Period, e.Key, p[0], l.Place, l.Key)
			}
			keys[l.Key+"|"+l.Place] = true
		}
		if len(keys) != len(c.pairs) {
			t.Errorf("%s: the levels share keys: %v", c.sentence, keys)
		}
	}
	s := "In 2023, uptake was 88.1% (2022: 89.0%, 86.1% and 85.7%)."
	figs := figuresF70a(t, s)
	l, _ := figureF70a(figs, "88.1%")
	for _, v := range []string{"89.0%", "86.1%", "85.7%"} {
		if e, ok := figureF70a(figs, v); !ok || e.Period != "2022" || e.Key == l.Key {
			t.Errorf("%s: %s of %q keyed %q beside the level's %q", s, v, e.Period, e.Key, l.Key)
		}
	}
}

// TestValuesListedAfterAColonEachAfterItsNameAreItsNames: values listed
// after a colon each after its place's name, "was: Kent 64%, Medway 58%,
// England 71%", "2023: Kent 64%; Medway 58%; England 71%", are each that
// place's, of the list's year, keyed apart by place, as sums listed so
// are (hostile check 67). Before, all three were placed in England, and
// Medway's and England's were keyed alike measuring "medway", or
// England's keyed as Kent's.
func TestValuesListedAfterAColonEachAfterItsNameAreItsNames(t *testing.T) {
	for _, s := range []string{
		"In 2023, the share of children seen within 18 weeks was: Kent 64%, Medway 58%, England 71%.",
		"Children seen within 18 weeks, 2023: Kent 64%; Medway 58%; England 71%.",
	} {
		figs := figuresF70a(t, s)
		keys := map[string]string{}
		for _, c := range []struct{ value, place, name string }{{"64%", "", "kent"}, {"58%", "", "medway"}, {"71%", "England", ""}} {
			f, ok := figureF70a(figs, c.value)
			if !ok || f.Place != c.place || f.Period != "2023" || c.name != "" && !containsFoldF70a(f.Key, c.name) || c.name == "" && (containsFoldF70a(f.Key, "kent") || containsFoldF70a(f.Key, "medway")) {
				t.Errorf("%s: %s of %q %q keyed %q", s, c.value, f.Place, f.Period, f.Key)
			}
			if v, dup := keys[f.Key+"|"+f.Place]; dup {
				t.Errorf("%s: %s keyed as %s: %q", s, c.value, v, f.Key)
			}
			keys[f.Key+"|"+f.Place] = c.value
		}
	}
}

// TestAContrastingClauseNamingItsPlaceAsOwnerIsThatPlaces: a contrasting
// clause naming its place as the owner of its value, ", while Kent's was
// 64%", ", whereas Medway's was 58%", ", while Surrey's figure was
// 1,100", is that place's value of the first clause's measure and year,
// whether the first is the local value or another place's own
// ("England's figure for 2023 was 71%") (hostile check 67). Before,
// Kent's 64% was placed in England, measured "kent's was", undated.
func TestAContrastingClauseNamingItsPlaceAsOwnerIsThatPlaces(t *testing.T) {
	for _, c := range []struct{ sentence, value, place, other string }{
		{"England's figure for 2023 was 71%, while Kent's was 64%.", "64%", "Kent", "71%"},
		{"In 2023, 71% of children in England were seen within 18 weeks, while Kent's figure was 64%.", "64%", "Kent", "71%"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, whereas Medway's was 58%.", "58%", "Medway", "64%"},
		{"In 2023, 1,400 children in Kent were referred to CAMHS, while Surrey's figure was 1,100.", "1,100", "Surrey", "1,400 children"},
	} {
		figs := figuresF70a(t, c.sentence)
		f, ok := figureF70a(figs, c.value)
		o, _ := figureF70a(figs, c.other)
		if !ok || f.Place != c.place || f.Period != "2023" || f.Measure != o.Measure || containsFoldF70a(f.Key, c.place) || f.Key != "" && f.Key == o.Key && f.Place == o.Place {
			t.Errorf("%s: %s of %q %q measuring %q keyed %q, beside %q keyed %q", c.sentence, c.value, f.Place, f.Period, f.Measure, f.Key, o.Measure, o.Key)
		}
	}
}

// TestSharesOfPlacesListedRespectivelyAreEachPlaces: shares of one people
// in places listed after them with "respectively", "64% and 58% of
// children in Kent and Medway respectively", and values compared with
// the local one paired with places so, "compared with 58% and 71% in
// Medway and England respectively", are each their place's, of the
// sentence's year, keyed apart by place and never with the local place
// (hostile check 67). Before, the 64% and 58% were both of "children in
// Kent and Medway", one key, the 58% undated; Medway's compared 58% was
// of "children in Kent", keyed with Kent, undated.
func TestSharesOfPlacesListedRespectivelyAreEachPlaces(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     [][3]string // value, people, place
	}{
		{"In 2023, 64% and 58% of children in Kent and Medway respectively were seen within 18 weeks.", [][3]string{{"64%", "children in Kent", ""}, {"58%", "children in Medway", ""}}},
		{"In 2023, 64%, 58% and 71% of children in Kent, Medway and England respectively were seen within 18 weeks.", [][3]string{{"64%", "children in Kent", ""}, {"58%", "children in Medway", ""}, {"71%", "children", "England"}}},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, compared with 58% and 71% in Medway and England respectively.", [][3]string{{"64%", "children in Kent", ""}, {"58%", "children", "Medway"}, {"71%", "children", "England"}}},
	} {
		figs := figuresF70a(t, c.sentence)
		seen := map[string]string{}
		for _, w := range c.want {
			f, ok := figureF70a(figs, w[0])
			if !ok || f.Population != w[1] || f.Place != w[2] || f.Period != "2023" || f.Measure != "were seen within 18 weeks" {
				t.Errorf("%s: %s of %q %q %q measuring %q, want %q %q", c.sentence, w[0], f.Population, f.Place, f.Period, f.Measure, w[1], w[2])
			}
			if v, dup := seen[f.Key+"|"+f.Place]; dup {
				t.Errorf("%s: %s keyed as %s: %q", c.sentence, w[0], v, f.Key)
			}
			seen[f.Key+"|"+f.Place] = w[0]
		}
	}
}

// TestALabelsYearInBracketsOfItsOwnIsItsValuesYear: a bracket label
// naming its year in brackets of its own, "(England average (2022):
// 71%)", "(England (2022/23): 71%)", is England's value of that year;
// the level keeps its own year, measure and key (hostile check 67).
// Before, Kent's 64% measured "were seen within 18 weeks ( average:)",
// keyed "averag", and England's 71% was dated 2023.
func TestALabelsYearInBracketsOfItsOwnIsItsValuesYear(t *testing.T) {
	const lead = "In 2023, 64% of children in Kent were seen within 18 weeks "
	alone, _ := figureF70a(figuresF70a(t, lead+"."), "64%")
	for _, c := range []struct{ label, period string }{{"England average (2022)", "2022"}, {"England (2022/23)", "2022/23"}} {
		s := lead + "(" + c.label + ": 71%)."
		figs := figuresF70a(t, s)
		l, _ := figureF70a(figs, "64%")
		o, ok := figureF70a(figs, "71%")
		if l.Key != alone.Key || l.Measure != alone.Measure || l.Period != "2023" || l.Place != "" {
			t.Errorf("%s: the level of %q %q measuring %q keyed %q, alone %q", s, l.Place, l.Period, l.Measure, l.Key, alone.Key)
		}
		if !ok || o.Place != "England" || o.Period != c.period || o.Population != "children" || containsFoldF70a(o.Key, "kent") {
			t.Errorf("%s: 71%% of %q %q %q keyed %q", s, o.Place, o.Period, o.Population, o.Key)
		}
	}
}

// TestANamedAverageAfterATargetIsSetBesideTheMeasuredLevel: England's
// value named after a target, "below the 75% target and the England
// average (71%)", "short of the 75% target but above England (61%)", is
// set beside the measured level, never the target: England's, of the
// level's measure, people without Kent and year (hostile check 67).
// Before, England's 71% measured nothing, keyed nothing, undated, and
// England's 61% was undated.
func TestANamedAverageAfterATargetIsSetBesideTheMeasuredLevel(t *testing.T) {
	for _, c := range []struct{ sentence, value string }{
		{"In 2023, 64% of children in Kent were seen within 18 weeks, below the 75% target and the England average (71%).", "71%"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, short of the 75% target but above England (61%).", "61%"},
	} {
		f, ok := figureF70a(figuresF70a(t, c.sentence), c.value)
		if !ok || f.Place != "England" || f.Period != "2023" || f.Measure != "were seen within 18 weeks" || f.Population != "children" || f.Key == "" || containsFoldF70a(f.Key, "kent") {
			t.Errorf("%s: %s of %q %q %q measuring %q keyed %q", c.sentence, c.value, f.Place, f.Period, f.Population, f.Measure, f.Key)
		}
	}
}
