package library_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestMuttNestedForwardKeepsEveryMessage: Mutt marks a forward with
// "----- Forwarded message from NAME <address> -----" over the message's
// own header lines, and closes it with "----- End forwarded message -----".
// A person forwards a colleague's forward of a group's mailing, each with a
// note of its own: the chain is correspondence, so both notes are evidence
// with the mailing they pass on, under the outer message's headers. The
// markers, header lines and signatures are not.
func TestMuttNestedForwardKeepsEveryMessage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mutt.eml")
	msg := "From: Rosa Lind <rosa.lind@eastmoorfamilies.org.uk>\nTo: Cllr Dev Patel <dev.patel@eastmoor.gov.uk>\n" +
		"Subject: Fwd: Fwd: Short breaks survey\nDate: Mon, 3 Nov 2025 09:12:00 +0000\nUser-Agent: NeoMutt/20231103\n" +
		"Content-Type: text/plain; charset=utf-8\n\n" +
		"Dear Dev,\n\nI'm sending on the families' survey below with Omar's notes from our own service.\n\n" +
		"I'd urge the cabinet to press the ICB for a shared short breaks budget before March.\n\n" +
		"Best wishes,\nRosa\n\n-- \nRosa Lind\nDirector, Eastmoor Families Network\n01632 960 118\n\n" +
		"----- Forwarded message from Omar Hale <omar.hale@eastmoorfamilies.org.uk> -----\n\n" +
		"Date: Fri, 31 Oct 2025 15:40:00 +0000\nFrom: Omar Hale <omar.hale@eastmoorfamilies.org.uk>\n" +
		"To: Rosa Lind <rosa.lind@eastmoorfamilies.org.uk>\nSubject: Fwd: Short breaks survey\n\n" +
		"Rosa,\n\nThe survey is below. Some figures from our side to read alongside it:\n\n" +
		"- Our short breaks club now has 42 children on its waiting list, up from 17 in the spring.\n" +
		"- Eleven of those families have waited longer than six months for a first session.\n\nOmar\n\n" +
		"----- Forwarded message from Eastmoor Parents Group <hello@eastmoorparents.org.uk> -----\n\n" +
		"Date: Wed, 29 Oct 2025 20:02:00 +0000\nFrom: Eastmoor Parents Group <hello@eastmoorparents.org.uk>\n" +
		"To: members@eastmoorparents.org.uk\nSubject: Short breaks survey\n\n" +
		"Dear members,\n\nThank you for answering our survey. 212 families took part.\n\n" +
		"* 58% said they had been offered no short break in the past year.\n\n" +
		"The group calls on the council to publish its short breaks statement in plain English.\n\n" +
		"With thanks,\nThe Eastmoor Parents Group\n\n" +
		"----- End forwarded message -----\n\n----- End forwarded message -----\n"
	if err := os.WriteFile(path, []byte(msg), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Join(strings.Fields(im.Body), " ")
	for _, want := range []string{
		"I'd urge the cabinet to press the ICB for a shared short breaks budget",
		"Our short breaks club now has 42 children on its waiting list",
		"Eleven of those families have waited longer than six months",
		"212 families took part",
		"58% said they had been offered no short break",
		"The group calls on the council to publish its short breaks statement",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	for _, furniture := range []string{"Forwarded message", "End forwarded", "From: Omar", "Subject:", "Director, Eastmoor", "01632"} {
		if strings.Contains(im.Body, furniture) {
			t.Errorf("%q kept in the body:\n%s", furniture, im.Body)
		}
	}
	if im.Source.Title != "Short breaks survey" {
		t.Errorf("title %q", im.Source.Title)
	}
}

// TestHTMLMailPreheaderHidByItsClass: a mailing's preview text, the
// teaser a mail client shows beside the subject, is set in an element
// named "preheader" and hidden by the mail's style sheet, not by a style
// of its own: it is no part of the mail's text. Written for this test
// (set 34 spent).
func TestHTMLMailPreheaderHidByItsClass(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bulletin.eml")
	msg := "From: Ashby Council Public Health <news@ashby.gov.uk>\nTo: partners@ashby.gov.uk\n" +
		"Subject: Ashby health news: dental checks\nDate: Tue, 4 Nov 2025 10:00:00 +0000\nContent-Type: text/html; charset=utf-8\n\n" +
		"<html><head><style>.preheader{display:none!important}</style></head><body>" +
		"<span class=\"preheader\">What the new dental figures mean for schools, and dates for your diary.</span>" +
		"<table><tr><td><h1>Dental checks in Ashby</h1>" +
		"<p>In 2024/25, 58% of children in Ashby saw a dentist, compared with 64% across England.</p>" +
		"<p>We recommend that every school shares the dental check reminder with parents this term.</p>" +
		"</td></tr></table></body></html>\n"
	if err := os.WriteFile(path, []byte(msg), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "What the new dental figures mean") {
		t.Errorf("the preheader kept:\n%s", im.Body)
	}
	if !strings.Contains(im.Body, "58% of children in Ashby saw a dentist") {
		t.Errorf("the text lost:\n%s", im.Body)
	}
}
