package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestChatExportPastedUnderSignature checks a covering note signed off
// before the chat export it pastes: the chat is the evidence, each message
// its own paragraph as "Name: text" without its time stamp, and the
// export's notices (the encryption notice, a photo left out, a message
// deleted) and the paste rule are dropped. Before, the sign-off cut the
// chat away with the signature.
func TestChatExportPastedUnderSignature(t *testing.T) {
	msg := "From: Ana Ruiz <ana@riverbendforum.org.uk>\nTo: officer@example.nhs.uk\n" +
		"Subject: Numbers from our group chat\nDate: Mon, 3 Nov 2025 09:00:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\n" +
		"Hi Tom,\n\nCould you check the numbers in the chat below before our meeting?\n\n" +
		"Best wishes,\n\nAna\n\nAna Ruiz | Chair | Riverbend Parent Forum\n\n" +
		"-----Pasted from WhatsApp chat export: \"Forum steering group\"-----\n\n" +
		"[02/11/2025, 18:01:10] Messages and calls are end-to-end encrypted. No one outside of this chat can read them.\n" +
		"[02/11/2025, 18:03:22] Ben Cole: The council says 214 children are waiting for a speech therapy assessment\n" +
		"[02/11/2025, 18:04:01] Ben Cole: <Media omitted>\n" +
		"[02/11/2025, 18:05:40] Kay Lund: This message was deleted\n" +
		"[02/11/2025, 18:06:12] Kay Lund: And the trust should publish its waits every quarter\n"
	im, err := library.Import(write(t, "chat.eml", []byte(msg)), library.Meta{Type: "data"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\n\nBen Cole: The council says 214 children are waiting for a speech therapy assessment\n\n", "\n\nKay Lund: And the trust should publish its waits every quarter\n"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	for _, gone := range []string{"18:03", "end-to-end", "omitted", "deleted", "Pasted from", "| Chair |"} {
		if strings.Contains(im.Body, gone) {
			t.Errorf("body keeps %q:\n%s", gone, im.Body)
		}
	}
	if im.Source.Publisher != "Riverbend Parent Forum" {
		t.Errorf("publisher %q, want the signature's forum", im.Source.Publisher)
	}
}
