package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/measure"
)

// TestABracketLabelOfAPartIsThatPartOfTheLevel: a bracket's label naming
// a part of what the level counts — a service, a specialty, a condition
// or need, a setting, an urgency, a tier, a kind of area, a school year
// written short ("Y6", "Yr 6", "Year R", "Years 7-11"), a status written
// short ("CP", "UASC", "LGBTQ+"), a national identity ("Scottish") or
// the whole ("Total") — gives a value of the level's measure, place and
// year, its people that part ("children in Kent (Community)"), keyed
// apart from the level and from every other part; the level's measure
// and key are those of the sentence without the bracket. Before (hostile
// check 66), such labels were read as places (Kent dropped from the
// value's key) or the bracket as none, its words and digits ("#300
// outpati") in the level's measure and key, so referrals and children
// seen shared a key in `cypx figures` and "disagreed".
func TestABracketLabelOfAPartIsThatPartOfTheLevel(t *testing.T) {
	const (
		seen  = "In 2023, 58% of children in Kent were seen within 4 weeks"
		refer = "In 2023, 70% of referrals in Surrey were seen within 18 weeks"
	)
	for _, c := range []struct{ level, label, value, people string }{
		{seen, "Speech and Language", "45%", "children in Kent (Speech and Language)"},
		{seen, "School Nursing", "45%", "children in Kent (School Nursing)"},
		{seen, "Eating Disorders", "45%", "children in Kent (Eating Disorders)"},
		{seen, "Learning Disability", "45%", "children in Kent (Learning Disability)"},
		{seen, "Autism", "45%", "children in Kent (Autism)"},
		{seen, "Occupational Therapy", "45%", "children in Kent (Occupational Therapy)"},
		{seen, "Self Harm", "45%", "children in Kent (Self Harm)"},
		{seen, "Youth Justice", "45%", "children in Kent (Youth Justice)"},
		{seen, "Deprived Areas", "45%", "children in Kent (Deprived Areas)"},
		{seen, "Pilot Sites", "45%", "children in Kent (Pilot Sites)"},
		{seen, "Early Years", "45%", "children in Kent (Early Years)"},
		{seen, "Post-16", "45%", "children in Kent (Post-16)"},
		{seen, "Tier 4", "45%", "children in Kent (Tier 4)"},
		{seen, "Years 7-11", "45%", "children in Kent (Years 7-11)"},
		{seen, "Years 10 and 11", "45%", "children in Kent (Years 10 and 11)"},
		{seen, "Year R", "45%", "children in Kent (Year R)"},
		{seen, "Y6", "45%", "children in Kent (Y6)"},
		{seen, "Yr 6", "45%", "children in Kent (Yr 6)"},
		{seen, "CP", "45%", "children in Kent (CP)"},
		{seen, "UASC", "45%", "children in Kent (UASC)"},
		{seen, "LGBTQ+", "45%", "children in Kent (LGBTQ+)"},
		{seen, "Kooth", "45%", "children in Kent (Kooth)"},
		{seen, "Scottish", "45%", "children in Kent (Scottish)"},
		{seen, "Total", "61%", "children in Kent (Total)"},
		{refer, "Community", "40%", "referrals in Surrey (Community)"},
		{refer, "Acute", "55%", "referrals in Surrey (Acute)"},
		{refer, "Mental Health", "45%", "referrals in Surrey (Mental Health)"},
		{refer, "Inpatient", "61%", "referrals in Surrey (Inpatient)"},
		{"In 2023, 1,200 children in Kent attended appointments", "Outpatients", "300", "children in Kent (Outpatients)"},
	} {
		plain := figuresF70a(t, c.level+".")
		s := c.level + " (" + c.label + ": " + c.value + ")."
		figs := figuresF70a(t, s)
		if len(plain) == 0 || len(figs) < 2 {
			t.Errorf("%s: %v", s, figs)
			continue
		}
		want, l := plain[0], figs[0]
		if l.Measure != want.Measure || l.Key != want.Key || l.Period != "2023" || l.Place != "" {
			t.Errorf("%s: level measures %q keyed %q (%q, %q), want %q keyed %q, as without the bracket", s, l.Measure, l.Key, l.Period, l.Place, want.Measure, want.Key)
		}
		v, ok := figureF70a(figs, c.value)
		if c.value == "45%" || c.value == "61%" || c.value == "40%" || c.value == "55%" {
			v, ok = figs[len(figs)-1], figs[len(figs)-1].Text == c.value
		}
		if !ok {
			t.Errorf("%s: no figure %s in %v", s, c.value, figs)
			continue
		}
		if v.Population != c.people || v.Place != "" || v.Period != "2023" || v.Measure != l.Measure || v.Key == l.Key || v.Key == "" {
			t.Errorf("%s: %s of %q in %q (%q) measuring %q keyed %q; want of %q, no place, 2023, measuring %q, keyed apart from %q", s, c.value, v.Population, v.Place, v.Period, v.Measure, v.Key, c.people, l.Measure, l.Key)
		}
		// A part is never the level's measure in `cypx figures`, however
		// many terms their keys share.
		if measure.Match(measure.ParseKey(v.Key), measure.ParseKey(l.Key), measure.Unrelated) {
			t.Errorf("%s: %s keyed %q matches the level's %q", s, c.value, v.Key, l.Key)
		}
	}
	// Two parts of one bracket, and two parts of one kind numbered apart,
	// are keyed apart.
	for _, c := range []struct{ a, b string }{
		{"In 2023, 58% of children in Kent were seen within 4 weeks (Routine: 61%; Urgent: 90%).", ""},
		{"In 2023, 58% of children in Kent were seen within 4 weeks (Years 7-11: 61%; Year R: 90%).", ""},
		{"In 2023, 58% of children in Kent were seen within 4 weeks (Tier 3: 61%; Tier 4: 90%).", ""},
		{"In 2023, 58% of children in Kent were seen within 4 weeks (Y6: 61%; Year 10: 90%).", ""},
	} {
		figs := figuresF70a(t, c.a)
		x, ok1 := figureF70a(figs, "61%")
		y, ok2 := figureF70a(figs, "90%")
		if !ok1 || !ok2 || x.Key == y.Key || x.Key == figs[0].Key || y.Key == figs[0].Key {
			t.Errorf("%s: %v", c.a, figs)
		}
	}
	// "Y6" and "Yr 6" are "Year 6".
	a, _ := figureF70a(figuresF70a(t, seen+" (Y6: 45%)."), "45%")
	b, _ := figureF70a(figuresF70a(t, seen+" (Year 6: 45%)."), "45%")
	if a.Key == "" || a.Key != b.Key {
		t.Errorf("Y6 keyed %q, Year 6 %q", a.Key, b.Key)
	}
}

