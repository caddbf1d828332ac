package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// bracketCaseF77b is a sentence with a level and a bracket beside it: the
// level's text and the bracketed value's, with what the bracketed value
// should be.
type bracketCaseF77b struct {
	sentence, level, other string
	// place and period are the bracketed value's.
	place, period string
}

// levelAloneF77b is the level's figure of a sentence read with its
// bracket (or its aside after a dash) left out: the record the bracket
// must not change.
func levelAloneF77b(t *testing.T, sentence, level string) evidence.Figure {
	t.Helper()
	open := max(strings.LastIndex(sentence, " ("), strings.LastIndex(sentence, " - "), strings.LastIndex(sentence, " – "))
	f, ok := figureF70a(figuresF70a(t, sentence[:open]+"."), level)
	if !ok {
		t.Fatalf("%s: no %s without the bracket", sentence, level)
	}
	return f
}

// checkLevelUntouchedF77b reports a level whose record the bracket beside
// it changed: its place, year, measure or key.
func checkLevelUntouchedF77b(t *testing.T, sentence string, l evidence.Figure) {
	t.Helper()
	alone := levelAloneF77b(t, sentence, l.Text)
	if l.Place != alone.Place || l.Period != alone.Period || l.Key != alone.Key || l.Population != alone.Population {
		t.Errorf("%s: the level %s of %q %q %q keyed %q; alone it is of %q %q %q keyed %q", sentence, l.Text,
			l.Place, l.Period, l.Population, l.Key, alone.Place, alone.Period, alone.Population, alone.Key)
	}
}

// TestABracketedPlaceWrittenAnyWayIsThatPlacesValue: a place's value in
// brackets written with a comma, "(England, 71%)", before its place,
// "(71% in England)", "(vs 71% England)", "(cf. 71% in England)", after
// "vs", "(vs England: 71%)", with the place written short, "(Eng:
// 71%)", "(Eng. avg 71%)", "(SE region: 69%)", or in an aside after a
// dash ending the sentence, "- England 71%", is that place's value of
// the level's measure and year, keyed apart; the level keeps its own
// record (hostile check 66). Before, Kent's 64% was placed in England
// and England's 71% keyed as Kent's, "children in Kent".
func TestABracketedPlaceWrittenAnyWayIsThatPlacesValue(t *testing.T) {
	const lead = "In 2023, 64% of children in Kent were seen within 18 weeks "
	for _, c := range []bracketCaseF77b{
		{lead + "(England, 71%).", "64%", "71%", "England", "2023"},
		{lead + "(71% in England).", "64%", "71%", "England", "2023"},
		{lead + "(71% England).", "64%", "71%", "England", "2023"},
		{lead + "(vs 71% England).", "64%", "71%", "England", "2023"},
		{lead + "(cf. 71% in England).", "64%", "71%", "England", "2023"},
		{lead + "(vs England: 71%).", "64%", "71%", "England", "2023"},
		{lead + "(Eng: 71%).", "64%", "71%", "England", "2023"},
		{lead + "(Eng. avg 71%).", "64%", "71%", "England", "2023"},
		{lead + "(SE region: 69%).", "64%", "69%", "South East", "2023"},
		{lead + "(South East region: 69%).", "64%", "69%", "South East", "2023"},
		{"In 2023, Surrey spent £4.5m on school nursing (England, £310m).", "£4.5m", "£310m", "England", "2023"},
		{"In 2023, 1,240 children in Medway were referred (1,100 in the South East).", "1,240 children", "1,100", "South East", "2023"},
		{lead + "(58% in Hampshire).", "64%", "58%", "", "2023"},
		{lead + "- England 71%.", "64%", "71%", "England", "2023"},
		{lead + "– England: 71%.", "64%", "71%", "England", "2023"},
		{"In 2023, Kent spent £4.5m on school nursing - South East average £3.9m.", "£4.5m", "£3.9m", "South East", "2023"},
		{lead + "(71% nationally).", "64%", "71%", "", "2023"},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok1 := figureF70a(figs, c.level)
		o, ok2 := figureF70a(figs, c.other)
		if !ok1 || !ok2 {
			t.Errorf("%s: want %s and %s, got %v", c.sentence, c.level, c.other, figs)
			continue
		}
		checkLevelUntouchedF77b(t, c.sentence, l)
		if o.Place != c.place || o.Period != c.period || o.Key == "" || o.Key == l.Key {
			t.Errorf("%s: %s of %q (%q) keyed %q, want %q (%q) keyed apart from %q", c.sentence, c.other, o.Place, o.Period, o.Key, c.place, c.period, l.Key)
		}
		if containsFoldF70a(o.Population+o.Key, "kent") || containsFoldF70a(o.Population+o.Key, "medway") || containsFoldF70a(o.Key, "surrey") {
			t.Errorf("%s: %s of %q keyed %q: the local place's", c.sentence, c.other, o.Population, o.Key)
		}
	}
}

