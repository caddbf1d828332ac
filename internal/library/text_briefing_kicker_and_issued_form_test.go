package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A charity's plain-text briefing opens on its name in capitals over the
// kind of paper it is ("Briefing for Members of Parliament", "Consultation
// response"), then its title, then labelled lines: the day of the debate
// it is for, the day it was issued, and a contact wrapped onto a line set
// in under it. The name is the publisher, the title the title, and
// "Issued:" the date, never the debate's day; the kind and the labelled
// lines are no evidence. A name over a line that is no kind of paper
// ("Working together for children") is no masthead. Before (held-out set
// 90), the capitals were the title and the import asked for the
// publisher and the date.
func TestABriefingsKindLineAndIssuedFormDateItsText(t *testing.T) {
	body := "\n\nKey points\n----------\n\nNearly 100,000 children in England live with a life-limiting condition.\n"
	head := func(kind string) string {
		return "LANTERN CHILDREN'S HOSPICES ALLIANCE\n" + kind + "\n\nFunding for children's hospices: briefing for the Westminster Hall debate\n\n" +
			"Debate: Wednesday 25 November 2026, 2.30pm, Westminster Hall\nIssued: 23 November 2026\n" +
			"Contact: Sophie Rendell, Policy and Public Affairs Manager\n         sophie.rendell@example.org.uk | 020 7946 0381"
	}
	for _, kind := range []string{"Briefing for Members of Parliament", "Parliamentary briefing", "Consultation response"} {
		im, err := library.Guess(write(t, "briefing.txt", []byte(head(kind)+body)))
		if err != nil {
			t.Errorf("%s: %v", kind, err)
			continue
		}
		if im.Source.Title != "Funding for children's hospices: briefing for the Westminster Hall debate" || im.Source.Publisher != "Lantern Children's Hospices Alliance" || im.Source.Date.String() != "2026-11-23" {
			t.Errorf("%s: title %q, publisher %q, date %s", kind, im.Source.Title, im.Source.Publisher, im.Source.Date)
		}
		for _, not := range []string{kind, "Issued:", "Debate:", "020 7946"} {
			if strings.Contains(im.Body, not) {
				t.Errorf("%s: %q kept in the body:\n%s", kind, not, im.Body)
			}
		}
	}
	if im, err := library.Guess(write(t, "notkind.txt", []byte(strings.Replace(head("Working together for children"), "Issued:", "Issue:", 1)+body))); err == nil && im.Source.Publisher == "Lantern Children's Hospices Alliance" {
		t.Errorf("a strapline read as a kind of paper: publisher %q", im.Source.Publisher)
	}
}
