package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// h60sFigures extracts one sentence under a findings heading: the texts of
// its figures, and the text of the headline its item gives ("" without).
func h60sFigures(t *testing.T, sentence string) (figs []string, headline string) {
	t.Helper()
	for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+sentence+"\n")) {
		for _, f := range it.Figures {
			figs = append(figs, f.Text)
		}
		if h, ok := it.Headline(); ok && headline == "" {
			headline = h.Text
		}
	}
	return figs, headline
}

// TestALevelWithDecimalsAfterAnAgeIsKept: "By age four, 91.2% of pupils
// ..." keeps the 91.2% and makes it the headline over the change after it;
// no age has a decimal part, so the list of ages after "age" stops before
// "91.2" as it stops before a whole percentage ("age four, 62%"). Before
// (set 74): "four, 91" was read as a list of ages, the 91.2% was lost and
// "0.4 percentage points" was the headline.
func TestALevelWithDecimalsAfterAnAgeIsKept(t *testing.T) {
	for _, s := range []string{
		"By age four, 91.2% of pupils had seen a dentist, a fall of 0.4 percentage points on the year.",
		"By age 4, 91.2% of pupils had seen a dentist.",
		"By the age of four, 9.2 per cent of pupils had been admitted.",
	} {
		figs, h := h60sFigures(t, s)
		want := "91.2%"
		if strings.Contains(s, "9.2 per") {
			want = "9.2 per cent"
		}
		if h != want {
			t.Errorf("%q: headline %q (figures %q), want %q", s, h, figs, want)
		}
	}
	if figs, _ := h60sFigures(t, "Children aged 11, 13 or 15 took part, and 40% said they were happy."); strings.Join(figs, "|") != "40%" {
		t.Errorf("a list of ages: figures %q, want only 40%%", figs)
	}
}

// TestAChangeFromToWithACommaHeadlinesTheLevelNow: "fell slightly, from 48
// days to 41 days" and "fell, from 48 days in 2022 to 41 days" report the
// level now, as "fell from 48 days to 41 days" does: the "to" value is
// the headline. Before (set 74): an adverb and a comma between the verb
// and "from" left no headline marked and the earlier 48 days was quoted.
func TestAChangeFromToWithACommaHeadlinesTheLevelNow(t *testing.T) {
	for _, s := range []string{
		"The average wait fell slightly, from 48 days to 41 days.",
		"The average wait fell, from 48 days in 2022 to 41 days in 2024.",
		"The average wait fell from 48 days to 41 days.",
	} {
		if figs, h := h60sFigures(t, s); h != "41 days" {
			t.Errorf("%q: headline %q (figures %q), want 41 days", s, h, figs)
		}
	}
	if figs, _ := h60sFigures(t, "Children waiting from 12 to 18 weeks made up 30% of the list."); len(figs) == 0 || figs[0] != "from 12 to 18 weeks" {
		t.Errorf("a span of waits: figures %q, want the range kept whole", figs)
	}
}

// TestHowTheWorkWasDoneAndWhatABodySpansAreNoFigures: the writer's own
// people who ran a method's sessions ("run by two members of our
// engagement team"), the days a review team spent on site, the bodies a
// partnership holds a budget across ("across four local authorities"),
// every one of the places an ask would reach ("in all 57 nurseries") and
// posts a plan will fund ("will fund two additional health visitor
// posts") say how the work was done or what is asked or planned, not
// what was found. The same counts stated as findings stay figures. Before
// (set 74) each was a statistic.
func TestHowTheWorkWasDoneAndWhatABodySpansAreNoFigures(t *testing.T) {
	for _, s := range []string{
		"Meetings were led by three members of our outreach team with a parent volunteer.",
		"Focus groups were run by two staff from the council's engagement team.",
		"The review team spent four days onsite in March.",
		"The partnership holds the budget for school nursing across four local authorities.",
		"Give training to teachers in all 57 nurseries across the borough.",
		"The council should offer the programme in all 12 secondary schools.",
		"We will fund two additional health visitor posts from April.",
	} {
		if figs, _ := h60sFigures(t, s); len(figs) != 0 {
			t.Errorf("%q: figures %q, want none", s, figs)
		}
	}
	for s, want := range map[string]string{
		"The reviewers spent four days onsite, talking to more than 90 staff.": "more than 90 staff",
		"The team spent three days waiting for a reply from the trust.":        "three days",
		"Waits rose across three ICBs last year.":                              "three ICBs",
		"All 142 schools replied to the survey.":                               "142 schools",
		"Training was given in all 142 schools.":                               "142 schools",
		"The trust funded two additional posts last year.":                     "two additional posts",
		"Sessions were run in 14 schools, reaching 380 pupils.":                "14 schools",
	} {
		if figs, _ := h60sFigures(t, s); !strings.Contains(strings.Join(figs, "|"), want) {
			t.Errorf("%q: figures %q, want %q kept", s, figs, want)
		}
	}
}
