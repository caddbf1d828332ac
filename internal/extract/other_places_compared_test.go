package extract_test

import (
	"testing"
)

// TestAPlaceOnlyComparedWithIsNeverTheLocalFigures: a local share set
// beside England's or an average's, the comparator written after it in
// words or in a bracket, takes no place from it, and the comparator's
// value is that place's (or an average's, of no place), of the local
// measure without the local place's words, keyed apart. Before (hostile
// check 65), "In Kent, 64% …, compared with 71% in England." placed the
// 64% in England and keyed the 71% "kent", as the 64% was. A compared
// value with no time of its own is of its level's (hostile check 67:
// "compared with 71% in England" left the 71% undated, so `cypx figures`
// never set it in 2023 beside another source's England value).
func TestAPlaceOnlyComparedWithIsNeverTheLocalFigures(t *testing.T) {
	for _, c := range []struct {
		sentence, local, other, otherPlace, otherPeriod string
	}{
		{"In Kent, 64% of children were seen within 18 weeks in 2023, compared with 71% in England.", "64%", "71%", "England", "2023"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, compared with 71% in England.", "64%", "71%", "England", "2023"},
		{"In Kent, 64% of children were seen within 18 weeks in 2023, compared with 71% in England in 2022.", "64%", "71%", "England", "2022"},
		{"In Kent, 64% of looked-after children had a dental check in 2023, against 71% across England.", "64%", "71%", "England", "2023"},
		{"In Surrey, 92% of babies received a new birth visit within 14 days in 2023, above the England average of 86%.", "92%", "86%", "England", ""},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, lower than the England average of 71%.", "64%", "71%", "England", "2023"},
		{"In 2023, Kent spent £4.5m on school nursing, above the London average of £3.9m.", "£4.5m", "£3.9m", "London", "2023"},
		{"Uptake in Surrey was 88% in 2023, higher than the England average (85%).", "88%", "85%", "England", "2023"},
		{"In Medway, 64% of children were seen within 18 weeks in 2023, below the national average of 71%.", "64%", "71%", "", "2023"},
		{"In 2023, 64% of children were seen within 18 weeks, compared with a regional average of 71%.", "64%", "71%", "", "2023"},
		{"In Kent, 64% of children were seen by a school nurse in 2023 (England, 2022: 71%).", "64%", "71%", "England", "2022"},
		{"In Kent, 64% of children had their two-year review in 2023 (the England average was 71%).", "64%", "71%", "England", "2023"},
		{"In Kent, 64% of young carers were assessed in 2023 (England average 71%).", "64%", "71%", "England", "2023"},
		{"In Kent, 64% of young carers were assessed in 2023 (the national average was 71%).", "64%", "71%", "", "2023"},
		{"In Kent, 64% of children were seen within 18 weeks in 2023, lower than England (71%).", "64%", "71%", "England", "2023"},
		{"In Kent, 64% of children were seen within 18 weeks in 2023, lower than in England (71%).", "64%", "71%", "England", "2023"},
		{"In Kent, 64% of children were seen within 18 weeks in 2023, compared with England's 71%.", "64%", "71%", "England", "2023"},
		{"In Kent, 64% of children were seen within 18 weeks in 2023, compared to 71% nationally.", "64%", "71%", "", "2023"},
		{"In Kent, 64% of children were seen within 18 weeks in 2023 versus 71% in England.", "64%", "71%", "England", "2023"},
		{"In Kent, 64% of children were seen within 18 weeks in 2023, compared with 71% for England as a whole.", "64%", "71%", "England", "2023"},
		{"In 2023, 1,240 children were referred in Kent, compared with 95,000 across England.", "1,240 children", "95,000", "England", "2023"},
		{"Kent spent £4.5m on school nursing in 2023-24, compared with £3.9m in Surrey.", "£4.5m", "£3.9m", "Surrey", "2023/24"},
		{"In 2023, 64% of pupils in Kent were seen, compared with 58% in Hampshire and the Isle of Wight.", "64%", "58%", "Hampshire and the Isle of Wight", "2023"},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok1 := figureF70a(figs, c.local)
		o, ok2 := figureF70a(figs, c.other)
		if !ok1 || !ok2 {
			t.Errorf("%s: want %s and %s, got %v", c.sentence, c.local, c.other, figs)
			continue
		}
		if l.Place != "" || o.Place != c.otherPlace || o.Period != c.otherPeriod {
			t.Errorf("%s: %s of %q; %s of %q (%q), want no place; %q (%q)", c.sentence, c.local, l.Place, c.other, o.Place, o.Period, c.otherPlace, c.otherPeriod)
		}
		if o.Key == "" || o.Key == l.Key && o.Place == l.Place {
			t.Errorf("%s: %s keyed %q, %s %q", c.sentence, c.other, o.Key, c.local, l.Key)
		}
		for _, local := range []string{"kent", "medway"} {
			if containsFoldF70a(o.Key+o.Population+o.Measure, local) {
				t.Errorf("%s: %s keyed %q of %q measuring %q: the local place's", c.sentence, c.other, o.Key, o.Population, o.Measure)
			}
		}
		if containsFoldF70a(l.Measure+l.Key, "averag") || containsFoldF70a(l.Measure, "England") {
			t.Errorf("%s: %s measures %q keyed %q", c.sentence, c.local, l.Measure, l.Key)
		}
		if c.otherPlace == "" && !containsFoldF70a(o.Measure, "national") && !containsFoldF70a(o.Measure, "regional") {
			t.Errorf("%s: the average %s measures %q, naming no average", c.sentence, c.other, o.Measure)
		}
	}
	// A group after "for", a school year, a setting, a service or a month
	// after "in" is no place.
	for _, s := range []string{
		"In 2023, 64% of girls were seen within 18 weeks, compared with 58% for boys.",
		"In 2023, 64% of children were seen within 18 weeks, compared with 58% in Year 6.",
		"In 2023, 64% of children were seen within 18 weeks, compared with 58% in Hospital.",
		"Uptake was 88% in 2023, compared with 58% in Reception.",
		"In 2023, 64% of children were seen within 18 weeks, compared with 58% in CAMHS.",
		"In 2023, 64% of children were seen within 18 weeks, compared with 58% in March.",
	} {
		figs := figuresF70a(t, s)
		if o, ok := figureF70a(figs, "58%"); !ok || o.Place != "" {
			t.Errorf("%s: %v", s, figs)
		}
	}
}

// TestABracketNamingAnotherPlaceByNameIsThatPlacesValue: "(South East:
// £40m)" or "(England: £310m)" beside a council's sum is that place's,
// keyed apart: the local figure takes no place from it and keeps no word
// of it. A label written as a place's name that the place list does not
// know, "(Medway: 58%)", is keyed apart by its label, with no place:
// such labels are as often services, conditions or times, "(Speech and
// Language: 45%)", "(Autism: 45%)", "(Apr-Jun: 45%)", and hostile check
// 66 found each named as a place. A label of a part or a kind,
// "(Primary: 58%)", names no place. Before (hostile check 65), the 58%
// was keyed as Kent's 62%, "medway" in both, and England's £310m
// measured "council spent".
func TestABracketNamingAnotherPlaceByNameIsThatPlacesValue(t *testing.T) {
	for _, c := range []struct {
		sentence, local, other, otherPlace string
	}{
		{"In Kent, 62% of children were ready for school in 2023 (Medway: 58%).", "62%", "58%", ""},
		{"In 2023, 62% of children were ready for school (West Sussex: 58%).", "62%", "58%", ""},
		{"In 2023, 62% of children in Kent were ready for school (Brighton and Hove 58%, England 66%).", "62%", "58%", ""},
		{"Kent's public health grant was £72m in 2023-24 (South East: £40m).", "£72m", "£40m", "South East"},
		{"The council spent £4.5m on school nursing in 2023-24 (England: £310m).", "£4.5m", "£310m", "England"},
		{"The council spent £4.5m in 2023-24 (Northshire: £3.1m).", "£4.5m", "£3.1m", ""},
		{"Kent spent £4.5m on school nursing in 2023 (England: £310m).", "£4.5m", "£310m", "England"},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok1 := figureF70a(figs, c.local)
		o, ok2 := figureF70a(figs, c.other)
		if !ok1 || !ok2 {
			t.Errorf("%s: want %s and %s, got %v", c.sentence, c.local, c.other, figs)
			continue
		}
		if l.Place != "" || o.Place != c.otherPlace || o.Period != l.Period || l.Period == "" {
			t.Errorf("%s: %s of %q (%q), %s of %q (%q); want %q", c.sentence, c.local, l.Place, l.Period, c.other, o.Place, o.Period, c.otherPlace)
		}
		if l.Key == o.Key {
			t.Errorf("%s: %s and %s keyed alike, %q", c.sentence, c.local, c.other, l.Key)
		}
		if c.otherPlace != "" && containsFoldF70a(l.Measure+l.Key, c.otherPlace) || containsFoldF70a(o.Measure+o.Key+o.Population, "kent") {
			t.Errorf("%s: %s measures %q (%q), %s %q (%q) of %q", c.sentence, c.local, l.Measure, l.Key, c.other, o.Measure, o.Key, o.Population)
		}
		if containsFoldF70a(o.Measure+o.Key, "council") {
			t.Errorf("%s: %s measures %q keyed %q: the council's", c.sentence, c.other, o.Measure, o.Key)
		}
	}
	for _, label := range []string{"Primary", "Speech and Language", "Autism", "Apr-Jun", "Darent Valley", "Young Minds", "Last Inspection"} {
		sentence := "In Kent, 62% of children were seen within 18 weeks in 2023 (" + label + ": 45%)."
		figs := figuresF70a(t, sentence)
		for _, f := range figs {
			if f.Place != "" {
				t.Errorf("%s: %s placed in %q", sentence, f.Text, f.Place)
			}
		}
		if l, ok := figureF70a(figs, "62%"); label != "Primary" && (!ok || containsFoldF70a(l.Measure+l.Key, label)) {
			t.Errorf("%s: the local 62%% of %v", sentence, figs)
		}
	}
}
