package library_test

import (
	"strings"
	"testing"
)

// A Google Groups digest (its messages "---------- 1 of 2 ----------"
// under "Topic:" blocks, no "Message: N" lines, a List-ID with no name)
// was refused: nothing in it named a publisher, and its topics were lost.
// The group is its publisher, its topics its headings.
func TestGoogleGroupsDigest(t *testing.T) {
	rule := strings.Repeat("=", 40) + "\n"
	msg := "From: carers-health-forum@googlegroups.com\nTo: Digest recipients <carers-health-forum@googlegroups.com>\n" +
		"Subject: [carers-health-forum] Digest for carers-health-forum@googlegroups.com - 3 updates in 2 topics\n" +
		"Date: Tue, 04 Mar 2025 04:10:00 +0000\nMailing-list: list carers-health-forum@googlegroups.com; contact carers-health-forum+owners@googlegroups.com\n" +
		"List-ID: <carers-health-forum.googlegroups.com>\nPrecedence: list\nContent-Type: text/plain; charset=UTF-8\n\n" +
		rule + "Today's topic summary\n" + rule + "\nGroup: carers-health-forum@googlegroups.com\nUrl: https://groups.google.com/d/forum/carers-health-forum\n\n" +
		"  - Respite beds in the north of the county [2 Updates]\n  - School nurse drop-ins for young carers [1 Update]\n\n" +
		rule + "Topic: Respite beds in the north of the county\nUrl: https://groups.google.com/d/topic/carers-health-forum/aB3\n" + rule + "\n" +
		"---------- 1 of 2 ----------\nFrom: Priya Lund <p.lund@example.org.uk>\nDate: Mar 03 10:02AM Z\nUrl: https://groups.google.com/d/msg/carers-health-forum/aB3/x1\n\n" +
		"Morning all,\n\nOnly 9 of the 24 respite beds in the north of the county were open in February.\n\nPriya\n\n\n" +
		"---------- 2 of 2 ----------\nFrom: Tom Reyes <t.reyes@example.org.uk>\nDate: Mar 03 03:40PM Z\nUrl: https://groups.google.com/d/msg/carers-health-forum/aB3/x2\n\n" +
		"Thanks Priya. The council should publish how many beds are open each month.\n\nTom\n\n\n" +
		rule + "Topic: School nurse drop-ins for young carers\nUrl: https://groups.google.com/d/topic/carers-health-forum/cD4\n" + rule + "\n" +
		"---------- 1 of 1 ----------\nFrom: Sam Okafor <s.okafor@example.org.uk>\nDate: Mar 03 05:12PM Z\nUrl: https://groups.google.com/d/msg/carers-health-forum/cD4/x3\n\n" +
		"Our drop-ins saw 130 young carers last term, twice as many as the year before.\n\nSam\n\n" +
		rule + "You received this digest because you're subscribed to updates for this group.\n" +
		"To unsubscribe from this group and stop receiving emails from it send an email to carers-health-forum+unsubscribe@googlegroups.com.\n"
	im := importMail(t, msg)
	if im.Source.Publisher != "carers-health-forum" {
		t.Errorf("publisher %q, want the group", im.Source.Publisher)
	}
	if got := im.Source.Date.String(); got != "2025-03-04" {
		t.Errorf("date %q, want the digest's Date header", got)
	}
	checkBody(t, im.Body,
		[]string{"## Respite beds in the north of the county\n", "## School nurse drop-ins for young carers\n", "Only 9 of the 24 respite beds", "The council should publish", "130 young carers"},
		[]string{"1 of 2", "Url:", "Topic:", "[2 Updates]", "Today's topic summary", "You received this digest", "unsubscribe", "Date: Mar"})
	if strings.Count(im.Body, "## Respite beds") != 1 {
		t.Errorf("a topic's heading twice:\n%s", im.Body)
	}

	// The group named by its Mailing-list header alone, with no tag in
	// the subject, is the publisher too.
	noTag := strings.Replace(strings.Replace(msg, "Subject: [carers-health-forum] ", "Subject: ", 1), "List-ID: <carers-health-forum.googlegroups.com>\n", "", 1)
	if im := importMail(t, noTag); im.Source.Publisher != "carers-health-forum" {
		t.Errorf("publisher %q from the Mailing-list header, want the group", im.Source.Publisher)
	}
}
