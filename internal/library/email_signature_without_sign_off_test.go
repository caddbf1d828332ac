package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestSignatureWithNoSignOffNamesThePublisher: a plain-text e-mail that
// ends with the sender's name, role and organisation and no sign-off line
// above them ("Kind regards") is signed as one with a sign-off is: the
// organisation line gives the publisher, and the block is not evidence.
func TestSignatureWithNoSignOffNamesThePublisher(t *testing.T) {
	head := "From: Tomasz Wilk <t.wilk@example.net>\nTo: heads@example.org\nSubject: Hearing screening in reception classes\nDate: Wed, 8 Oct 2025 16:40:02 +0100\n\n" +
		"Dear headteachers,\n\nLast term our screeners saw 1,318 reception children across the borough, and 74 were referred on to audiology.\n\n" +
		"We will be back in every school before February half term.\n\n"
	for _, c := range []struct{ name, sig, want string }{
		{"name, role, organisation", "Tomasz Wilk\nSchool Hearing Screening Coordinator\nRedmarsh Community Health NHS Trust\n",
			"Redmarsh Community Health NHS Trust"},
		{"with a phone line", "Tomasz Wilk\nSchool Hearing Screening Coordinator\nRedmarsh Community Health NHS Trust\nTel: 01632 960 412\n",
			"Redmarsh Community Health NHS Trust"},
		{"name and role on one line", "Tomasz Wilk, School Hearing Screening Coordinator\nRedmarsh Community Health NHS Trust\n",
			"Redmarsh Community Health NHS Trust"},
	} {
		im, err := library.Import(write(t, "screening.eml", []byte(head+c.sig)), library.Meta{Type: "statement"})
		if err != nil || im.Source.Publisher != c.want {
			t.Errorf("%s: publisher %q (%v), want %q", c.name, im.Source.Publisher, err, c.want)
			continue
		}
		if strings.Contains(im.Body, "Coordinator") || !strings.Contains(im.Body, "1,318 reception children") {
			t.Errorf("%s: body keeps the signature or lost the text:\n%s", c.name, im.Body)
		}
	}
}
