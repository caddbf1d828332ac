package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPlainAlertDigestEntries checks a subscription alert sent as plain
// text, whose entries each open with a publication's title over its link:
// the title is the entry's heading (its link dropped), while the entry's
// change note and time stamp, the subscription lines and the do-not-reply
// line are the alert's own words, never text. The sender's name for its
// alert service ("Email Alerts") is not part of the publisher's name.
func TestPlainAlertDigestEntries(t *testing.T) {
	msg := "From: GOV.UK Email Alerts <alerts@notifications.service.gov.uk>\nTo: team@example.gov.uk\n" +
		"Subject: Daily update from GOV.UK for: Children's health\nDate: Tue, 8 Jul 2025 10:00:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\n" +
		"Subscription update\n\n" +
		"You asked GOV.UK to email you once a day when we add or update a page about:\n\n" +
		"Children's health\n\n---\n\n" +
		"School nursing workforce: March 2025\n" +
		"https://www.gov.uk/government/statistics/school-nursing-workforce-march-2025\n\n" +
		"Page summary:\n" +
		"Figures on the school nursing workforce in England. There were about 2,100 full-time equivalent school nurses in March 2025, 4% fewer than a year before.\n\n" +
		"Change made:\n" +
		"Replaced the regional table with a corrected version. The England totals are unchanged.\n\n" +
		"Time updated:\n" +
		"9:30am, 8 July 2025\n\n---\n\n" +
		"Why am I getting this email?\n\n" +
		"You asked GOV.UK to send you an email once a day with all the changes to pages about:\n\n" +
		"Children's health\n\n" +
		"Change your email preferences:\nhttps://www.gov.uk/email/manage/authenticate\n\n" +
		"Do not reply to this email. Your reply will not be read. If you have a question, contact the department that published the page.\n"
	im, err := library.Import(write(t, "alert.eml", []byte(msg)), library.Meta{Type: "data"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "## School nursing workforce: March 2025\n") {
		t.Errorf("no heading for the entry's title in\n%s", im.Body)
	}
	if !strings.Contains(im.Body, "2,100 full-time equivalent school nurses") {
		t.Errorf("the page summary is lost in\n%s", im.Body)
	}
	for _, not := range []string{"Replaced the regional table", "9:30am", "You asked GOV.UK", "Do not reply", "## Change your email"} {
		if strings.Contains(im.Body, not) {
			t.Errorf("alert furniture %q kept in\n%s", not, im.Body)
		}
	}
	if im.Source.Publisher != "GOV.UK" {
		t.Errorf("publisher %q, want GOV.UK", im.Source.Publisher)
	}
}
