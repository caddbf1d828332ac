package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// holdsFigure reports whether a figure read from s has text holding want.
func holdsFigure(s, want string) bool {
	for _, f := range extract.Figures(s) {
		if strings.Contains(f.Text, want) {
			return true
		}
	}
	return false
}

// TestInquiryEvidenceAndPromisedLimitsAreNoFigures: the sessions an
// inquiry heard its witnesses over and the places it visited, the headcount
// at the writer's own gathering, a time limit a plan promises with no
// value counted against it and money naming a programme frame the report
// and find nothing. Before: each read as a figure and its sentence a
// statistic. The look-alikes state what was found and keep their figures.
func TestInquiryEvidenceAndPromisedLimitsAreNoFigures(t *testing.T) {
	for _, c := range []struct{ s, not string }{
		{"We took oral evidence from 31 witnesses over eight sessions, and visited two schools in the North East.", "eight"},
		{"We took oral evidence from 31 witnesses over eight sessions, and visited two schools in the North East.", "two"},
		{"We are grateful to the 46 pupils who spoke to us at a round table in October.", "46"},
		{"Nurses told us that the local plan promises every pupil a triage call within a week, but that 38% then waited more than 18 weeks.", "a week"},
		{"The recovery plan commits to bringing the longest waits down to 26 weeks by March 2027 and to see every new referral within a week for triage.", "a week"},
		{"The improvement plan commits to completing every initial health assessment within 20 working days by April 2026.", "20"},
		{"We ran 9 weekly baby cafés, each open for two hours, and 214 parents came to our sessions.", "two hours"},
		{"Every secondary school will have a weekly drop-in lasting one hour.", "one hour"},
		{"The service shall operate from Monday to Friday, for 52 weeks of the year.", "52 weeks"},
		{"Families are offered a feeding visit at the 10 to 14 day new birth visit.", "14"},
		{"We heard that the £500 million Start for Life programme had not reached school-aged children.", "500"},
		{"Funding from the national £300 million Family Hubs and Start for Life programme paid for 34 extra nursery nurses.", "300"},
	} {
		if holdsFigure(c.s, c.not) {
			t.Errorf("%q: %q read as a figure in %v", c.s, c.not, figureTexts(c.s))
		}
	}
	for _, c := range []struct{ s, want string }{
		{"Nurses told us that the local plan promises every pupil a triage call within a week, but that 38% then waited more than 18 weeks.", "38%"},
		{"Nurses told us that the local plan promises every pupil a triage call within a week, but that 38% then waited more than 18 weeks.", "18 weeks"},
		{"The recovery plan aims to bring the longest waits down to 26 weeks by March 2027.", "26 weeks"},
		{"Funding from the national £300 million Family Hubs and Start for Life programme paid for 34 extra nursery nurses.", "34"},
		{"We ran 9 weekly baby cafés, each open for two hours, and 214 parents came to our sessions.", "214"},
		{"Parents waited for two hours in the emergency department.", "two hours"},
		{"By March, 1,200 children had waited 52 weeks or more.", "52 weeks"},
		{"Only 61% of new birth visits happened within 14 days.", "14 days"},
		{"We launched this inquiry in June and received 118 pieces of written evidence.", "118"},
		{"We took oral evidence from 31 witnesses over eight sessions.", "31"},
		{"Teams aim to see urgent referrals within 4 hours.", "4 hours"},
		{"The 45 parents who spoke to us said the wait was too long.", "45"},
		{"The trust promises to see 95% of children within 18 weeks.", "18 weeks"},
		{"Only 54% of assessments were completed within 20 working days.", "20 working days"},
		{"The Government put £500 million into the Start for Life programme.", "£500 million"},
		{"Inspectors spoke to 14 social workers and read the records of 38 children.", "14"},
	} {
		if !holdsFigure(c.s, c.want) {
			t.Errorf("%q: %q not read, got %v", c.s, c.want, figureTexts(c.s))
		}
	}
}