// TestAPlaceInsideALongerNameInBracketsIsNoPlaceOfItsOwn: "(Inner London:
// 45%)", "(Outer London: 45%)", "(City of London: 45%)", "(Rest of
// England: 45%)" are of no place the place list knows, keyed apart by
// their labels; "(N. Kent: 61%)", "(Kent & Medway: 61%)", "(North Kent:
// 61%)" are keyed apart from Kent's level beside them, the level's key
// free of them, a short form as the name in full (hostile check 66). Before, Inner and Outer London's
// values were London's, one key for both, Rest of England's England's,
// and "N. Kent" or "Kent & Medway" gave level and bracket one key.
func TestAPlaceInsideALongerNameInBracketsIsNoPlaceOfItsOwn(t *testing.T) {
	const lead = "In 2023, 58% of children in Kent were seen within 4 weeks "
	keys := map[string]string{}
	for _, label := range []string{"Inner London", "Outer London", "City of London", "Rest of England", "N. Kent", "Kent & Medway", "E. Sussex"} {
		s := lead + "(" + label + ": 61%)."
		figs := figuresF70a(t, s)
		l, ok1 := figureF70a(figs, "58%")
		o, ok2 := figureF70a(figs, "61%")
		if !ok1 || !ok2 {
			t.Errorf("%s: got %v", s, figs)
			continue
		}
		checkLevelUntouchedF77b(t, s, l)
		if o.Place != "" || o.Period != "2023" || o.Key == l.Key || containsFoldF70a(o.Population, "kent") {
			t.Errorf("%s: 61%% of %q (%q), people %q, keyed %q beside %q", s, o.Place, o.Period, o.Population, o.Key, l.Key)
		}
		if other, ok := keys[o.Key]; ok {
			t.Errorf("%s: keyed %q as %s's", s, o.Key, other)
		}
		keys[o.Key] = label
	}
	// A short form is keyed as the name written in full.
	short, _ := figureF70a(figuresF70a(t, lead+"(N. Kent: 61%)."), "61%")
	full, _ := figureF70a(figuresF70a(t, lead+"(North Kent: 61%)."), "61%")
	if short.Key == "" || short.Key != full.Key {
		t.Errorf("N. Kent keyed %q, North Kent %q", short.Key, full.Key)
	}
}

// TestABodysBracketedValueIsKeyedApartFromTheLevel: a body's value in
// brackets, "(NHS Kent and Medway: 61%)", "(Kent Community Health NHS
// Foundation Trust: 61%)", "(KCC: 61%)", "(Medway Council: 61%)", "(Darent
// Valley Hospital: 61%)", is that body's: of no people of Kent's, keyed
// apart by its name, and the level's key free of it (hostile check 66).
// Before, both values were of "children in Kent", the body's name in
// both keys, one key for both.
func TestABodysBracketedValueIsKeyedApartFromTheLevel(t *testing.T) {
	const lead = "In 2023, 58% of children in Kent were seen within 4 weeks "
	for _, label := range []string{"NHS Kent and Medway", "Kent Community Health NHS Foundation Trust", "KCC", "WSCC", "KCHFT",
		"Medway Council", "Surrey County Council", "Darent Valley Hospital", "NHS England"} {
		s := lead + "(" + label + ": 61%)."
		figs := figuresF70a(t, s)
		l, ok1 := figureF70a(figs, "58%")
		o, ok2 := figureF70a(figs, "61%")
		if !ok1 || !ok2 {
			t.Errorf("%s: got %v", s, figs)
			continue
		}
		checkLevelUntouchedF77b(t, s, l)
		if o.Place != "" || o.Key == l.Key || containsFoldF70a(o.Population, "kent") || !containsFoldF70a(o.Measure, label) {
			t.Errorf("%s: 61%% of %q, people %q, measuring %q keyed %q beside %q", s, o.Place, o.Population, o.Measure, o.Key, l.Key)
		}
	}
}

