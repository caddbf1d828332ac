package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// Set 48 spent: figures. Every sentence is written for these tests.

// TestRanksOwnSchoolsTermsAndLimitsAreNoFigures: a group picked out by rank, a body's own years and schools beside a
// figure, an agreement's term, a story's sessions, a data-quality note's
// count of late returns and the limits a measure's definition counts
// against are no figures.
func TestRanksOwnSchoolsTermsAndLimitsAreNoFigures(t *testing.T) {
	for _, s := range []string{
		"This winter was the hardest in our 21 years.",
		"Approved for twelve months, subject to a review in the spring.",
		"Over eight sessions he and his therapist worked on sleep and school refusal.",
		"Three practices submitted incomplete data for March, so their figures are estimated.",
		"Each quarter the dashboard shows the share of referrals closed within 6 weeks and within 12 weeks.",
	} {
		if figs := extract.Figures(s); len(figs) != 0 {
			t.Errorf("%q: read figures %v", s, figs)
		}
	}
	for _, c := range []struct {
		s    string
		want int
	}{
		// The shares beside the estate and the rank are read.
		{"Attendance across our six academies was 94.2% last year.", 1},
		{"In Eastwick we are at 88%, and in our four most deprived wards it falls to 76%.", 2},
		// A count of the writer's academies that is the finding is read.
		{"We opened 3 academies in 2024.", 1},
	} {
		if figs := extract.Figures(c.s); len(figs) != c.want {
			t.Errorf("%q: read %d figures %v, want %d", c.s, len(figs), figs, c.want)
		}
	}
}

// TestEarlierValueAfterLevelFirst: a change told level first, "fell to 61, from 88 the
// year before", lost its earlier value, bare after "from".
func TestEarlierValueAfterLevelFirst(t *testing.T) {
	for _, c := range []struct {
		s    string
		want float64
	}{
		{"Emergency admissions fell to 140, from 172 the year before.", 172},
		{"Referrals to the team rose to 530 in the quarter, from 410 in the same quarter last year.", 410},
	} {
		found := false
		for _, f := range extract.Figures(c.s) {
			found = found || f.Value == c.want
		}
		if !found {
			t.Errorf("%q: no figure %v in %v", c.s, c.want, extract.Figures(c.s))
		}
	}
}

// TestAttributionByReckonsTellsAndPut: a body that "reckons", "tells us that" or whose
// figures "put" a value at a level is the figure's source (set 48 spent).
func TestAttributionByReckonsTellsAndPut(t *testing.T) {
	for _, c := range []struct{ in, cites string }{
		{"The Royal College of Nursing reckons England has lost a quarter of its school nurses since 2010.", "Royal College of Nursing"},
		{"Eastwick ICB tells me that referrals from schools rose by 18% over the same period.", "Eastwick ICB"},
		{"The Fenmoor Youth Service tells us each youth worker now covers around 900 young people.", "Fenmoor Youth Service"},
		{"Fenmoor Council’s latest dental health survey found that around one in five five-year-olds had tooth decay.", "Fenmoor Council"},
		{"Provisional data show 11.2% of Year 6 pupils in the borough living with obesity.", ""},
		{"UKHSA's latest quarterly figures put uptake of the second dose at 81% in the region.", "UKHSA"},
		{"UKHSA's latest figures put uptake of the first dose at about 88% in England.", "UKHSA"},
	} {
		items := extract.Extract(parseBody(t, "P", c.in))
		got, found := "", false
		for _, it := range items {
			if it.Kind == evidence.Statistic {
				got, found = it.Cites, true
				break
			}
		}
		if !found {
			t.Errorf("no statistic in %q", c.in)
		} else if got != c.cites {
			t.Errorf("cites of %q = %q, want %q", c.in, got, c.cites)
		}
	}
}

// TestHealthProfessionalsAsked: "Every health professional who writes
// advice should" asks the trusts that employ them, as "health visitors
// should" does.
func TestHealthProfessionalsAsked(t *testing.T) {
	for _, s := range []string{
		"Every health professional who writes a report for the panel should meet the family first.",
		"Health professionals should record the reason for every rejected referral.",
	} {
		if !extract.Asks(s) {
			t.Errorf("%q: no ask", s)
		}
	}
}

// TestPlansListNoFigures: the items under "In the coming year we
// will:" are the writer's plans: the clinics it will open and the wait it
// will bring under a year count and time nothing yet.
func TestPlansListNoFigures(t *testing.T) {
	body := "In the coming year we will:\n\n- open three new speech and language clinics with the council in the east of the county;\n" +
		"- bring every wait for a first hearing test under six weeks by March 2027.\n\nLast year 1,240 children were seen in our clinics.\n"
	var stats int
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if it.Kind == evidence.Statistic {
			stats++
			if it.Figures[0].Value != 1240 {
				t.Errorf("a plan read as a statistic: %q", it.Text)
			}
		}
	}
	if stats != 1 {
		t.Errorf("%d statistics, want the one finding", stats)
	}
}

// TestPlansListKeepsMoneyAndShareTargets: under "we will:", the money
// a plan is funded with and the share it targets stay statistics, as the
// development set labels them.
func TestPlansListKeepsMoneyAndShareTargets(t *testing.T) {
	body := "In 2026/27 we will:\n\n- open a third sensory clinic in Westby, with council funding of £210,000;\n" +
		"- reach our target of 85% of children with a named lead professional.\n"
	var stats int
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if it.Kind == evidence.Statistic {
			stats++
		}
	}
	if stats != 2 {
		t.Errorf("%d statistics, want the funding and the share targeted", stats)
	}
}

// TestEstablishmentIsBase: a workforce's establishment is the whole
// its vacancies or staff in post are counted in, with a share beside
// them or none.
func TestEstablishmentIsBase(t *testing.T) {
	for _, c := range []struct {
		s    string
		base float64
	}{
		{"The team has 31 health visitor vacancies in an establishment of 140 posts.", 140},
		{"The service has 12.4 WTE speech therapists against a funded establishment of 16 WTE, a vacancy rate of 22.5%.", 16},
	} {
		items := extract.Extract(parseBody(t, "P", c.s))
		found := false
		for _, it := range items {
			for _, f := range it.Figures {
				if f.Value == c.base {
					found = f.Role == evidence.RoleBase
				}
			}
		}
		if !found {
			t.Errorf("%q: %v not marked the base", c.s, c.base)
		}
		if len(items) > 0 {
			if h, ok := items[0].Headline(); !ok || h.Role == evidence.RoleBase || h.Unit != evidence.UnitCount {
				t.Errorf("%q: headline %v, want the count in post", c.s, h)
			}
		}
	}
}
