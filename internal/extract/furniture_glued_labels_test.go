package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAStatusLozengeIsNoWordOfAnItem: a status lozenge glued before a
// sentence in a wiki's or a report's table cell ("AMBER Waits for ...")
// opens no item's text; the sentence after it is the item. A colour as
// the sentence's word ("Red tape ...") and a heading in capitals ("GREEN
// SPACES: ...") stay.
func TestAStatusLozengeIsNoWordOfAnItem(t *testing.T) {
	items := func(body string) string {
		var texts []string
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			texts = append(texts, strings.TrimSpace(it.Text))
		}
		return strings.Join(texts, "\n")
	}
	opens := func(all, want string) bool {
		for _, l := range strings.Split(all, "\n") {
			if strings.HasPrefix(l, want) {
				return true
			}
		}
		return false
	}
	board := "| Item | Lead | Update |\n|---|---|---|\n" +
		"| 2. Waiting times | Ola Berg | Referrals rose to 3,150 in the quarter. AMBER Waits for a first appointment grew to 19 weeks, from 15 weeks in spring. |\n\n" +
		"Red tape held up 4 of the 9 new posts in the autumn.\n"
	all := items(board)
	if !opens(all, "Waits for a first appointment grew to 19 weeks") || strings.Contains(all, "AMBER") {
		t.Errorf("the lozenge opens an item; items:\n%s", all)
	}
	if !opens(all, "Red tape held up 4 of the 9") {
		t.Errorf("a colour as a word was cut; items:\n%s", all)
	}
	if all = items("GREEN SPACES: Play areas in the borough fell from 41 to 33 between 2019 and 2024.\n"); !opens(all, "GREEN SPACES: Play areas") {
		t.Errorf("a heading in capitals was cut; items:\n%s", all)
	}
}

// TestACommentaryLabelIsNoWordOfAnItem: the label an alert or a bulletin
// sets before its own remarks ("Lobbyline comment:", "Our comment:")
// opens no item's text; the remarks and their ask are the items. A
// sentence about comments ("Comments from parents: most ...", in lower
// case after the colon) keeps its words. Every sentence is written for
// this test.
func TestACommentaryLabelIsNoWordOfAnItem(t *testing.T) {
	var texts []string
	body := "Lobbyline comment: Today's questions show continued pressure on children's dental access. We recommend that members write to the Health Committee before its deadline.\n\n" +
		"Our comment: The Department should publish the dental recovery plan's figures by area.\n\n" +
		"Parent comment: most families said the wait was the hardest part.\n"
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		texts = append(texts, strings.TrimSpace(it.Text))
	}
	all := strings.Join(texts, "\n")
	for _, label := range []string{"Lobbyline comment", "Our comment"} {
		if strings.Contains(all, label) {
			t.Errorf("%q opens an item; items:\n%s", label, all)
		}
	}
	for _, want := range []string{"Today's questions show continued pressure", "The Department should publish the dental recovery plan", "Parent comment: most families"} {
		if !strings.Contains(all, want) {
			t.Errorf("%q lost; items:\n%s", want, all)
		}
	}
}