// TestABracketedTimeIsItsValuesPeriodOrNone: a bracket labelled with a
// time the level's year does not date, "(Jan: 61%)", "(Apr-Jun: 61%)",
// "(Autumn term: 61%)", "(Term 1: 61%)", "(12 months to June: 61%)",
// "(Last Inspection: 61%)", gives the level's place's and people's value
// of no period, keyed apart by the label; a part of the week, "(Mon-Fri:
// 61%)", "(Weekend: 61%)", is of the level's year; a time written short
// or as a run of months with its year, "(FY23/24: 61%)", "(Apr-Jun 2023:
// 61%)", "(Autumn term 2023: 61%)", of its own (hostile check 66).
// Before, such a value was placed in the label ("Apr-Jun", "Mon-Fri"),
// Kent dropped from its people, or was of the level's 2023 with the
// label's words in both keys.
func TestABracketedTimeIsItsValuesPeriodOrNone(t *testing.T) {
	const lead = "In 2023, 58% of children in Kent were seen within 4 weeks "
	for _, c := range []struct{ label, period string }{
		{"Jan", ""}, {"Apr-Jun", ""}, {"April to June", ""}, {"Autumn term", ""}, {"Summer", ""}, {"Term 1", ""},
		{"12 months to June", ""}, {"Last Inspection", ""}, {"Q1", ""}, {"Mon-Fri", "2023"}, {"Weekend", "2023"},
		{"Monday to Friday", "2023"}, {"FY23/24", "2023/24"}, {"FY 2022-23", "2022/23"}, {"Apr-Jun 2023", "April–June 2023"},
		{"Autumn term 2023", "2023"},
	} {
		s := lead + "(" + c.label + ": 61%)."
		figs := figuresF70a(t, s)
		l, ok1 := figureF70a(figs, "58%")
		o, ok2 := figureF70a(figs, "61%")
		if !ok1 || !ok2 {
			t.Errorf("%s: got %v", s, figs)
			continue
		}
		checkLevelUntouchedF77b(t, s, l)
		if o.Place != "" || o.Period != c.period || o.Population != l.Population {
			t.Errorf("%s: 61%% of %q (%q), people %q; want no place, %q, %q", s, o.Place, o.Period, o.Population, c.period, l.Population)
		}
		if o.Period == l.Period && o.Key == l.Key {
			t.Errorf("%s: 61%% keyed %q of %q, as the level", s, o.Key, o.Period)
		}
	}
	// A date or a citation in brackets is no time's value.
	for _, s := range []string{
		"Some 37% of young carers had no break (Sep. 2021).",
		"Admissions fell from 212 (April) to 187 (August 2023).",
	} {
		for _, f := range figuresF70a(t, s) {
			if f.Value == 2021 || f.Value == 2023 {
				t.Errorf("%s: a year read as a value: %+v", s, f)
			}
		}
	}
}

// TestALabelledYearOfAPlaceDatesOnlyItsValue: "(Kent 2022: 60%)" beside
// Kent's 64% of 2023 is Kent's value of 2022, keyed as the 64% is;
// "(Medway 2022: 60%)" Medway's of 2022, keyed apart; "(2022, 61%)" the
// level's of 2022; the level keeps 2023 (hostile check 66). Before, the
// 64% was dated 2022 and the bracket's value 2023. An author's page,
// "(Okafor 2020: 12)", is still no value.
func TestALabelledYearOfAPlaceDatesOnlyItsValue(t *testing.T) {
	const lead = "In 2023, 64% of children in Kent were seen within 18 weeks "
	for _, c := range []struct {
		sentence, other, period string
		sameKey                 bool
	}{
		{lead + "(Kent 2022: 60%).", "60%", "2022", true},
		{lead + "(Kent, 2022: 60%).", "60%", "2022", true},
		{lead + "(2022, 61%).", "61%", "2022", true},
		{lead + "(Medway 2022: 60%).", "60%", "2022", false},
		{"In 2023, 64% of children in Surrey were seen within 18 weeks (Surrey 2022: 61%; England 2022: 70%).", "61%", "2022", true},
		{"In 2023, 64% of children in Surrey were seen within 18 weeks (Surrey 2022: 61%; England 2022: 70%).", "70%", "2022", false},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok1 := figureF70a(figs, "64%")
		o, ok2 := figureF70a(figs, c.other)
		if !ok1 || !ok2 {
			t.Errorf("%s: got %v", c.sentence, figs)
			continue
		}
		checkLevelUntouchedF77b(t, c.sentence, l)
		if o.Period != c.period || (o.Key == l.Key) != c.sameKey || o.Place != "" && o.Place != "England" {
			t.Errorf("%s: %s of %q (%q) keyed %q beside %q; want %q, same key %v", c.sentence, c.other, o.Place, o.Period, o.Key, l.Key, c.period, c.sameKey)
		}
		if !c.sameKey && containsFoldF70a(o.Population+o.Key, "kent") {
			t.Errorf("%s: %s of %q keyed %q: Kent's", c.sentence, c.other, o.Population, o.Key)
		}
	}
	for _, f := range figuresF70a(t, "In 2024, 70% of pupils were vaccinated (Okafor 2020: 12).") {
		if f.Value == 12 {
			t.Errorf("a page a figure: %+v", f)
		}
	}
}