// TestARankOrSetOfPlacesInABracketIsNoPartOfTheLevel: a bracket's label
// naming a rank or other places not named, "Best Performing", "Top
// Quartile", "Nearest Neighbours", "Region", gives an average's value:
// no place, none of the level's place's words, keyed apart. Before
// (hostile check 66), each was named as the value's place.
func TestARankOrSetOfPlacesInABracketIsNoPartOfTheLevel(t *testing.T) {
	for _, label := range []string{"Best Performing", "Top Quartile", "Lowest", "Nearest Neighbours", "Region", "Comparator"} {
		s := "In 2023, 58% of children in Kent were seen within 4 weeks (" + label + ": 61%)."
		figs := figuresF70a(t, s)
		v, ok := figureF70a(figs, "61%")
		if !ok || v.Place != "" || containsFoldF70a(v.Population+v.Key, "kent") || v.Key == figs[0].Key || !containsFoldF70a(v.Measure, strings.ToLower(label)) {
			t.Errorf("%s: %v", s, figs)
		}
		if strings.Contains(figs[0].Measure, "(") {
			t.Errorf("%s: the level measures %q", s, figs[0].Measure)
		}
	}
}

// TestAGroupsBracketedValueKeepsItsOwnYearAndEarlierValue: a group's
// label with a year, "(Year 6, 2022: 36%)", is that group's value of the
// year (the level's own earlier value where the level is of that group),
// never swapping years with the level; "(boys: 60%, up from 55%)" gives
// the boys' 60% its change from the boys' undated 55%; "(England boys:
// 39%)" is England's boys'; and "(Reception: 22%, Year 6: 38%; England:
// 23% and 37%)" gives England's values of Reception and Year 6 in that
// order. Before (hostile check 66), the level took the bracket's year,
// the bracket's values were keyed as Kent's with its labels in every
// key, and Kent's level was placed in England.
func TestAGroupsBracketedValueKeepsItsOwnYearAndEarlierValue(t *testing.T) {
	type want struct{ text, period, place, people, change string }
	for _, c := range []struct {
		sentence string
		level    want
		others   []want
		sameKey  bool // the other value keyed as the level
	}{
		{"In 2023, 38% of Year 6 pupils in Kent were overweight (Year 6, 2022: 36%).",
			want{"38%", "2023", "", "Year 6 pupils in Kent", ""},
			[]want{{"36%", "2022", "", "Year 6 pupils in Kent", ""}}, true},
		{"In 2023, 38% of pupils in Kent were overweight (Year 6, 2022: 36%).",
			want{"38%", "2023", "", "pupils in Kent", ""},
			[]want{{"36%", "2022", "", "pupils in Kent (Year 6)", ""}}, false},
		{"In 2023, 64% of children in Kent were seen within 18 weeks (boys: 60%, up from 55%).",
			want{"64%", "2023", "", "children in Kent", ""},
			[]want{{"60%", "2023", "", "boys in Kent", "up from 55%"}, {"55%", "", "", "boys in Kent", ""}}, false},
		{"In 2023, 64% of children in Surrey were seen within 18 weeks (girls: 68%, down from 70% in 2022; boys: 60%).",
			want{"64%", "2023", "", "children in Surrey", ""},
			[]want{{"70%", "2022", "", "girls in Surrey", ""}, {"60%", "2023", "", "boys in Surrey", ""}}, false},
		{"In 2023, 38% of boys in Kent were overweight (girls: 34%; England boys: 39%).",
			want{"38%", "2023", "", "boys in Kent", ""},
			[]want{{"34%", "2023", "", "girls in Kent", ""}, {"39%", "2023", "England", "boys", ""}}, false},
		{"In 2023, 22% of pupils in Kent were overweight (Reception: 21%, Year 6: 38%; England: 23% and 37%).",
			want{"22%", "2023", "", "pupils in Kent", ""},
			[]want{{"21%", "2023", "", "pupils in Kent (Reception)", ""}, {"38%", "2023", "", "pupils in Kent (Year 6)", ""},
				{"23%", "2023", "England", "pupils (Reception)", ""}, {"37%", "2023", "England", "pupils (Year 6)", ""}}, false},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok := figureF70a(figs, c.level.text)
		if !ok || l.Period != c.level.period || l.Place != c.level.place || l.Population != c.level.people || strings.ContainsAny(l.Measure, "(:") {
			t.Errorf("%s: level %+v", c.sentence, l)
			continue
		}
		for _, w := range c.others {
			o, ok := figureF70a(figs, w.text)
			if !ok || o.Period != w.period || o.Place != w.place || o.Population != w.people || w.change != "" && o.Change != w.change {
				t.Errorf("%s: %s is %q, %q, %q, %q; want %+v", c.sentence, w.text, o.Period, o.Place, o.Population, o.Change, w)
			}
			if (o.Key == l.Key) != c.sameKey {
				t.Errorf("%s: %s keyed %q, level %q", c.sentence, w.text, o.Key, l.Key)
			}
			if w.place != "" && containsFoldF70a(o.Key, "kent") {
				t.Errorf("%s: %s keyed %q", c.sentence, w.text, o.Key)
			}
		}
	}
}

