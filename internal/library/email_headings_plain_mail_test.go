package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// TestPlainMailQuestionAndLabelHeadings checks two headings a plain-text
// briefing e-mail sets on lines of their own: a question its next
// paragraph answers, and a short label with a colon over bullets. A
// request standing alone, a question to the reader and a sentence leading
// into a list stay text.
func TestPlainMailQuestionAndLabelHeadings(t *testing.T) {
	msg := "From: Priya Shah <priya.shah@example.org>\nTo: Parent Carer Forum <forum@example.org>\n" +
		"Subject: Re: Wheelchair service waits\nDate: Tue, 4 Mar 2025 09:12:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\nDear forum members,\n\n" +
		"Thank you for raising this with us at the last meeting.\n\n" +
		"Why are families waiting so long?\n\n" +
		"The wheelchair service lost two of its five therapists last autumn, and referrals went up by a fifth over the same period, so the list has grown every month since October.\n\n" +
		"Main changes:\n\n" +
		"- A locum therapist started in February and will stay until the summer.\n" +
		"- Children with a growing spine are now seen first, whatever their place on the list.\n\n" +
		"We would ask the forum to:\n\n" +
		"- share the new referral leaflet with families\n" +
		"- tell us about any family who has waited longer than 18 weeks\n\n" +
		"Could you send me the minutes of the March meeting when they are ready?\n\n" +
		"Best wishes,\nPriya\n"
	im, err := library.Import(write(t, "reply.eml", []byte(msg)), library.Meta{Type: "statement", Publisher: "Kestrel ICB"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## Why are families waiting so long?", "## Main changes:"} {
		if !strings.Contains(im.Body, want+"\n") {
			t.Errorf("no heading %q in\n%s", want, im.Body)
		}
	}
	for _, not := range []string{"## We would ask", "## Could you"} {
		if strings.Contains(im.Body, not) {
			t.Errorf("%q made a heading in\n%s", not, im.Body)
		}
	}
}

// TestLetteredItemsUnderAPlainMailsLeadIn checks a members' briefing
// sent as plain text, whose "Members are asked to:" stands straight over
// lettered lines: the line is the lead-in, not a heading, and each
// lettered line an item of its list, so that each decision asked for is a
// recommendation with its letter. A request to note stays none.
func TestLetteredItemsUnderAPlainMailsLeadIn(t *testing.T) {
	msg := "From: Policy Team <policy@northwold.gov.uk>\nTo: Members <members@northwold.gov.uk>\n" +
		"Subject: Members' briefing: school nursing capacity\nDate: Wed, 5 Mar 2025 10:00:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\nDear Councillor,\n\n" +
		"Each school nurse in Northwold now covers around 4,200 pupils, against 2,900 five years ago.\n\n" +
		"3. Recommendations\n\n" +
		"Members are asked to:\n" +
		"a) endorse the plan to recruit two more school nurses from September;\n" +
		"b) agree that the council's public health reserve should fund a pilot drop-in at three secondary schools;\n" +
		"c) note the findings of the pupil survey.\n\n" +
		"Policy Team\nNorthwold Council\n"
	im, err := library.Import(write(t, "briefing.eml", []byte(msg)), library.Meta{Type: "report", Publisher: "Northwold Council"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "## Members are asked") {
		t.Errorf("the lead-in was made a heading:\n%s", im.Body)
	}
	got := map[string]string{}
	for _, it := range im.Items {
		if it.Kind == evidence.Recommendation {
			got[it.Number] = it.Text
		}
	}
	for _, n := range []string{"a", "b"} {
		if got[n] == "" {
			t.Errorf("no recommendation %s: %q\n%s", n, got, im.Body)
		}
	}
	if got["c"] != "" {
		t.Errorf("a request to note read as a recommendation: %q", got["c"])
	}
}
