package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestReplyThankingBothSendersKeepsTheirMessages checks a reply whose
// note thanks the two colleagues it quotes for the figures they sent
// ("Thanks both ... I'll use the figures"): each answer down the nested
// quoted thread is the matter of the mail and is kept under the note,
// without its signature, while the request the note's writer opened the
// thread with is not. A note thanking no one for what they sent keeps
// only its own text, as before.
func TestReplyThankingBothSendersKeepsTheirMessages(t *testing.T) {
	head := "From: Priya Lund <priya.lund@example.nhs.uk>\nTo: Owen Hart <owen.hart@example.nhs.uk>, Jess Moor <jess.moor@example.gov.uk>\n" +
		"Subject: Re: Figures for the June committee\nDate: Tue, 9 Jun 2026 17:20:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\n"
	thread := "\n\nWe should ask the committee to back a second clinic in the north.\n\nPriya\n\nPriya Lund\nHead of Children's Commissioning\nNorthmoor Integrated Care Board\n\n" +
		"On Mon, Jun 8, 2026 at 3:10 PM, Owen Hart <owen.hart@example.nhs.uk> wrote:\n\n" +
		"> Hi Priya,\n>\n> Speech and language figures for May are below.\n>\n" +
		"> In May, 143 children were waiting for a first speech and language appointment, and 38% of them had waited more than 18 weeks.\n>\n" +
		"> We have 3.5 of our 11 therapist posts vacant, which explains most of the rise since March.\n>\n" +
		"> Best wishes,\n> Owen\n>\n> Owen Hart\n> Service Manager, Children's Therapies\n>\n" +
		"> On Fri, Jun 5, 2026 at 9:02 AM, Jess Moor <jess.moor@example.gov.uk> wrote:\n>\n" +
		">> Hi Priya,\n>>\n>> From the council's side, 61 of our 204 families on the early help list asked for speech support this spring.\n>>\n" +
		">> The council would like the committee to fund drop-in sessions in the four family hubs over the summer.\n>>\n" +
		">> Thanks,\n>> Jess\n>>\n" +
		">> On Thu, Jun 4, 2026 at 8:40 AM, Priya Lund <priya.lund@example.nhs.uk> wrote:\n>>\n" +
		">>> Hi both, could you send me your latest waiting figures for the paper, and a view on what the committee should decide?\n>>>\n>>> Priya\n"
	thanked := head + "Thanks both, this is really useful and I will use the waiting figures as they stand." + thread
	meta := library.Meta{Type: "statement", Publisher: "Northmoor Integrated Care Board"}
	im, err := library.Import(write(t, "thanked.eml", []byte(thanked)), meta)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"really useful", "second clinic", "143 children were waiting", "3.5 of our 11 therapist posts", "61 of our 204 families", "fund drop-in sessions"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in\n%s", want, im.Body)
		}
	}
	for _, not := range []string{"Service Manager", "wrote:", "> ", "could you send me"} {
		if strings.Contains(im.Body, not) {
			t.Errorf("%q kept in\n%s", not, im.Body)
		}
	}
	plain := head + "Owen, I am out on Thursday, can we talk on Friday instead?" + thread
	im, err = library.Import(write(t, "plain.eml", []byte(plain)), meta)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "143 children") || strings.Contains(im.Body, "61 of our 204") {
		t.Errorf("a reply that thanks no one for what they sent kept its quotes:\n%s", im.Body)
	}
}
