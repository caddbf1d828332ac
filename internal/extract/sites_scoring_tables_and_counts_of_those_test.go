package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// Set 49 spent: figures. Every sentence is written for these tests.

// TestSitesSeatsSessionsAndAskedLimitsAreNoFigures: the body's sites a person went to one of, a few sites
// in words beside the work's figures, a committee's seats, a course's
// sessions, a limit the reader is asked to keep, the reader's
// appointment's length, the least term an ask wants, the limit of a
// target an ask would set, the time limit an ask by a body sets and a
// span in a parent's quoted story are no figures.
func TestSitesSeatsSessionsAndAskedLimitsAreNoFigures(t *testing.T) {
	for _, s := range []string{
		"Ask the council to move school nursing from yearly grants to contracts of at least four years.",
		"Introduce a national standard so that no family waits more than 12 weeks for a wheelchair.",
		"Calderside ICB should commission an early support service so that no child waits more than four weeks for a first appointment.",
		"Join our sleep workshop for parents (four weekly sessions, online).",
		"Please send the form back within two weeks.",
		"You see a therapist, normally for about 45 minutes, to talk about how your child plays.",
		"The youth offending service and the school nursing team should make sure every young person is offered a health check within 10 days.",
		`"We only learned our son had been using his spacer the wrong way for two years when he ended up on the ward.`,
		"Bids were scored by a panel that included three parent representatives.",
		"The clinic that tests babies under six months is moving to the new hub.",
		"Attached are the quarter 3 figures for the board.",
	} {
		if figs := extract.Figures(s); len(figs) != 0 {
			t.Errorf("%q: read figures %v", s, figs)
		}
	}
	for _, c := range []struct {
		s    string
		want []float64
	}{
		// The people counted stay; the sites they went to one of do not.
		{"Last year 418 under-18s went to one of our four urgent treatment centres, and 29% of them came at night.", []float64{418, 29}},
		{"We ran groups in 18 schools and at two family hubs.", []float64{18}},
		{"A scrutiny committee, which includes three parents of disabled children, met 11 times and reviewed 9 complaints.", []float64{11, 9}},
		// A group's members counted as those heard, and sessions run, stay.
		{"Our parent forum, which has 14 members, said 64% of families felt unheard.", []float64{14, 64}},
		{"The team ran 26 group sessions for parents in the autumn term.", []float64{26}},
		// A wait in a parent's story stays a figure.
		// In words it is the parent's story, no figure, in straight
		// quotes as in curly ones (the development set's convention: a
		// wait quoted in digits is a figure, one in words is not).
		{`"Our daughter waited for 3 years to see anyone," one mother said.`, []float64{3}},
		{`"Our daughter waited for three years to see anyone," one mother said.`, nil},
	} {
		figs := extract.Figures(c.s)
		var got []float64
		for _, f := range figs {
			got = append(got, f.Value)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: read %v, want %v", c.s, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: read %v, want %v", c.s, got, c.want)
				break
			}
		}
	}
}

// TestAgeGroupCount: a count of people named by their age group ("340
// over-65s", "57 under-18s") was read with no noun and lost.
func TestAgeGroupCount(t *testing.T) {
	for _, s := range []string{
		"In the winter 57 under-18s were admitted to adult wards.",
		"Last year 340 over-65s attended the falls clinic.",
	} {
		figs := extract.Figures(s)
		if len(figs) != 1 || figs[0].Unit != evidence.UnitCount {
			t.Errorf("%q: read %v, want one count", s, figs)
		}
	}
}

// TestScoringTable: an options appraisal's scoring matrix, its caption
// naming scores, holds marks and weighted totals, not counts; its weights
// stay percentages.
func TestScoringTable(t *testing.T) {
	body := "## Appraisal\n\n" +
		"Table 4: Scoring of the short-listed options\n\n" +
		"| Criterion | Weight | Option 1 | Option 2 | Option 3 |\n" +
		"|---|---|---|---|---|\n" +
		"| Safety of care | 40% | 3 | 5 | 2 |\n" +
		"| Weighted total out of 5 | 100% | 2.6 | 4.4 | 3.1 |\n"
	items := extract.Extract(parseBody(t, "P", body))
	n := 0
	for _, it := range items {
		for _, f := range it.Figures {
			n++
			if f.Unit == evidence.UnitCount {
				t.Errorf("%q: %s read as a count", it.Text, f.Text)
			}
			if f.Text == "40%" && f.Unit != evidence.UnitPercent {
				t.Errorf("the weight %s read as %s", f.Text, f.Unit)
			}
		}
	}
	if n == 0 {
		t.Error("no figures read from the table")
	}
}

// TestFurnitureOfLeafletControlsAndAccountsNotes: a leaflet's control line, a set of accounts' sign-off
// and its standard notes, a paper's list of appendices kept elsewhere, a
// leaflet's credit to the families it was written with and a crisis line
// signposted to the reader are no items; sentences opening the same way
// that report something are kept.
func TestFurnitureOfLeafletControlsAndAccountsNotes(t *testing.T) {
	cases := []struct {
		sentence string
		kept     bool
	}{
		{"Leaflet code: TH-OT-022 · Version 2 · Issued June 2025 · Review date June 2027", false},
		{"Approved by the trustees on 4 May 2025 and signed on their behalf by Jo Marr, Treasurer.", false},
		{"All income and expenditure derive from continuing activities.", false},
		{"The notes on pages 9 to 14 form part of these financial statements.", false},
		{"Appendices (available on request): A. Engagement log; B. Cost model.", false},
		{"Written with parents from the Tarnside Parent Carer Forum.", false},
		{"Call NHS 111 and choose option 2, or 999 in an emergency.", false},
		// Near-misses.
		{"All income from the council grant paid for the new clinic, which saw 212 children in its first year.", true},
		{"Written evidence from 14 parents showed that most had waited more than a year.", true},
		{"Call volumes to NHS 111 from parents rose by 18% over the winter.", true},
	}
	for _, c := range cases {
		body := "## Notes\n\nThe new pathway has been agreed by the board.\n\n" + c.sentence + "\n"
		var texts []string
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			texts = append(texts, it.Text)
		}
		found := false
		for _, x := range texts {
			found = found || x == c.sentence
		}
		if found != c.kept {
			t.Errorf("%q kept = %v, want %v (items %q)", c.sentence, found, c.kept, texts)
		}
	}
}

// TestCountOfThose: "29 of those 74 (39%)" counts 29 out of the 74,
// as "of the 74" does; 29 was made the base and the share the headline.
func TestCountOfThose(t *testing.T) {
	s := "Only 18 of those 52 (35%) were seen within six weeks."
	figs := extract.Figures(s)
	roles := map[string]evidence.Role{}
	for _, f := range figs {
		roles[f.Text] = f.Role
	}
	if roles["52"] != evidence.RoleBase || roles["Only 18"] == evidence.RoleBase {
		t.Errorf("%q: roles %v", s, roles)
	}
}

// TestAsidePartNoHeadline: a figure in an aside naming a part of the
// total the sentence states ("including the auditor's fee of £4,100")
// was the headline, as the sentence's first figure; the total is.
func TestAsidePartNoHeadline(t *testing.T) {
	s := "Support costs, including the auditor's fee of £4,100, were £37,000."
	figs := extract.Figures(s)
	if len(figs) != 2 || figs[1].Role != evidence.RoleHeadline || figs[0].Role == evidence.RoleHeadline {
		t.Errorf("%q: %v", s, figs)
	}
}
