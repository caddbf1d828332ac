package extract_test

import (
	"strings"
	"testing"
)

// TestAGroupLabelInBracketsIsThatGroupsWhateverItsForm: a group's value
// set in brackets beside a level, whatever words name the group — an
// age ("aged 5 to 11", "under-fives", "under-5s", "5 to 11 year olds"),
// a need or status negated or with its eligibility ("non-FSM",
// "FSM-eligible", "SEN support", "EHCP", "EHC plan", "on SEN support"),
// an ethnic group ("Irish Traveller", "Gypsy/Roma", "Gypsy, Roma and
// Traveller", "English as an additional language") or a label set
// before its value by a comma ("boys, 60%") — is that group's value of
// the level's measure, place and year, keyed apart from the level; the
// level keeps none of the label's words, no age band of it and no place
// named in it. Before (hostile check 65), each value was keyed as the
// level (an age label's band in both keys, "(aged 5 to 11: 70%)" in
// London one key with the 64%), the label's words were terms of every
// key, and "English as an additional language" placed every figure in
// England.
func TestAGroupLabelInBracketsIsThatGroupsWhateverItsForm(t *testing.T) {
	for _, c := range []struct{ sentence, value, people, age string }{
		{"In 2023, 64% of children in Kent were seen within 18 weeks (aged 5 to 11: 70%).", "70%", "children in Kent (aged 5 to 11)", "5-11"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks (aged 5 to 11, 70%).", "70%", "children in Kent (aged 5 to 11)", "5-11"},
		{"In 2023, 64% of children aged 0 to 17 in Kent were seen within 18 weeks (aged 12-17: 58%).", "58%", "children in Kent (aged 12-17)", "12-17"},
		{"In 2023, 1,240 children in Medway were referred (children aged 5 to 11: 610; under 5s: 200).", "610", "children aged 5 to 11 in Medway", "5-11"},
		{"In 2023, 1,240 children in Medway were referred (children aged 5 to 11: 610; under 5s: 200).", "200", "under 5s in Medway", "under 5"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks (under-fives: 70%).", "70%", "under-fives in Kent", "under 5"},
		{"In 2023/24, 82% of children in Surrey had a review (under-5s: 76%).", "76%", "under-5s in Surrey", "under 5"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks (5 to 11 year olds: 70%).", "70%", "children in Kent (5 to 11 year olds)", "5-11"},
		{"In 2023, 64% of pupils in Kent were vaccinated (non-FSM: 71%).", "71%", "pupils in Kent (non-FSM)", ""},
		{"In 2023, 64% of pupils in Kent were vaccinated (FSM-eligible: 52%).", "52%", "pupils in Kent (FSM-eligible)", ""},
		{"In 2023, 64% of pupils in Kent were vaccinated (on SEN support: 45%).", "45%", "pupils in Kent (on SEN support)", ""},
		{"In 2023, 64% of pupils in Kent were vaccinated (EHC plan: 38%).", "38%", "pupils in Kent (EHC plan)", ""},
		{"In 2023, 64% of pupils in Kent were vaccinated (Irish Traveller: 20%).", "20%", "pupils in Kent (Irish Traveller)", ""},
		{"In 2023, 64% of pupils in Kent were vaccinated (Gypsy/Roma: 25%).", "25%", "pupils in Kent (Gypsy/Roma)", ""},
		{"In 2023, 64% of children in Hillford were seen within 18 weeks (Gypsy, Roma and Traveller: 25%).", "25%", "children in Hillford (Gypsy, Roma and Traveller)", ""},
		{"In 2023, 64% of pupils were vaccinated (English as an additional language: 20%).", "20%", "pupils (English as an additional language)", ""},
		{"In 2023, 64% of pupils were vaccinated (Welsh-speaking: 20%).", "20%", "pupils (Welsh-speaking)", ""},
		{"In 2023, 64% of pupils in Kent were vaccinated (boys, 60%; girls, 68%).", "60%", "boys in Kent", ""},
		{"In 2023, 64% of pupils in Kent were vaccinated (boys, 60%; girls, 68%).", "68%", "girls in Kent", ""},
		{"In 2023, 64% of pupils were vaccinated (SEN support, 45%; EHCP, 38%).", "38%", "pupils (EHCP)", ""},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok1 := figureF70a(figs, figs[0].Text)
		g, ok2 := figureF70a(figs, c.value)
		if !ok1 || !ok2 {
			t.Errorf("%s: want %s and %s, got %v", c.sentence, figs[0].Text, c.value, figs)
			continue
		}
		if g.Population != c.people || g.Period != l.Period || g.Period == "" || g.Measure != l.Measure || g.Key == "" || g.Key == l.Key || g.Unit != l.Unit {
			t.Errorf("%s: %s of %q (%q) measuring %q keyed %q; level of %q keyed %q measuring %q", c.sentence, c.value, g.Population, g.Period, g.Measure, g.Key, l.Period, l.Key, l.Measure)
		}
		if age := strings.Split(g.Key, "|")[2]; age != c.age {
			t.Errorf("%s: %s keyed %q, want age %q", c.sentence, c.value, g.Key, c.age)
		}
		if strings.Split(l.Key, "|")[2] == c.age && c.age != "" || strings.ContainsAny(l.Measure, "(:") {
			t.Errorf("%s: level keyed %q measuring %q", c.sentence, l.Key, l.Measure)
		}
		for _, f := range figs {
			if f.Place != "" {
				t.Errorf("%s: %s placed in %q", c.sentence, f.Text, f.Place)
			}
		}
	}
	// The level's own place is the group's, and no other key is the
	// level's: before, the 70% had the 64%'s key.
	s := "In 2023, 64% of children were seen within 18 weeks in London (aged 5 to 11: 70%)."
	figs := figuresF70a(t, s)
	l, _ := figureF70a(figs, "64%")
	g, ok := figureF70a(figs, "70%")
	if !ok || l.Place != "London" || g.Place != "London" || g.Key == l.Key || !strings.Contains(g.Key, "|5-11|") {
		t.Errorf("%s: 64%% in %q keyed %q; 70%% %v in %q keyed %q", s, l.Place, l.Key, ok, g.Place, g.Key)
	}
}
