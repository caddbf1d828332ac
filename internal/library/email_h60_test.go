package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestANewsletterSenderFromAPublicationNamesIt: a newsletter platform's
// sender "Person from Publication" (Ghost's "Hannah Croft from The Small
// Print") names the publication, which publishes the post, as "Person at
// Body" names the body. A name that is no person's before "from" ("News
// from the Forum") is left to the other rules. Before (set 74) the import
// was refused: no publisher could be told from the file.
func TestANewsletterSenderFromAPublicationNamesIt(t *testing.T) {
	body := "\n\nAlmost a third of five-year-olds in the borough had tooth decay in 2024, against 22% nationally.\n"
	for from, want := range map[string]string{
		`"Maya Osei from The Quiet Ledger" <noreply@quietledger.news>`: "The Quiet Ledger",
		`Tom Barker from Eastmere Health Watch <tom@example.org.uk>`:   "Eastmere Health Watch",
	} {
		msg := "From: " + from + "\nTo: a@example.net\nSubject: Teeth in the borough\nDate: Tue, 3 Mar 2026 14:00:41 +0000\n" + body
		im, err := library.Import(write(t, "post.eml", []byte(msg)), library.Meta{Type: "blog"})
		if err != nil || im.Source.Publisher != want {
			t.Errorf("From %s: publisher %q (%v), want %q", from, im.Source.Publisher, err, want)
		}
	}
	msg := "From: Letters from Home <letters@example.net>\nTo: a@example.net\nSubject: Teeth\nDate: Tue, 3 Mar 2026 14:00:41 +0000\n" + body
	if im, err := library.Import(write(t, "post.eml", []byte(msg)), library.Meta{Type: "blog"}); err == nil && strings.HasPrefix(im.Source.Publisher, "Home") {
		t.Errorf("Letters from Home: publisher %q, want no cut after \"from\"", im.Source.Publisher)
	}
}
