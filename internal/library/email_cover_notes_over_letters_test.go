package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestCoveringNoteOverLetter checks a caseworker's short note sending the
// member's letter set under its signature: the letter is the evidence
// (before, it was cut with the note's signature), the note is not, and a
// reply the letter quotes and then goes on under is kept.
func TestCoveringNoteOverLetter(t *testing.T) {
	msg := "From: \"OFFICE, Member\" <member.office@example.org.uk>\nTo: \"Alan Price\" <alan.price@example.com>\n" +
		"Subject: Your enquiry about speech therapy waits\nDate: Tue, 3 Mar 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Dear Mr Price,\n\nThe councillor asked me to send you her letter below about Ella's wait.\n\nBest wishes,\n\nSam Lee\nCaseworker\n\n" +
		"Cllr Jo Marsh\nTown Hall, Exampleton EX1 1AA\n\n3 March 2026\n\nDear Mr Price,\n\n" +
		"Ella has now waited 14 months for speech and language therapy.\n\n" +
		"I wrote to the trust and have had the following reply:\n\n" +
		"> The trust has recruited four therapists since January and expects waits to fall.\n\n" +
		"In my view the trust should publish its waiting times every month.\n\nYours sincerely,\n\nCllr Jo Marsh\n"
	im, err := library.Import(write(t, "letter.eml", []byte(msg)), library.Meta{Type: "statement", Publisher: "Cllr Jo Marsh"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"waited 14 months", "recruited four therapists", "should publish its waiting times"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in\n%s", want, im.Body)
		}
	}
	for _, gone := range []string{"asked me to send you", "Caseworker", "Town Hall"} {
		if strings.Contains(im.Body, gone) {
			t.Errorf("%q kept in\n%s", gone, im.Body)
		}
	}
}

// TestTrailingQuoteStillDropped checks that a reply chain quoted at the end
// of a message, after a lead-in naming a reply, is still not evidence.
func TestTrailingQuoteStillDropped(t *testing.T) {
	msg := "From: Ana Cole <ana@example.org.uk>\nTo: team@example.org.uk\nSubject: Re: waits\nDate: Tue, 3 Mar 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" +
		"The trust publishes its waits monthly now, and the board reviews them each quarter.\n\nHere is the earlier reply:\n\n> We saw 40% of children within 18 weeks last year.\n"
	im, err := library.Import(write(t, "re.eml", []byte(msg)), library.Meta{Type: "statement", Publisher: "Example"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "40% of children") {
		t.Errorf("trailing quote kept:\n%s", im.Body)
	}
}
