package library_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A sender named only for a role ("Press Office", "Communications Team":
// a forwarded release's From line) names no organisation: the publisher is
// the organisation the release names whose name the address abbreviates,
// and with none the import asks for one, rather than citing every figure
// to "Press Office". A role after an organisation's name still leaves the
// organisation.
func TestARoleAloneIsNoPublisher(t *testing.T) {
	body := "\n\nNearly a million children and young people had an open referral to mental health services, and about 270,000 were still waiting at the year's end.\n"
	for _, from := range []string{"Press Office <press@example.org.uk>", "Communications Team <comms@example.org.uk>", `"Media Desk" <media@example.org.uk>`} {
		msg := "From: " + from + "\nTo: a@example.net\nSubject: Children still waiting\nDate: Wed, 5 Mar 2025 14:30:02 +0000\n" + body
		im, err := library.Import(write(t, "release.eml", []byte(msg)), library.Meta{Type: "press-release"})
		if err == nil || !strings.Contains(err.Error(), `--publisher "NAME"`) {
			t.Errorf("From %s: publisher %q (%v), want the import to ask for one", from, im.Source.Publisher, err)
		}
	}
	msg := "From: NHS Providers Policy Team <policy@example.org.uk>\nTo: a@example.net\nSubject: Children still waiting\nDate: Wed, 5 Mar 2025 14:30:02 +0000\n" + body
	im, err := library.Import(write(t, "release.eml", []byte(msg)), library.Meta{Type: "press-release"})
	if err != nil || im.Source.Publisher != "NHS Providers" {
		t.Errorf("publisher %q (%v), want NHS Providers", im.Source.Publisher, err)
	}

	release := "From: Sam Okoye <sam.okoye@example.gov.uk>\nTo: b@example.gov.uk\nSubject: Fwd: Children still waiting\nDate: Wed, 5 Mar 2025 15:12:44 +0000\n\nFYI, below.\n\nSam\n\n" +
		"Begin forwarded message:\n\nFrom: Press Office <press@%s>\nSubject: Children still waiting\nDate: 5 March 2025 at 14:30:02 GMT\n" + body +
		"\nFigures published by the Children's Commissioner.\n\nNotes to editors\n\n1. The %s is a coalition of 46 charities.\n"
	for _, c := range []struct{ domain, org, want string }{
		{"cmhalliance.org.uk", "Children's Mental Health Alliance", "Children's Mental Health Alliance"},
		{"ncb.org.uk", "National Children's Bureau", "National Children's Bureau"},
		{"youngminds.org.uk", "YoungMinds Trust", ""}, // no name the address spells: ask
	} {
		im, err := library.Import(write(t, "fwd.eml", []byte(fmt.Sprintf(release, c.domain, c.org))), library.Meta{Type: "press-release"})
		if c.want == "" {
			if err == nil {
				t.Errorf("%s: publisher %q, want the import to ask for one", c.domain, im.Source.Publisher)
			}
			continue
		}
		if err != nil || im.Source.Publisher != c.want {
			t.Errorf("%s: publisher %q (%v), want %q", c.domain, im.Source.Publisher, err, c.want)
		}
	}
}
