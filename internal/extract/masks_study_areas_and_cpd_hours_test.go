package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// notFigureCases: each sentence holds a count that is no figure (bad)
// and, where given, a figure that must stay (keep).
type notFigureCase struct {
	s    string
	bad  float64
	keep float64
}

func checkNotFigures(t *testing.T, cases []notFigureCase) {
	t.Helper()
	for _, c := range cases {
		figs := extract.Figures(c.s)
		kept := c.keep == 0
		for _, f := range figs {
			if f.Value == c.bad {
				t.Errorf("%q: %v read as a figure", c.s, f)
			}
			if f.Value == c.keep {
				kept = true
			}
		}
		if !kept {
			t.Errorf("%q: figure %v lost (got %v)", c.s, c.keep, figs)
		}
	}
}

// TestOwnStudyAreasAreNoFigure: the writer's own study or pilot areas
// counted by name say where the work was done. Before: "three study
// areas" a count and the sentence a statistic.
func TestOwnStudyAreasAreNoFigure(t *testing.T) {
	checkNotFigures(t, []notFigureCase{
		{s: "Across our three study areas, fathers were the least likely to be asked about their mood.", bad: 3},
		{s: "In the five pilot sites, 62% of referrals were seen within a month.", bad: 5, keep: 62},
	})
	if figs := extract.Figures("Waits rose in three areas last year."); len(figs) == 0 {
		t.Errorf("a finding's count of areas not read")
	}
}

// TestPlannedOpeningsAreNoFigure: the few places the writer will open or
// set up are a plan's sites to come; the places a plan adds stay
// figures. Before: "three" a count.
func TestPlannedOpeningsAreNoFigure(t *testing.T) {
	checkNotFigures(t, []notFigureCase{
		{s: "We will open three drop-in family hubs for parents of under-fives in the north of the borough.", bad: 3},
		{s: "We will also set up two new outreach teams, after referrals rose by 31% last year.", bad: 2, keep: 31},
		{s: "We will create 340 new specialist school places by 2028.", keep: 340},
		{s: "We will open three more family hubs in the south of the borough.", keep: 3},
	})
	if figs := extract.Figures("The council opened three family hubs in 2024."); len(figs) == 0 {
		t.Errorf("a count of hubs opened, a finding, not read")
	}
}

// TestCPDHoursAreNoFigure: the CPD an event or course gives is what
// attending earns. Before: "6 CPD hours" a count.
func TestCPDHoursAreNoFigure(t *testing.T) {
	checkNotFigures(t, []notFigureCase{
		{s: "Attendance certificates for 6 CPD hours will be emailed after the day.", bad: 6},
		{s: "The course counts for 3.5 hours of CPD.", bad: 3.5},
	})
}

// TestHyphenedDayPriceIsAFigure: "day price" ending a hyphened word (a
// hospital's "bed-day price of £780") is a cost, not what a reader pays
// for a day's event. Before: the price was masked as an event's fee.
func TestHyphenedDayPriceIsAFigure(t *testing.T) {
	checkNotFigures(t, []notFigureCase{
		{s: "Delays cost the trust £1.2 million, based on an average bed-day price of £780.", keep: 780},
		{s: "The standard day rate of £120 includes lunch and materials.", bad: 120},
	})
}

// TestAdministrativeAreasCoveredAreNoFigure: the few administrative areas
// work covers or people came from, counted in words ("clinicians from two
// ICB areas", "across three local authority areas"), say where; "two of
// the four ICB areas" still counts. Before: "two ICB areas" a count.
func TestAdministrativeAreasCoveredAreNoFigure(t *testing.T) {
	checkNotFigures(t, []notFigureCase{
		{s: "The conference drew 210 delegates, with commissioners from three ICB areas.", bad: 3, keep: 210},
		{s: "The service works across two local authority areas and saw 1,450 children in 2024.", bad: 2, keep: 1450},
		{s: "Nurses came from across the region's four council areas, and 38 parents joined them.", bad: 4, keep: 38},
		{s: "Only two of the four ICB areas commission a weight management service.", keep: 2},
	})
}

// TestEnglishRegionsCoveredAreNoFigure: the few regions the areas of a
// study lie in ("in three English regions", "across two NHS regions")
// say where, as the areas do, once the setting's run-in label no longer
// opens the sentence ("Thirty local authority areas in three English
// regions."); "two of the seven NHS regions" still counts. Before:
// "three English regions" a count of 3.
func TestEnglishRegionsCoveredAreNoFigure(t *testing.T) {
	checkNotFigures(t, []notFigureCase{
		{s: "The audit covered 1,120 children in 18 local authority areas in three English regions.", bad: 3, keep: 1120},
		{s: "Health visitors from across two NHS regions took part, and 46 parents joined them.", bad: 2, keep: 46},
		{s: "Only two of the seven NHS regions met the standard in 2024.", keep: 2},
	})
}
