package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestAnAgendaItemsSlotIsNoWordOfItsHeading: an agenda sets who leads an
// item and how long it has in brackets after its title ("Short breaks
// review (Priya, 30 mins)"); the heading is the item's title without the
// slot, in a page and in a plain-text agenda. Initials alone stay
// (TestAgendaItemWithItsPresentersInitialsIsAHeading), and a bracket that
// is no slot stays too.
func TestAnAgendaItemsSlotIsNoWordOfItsHeading(t *testing.T) {
	page := `<html><head><title>Forum pre-meet</title></head><body><main><h1>Forum pre-meet</h1>
<p>The agenda for Thursday's pre-meet with the council and the trust is below, with papers in the usual folder.</p>
<h2>Short breaks review (Priya, 30 mins)</h2>
<p>The council has reopened the review of overnight short breaks and wants the forum's view before it goes to cabinet.</p>
<h2>Therapy waits (all – 15 minutes)</h2>
<p>Families continue to report long waits for speech and language therapy across the borough's special schools.</p>
<h2>Transport to clinics (pilot)</h2>
<p>The transport pilot runs until the summer and the forum will hear how families have found it so far.</p>
</main></body></html>`
	im := importPage(t, page)
	for _, h := range []string{"## Short breaks review\n", "## Therapy waits\n", "## Transport to clinics (pilot)\n"} {
		if !strings.Contains(im.Body, h) {
			t.Errorf("no heading %q in\n%s", h, im.Body)
		}
	}
	if strings.Contains(im.Body, "mins)") || strings.Contains(im.Body, "minutes)") {
		t.Errorf("an agenda slot kept in a heading:\n%s", im.Body)
	}
	text := "Parent forum pre-meet: agenda\n\nPublished by Orlham Parent Carer Forum, March 2026\n\n" +
		"1. Welcome (Sam, 5 mins)\n\nSam will welcome members and take apologies from those who cannot join the call.\n\n" +
		"2. Short breaks review (Priya, 30 mins)\n\nThe council has reopened the review of overnight short breaks and wants our view.\n\n" +
		"3. Waiting times update (RB)\n\nRuth will share what families have told the forum about waits since the last meeting.\n"
	im = importText(t, text, library.Meta{Type: "report"})
	for _, h := range []string{"## 1. Welcome\n", "## 2. Short breaks review\n", "## 3. Waiting times update (RB)\n"} {
		if !strings.Contains(im.Body, h) {
			t.Errorf("no heading %q in\n%s", h, im.Body)
		}
	}
}
