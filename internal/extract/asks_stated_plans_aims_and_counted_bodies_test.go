package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestGovernmentsOwnPlanIsNoAsk: what the government has said or promised
// bodies should do is its stated plan, reported, not the writer's ask
// (set 26 spent). Before: "every school should have access" read as an
// ask of schools.
func TestGovernmentsOwnPlanIsNoAsk(t *testing.T) {
	for _, s := range []string{
		"The Department has promised that every family hub should offer a speech and language drop-in by 2027.",
		"Ministers have announced that each secondary school should have a mental health lead.",
	} {
		for _, l := range itemLines(parseTyped(t, "report", "## Schools\n\n"+s+"\n")) {
			if strings.HasPrefix(l, "recommendation|") {
				t.Errorf("%s\n  read as an ask: %q", s, l)
			}
		}
	}
}

// TestAnswersBelowIsNoAsk: a reply's opening that points at the answers
// and points below it asks nothing itself (set 26 spent). Before: "points
// we would like the council to consider" read as an ask of the council.
func TestAnswersBelowIsNoAsk(t *testing.T) {
	for _, s := range []string{
		"My answers to your questions are below, with a few points we would like the council to consider in the budget.",
		"Replies to your questions in line, and two things we would like the trust to think about before the review.",
	} {
		for _, l := range itemLines(parseTyped(t, "report", "Thanks for getting in touch.\n\n"+s+"\n")) {
			if strings.HasPrefix(l, "recommendation|") || strings.Contains(l, "answers to your") || strings.Contains(l, "Replies to") {
				t.Errorf("%s\n  kept as an item: %q", s, l)
			}
		}
	}
}

// TestWeWantEveryChildToHave: "we want every child ... to have" asks for
// what every child should get, of no body named (set 26 spent). Before:
// no verb of asking was read and it stayed an excerpt.
func TestWeWantEveryChildToHave(t *testing.T) {
	for _, s := range []string{
		"As a network, we want every child with a long-term condition to have a named nurse at school.",
		"We would like all young carers to be offered a health check when they are identified.",
	} {
		lines := itemLines(parseTyped(t, "report", "## Our asks\n\nSome text before the ask here.\n\n"+s+"\n"))
		found := false
		for _, l := range lines {
			found = found || strings.HasPrefix(l, "recommendation|") && strings.Contains(l, s[:20])
		}
		if !found {
			t.Errorf("%s\n  got %q, want a recommendation", s, lines)
		}
	}
}

// TestAimBeforeAListIsNoAsk: the aim a list of asks serves ("We want
// every family to have ... To achieve this:") is no ask of its own; the
// asks are the items (set 26 spent). Without this, the wish read by
// TestWeWantEveryChildToHave would count twice.
func TestAimBeforeAListIsNoAsk(t *testing.T) {
	body := "## Recommendations\n\nWe want every child with asthma to have a written plan at school. To achieve this:\n\n" +
		"1. The ICB should fund an asthma nurse for every secondary school.\n2. Schools should keep a spare inhaler.\n"
	lines := itemLines(parseTyped(t, "report", body))
	recs := 0
	for _, l := range lines {
		if strings.HasPrefix(l, "recommendation|") {
			recs++
			if strings.Contains(l, "We want every child") {
				t.Errorf("the aim read as an ask: %q", l)
			}
		}
	}
	if recs != 2 {
		t.Errorf("got %q, want the two items as recommendations", lines)
	}
}

// TestWhenAfterAnEventIsNoFigure: a duration after which an outcome is
// asked about ("what happened to young people six months after they
// moved") dates the outcome; a wait of as long ("wait on average 7 months
// after their 18th birthday") is still a figure (set 26 spent). Before:
// "six months" was read as a figure.
func TestWhenAfterAnEventIsNoFigure(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		figure         bool
	}{
		{"Only 4 of the 15 councils knew how many care leavers had a GP two years after they left care.", "two years", false},
		{"None of the 11 trusts could say what happened to young people nine months after they moved.", "nine months", false},
		{"Just 12 of the 40 boards could tell us what happened to children 18 months after discharge.", "18 months", false},
		{"Young adults wait on average 7 months after their 18th birthday for a first adult appointment.", "7 months", true},
	} {
		got := false
		for _, f := range extract.Figures(c.sentence) {
			got = got || f.Text == c.text
		}
		if got != c.figure {
			t.Errorf("%s\n  %q read as a figure: %v, want %v", c.sentence, c.text, got, c.figure)
		}
	}
}

// TestCountedBodiesStayInTheListAsked: "the ICB and the two adult
// hospices should" asks both; the count before the second body does not
// end the list (set 26 spent). Before: only the hospices were asked.
func TestCountedBodiesStayInTheListAsked(t *testing.T) {
	s := "We think the ICB and the two adult hospices should agree a joint pathway for young adults."
	lines := itemLines(parseTyped(t, "report", "## Asks\n\n"+s+"\n"))
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "recommendation||ICBs,Other|") {
		t.Errorf("%s\n  got %q, want a recommendation of ICBs and Other", s, lines)
	}
}

// TestAuditGroupIsTheBaseOfItsCount: "In our audit of 85 discharge
// letters, 22 letters were sent late" draws the 22 from the 85, which is
// the base, though the later count carries its noun (set 26 spent).
// Before: 85 was the headline and no base was marked.
func TestAuditGroupIsTheBaseOfItsCount(t *testing.T) {
	s := "In our audit of 85 discharge letters, 22 letters were sent to the GP more than a week late."
	roles := map[float64]string{}
	for _, f := range extract.Figures(s) {
		roles[f.Value] = string(f.Role)
	}
	if roles[85] != "base" {
		t.Errorf("%s\n  roles %v, want 85 the base", s, roles)
	}
}
