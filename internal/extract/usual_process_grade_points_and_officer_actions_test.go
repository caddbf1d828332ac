package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// The time a process is normally done in, as a plan describes its kinds
// of work, and how much of a record a writer looked at, are no findings;
// a wait, and a share counted against a time, stay figures.
func TestUsualProcessTimesAndDataSpansAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"A case review is normally completed within six weeks and led by a named reviewer.", nil},
		{"A debrief with the ward team is usually held within five days of the event.", nil},
		{"We looked at four years of complaints data from our patient advice service.", nil},
		{"Children were usually seen within 18 weeks of referral.", []string{"18 weeks"}},
		{"Reviews are normally completed within six weeks, but only 58% were last year.", []string{"six weeks", "only 58%"}},
		{"Families waited four years for a diagnosis.", []string{"four years"}},
	} {
		var got []string
		for _, f := range extract.Figures(c.s) {
			got = append(got, f.Text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}

// A body's own action plan gives each row to one of its officers: the
// body is asked each row's action, numbered by the row. Before, only a
// row owned by a body was asked, and the plan's rows were excerpts.
func TestOfficerOwnedActionRowsAskThePublisher(t *testing.T) {
	body := "## Action plan\n\n| No. | Action | Owner | By when |\n|---|---|---|---|\n" +
		"| 1 | Offer evening clinics at the two busiest community sites | Director of Nursing | October 2025 |\n" +
		"| 2 | Publish waiting times for each clinic on the trust website | Chief Digital Officer | June 2025 |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "Wexley Community NHS Trust", body)) {
		if it.Kind == evidence.Recommendation {
			got = append(got, it.Number)
			if !slices.Equal(it.Actors, []evidence.Actor{evidence.Trusts}) {
				t.Errorf("actors of %q: %v, want Trusts", it.Text, it.Actors)
			}
		}
	}
	if !slices.Equal(got, []string{"1", "2"}) {
		t.Errorf("recommendations numbered %q, want 1 and 2", got)
	}
}

// TestActionRowsKeyedToAReviewAskNothing: a plan whose rows answer a
// review's recommendations by reference ("Review ref." R1, R2) lists the
// body's commitments to meet them, no asks of its own; the same rows
// under "No." ask the body. Before (hostile check 63, once the PDF
// table's Lead and Due columns were read apart), "Write a service
// specification" under "Review ref." R1 was an ask.
func TestActionRowsKeyedToAReviewAskNothing(t *testing.T) {
	rows := "| R1 | Write a specification for step-down care and go out to tender | Head of Commissioning | March 2025 |\n" +
		"| R2 | Publish the admission criteria on the trust website | Chief Digital Officer | June 2025 |\n"
	for _, c := range []struct {
		ref  string
		asks int
	}{{"Review ref.", 0}, {"No.", 2}} {
		body := "## Action plan\n\n| " + c.ref + " | Action | Lead | Due |\n|---|---|---|---|\n" + rows
		n := 0
		for _, it := range extract.Extract(parseBody(t, "Wexley Community NHS Trust", body)) {
			if it.Kind == evidence.Recommendation {
				n++
			}
		}
		if n != c.asks {
			t.Errorf("under %q: %d asks, want %d", c.ref, n, c.asks)
		}
	}
}

// A self-assessment's grading table gives each grade its points ("|
// Access | Developing | 1 |"): the points say what the grade says, so the
// row is no statistic. A score with no grade beside it stays a figure.
func TestGradePointsAreNoStatistics(t *testing.T) {
	body := "## Grading\n\n| Outcome | Grade | Score |\n|---|---|---|\n| Access to services | Developing | 1 |\n| Staff support | Achieving | 2 |\n\n" +
		"## Results\n\n| Test | Score |\n|---|---|\n| Reading at age 11 | 104 |\n"
	n := 0
	for _, it := range extract.Extract(parseBody(t, "Wexley Community NHS Trust", body)) {
		if it.Kind == evidence.Statistic {
			n++
			if it.Text != "| Reading at age 11 | 104 |" {
				t.Errorf("a grade's points read as a statistic: %q", it.Text)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d statistics, want the test score's alone", n)
	}
}

// A research summary reports its study's recommendations: "The
// researchers recommend that ..." is one, as "The report recommends
// that ..." is; what researchers found stays a finding.
func TestResearchersRecommendThatAsks(t *testing.T) {
	for _, s := range []string{
		"The researchers recommend that councils open new clinics first in the most deprived towns.",
		"The authors recommend that councils publish their waiting times each quarter.",
	} {
		if !extract.Asks(s) {
			t.Errorf("no ask in %q", s)
		}
	}
	if s := "The researchers found that waits were longest in the most deprived towns."; extract.Asks(s) {
		t.Errorf("an ask in %q", s)
	}
}