// TestAPlacesGroupOrEarlierValueInBracketsIsThatPlaces: "(England Year 6:
// 37%)" and "(England boys: 39%)" are England's values of the group;
// "(Medway: 58%, up from 55%)" gives Medway's 58% and its earlier 55%,
// keyed as the 58% is, of no year; "(England: 71%, up from 69% in 2022)"
// England's 69% of 2022; "(Kent, 64%; Medway, 58%)" beside Kent's 64% is
// Kent's value and Medway's (hostile check 66). Before, Kent's 38% was
// placed in England and England's 37% keyed as Kent's; Medway's values
// were of "children in Kent", "medway" in Kent's key.
func TestAPlacesGroupOrEarlierValueInBracketsIsThatPlaces(t *testing.T) {
	for _, c := range []struct {
		sentence, level, other, place, period, people string
	}{
		{"In 2023, 38% of Year 6 pupils in Kent were overweight (England Year 6: 37%).", "38%", "37%", "England", "2023", "Year 6 pupils"},
		{"In 2023, 38% of pupils in Kent were overweight (England Year 6: 37%).", "38%", "37%", "England", "2023", "pupils (Year 6)"},
		{"In 2023, 38% of boys in Kent were overweight (girls: 34%; England boys: 39%).", "38%", "39%", "England", "2023", "boys"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks (Medway: 58%, up from 55%).", "64%", "55%", "", "", "children"},
		{"In 2023, 64% of children in Surrey were seen within 18 weeks (England: 71%, up from 69% in 2022).", "64%", "69%", "England", "2022", "children"},
		{"In 2023, 1,240 children in Kent were referred to CAMHS (Medway: 480, down from 510).", "1,240 children", "510", "", "", "children"},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok1 := figureF70a(figs, c.level)
		o, ok2 := figureF70a(figs, c.other)
		if !ok1 || !ok2 {
			t.Errorf("%s: got %v", c.sentence, figs)
			continue
		}
		checkLevelUntouchedF77b(t, c.sentence, l)
		if o.Place != c.place || o.Period != c.period || o.Population != c.people || o.Key == l.Key {
			t.Errorf("%s: %s of %q (%q), people %q keyed %q beside %q; want %q (%q) %q", c.sentence, c.other, o.Place, o.Period, o.Population, o.Key, l.Key, c.place, c.period, c.people)
		}
	}
	figs := figuresF70a(t, "In 2023, 64% of children in Kent were seen within 18 weeks (Medway: 58%, up from 55%).")
	now, _ := figureF70a(figs, "58%")
	before, _ := figureF70a(figs, "55%")
	if now.Key == "" || now.Key != before.Key {
		t.Errorf("Medway's 58%% keyed %q, its earlier 55%% %q", now.Key, before.Key)
	}
	s := "In 2023, 64% of children in Kent were seen within 18 weeks (Kent, 64%; Medway, 58%)."
	figs = figuresF70a(t, s)
	var kents []evidence.Figure
	for _, f := range figs {
		if f.Text == "64%" {
			kents = append(kents, f)
		}
	}
	medway, ok := figureF70a(figs, "58%")
	if len(kents) != 2 || !ok || kents[1].Key != kents[0].Key || kents[1].Period != "2023" || medway.Key == kents[0].Key || containsFoldF70a(medway.Population+medway.Key, "kent") {
		t.Errorf("%s: %v", s, figs)
	}
	if len(kents) > 0 {
		checkLevelUntouchedF77b(t, s, kents[0])
	}
}
