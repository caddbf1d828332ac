package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestThanksForAskingIsNoAsk: a line thanking someone for asking, inviting
// or urging is the occasion of a letter, not an ask of the body named in
// it; an ask after the thanks in the same sentence stays one (round 17,
// leftovers). Before, "Thank you for asking the forum to help shape ..."
// was a recommendation of Other.
func TestThanksForAskingIsNoAsk(t *testing.T) {
	for _, s := range []string{
		"Thank you for asking the forum to help shape the new neurodevelopmental pathway.",
		"We are grateful to the ICB for asking schools to take part in the pilot.",
		"Thanks again for encouraging the trust to involve young people in the review.",
	} {
		if got := recs(t, "## Reply\n\n"+s+"\n"); len(got) != 0 {
			t.Errorf("%q: recommendations %v, want none", s, got)
		}
	}
	s := "Thank you for asking the forum to take part, and we ask the ICB to fund a named worker for every family."
	got := recs(t, "## Reply\n\n"+s+"\n")
	if len(got) != 1 || !strings.HasSuffix(got[0], "|ICBs") {
		t.Errorf("%q: recommendations %v, want one of ICBs", s, got)
	}
}

// TestCallForAThingNamesNoBody: a call for a thing that a body's name
// only qualifies ("the NHS number", "the council tax") to become or be
// something asks no body; a call for a body to act still names it (round
// 17, leftovers). Before, the name read as the addressee: "has called for
// the NHS number to become ..." was an ask of Other.
func TestCallForAThingNamesNoBody(t *testing.T) {
	cases := map[string]string{
		"The Children's Commissioner has called for the NHS number to become a consistent child identifier across health, education and children's services.": "",
		"Healthwatch has called for the council tax to be frozen.":                                   "",
		"Healthwatch has called for the trust to publish its waits.":                                 "Trusts",
		"Healthwatch has called for councils in England to publish waits.":                           "Local authorities",
		"Healthwatch has called for integrated care boards across the region to publish waits.":      "ICBs",
		"The Children's Commissioner has called on the NHS to fund a named worker for every family.": "Other",
		"Healthwatch has called for the Government urgently to fund a named worker.":                 "Government",
		"Healthwatch has called for the ICB, which took over in 2023, to fund short breaks.":         "ICBs",
		"Healthwatch has called for the trust's board to review waits.":                              "Trusts",
	}
	for s, want := range cases {
		got := recs(t, "## News\n\n"+s+"\n")
		if len(got) != 1 || got[0] != "|"+s+"|"+want {
			t.Errorf("%q: recommendations %v, want one of %q", s, got, want)
		}
	}
}

// TestCountOfPeopleBeforeAndAShare: a clause counting people joined by
// ", and" to a share who said or felt something ("412 young people gave
// feedback, and 68% said") makes the count the base and the share the
// headline; a count of sessions or times before ", and" stays a figure of
// its own (round 17, leftovers). Before, 412 had no role, and the
// sentence's headline was 412.
func TestCountOfPeopleBeforeAndAShare(t *testing.T) {
	cases := map[string]map[string]evidence.Role{
		"In the partnership's last survey, 412 young people gave feedback, and 68% said the new drop-in felt welcoming.": {"412": evidence.RoleBase, "68%": evidence.RoleHeadline},
		"Some 1,100 parents replied to the survey, and almost 70% told us they had waited too long.":                     {"Some 1,100 parents": evidence.RoleBase, "almost 70%": evidence.RoleHeadline},
		"We ran 12 sessions in schools, and 68% said the sessions helped.":                                               {"12 sessions": "", "68%": ""},
		"Families had been moved an average of 2.6 times, and 38% had been placed outside the borough.":                  {"38%": ""},
	}
	for s, want := range cases {
		got := map[string]evidence.Role{}
		for _, it := range extract.Extract(parseBody(t, "P", "## Survey\n\n"+s+"\n")) {
			for _, f := range it.Figures {
				got[f.Text] = f.Role
			}
		}
		for fig, w := range want {
			if r, ok := got[fig]; !ok || r != w {
				t.Errorf("%q: %s has role %q (found %v), want %q (all %v)", s, fig, r, ok, w, got)
			}
		}
	}
}

