package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// Set 53 spent. Every sentence is written for these tests.

// TestReaderProcedureAndScopeAreNoFigures: a service's handling time
// for every referral, an appointment's length, the notice a reader is
// asked to give, a written question asking for numbers, a press coverage
// entry's headline, a plan's reach in places, a count of the numbers a
// text speaks of and the periods a comparison runs over are no figures;
// the findings beside them, and waits and standards, are read.
func TestReaderProcedureAndScopeAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"We look at every new referral within five working days and then phone you.", 0},
		{"Home visits normally last 30 to 40 minutes.", 0},
		{"Each session takes about 50 minutes.", 0},
		{"If you need to cancel, please let the clinic know at least 48 hours before your visit.", 0},
		{"To ask the Secretary of State for Education, how many pupils waited more than 12 weeks for a school place.", 0},
		{"“Hospital trust spends £2 million on new children's ward”, Eastmoor Gazette, 4 March 2026", 0},
		{"The two new nurses will be based in 14 GP practices across the north of the borough.", 0},
		{"The leaflet confuses three separate sets of figures.", 0},
		{"The clinic missed its target in each of the four quarters.", 0},
		{"Appointments are 15 minutes long.", 0},
		{"If your circumstances have changed, you can apply online in about 10 minutes.", 0},
		// A finding stays one.
		{"We saw 76% of new referrals within six weeks last year.", 2},
		{"Families waited a median of 17 weeks for a first appointment.", 1},
		{"Appointment waits lasted 22 weeks on average.", 1},
		{"Vacancies were reported in 12 of the 40 practices.", 2},
		{"You have the right to start treatment within 18 weeks of referral.", 1},
		{"Appointments are only 15 minutes long, so 62% of parents said they felt rushed.", 2},
		{"Parents told us the form took 40 minutes to complete.", 1},
	} {
		if figs := extract.Figures(c.s); len(figs) != c.want {
			t.Errorf("%q: read %d figures %v, want %d", c.s, len(figs), figs, c.want)
		}
	}
}

// TestInformationRequestAsksNothing: a request for information's
// lead-in asks no body to act, and the measures listed under it are
// neither statistics nor asks; the reply's finding is a statistic.
func TestInformationRequestAsksNothing(t *testing.T) {
	body := "Dear Westholme Council,\n\n" +
		"Under the Freedom of Information Act, please supply the following data for each of the last two school years:\n\n" +
		"1. The number of pupils referred to the school nursing service. 2. The percentage of referrals seen within ten working days. 3. The number of school nurse vacancies at the end of each year.\n\n" +
		"Yours faithfully,\n\nR. Patel\n\n" +
		"The council received 1,140 referrals to the school nursing service in 2025-26.\n"
	var stats, recs int
	for _, it := range extract.Extract(parseBody(t, "Westholme Council", body)) {
		switch it.Kind {
		case evidence.Statistic:
			stats++
			if !strings.Contains(it.Text, "1,140") {
				t.Errorf("statistic from the request: %q", it.Text)
			}
		case evidence.Recommendation:
			recs++
			t.Errorf("recommendation from the request: %q", it.Text)
		}
	}
	if stats != 1 {
		t.Errorf("%d statistics, want 1 (the reply's finding)", stats)
	}
}

// TestFurnitureOfToldCitationsAndPackNotes: a citation told in a sentence, a pack's note
// on what it is, a note on external sites and a fact checker's call for
// claims make no item; a finding beside them does.
func TestFurnitureOfToldCitationsAndPackNotes(t *testing.T) {
	body := "This briefing should be cited as: Okafor B, Lind S (2025) Children's dental waits in Southmere. Southmere: Southmere Institute.\n\n" +
		"This reading list is a compilation of relevant articles and resources, and is not meant to be complete.\n\n" +
		"Please note: the Institute is not responsible for the content of external websites.\n\n" +
		"Tell us about it and we will look into it. Report a claim\n\n" +
		"In Southmere, 3,200 children were waiting for a dental general anaesthetic in March 2025.\n"
	items := extract.Extract(parseBody(t, "Southmere Institute", body))
	if len(items) != 1 || !strings.Contains(items[0].Text, "3,200") {
		var got []string
		for _, it := range items {
			got = append(got, it.Text)
		}
		t.Errorf("items %q, want the finding alone", got)
	}
}

// TestOddsRatioAndInterval: a study's odds, hazard or risk ratio is a
// ratio, its confidence interval a ratio range, the interval's level no
// figure; a ratio of staff to pupils is none of these.
func TestOddsRatioAndInterval(t *testing.T) {
	figs := extract.Figures("Children who waited longer were more likely to be admitted (hazard ratio 1.35, 95% CI 1.10 to 1.66).")
	if len(figs) != 2 {
		t.Fatalf("read %v, want the ratio and its interval", figs)
	}
	if figs[0].Unit != evidence.UnitRatio || figs[0].Value != 1.35 {
		t.Errorf("estimate %+v, want ratio 1.35", figs[0])
	}
	if figs[1].Unit != evidence.UnitRatio || figs[1].Low != 1.10 || figs[1].High != 1.66 {
		t.Errorf("interval %+v, want ratio 1.10 to 1.66", figs[1])
	}
}

// TestWrappedLineFigure: a plain-text message wrapped at a fixed width
// can part a fraction's words ("around a" / "third higher"); the line
// break reads as the space it stands for, and the figure keeps the text as
// written.
func TestWrappedLineFigure(t *testing.T) {
	s := "The latest count suggests that referrals are around a\nthird higher than they were two years ago."
	figs := extract.Figures(s)
	if len(figs) != 1 || figs[0].Unit != evidence.UnitPercent || figs[0].Text != s[figs[0].Offset:figs[0].Offset+len(figs[0].Text)] || !strings.Contains(figs[0].Text, "\n") {
		t.Errorf("read %+v, want one share across the line break, as written", figs)
	}
}

// TestDemandForAServiceAsksNothing: people asking a service for its
// help is demand told, no ask; an ask of a body beside it stays one.
func TestDemandForAServiceAsksNothing(t *testing.T) {
	if extract.Asks("More parents have been asking for our advice this year than in any year before.") {
		t.Error("demand for a service read as an ask")
	}
	if !extract.Asks("Parents are asking for our help, and the ICB should fund two more therapists.") {
		t.Error("the ICB's ask beside the demand is lost")
	}
}

// TestLatestReleaseCitesItsPublisher: a finding told from "the most
// recent release" cites the body the sentence before says publishes the
// data; one with no such sentence before cites none.
func TestLatestReleaseCitesItsPublisher(t *testing.T) {
	body := "Public Health Scotland publishes quarterly statistics on dental waits for children. " +
		"In the most recent release, 4,100 children were waiting for a dental general anaesthetic.\n\n" +
		"In the latest figures, 37% of the clinic's referrals were urgent.\n"
	var cites []string
	for _, it := range extract.Extract(parseBody(t, "Eastmoor Council", body)) {
		if it.Kind == evidence.Statistic {
			cites = append(cites, it.Cites)
		}
	}
	if len(cites) != 2 || cites[0] != "Public Health Scotland" || cites[1] != "" {
		t.Errorf("cites %q, want Public Health Scotland, then none", cites)
	}
}
