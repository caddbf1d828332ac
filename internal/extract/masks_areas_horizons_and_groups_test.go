package extract_test

import "testing"

// TestAreasHorizonsAndGroupsAreNoFigure: the few areas of a country a
// programme covers ("in seven areas of England"), the other regions a
// page points to elsewhere ("Figures for the remaining three regions are
// given in the annex tables"), the horizon of what people expect to do
// ("expect to leave the service within three years"), the years a sum
// is spent over ("£4.1 billion for community health spending over three
// years") and the few units a body is made of (", a group of 4 special
// schools") say where, when or who, not what was found: no figure (the
// quality package's conventions: the few bodies work is done through or
// covers, and the period a figure is counted over, are no figure). Near
// misses stay figures: areas where something was found, a wait people
// can expect, a wait spent. Before: each was a count or a duration.
func TestAreasHorizonsAndGroupsAreNoFigure(t *testing.T) {
	checkNotFigures(t, []notFigureCase{
		{s: "The programme, run with the education department, has reached more than 6,000 toddlers in seven areas of England.", bad: 7, keep: 6000},
		{s: "Figures for the remaining three regions are given in the annex tables.", bad: 3},
		{s: "Some 31% of health visitors who replied expect to leave the service within three years.", bad: 3, keep: 31},
		{s: "The spending review set aside £4.1 billion for community health spending over three years.", bad: 3, keep: 4.1e9},
		{s: "Referrals come through the Marsh Valley Federation, a group of 4 special schools in the east of the county.", bad: 4},
		{s: "Waiting lists grew in seven areas of England last year.", keep: 7},
		{s: "Families can expect to be seen within 18 weeks of referral.", keep: 18},
		{s: "He spent over two years waiting for an assessment.", keep: 2},
	})
}

// TestAPastExpectationKeepsItsYears: "expected to leave their post
// within two years" said in the past keeps its duration, as the
// development set labels it; only the present "expect to" is a horizon.
func TestAPastExpectationKeepsItsYears(t *testing.T) {
	checkNotFigures(t, []notFigureCase{
		{s: "Nearly a third of therapists (31%) told us one in five of their colleagues expected to leave their post within two years.", keep: 2},
	})
}
