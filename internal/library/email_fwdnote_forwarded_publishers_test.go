package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A person forwards an organisation's bulletin, sent to them by name, with
// a note long enough to be evidence of its own: the note and the bulletin
// are kept, and the forward's headers stay the metadata. A person
// publishes nothing, so the bulletin's sender is the publisher; before,
// the import was refused for want of one.
func TestPersonsForwardWithNoteTakesTheForwardedPublisher(t *testing.T) {
	msg := "From: Tomasz Brennan <tomasz.brennan@nhs.net>\nTo: Ruth Adair <ruth.adair@nhs.net>\n" +
		"Subject: Fwd: Network Update | March 2025\nDate: Tue, 4 Mar 2025 18:02:00 +0000\n" +
		"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Hi Ruth,\n\nSending this on because it has the speech therapy waits we discussed at the panel last week. " +
		"Our own share seen within 18 weeks was 52% in January, so we sit well under the network as a whole.\n\n" +
		"I think we should ask the commissioners to fund two more therapists from the summer.\n\nThanks\n\nTomasz\n\n" +
		"-------- Original message --------\nFrom: Wexmoor Children's Therapy Network <update@wexmoornetwork.org.uk>\n" +
		"Date: 04/03/2025 11:15 (GMT+00:00)\nTo: Tomasz Brennan <tomasz.brennan@nhs.net>\nSubject: Network Update | March 2025\n\n" +
		"Across the network, 64% of children referred for speech and language therapy were seen within 18 weeks in the last quarter.\n\n" +
		"Every ICB should publish its therapy waiting times each month.\n"
	im, err := library.Import(write(t, "fwd.eml", []byte(msg)), library.Meta{Type: "news"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Wexmoor Children's Therapy Network" {
		t.Errorf("publisher %q, want the forwarded sender's organisation", im.Source.Publisher)
	}
	for _, want := range []string{"52% in January", "64% of children"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lost %q:\n%s", want, im.Body)
		}
	}
}
