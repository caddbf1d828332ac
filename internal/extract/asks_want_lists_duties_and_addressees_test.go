package extract_test

import (
	"strings"
	"testing"
)

// TestWantListUnderItsHeading: a young people's report sets its asks as
// a list under a heading "We want:" (or "We would like:"), each item a
// body and what it is to do ("the ICB to cut the wait for ..."): each
// item is an ask of its body (set 43 spent). A heading "We want" with no
// colon, over a paragraph, leads in nothing. Every sentence is written
// for this test.
func TestWantListUnderItsHeading(t *testing.T) {
	for _, head := range []string{"We want:", "We would like:"} {
		body := "## What we found\n\nMany young people waited months for help.\n\n## " + head + "\n\n" +
			"- the ICB to cut the wait for a first CAMHS appointment\n\n" +
			"- schools to have a named person young people can talk to\n\n" +
			"- the council to run the youth bus to the clinic on Saturdays\n"
		got := recs(t, body)
		want := []string{"ICBs", "Schools", "Local authorities"}
		if len(got) != len(want) {
			t.Errorf("under %q: asks %q, want %d", head, got, len(want))
			continue
		}
		for i, w := range want {
			if !strings.HasSuffix(got[i], "|"+w) {
				t.Errorf("under %q: ask %q, want actor %s", head, got[i], w)
			}
		}
	}
	body := "## We want\n\nYoung people told us they want to be asked what they think, and that the clinic is hard to reach.\n"
	if got := recs(t, body); len(got) != 0 {
		t.Errorf("asks %q under a heading with no colon over a paragraph", got)
	}
}

// TestWritersBiggestAsk: a writer naming their chief ask as the subject
// of "is that", with bodies acting after it, asks those bodies, inside a
// longer sentence too; the same words reported of parents ask nothing (set 43 spent). Every sentence is
// written for this test.
func TestWritersBiggestAsk(t *testing.T) {
	for s, want := range map[string]string{
		"If it is useful for the paper, I would say the biggest ask is that the council and the ICB fund a second family hub.": "ICBs,Local authorities",
		"My main request would be that schools publish their medical needs policy.":                                            "Schools",
	} {
		got := recs(t, s+"\n")
		if len(got) != 1 || !strings.HasSuffix(got[0], "|"+want) {
			t.Errorf("%q: asks %q, want one of %s", s, got, want)
		}
	}
	for _, s := range []string{
		"Parents told us the biggest ask is that the council funds a second family hub.",
	} {
		if got := recs(t, s+"\n"); len(got) != 0 {
			t.Errorf("%q: asks %q, want none", s, got)
		}
	}
}

// TestDutyAfterItsAccountOpens: a body's "must" in the sentence after
// one that says the law binds it ("These duties are not optional.") or
// names a power the law gives ("... is one of the statutory powers of
// local Healthwatch.") states the law, no ask; the same "must" after a
// finding is an ask (set 43 spent). Every sentence is written for this
// test.
func TestDutyAfterItsAccountOpens(t *testing.T) {
	for _, body := range []string{
		"The council commissions four health visiting checks. These duties are not optional. Councils must deliver the checks whatever the pressure on the grant.\n",
		"Entering a service to observe it is one of the statutory powers of a local Healthwatch. Providers of publicly funded care must let our trained volunteers visit their premises.\n",
	} {
		if got := recs(t, body); len(got) != 0 {
			t.Errorf("asks %q in an account of the law", got)
		}
	}
	body := "Only half of the checks were done on time last year. Councils must deliver the checks whatever the pressure on the grant.\n"
	if got := recs(t, body); len(got) != 1 {
		t.Errorf("asks %q, want the council's one", got)
	}
}

// TestRecommendsThatWithAPoliceForce: a "recommends that" clause opening
// with a list of bodies asks each of them, a named police force too
// (Other), not only those actorsIn reads (set 43 spent). Written for
// this test.
func TestRecommendsThatWithAPoliceForce(t *testing.T) {
	got := recs(t, "The partnership recommends that the council, the ICB and Westvale Police agree a joint plan for children missing school.\n")
	if len(got) != 1 || !strings.HasSuffix(got[0], "|ICBs,Local authorities,Other") {
		t.Errorf("asks %q, want ICBs, local authorities and Other", got)
	}
}

// TestImperativesTakeTheAddresseeTheirSectionNames: under a paragraph
// saying to whom the recommendations are made ("We made the following
// recommendations to Westvale Community NHS Trust."), an item in the
// imperative asks that body; an item naming its own body keeps it, and
// after the next heading the addressee no longer holds (set 43 spent).
// Written for this test.
func TestImperativesTakeTheAddresseeTheirSectionNames(t *testing.T) {
	body := "## Recommendations\n\nWe made the following recommendations to Westvale Community NHS Trust.\n\n" +
		"1. Fit blinds in every clinic room used for sensory assessments.\n\n" +
		"2. We recommend that Westvale Integrated Care Board reviews the funding of the service.\n\n" +
		"## Our own plans\n\n- Publish a guide for families on what to expect at the clinic.\n"
	got := recs(t, body)
	want := []string{"1|Fit blinds in every clinic room used for sensory assessments.|Trusts", "2|We recommend that Westvale Integrated Care Board reviews the funding of the service.|ICBs"}
	for i, w := range want {
		if i >= len(got) || got[i] != w {
			t.Errorf("asks %q, want %q first", got, want)
			break
		}
	}
	for _, g := range got {
		if strings.Contains(g, "Publish a guide") && strings.HasSuffix(g, "Trusts") {
			t.Errorf("%q took an addressee past its section", g)
		}
	}
}
