package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAQuarterOfTimeIsNoShare: "in a quarter" or "within a quarter" with
// nothing after it that it could be a share of, and "a quarter of a
// year" anywhere, are a span of time, no 25%. "A quarter of children",
// "in a quarter of cases" and "a quarter of the year's referrals" stay
// shares. Before (set 73): "up six weeks in a quarter" gave 25%.
func TestAQuarterOfTimeIsNoShare(t *testing.T) {
	for _, s := range []string{
		"The median wait in March was 31 weeks, up six weeks in a quarter.",
		"Referrals to the clinic rose by 120 within a quarter, the trust said.",
		"The clinic cleared 340 assessments in a quarter of a year.",
		"In a quarter, the waiting list in Brenford grew by 85 children.",
	} {
		for _, g := range h54Figures(t, s) {
			if strings.Contains(g, "=25 percent") {
				t.Errorf("%q: figure %q, a share made of a span of time", s, g)
			}
		}
	}
	for _, s := range []string{
		"A quarter of children in Brenford waited over a year in 2024.",
		"Delays were recorded in a quarter of cases reviewed in 2024.",
		"A quarter of the year's referrals in 2024 came from schools.",
	} {
		if got := h54Figures(t, s); !hasFigure(got, "") || !strings.Contains(strings.Join(got, ";"), "=25 percent") {
			t.Errorf("%q: figures %q, want the share of 25%%", s, got)
		}
	}
}

// TestOneNounInNBeforeItsVerb: "one child in four waits ..." is a share
// of 25%, the word after the four the verb that "one child" takes, not
// a noun the four count; "one school in three areas" counts areas and
// stays no share, and "four waits were" is a count of waits. Before (set
// 73): "four waits" was a count of 4 and the 25% was lost.
func TestOneNounInNBeforeItsVerb(t *testing.T) {
	for s, want := range map[string]string{
		"In Brenford, one child in four waits more than a year for a first appointment.": "one child in four=25 percent",
		"One young person in five needs a follow-up appointment within a month.":         "One young person in five=20 percent",
		"One family in ten attends fewer than half of its appointments in 2024.":         "One family in ten=10 percent",
	} {
		got := h54Figures(t, s)
		if !hasFigure(got, want) {
			t.Errorf("%q: figures %q, want %q", s, got, want)
		}
		for _, g := range got {
			if strings.Contains(g, " count ") {
				t.Errorf("%q: figure %q, a count of the verb", s, g)
			}
		}
	}
	if got := h54Figures(t, "In 2024, one school in three areas had no nurse."); strings.Contains(strings.Join(got, ";"), "percent") {
		t.Errorf("one school in three areas: figures %q, want no share", got)
	}
}

// TestAnUnnumberedPercentCaptionMakesPercentages: a short line ending in
// "(%)" right over a table, as a web page's <caption> reads, makes its
// cells percentages, as "Table 2: Uptake (%)" does. Before (set 73): the
// cells under "Vaccine uptake by area (%)" were counts.
func TestAnUnnumberedPercentCaptionMakesPercentages(t *testing.T) {
	body := "## What the figures show\n\nDental check uptake in Brenford and England (%)\n\n" +
		"| Check and age | Brenford 2024-25 | England 2023-24 |\n|---|---|---|\n" +
		"| First check by age 2 | 71.4 | 74.2 |\n| Check at 5 years | 66.3 | 69.8 |\n"
	n := 0
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			n++
			if f.Unit != "percent" {
				t.Errorf("%s in %q: unit %s, want percent", f.Text, it.Text, f.Unit)
			}
		}
	}
	if n != 4 {
		t.Errorf("%d figures, want 4", n)
	}
}

// TestAStandardsOwnTimeLimitsAreNoFigures: the time limits a standard
// states of itself ("the standard expects ... within a week and ...
// within four weeks") are its terms, no finding: the sentence is no
// statistic. A share counted against the standard keeps its threshold.
// Before (set 73): "a week" and "four weeks" were figures of a statistic.
func TestAStandardsOwnTimeLimitsAreNoFigures(t *testing.T) {
	for _, s := range []string{
		"The national waiting time standard for wheelchair services expects children to receive equipment within 18 weeks.",
		"The access standard says urgent referrals should be seen within a week and routine referrals within four weeks.",
		"The standard for community paediatrics requires a first appointment within 12 weeks.",
	} {
		if got := h54Figures(t, s); len(got) != 0 {
			t.Errorf("%q: figures %q, want none", s, got)
		}
	}
	got := h54Figures(t, "The trust saw 72% of urgent referrals within a week in 2024, against the standard.")
	if !hasFigure(got, "72%=72 percent headline") || !hasFigure(got, "a week=1 weeks threshold") {
		t.Errorf("a share against the standard: figures %q, want the share and its threshold", got)
	}
}

// TestAStandardBesideAFindingKeepsItsLimit: a standard's limit in a
// sentence that also gives a finding of its own ("because the same two
// nurses cover both clinics") stays a figure, as the development set
// labels it.
func TestAStandardBesideAFindingKeepsItsLimit(t *testing.T) {
	s := "The standard says babies should see an audiologist within four weeks, and we are short of it because the same two nurses cover both clinics."
	if got := h54Figures(t, s); !hasFigure(got, "four weeks=4 weeks") {
		t.Errorf("%q: figures %q, want the limit kept", s, got)
	}
}

// TestASurveyOfAGroupByABodyCitesIt: "A survey of 240 parents by X found"
// cites X, as "A survey by X found" does: the group surveyed stands
// between the survey and the body that ran it. Before (set 73), the
// statistic cited no one.
func TestASurveyOfAGroupByABodyCitesIt(t *testing.T) {
	for s, want := range map[string]string{
		"A survey of 240 parents by Brenford Parent Carer Forum found that 58% had waited over a year.":     "Brenford Parent Carer Forum",
		"An audit of 90 case files carried out by the Brenford Youth Trust in 2024 found 41% had no plan.":  "Brenford Youth Trust",
		"A survey of parents of disabled children by Kelmoor Carers found that 62% had no short break.":     "Kelmoor Carers",
		"In 2024, 58% of the 240 parents in the survey said they had waited over a year for an assessment.": "",
	} {
		var got []string
		for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+s+"\n")) {
			got = append(got, it.Cites)
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: cites %q, want %q", s, got, want)
		}
	}
}
