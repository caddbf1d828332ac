package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestReplyThankingForSendingASummaryKeepsIt: a reply whose note thanks
// its sender only "for sending this over" keeps the quoted message under
// its attribution line where that message opens by calling itself a
// summary ("here is the summary of our panel report"), as a note thanking
// for "the summary" does. Thanks for sending a message that is no summary
// (a question) keep only the note, as before.
func TestReplyThankingForSendingASummaryKeepsIt(t *testing.T) {
	head := "From: Amir Shah <amir.shah@example.nhs.uk>\nTo: Jo Venn <jo.venn@example.org.uk>\n" +
		"Subject: Re: Parent forum summary\nDate: Tue, 10 Mar 2026 09:40:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\n"
	note := "Hi Jo,\n\nThanks for sending this over so quickly. I think we should ask the trust to write to every family on the list, and I will raise it at the contract meeting.\n\nBest,\nAmir\n\n"
	opening := "> As promised, here is the summary of our parent forum report on speech therapy, before we publish it next week.\n>\n"
	rest := "> Findings\n>\n" +
		"> - We heard from 162 parents and carers across the district in the autumn term.\n" +
		"> - 52% of parents said they had waited more than six months for a first appointment.\n" +
		"> - Only 1 in 5 said anyone had told them what to do while they waited.\n>\n" +
		"> Recommendations\n>\n" +
		"> 1. The trust should send every family a named contact while they wait.\n" +
		"> 2. The council should fund drop-in sessions in family hubs.\n>\n" +
		"> Jo\n>\n> Jo Venn | Engagement Lead\n>\n> This email and any attachments are confidential.\n"
	attr := "On 9 Mar 2026 at 16:02 +0000, Jo Venn <jo.venn@example.org.uk>, wrote:\n"
	im, err := library.Import(write(t, "sending.eml", []byte(head+note+attr+"> Hi Amir,\n>\n"+opening+rest)), library.Meta{Type: "statement", Publisher: "Example Trust"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ask the trust", "52% of parents", "162 parents", "send every family a named contact"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in\n%s", want, im.Body)
		}
	}
	for _, not := range []string{"confidential", "wrote:", "> "} {
		if strings.Contains(im.Body, not) {
			t.Errorf("%q kept in\n%s", not, im.Body)
		}
	}
	question := "> Hi Amir, could you tell me how long families now wait for speech therapy? We are writing our report.\n>\n"
	im, err = library.Import(write(t, "question.eml", []byte(head+note+attr+question+rest)), library.Meta{Type: "statement", Publisher: "Example Trust"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "52% of parents") {
		t.Errorf("thanks for sending a message that is no summary kept its quote:\n%s", im.Body)
	}
}
