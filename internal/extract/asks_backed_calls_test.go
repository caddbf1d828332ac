package extract_test

import (
	"strings"
	"testing"
)

// TestBackedCallAsksTheBodyCalledOn: the writer backing another's call
// on a body ("We also back the call by the alliance, a coalition of
// charities, for the government to fund ...") joins the ask of that
// body. Before: no ask. A call backed with no body called on, and a
// call only described, ask no one.
func TestBackedCallAsksTheBodyCalledOn(t *testing.T) {
	for s, want := range map[string]string{
		"We also back the call by the Brightwell Alliance, a coalition of children's charities, for the government to fund speech therapy training places.": "Government",
		"We strongly support the call from families for NHS England to publish waiting times for every service.":                                            "NHSE",
	} {
		got := recs(t, s+"\n")
		if len(got) != 1 || !strings.HasSuffix(got[0], "|"+want) {
			t.Errorf("%q: got %q, want one ask of %s", s, got, want)
		}
	}
	for _, s := range []string{
		"We back the call for more places to be funded next year.",
		"We discussed the call by the alliance for the government to fund training places at our May meeting.",
	} {
		if got := recs(t, s+"\n"); len(got) != 0 {
			t.Errorf("%q: read as an ask: %q", s, got)
		}
	}
}

// TestSafeguardingPartnersAreTheirBodies: "the safeguarding partners" of
// an area are by law its council, integrated care board and police, so
// an ask of them asks Local authorities, ICBs and Other. Before: no
// actor. The partnership, an arrangement, names no body.
func TestSafeguardingPartnersAreTheirBodies(t *testing.T) {
	got := recs(t, "The safeguarding partners should agree how health assessments of children in care are shared with schools.\n")
	if len(got) != 1 || !strings.HasSuffix(got[0], "|ICBs,Local authorities,Other") {
		t.Errorf("got %q, want one ask of ICBs, Local authorities and Other (no other body named)", got)
	}
	got = recs(t, "The safeguarding partnership should publish its annual report sooner.\n")
	if len(got) == 1 && strings.Contains(got[0], "ICBs") {
		t.Errorf("the partnership read as its bodies: %q", got)
	}
}

// TestBothOrganisationsAskTheBodiesBefore: an ask naming its bodies only
// as "Both organisations" asks the bodies the ask before it named.
// Before: no actor. Under an ask of one body it takes none.
func TestBothOrganisationsAskTheBodiesBefore(t *testing.T) {
	body := "## What we are asking for\n\n1. Millbeck Council and the ICB to agree a joint plan for speech therapy waits by June.\n2. Both organisations to involve young people in choosing the new provider.\n"
	got := recs(t, body)
	if len(got) != 2 || !strings.HasSuffix(got[1], "|ICBs,Local authorities") {
		t.Errorf("got %q, want the second ask of ICBs and Local authorities", got)
	}
	body = "## What we are asking for\n\n1. The ICB to publish waiting times every quarter.\n2. Both organisations to involve young people in choosing the new provider.\n"
	if got := recs(t, body); len(got) == 2 && strings.Contains(got[1], "ICBs") {
		t.Errorf("an ask of one body before lent it to 'both organisations': %q", got)
	}
}
