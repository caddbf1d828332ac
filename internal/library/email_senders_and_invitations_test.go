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

// TestACalendarInvitationIsTitledByItsEvent: a calendar invitation's
// subject "Invitation: <event> @ <day, date and times> (<guest>)" is
// titled by the event alone, "Updated invitation:" too. Before (set 74)
// the title kept the kind, the times and the guest's address.
func TestACalendarInvitationIsTitledByItsEvent(t *testing.T) {
	body := "\n\nThe community paediatrics team had 980 children waiting for a first appointment in January.\n"
	for _, subject := range []string{
		"Invitation: Health leads pre-meet: ICB and parents @ Wed 11 Mar 2026 14:00 - 15:00 (GMT) (jo.reed@example.org.uk)",
		"Updated invitation: Health leads pre-meet: ICB and parents @ Wed 11 Mar 2026 14:00 - 15:00 (GMT) (jo.reed@example.org.uk)",
	} {
		msg := "From: Eastmere Parent Carer Forum <forum@example.org.uk>\nTo: a@example.net\nSubject: " + subject + "\nDate: Tue, 3 Mar 2026 14:00:41 +0000\n" + body
		im, err := library.Import(write(t, "invite.eml", []byte(msg)), library.Meta{Type: "statement"})
		if err != nil || im.Source.Title != "Health leads pre-meet: ICB and parents" {
			t.Errorf("%q: title %q (%v), want the event's name", subject, im.Source.Title, err)
		}
	}
	msg := "From: Eastmere Parent Carer Forum <forum@example.org.uk>\nTo: a@example.net\nSubject: Invitation: come to our open day\nDate: Tue, 3 Mar 2026 14:00:41 +0000\n" + body
	if im, err := library.Import(write(t, "invite.eml", []byte(msg)), library.Meta{Type: "statement"}); err != nil || im.Source.Title != "Invitation: come to our open day" {
		t.Errorf("a subject with no event time: title %q (%v), want it as written", im.Source.Title, err)
	}
}

// TestAPagesShortPublisherIsSpeltOutAsThePageWritesIt: a page whose
// header logotype names its publisher "Eastmere Vale ICB", while its
// footer (no part of the body) writes "Eastmere Vale Integrated Care
// Board", is published by the body as it names itself in full, as a
// body's short name is spelt out from the body text. Before (set 74) the
// logotype's short form was the publisher.
func TestAPagesShortPublisherIsSpeltOutAsThePageWritesIt(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><title>Eating disorder services: what you told us - Eastmere Vale ICB</title>
<meta property="og:site_name" content="Eastmere Vale ICB"></head><body>
<header><a href="/">Eastmere Vale ICB</a></header>
<main><h1>Eating disorder services: what you told us</h1>
<p>Published 4 March 2026</p>
<p>We heard from 418 people between October and December 2025, and 44% of young people did not know where to go in a crisis.</p>
<p>Waits for routine treatment were longer than four weeks for one in three young people referred.</p>
</main>
<footer><p>Eastmere Vale Integrated Care Board, Riverside House, 14 Mill Lane</p><p>© Eastmere Vale ICB 2026</p></footer>
</body></html>`
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "report"})
	if err != nil || im.Source.Publisher != "Eastmere Vale Integrated Care Board" {
		t.Errorf("publisher %q (%v), want Eastmere Vale Integrated Care Board", im.Source.Publisher, err)
	}
}
