package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPrintedConversationKeepsReplies checks a webmail conversation
// printed with "Print all" and saved as text: each message under its
// sender's line is read, not only the first down to its signature, and
// the print's header, the browser's page furniture and "[Quoted text
// hidden]" are no text.
func TestPrintedConversationKeepsReplies(t *testing.T) {
	msg := "From: Ana Reyes <ana@example.org>\nTo: Ana Reyes <ana@example.org>\n" +
		"Subject: Webmail - Clinic figures\nDate: Mon, 02 Mar 2026 10:00:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\n" +
		"3/2/26, 9:58 AM\tWebmail - Clinic figures\n\n" +
		"Clinic figures\n2 messages\n\n" +
		"Ana Reyes <ana@example.org>\tFri, Feb 27, 2026 at 9:10 AM\n" +
		"To: Tom Hale <tom@example.org>\n\n" +
		"Hi Tom,\n\nCould you send the latest clinic figures?\n\n--\nAna Reyes\nParent governor, Elmfield Primary School\n\n" +
		"Tom Hale <tom@example.org>\tSat, Feb 28, 2026 at 4:20 PM\n" +
		"To: Ana Reyes <ana@example.org>\n\n" +
		"Hi Ana,\n\nThe clinic saw 340 children last term.\n\n" +
		"https://mail.example.com/mail/u/0/?view=pt&th=abc\t1/2\n" +
		"3/2/26, 9:58 AM\tWebmail - Clinic figures\n\n" +
		"Waits for a first appointment averaged 14 weeks.\n\nTom\n[Quoted text hidden]\n"
	im, err := library.Import(write(t, "printed.eml", []byte(msg)), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"340 children", "averaged 14 weeks", "latest clinic figures"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lost %q:\n%s", want, im.Body)
		}
	}
	for _, not := range []string{"1/2", "9:58 AM", "Quoted text hidden", "2 messages", "tom@example.org"} {
		if strings.Contains(im.Body, not) {
			t.Errorf("body keeps %q:\n%s", not, im.Body)
		}
	}
}

// TestServiceNotificationOverPassedOnMessage checks a forward of a
// service's confirmation with another message under it, written to
// people and not to the service: that message is no reply's quoted
// original (the service never received it) but passed on too, and its
// figures are read; the notification itself, the carrier, is not.
func TestServiceNotificationOverPassedOnMessage(t *testing.T) {
	msg := "From: Rosa Lind <rosa.lind@example.gov.uk>\nTo: Ian Pell <ian.pell@example.gov.uk>\n" +
		"Subject: FW: Registration confirmed: school nursing workshop\nDate: Mon, 02 Mar 2026 10:00:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\n" +
		"Hi Ian,\n\nI've registered us both for the workshop; the confirmation is below with the organiser's briefing note, " +
		"which has the new school nursing figures. Could you check them against ours before Friday and tell me what differs?\n\nThanks,\nRosa\n\n" +
		"________________________________\nFrom: Eastvale Council Events Team <events@eastvale.example.org>\n" +
		"Sent: Friday, February 27, 2026 3:00 PM\nTo: Rosa Lind <rosa.lind@example.gov.uk>\n" +
		"Subject: Registration confirmed: school nursing workshop\n\n" +
		"Registration confirmed\n\nThank you for registering for the school nursing workshop on 12 March. " +
		"Your registration details are below and a calendar invitation is attached for your diary. " +
		"If you can no longer attend, please cancel your place so that someone on the waiting list can have it.\n\nReference: RG-12345\n\n" +
		"________________________________\nFrom: Noor Quayle <noor.quayle@eastvale.example.org>\n" +
		"Sent: Thursday, February 26, 2026 9:00 AM\nTo: Noor Quayle <noor.quayle@eastvale.example.org>\n" +
		"Cc: Rosa Lind <rosa.lind@example.gov.uk>\nSubject: Briefing: school nursing in Eastvale\n\n" +
		"Dear colleagues,\n\nEastvale has 23 school nurses for 41,000 pupils.\n\n" +
		"The service should recruit six more school nurses by 2027.\n\nBest wishes,\nNoor Quayle\nHead of School Nursing\n"
	im, err := library.Import(write(t, "fwd.eml", []byte(msg)), library.Meta{Type: "report", Publisher: "Eastvale Council"})
	if err != nil {
		t.Fatal(err)
	}
	for _, not := range []string{"Thank you for registering", "RG-12345"} {
		if strings.Contains(im.Body, not) {
			t.Errorf("the service's notification kept %q:\n%s", not, im.Body)
		}
	}
	for _, want := range []string{"23 school nurses for 41,000 pupils", "recruit six more school nurses"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lost %q:\n%s", want, im.Body)
		}
	}
}