// TestGroupColumnsMeasureTheHeading: columns named for a group by sex or
// age ("Boys", "Girls", "5 to 15", "Aged 16-17") are of whom, as "All
// children" is: each figure measures what the heading says, for the
// column's group; with no heading or caption to say what, the header
// stays the measure (round 17, leftovers). Before, "boys", "girls" and "5
// to 15" were the figures' whole measures.
func TestGroupColumnsMeasureTheHeading(t *testing.T) {
	body := "## Children waiting over 18 weeks, by sex\n\n| Region | Boys | Girls | 5 to 15 | Aged 16-17 | Referrals |\n|---|---|---|---|---|---|\n| North | 600 | 400 | 900 | 100 | 1,250 |\n"
	got := map[string]string{}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			got[f.Text] = f.Measure
		}
	}
	want := map[string]string{"600": "children waiting over 18 weeks: boys", "400": "children waiting over 18 weeks: girls",
		"900": "children waiting over 18 weeks: 5 to 15", "100": "children waiting over 18 weeks: aged 16-17", "1,250": "referrals"}
	for fig, w := range want {
		if got[fig] != w {
			t.Errorf("%s measures %q, want %q (all %v)", fig, got[fig], w, got)
		}
	}
	got = map[string]string{}
	for _, it := range extract.Extract(parseBody(t, "P", "| Region | Boys | Girls |\n|---|---|---|\n| North | 600 | 400 |\n")) {
		for _, f := range it.Figures {
			got[f.Text] = f.Measure
		}
	}
	if got["600"] != "boys" {
		t.Errorf("with no heading, 600 measures %q, want %q", got["600"], "boys")
	}
	// An indicator's row names what is measured: the heading is not it.
	ind := "## Child health indicators, 2023/24\n\n| Indicator | Boys | Girls |\n|---|---|---|\n| Obese in Year 6 (%) | 24.1 | 20.3 |\n"
	for _, it := range extract.Extract(parseBody(t, "P", ind)) {
		for _, f := range it.Figures {
			if strings.Contains(f.Measure, "indicators") {
				t.Errorf("%s of an indicator's row measures %q", f.Text, f.Measure)
			}
		}
	}
}

// TestFigureBeforeItsLabels: a table row whose figure comes before its
// labels ("| 10,415 | South | 2023 |") takes every label after it, up to
// the next figure, that says when, of whom or what: its region and its
// year; a note or a trend after them stays out of the measure (round 17,
// leftovers). Before, only the first label after the figure was read, and
// 10,415 had no year.
func TestFigureBeforeItsLabels(t *testing.T) {
	body := "## Children waiting\n\n| Children waiting | Region | Year |\n|---|---|---|\n| 10,415 | South | 2023 |\n| 9,870 | North | 2024 |\n\n" +
		"## Referrals\n\n| Referrals | Region | Notes |\n|---|---|---|\n| 4,120 | East | Provisional, to be revised in June |\n"
	got := map[string]evidence.Record{}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			got[f.Text] = f.Record
		}
	}
	want := map[string][3]string{"10,415": {"South", "2023", "children waiting"}, "9,870": {"North", "2024", "children waiting"}, "4,120": {"East", "", "referrals"}}
	for fig, w := range want {
		r := got[fig]
		if r.Population != w[0] || r.Period != w[1] || r.Measure != w[2] {
			t.Errorf("%s: group %q, period %q, measure %q; want %q, %q, %q", fig, r.Population, r.Period, r.Measure, w[0], w[1], w[2])
		}
	}
}

// TestShareAfterItsBaseMeasuresItsOwnClause: a share or count after a
// comma that closes its base's clause measures its own clause, not the
// words that named the base ("412 young people gave feedback, and 68%
// said ...", "Of the 57 care leavers referred to adult services, 21
// were ..."); a share set beside the clause ("..., 71% of those who were
// eligible") and a wait ("had waited longer than 13 weeks") keep it
// (round 17, leftovers). Before, the base's clause, less its figure, was
// in the measure: "young people gave feedback, and said ...", "of the
// care leavers referred to adult services, were ...".
func TestShareAfterItsBaseMeasuresItsOwnClause(t *testing.T) {
	cases := map[string][2]string{
		"In the partnership's last survey, 412 young people gave feedback, and 68% said the new drop-in felt welcoming.": {"68%", "said the new drop-in felt welcoming"},
		"Of the 57 care leavers referred to adult services, 21 were discharged without being seen.":                      {"21", "were discharged without being seen"},
		"In our survey of 212 health visitors, 81% said they had lost track of a family.":                                {"81%", "said they had lost track of a family"},
		"This year the service vaccinated 4,120 pupils in Year 8 against HPV, 71% of those who were eligible.":           {"71%", "service vaccinated in Year 8 against HPV, of those who were eligible"},
	}
	for s, w := range cases {
		got := map[string]string{}
		for _, it := range extract.Extract(parseBody(t, "P", "## Survey\n\n"+s+"\n")) {
			for _, f := range it.Figures {
				got[f.Text] = f.Measure
			}
		}
		if got[w[0]] != w[1] {
			t.Errorf("%q: %s measures %q, want %q", s, w[0], got[w[0]], w[1])
		}
	}
}
