package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// recTexts are the texts of the recommendations recs finds in body,
// each with its actors after a bar.
func recTexts(t *testing.T, body string) []string {
	var out []string
	for _, r := range recs(t, body) {
		_, rest, _ := strings.Cut(r, "|")
		out = append(out, rest)
	}
	return out
}

// TestActionItemsHeadingAsksBodies: a meeting's "Action items" list is
// read as its "Actions" list is: an item opening with a body ("Brindle
// Valley NHS Trust to draft ...") asks that body, a person's item stays
// housekeeping.
func TestActionItemsHeadingAsksBodies(t *testing.T) {
	got := recTexts(t, "## Action items\n\n- Brindle Valley NHS Trust to draft a parent leaflet about the new clinic by May\n- Sam Jones to send the slides to members\n")
	if len(got) != 1 || !strings.HasPrefix(got[0], "Brindle Valley NHS Trust to draft") || !strings.HasSuffix(got[0], "|Trusts") {
		t.Errorf("recommendations %q, want only the trust's action, asking Trusts", got)
	}
}

// TestActionTableVerbsAndBracketedTrust: an action table's rows to
// circulate, to invite and to report on are actions of their owners, and
// an owner written as a person with the trust in brackets ("K Lee
// (Trust)") is the trust's; a person alone owns housekeeping.
func TestActionTableVerbsAndBracketedTrust(t *testing.T) {
	body := "ACTIONS\n\nAction | Owner | By when\n--- | --- | ---\n" +
		"Circulate the revised speech therapy pathway | J Smith (ICB) | 3 May\n" +
		"Invite the school nursing lead to the group | P Ode (Council) | 4 May\n" +
		"Report on children waiting over a year for therapy | K Lee (Trust) | 5 May\n" +
		"Circulate the minutes of this meeting to members | Ann | 6 May\n"
	got := recTexts(t, body)
	want := []string{
		"Circulate the revised speech therapy pathway|ICBs",
		"Invite the school nursing lead to the group|Local authorities",
		"Report on children waiting over a year for therapy|Trusts",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("recommendations %q, want %q", got, want)
	}
}

// TestSubGroupAskedToLeadsIn: "The sub-group is asked to:" leads in the
// decisions under it as "The Board is asked to:" does.
func TestSubGroupAskedToLeadsIn(t *testing.T) {
	got := recTexts(t, "The sub-group is asked to:\n\n- agree the draft speech therapy pathway for consultation;\n- note the rise in referrals and agree a review in May.\n")
	if len(got) != 2 {
		t.Errorf("recommendations %q, want the two decisions", got)
	}
}

// TestBoardAskedToNoteThenApprove: a board asked to note one thing and,
// after a comma with its "to" left out, to approve another is asked to
// decide, so the sentence is an ask whatever count it holds.
func TestBoardAskedToNoteThenApprove(t *testing.T) {
	for _, in := range []string{
		"The Board is asked to note the position, approve the recovery plan in section 4 and support a business case for three more therapists.",
		"The Committee is asked to note the audit, endorse the revised pathway and agree the timetable.",
	} {
		if got := recTexts(t, in); len(got) != 1 {
			t.Errorf("%q: recommendations %q, want one", in, got)
		}
	}
	if got := recTexts(t, "The Board is asked to note the position set out in this report."); len(got) != 0 {
		t.Errorf("a note alone: recommendations %q, want none", got)
	}
}

// TestWriterRecommendsThingBeDone: the writer's recommendation in the
// passive subjunctive, of a post or a budget rather than of people ("We
// recommend that the clinical lead post be made permanent from June"),
// is an ask; "We recommend reading the guidance" and a report that the
// post was made permanent are not.
func TestWriterRecommendsThingBeDone(t *testing.T) {
	for _, in := range []string{
		"We recommend that the clinical lead post be made permanent from June, as it now covers two sites.",
		"I propose that the clinic's opening hours be extended to Saturday mornings.",
	} {
		if got := recTexts(t, in); len(got) != 1 {
			t.Errorf("%q: recommendations %q, want one", in, got)
		}
	}
	for _, in := range []string{
		"The clinical lead post was made permanent in June after the review.",
		"We recommend reading the guidance before the session.",
	} {
		if got := recTexts(t, in); len(got) != 0 {
			t.Errorf("%q: recommendations %q, want none", in, got)
		}
	}
}

// TestNumberedPointersAndOffersUnderRecommendations: under a heading of
// recommendations, a numbered paragraph that points to the list ("4.1 We
// invite the panel to consider the following recommendations") or offers
// evidence ("4.2 The Forum would be glad to give oral evidence") asks no
// one; the numbered asks between them stay.
func TestNumberedPointersAndOffersUnderRecommendations(t *testing.T) {
	body := "## 4. Recommendations\n\n4.1 We invite the panel to consider the following recommendations in its findings.\n\n" +
		"1. The ICB should fund a new clinic for children in the north of the county.\n\n" +
		"4.2 The Forum would be glad to give oral evidence. Our director, Dr Ann Bell, is free on 3 or 4 May.\n"
	got := recs(t, body)
	if len(got) != 1 || !strings.HasPrefix(got[0], "1|The ICB should fund") {
		t.Errorf("recommendations %q, want only the ICB's", got)
	}
}

// TestGroupOwnBusinessNoAsk: under "The group is asked to:", an item on
// the meeting's own business ("AGREE the terms of reference") asks no
// body, while a decision on a service's pathway stays an ask.
func TestGroupOwnBusinessNoAsk(t *testing.T) {
	got := recTexts(t, "The group is asked to:\n\n- AGREE the terms of reference;\n- agree the draft speech therapy pathway for consultation.\n")
	if len(got) != 1 || !strings.HasPrefix(got[0], "agree the draft speech therapy pathway") {
		t.Errorf("recommendations %q, want only the pathway", got)
	}
}

// TestSubGroupDecisionsAskOther: a partnership sub-group's decisions ask
// the group, several bodies, not the council that sends the invitation.
func TestSubGroupDecisionsAskOther(t *testing.T) {
	doc := parseBody(t, "Brindle Borough Council", "The sub-group is asked to:\n\n- agree the draft speech therapy pathway for consultation.\n")
	var got []string
	for _, it := range extract.Extract(doc) {
		if it.Kind == evidence.Recommendation {
			for _, a := range it.Actors {
				got = append(got, string(a))
			}
		}
	}
	if strings.Join(got, ",") != "Other" {
		t.Errorf("actors %q, want Other", got)
	}
}
