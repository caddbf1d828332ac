package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestReplyPassingOnAnAttributedQuote checks a phone reply whose note
// passes on the message it quotes, where the quoted message opens with a
// quoted attribution line ("> On 2 Mar 2026, at 09:10, X wrote:") rather
// than a header block, with an older Outlook message quoted under it: the
// passed-on message is evidence under the note, its signature and
// disclaimer not, and the older message it quotes in turn is left out. A
// reply that says nothing of passing on keeps only its own text.
func TestReplyPassingOnAnAttributedQuote(t *testing.T) {
	head := "From: Priya Shah <priya.shah@example.gov.uk>\nTo: Owen Reid <owen.reid@example.gov.uk>\n" +
		"Subject: Re: Health visiting numbers\nDate: Mon, 2 Mar 2026 18:02:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\nX-Mailer: iPhone Mail (23C71)\n\nHi Owen,\n\n"
	quoted := "\n\nThanks,\nPriya\n\nSent from my iPhone\n\n" +
		"> On 2 Mar 2026, at 09:10, Lena Ford <lena.ford@example.nhs.uk> wrote:\n>\n> Hi Priya,\n>\n" +
		"> The service completed 2,310 new birth visits last year, and 91% were within 14 days.\n>\n" +
		"> Our caseloads average 410 children for each health visitor.\n>\n" +
		"> Best wishes,\n> Lena\n>\n> Lena Ford\n> Service Lead, Health Visiting\n>\n" +
		"> This message may contain confidential information. If you are not the intended recipient please tell the sender.\n>\n" +
		"> ________________________________\n> From: Priya Shah <priya.shah@example.gov.uk>\n> Sent: 01 March 2026 10:00\n" +
		"> To: Lena Ford <lena.ford@example.nhs.uk>\n> Subject: Health visiting numbers\n>\n" +
		"> Could you send me the visit figures? Last year there were 380 children on each caseload.\n"
	passing := head + "The service lead's answers to my questions are below, for your paper." + quoted
	im, err := library.Import(write(t, "passing.eml", []byte(passing)), library.Meta{Type: "statement", Publisher: "Westvale Council"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2,310 new birth visits", "410 children for each health visitor", "answers to my questions"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in\n%s", want, im.Body)
		}
	}
	for _, not := range []string{"380 children", "confidential", "Service Lead", "wrote:"} {
		if strings.Contains(im.Body, not) {
			t.Errorf("%q kept in\n%s", not, im.Body)
		}
	}
	plain := head + "I think the council should fund two more health visitors before the budget is set." + quoted
	im, err = library.Import(write(t, "plain.eml", []byte(plain)), library.Meta{Type: "statement", Publisher: "Westvale Council"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "2,310") {
		t.Errorf("a reply that passes nothing on kept its quote:\n%s", im.Body)
	}
}

// TestReplyOwnFiguresBelowKeepsNoQuote checks that a reply saying its own
// figures are below ("The final figures are below, use these rather
// than the draft ones in your email") keeps none of the message it
// quotes under an attribution line: that message is the question.
func TestReplyOwnFiguresBelowKeepsNoQuote(t *testing.T) {
	msg := "From: Ana Cole <ana.cole@example.nhs.uk>\nTo: Ben Hart <ben.hart@example.nhs.uk>\n" +
		"Subject: Re: Audit figures\nDate: Mon, 2 Mar 2026 18:02:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Hi Ben,\n\nThe final audit figures are below, please use these rather than the draft ones in your message.\n\n" +
		"Of the 212 young people in the audit, 64% had a plan by their 17th birthday.\n\nKind regards,\nAna\n\n" +
		"On Mon, 2 Mar 2026 at 09:12, Ben Hart <ben.hart@example.nhs.uk> wrote:\n" +
		"> Hi Ana,\n>\n> The draft audit I have says that 58% of young people had a plan by 17. Could you confirm?\n"
	im, err := library.Import(write(t, "own.eml", []byte(msg)), library.Meta{Type: "statement", Publisher: "Westvale NHS Trust"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "64% had a plan") || strings.Contains(im.Body, "58%") {
		t.Errorf("want the reply's own figures alone:\n%s", im.Body)
	}
}