// TestARatesGroupBracketLendsTheRateNoWord: a rate whose words are all
// its people, "the rate of hospital admissions for self-harm in Kent was
// 12.5 per 1,000", takes no measure from a group's value in the bracket
// after it, and the group's value is of the rate's people, "hospital
// admissions for self-harm in Kent (boys)". Before (hostile checks 65
// and 66), the rate measured "was (boys:)" and was keyed "boy", and the
// boys' 14.1 was of "boys" alone.
func TestARatesGroupBracketLendsTheRateNoWord(t *testing.T) {
	for _, s := range []string{
		"In 2023, the rate of hospital admissions for self-harm in Kent was 12.5 per 1,000 (boys: 14.1).",
		"In 2023, the rate of hospital admissions for self-harm in Kent was 12.5 per 1,000 (boys: 14.1; girls: 10.9).",
		"In 2023, the rate of hospital admissions for self-harm in Kent was 12.5 per 1,000 (Year 6: 14.1).",
	} {
		figs := figuresF70a(t, s)
		l, ok := figureF70a(figs, "12.5 per 1,000")
		v, ok2 := figureF70a(figs, "14.1")
		if !ok || !ok2 || strings.Contains(l.Measure, "(") || containsFoldF70a(l.Key, "boy") || containsFoldF70a(l.Key, "year6") {
			t.Errorf("%s: the rate %+v", s, l)
			continue
		}
		if !strings.HasPrefix(v.Population, "hospital admissions for self-harm in Kent (") || v.Key == l.Key || v.Period != "2023" {
			t.Errorf("%s: the group's 14.1 of %q keyed %q (%q), the rate keyed %q", s, v.Population, v.Key, v.Period, l.Key)
		}
	}
}
