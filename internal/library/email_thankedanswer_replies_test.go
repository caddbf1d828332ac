package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestReplyThankingForAnAnswerKeepsIt: a short top-posted reply that
// thanks its sender "for this" and comments on the figures of the quoted
// message keeps that message under its attribution line where it opens
// by answering the questions it was sent ("Here is where we are with",
// "In answer to your questions"), as a quoted summary is kept. The quoted
// signature, disclaimer and the question quoted in turn are not kept; a
// quoted message that opens with no answer keeps only the note, as before.
func TestReplyThankingForAnAnswerKeepsIt(t *testing.T) {
	head := "From: Lena Cole <lena@example-forum.org.uk>\nTo: Sam Okafor <sam.okafor@example.nhs.uk>\n" +
		"Subject: Re: Wheelchair waits\nDate: Mon, 9 Mar 2026 07:55:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\n"
	note := "Hi Sam,\n\nThanks for this, really useful. The fall in waits is welcome but families still tell us repairs take months.\n\nLena\n\n"
	attr := "On 6 Mar 2026, at 15:10, \"Okafor, Sam\" <sam.okafor@example.nhs.uk> wrote:\n"
	rest := ">\n> In February, 71% of children were assessed for a wheelchair within 18 weeks, up from 55% in the autumn.\n>\n" +
		"> There are 212 children on the waiting list, and the longest wait is now 39 weeks.\n>\n" +
		"> Repairs are done by a contractor, who met the five-day target for 64% of urgent repairs in the quarter, and we are reviewing the contract with the integrated care board this spring.\n>\n" +
		"> The service should offer every family a loan chair while they wait for a repair, and we are costing this now.\n>\n" +
		"> Kind regards,\n>\n> Sam\n>\n> Sam Okafor\n>\n> Head of Children's Therapies\n>\n" +
		"> From: Lena Cole <lena@example-forum.org.uk>\n> Sent: 2 March 2026 20:14\n> To: Okafor, Sam\n> Subject: Wheelchair waits\n>\n" +
		"> > Hi Sam, could you tell us how long children wait for a wheelchair now? Lena\n>\n" +
		"> This message may contain confidential information. If you are not the intended recipient please tell the sender.\n"
	for _, opening := range []string{
		"> Dear Lena,\n>\n> Thank you for your questions. Here is where we are with the wheelchair service.\n",
		"> Dear Lena,\n>\n> In answer to your questions about the wheelchair service:\n",
	} {
		im, err := library.Import(write(t, "answer.eml", []byte(head+note+attr+opening+rest)), library.Meta{Type: "statement", Publisher: "Example Forum"})
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"repairs take months", "71% of children", "212 children", "offer every family a loan chair"} {
			if !strings.Contains(im.Body, want) {
				t.Errorf("no %q in\n%s", want, im.Body)
			}
		}
		for _, not := range []string{"confidential", "wrote:", "> ", "could you tell us", "Head of Children's Therapies"} {
			if strings.Contains(im.Body, not) {
				t.Errorf("%q kept in\n%s", not, im.Body)
			}
		}
	}
	other := "> Dear Lena,\n>\n> I am away until Friday but wanted to send a few lines now.\n"
	im, err := library.Import(write(t, "other.eml", []byte(head+note+attr+other+rest)), library.Meta{Type: "statement", Publisher: "Example Forum"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "71% of children") {
		t.Errorf("a quote opening with no answer was kept:\n%s", im.Body)
	}
}
