package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A mail system's non-delivery report returns the message it could not
// deliver: the returned message is the document (its subject the title,
// its signature the publisher), the system's notice none of it.
func TestDeliveryReportReadsReturnedMessage(t *testing.T) {
	msg := "From: Mail Delivery System <postmaster@wexford-borough.gov.uk>\nTo: Amir Shah <amir.shah@wexford-borough.gov.uk>\n" +
		"Date: Mon, 2 Mar 2026 10:00:05 +0000\nSubject: Undeliverable: School nursing figures for the partnership\n" +
		"Auto-Submitted: auto-replied\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=\"R1\"\n\n" +
		"--R1\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Delivery has failed to these recipients or groups:\n\nlead@example.nhs.net\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\n\n" +
		"Diagnostic information for administrators:\n\nGenerating server: MX1.EXAMPLE.NET\nRemote Server returned '550 5.1.1 User unknown'\n\n" +
		"--R1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx1.example.net\n\nFinal-Recipient: rfc822; lead@example.nhs.net\nAction: failed\nStatus: 5.1.1\n\n" +
		"--R1\nContent-Type: message/rfc822\n\n" +
		"From: Amir Shah <amir.shah@wexford-borough.gov.uk>\nTo: lead@example.nhs.net\nDate: Mon, 2 Mar 2026 10:00:01 +0000\n" +
		"Subject: School nursing figures for the partnership\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Dear colleague,\n\nOur school nurses saw 2,310 pupils in the autumn term, up from 1,980 a year before.\n\n" +
		"The ICB should fund two more posts for the special schools.\n\nKind regards,\n\nAmir Shah\nPublic Health Lead | Wexford Borough Council\n\n" +
		"--R1--\n"
	im := importMail(t, msg)
	if im.Source.Title != "School nursing figures for the partnership" {
		t.Errorf("title %q, want the returned message's subject", im.Source.Title)
	}
	if im.Source.Publisher != "Wexford Borough Council" {
		t.Errorf("publisher %q, want the returned message's signature's", im.Source.Publisher)
	}
	checkBody(t, im.Body, []string{"2,310 pupils", "The ICB should fund"},
		[]string{"Delivery has failed", "Diagnostic information", "550 5.1.1", "Reporting-MTA"})
}

// A numbered digest (Groups.io's "1a.", "1b." messages under their own
// From and Date lines, a line of the group's links under each) is read
// message by message under its topic's title, the sign-offs, links and
// footer dropped; its subject keeps the list's tag.
func TestNumberedGroupDigest(t *testing.T) {
	rule := strings.Repeat("-", 60) + "\n"
	links := "View/Reply Online (#%d) | Reply To Group | Reply To Sender | Mute This Topic | New Topic\n"
	msg := "From: \"hv-leads@groups.io Digest\" <hv-leads+digest@groups.io>\nTo: sam@example.nhs.net\n" +
		"Subject: [hv-leads] Digest for hv-leads@groups.io - 1 topic, 2 messages\nDate: Wed, 4 Mar 2026 06:00:00 +0000\n" +
		"Mailing-List: list hv-leads@groups.io; contact hv-leads+owner@groups.io\nList-Id: <hv-leads.groups.io>\n" +
		"Precedence: Bulk\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Groups.io\n\nTopics in this digest:\n\n1. Caseloads this spring\n    From: Dana Price\n    2 messages\n\n" + rule +
		"1a. Caseloads this spring\nFrom: Dana Price\nDate: Tue, 3 Mar 2026 09:00:00 GMT\n\n" +
		"Our health visitors now carry 480 children each, against 390 last spring.\n\nDana\nHealth Visiting Lead, Orrin Community Trust\n\n" +
		strings.Replace(links, "%d", "101", 1) + rule +
		"1b. Re: Caseloads this spring\nFrom: Lee Moss\nDate: Tue, 3 Mar 2026 11:00:00 GMT\n\n" +
		"> Our health visitors now carry 480 children each\n\nCommissioners should fund caseloads of no more than 250 children.\n\nLee\n\n" +
		strings.Replace(links, "%d", "102", 1) + rule +
		"Groups.io Links:\n\nYou receive all messages sent to this group.\n\nYour Subscription | Contact Group Owner | Unsubscribe [sam@example.nhs.net]\n\n_._,_._,_\n"
	im := importMail(t, msg)
	if im.Source.Title != "[hv-leads] Digest for hv-leads@groups.io - 1 topic, 2 messages" {
		t.Errorf("title %q, want the digest's subject with its tag", im.Source.Title)
	}
	checkBody(t, im.Body, []string{"## Caseloads this spring\n", "480 children each", "Commissioners should fund"},
		[]string{"View/Reply", "Topics in this digest", "Health Visiting Lead", "Groups.io Links", "_._,_", "From: Dana", "\nDana\n", "\nLee\n"})
}

// A giving platform's appeal page names the charity it raises for with its
// registered number: the charity publishes the page, not the platform;
// the donors' list is furniture.
func TestAppealPageCharityAndDonations(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Help us open a sensory room - JustGiving</title>
<meta property="og:site_name" content="JustGiving"></head><body>
<header><a href="/"><img src="logo.svg" alt="JustGiving"></a></header>
<main><p class="charity">Little Lanterns <span>Registered charity number 1123456</span></p>
<h1>Help us open a sensory room</h1>
<h2>Story</h2><p>Last year 320 children with complex needs used our play sessions, and the waiting list for a place has grown to 85 families.</p>
<h2>Messages of support</h2><ul>
<li><p>Jo P.</p><p>£25.00</p><p>My son loved the sessions twice a week.</p></li>
<li><p>Carter Family</p><p>£100.00</p><p>Good luck!</p></li></ul>
</main><footer><p>© 2026 JustGiving</p></footer></body></html>`
	im, err := library.Import(write(t, "appeal.html", []byte(page)), library.Meta{Date: "2026", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Little Lanterns" {
		t.Errorf("publisher %q, want the charity the page names with its number", im.Source.Publisher)
	}
	checkBody(t, im.Body, []string{"320 children"}, []string{"£25.00", "Carter Family", "twice a week"})
}

// A repository record's catalogue fields are furniture; a field of prose
// stays.
func TestRepositoryRecordFields(t *testing.T) {
	page := `<html><head><title>Moving on well - Nordham Research Online</title></head><body><main>
<h1>Moving on well</h1><h2>Abstract</h2><p>We followed 214 young people moving from children's to adult diabetes care; 41% missed their first adult clinic.</p>
<table><tr><th>Item Type:</th><td>Monograph (Project Report)</td></tr>
<tr><th>Additional Information:</th><td>The study was shaped by a panel of young people who had moved to adult care themselves.</td></tr>
<tr><th>Funders:</th><td>Nordham Health Research Fund (NHRF-88121)</td></tr>
<tr><th>Date Deposited:</th><td>3 Feb 2026 10:12</td></tr>
<tr><th>URI:</th><td>https://research.nordham.ac.uk/id/eprint/7712</td></tr></table>
</main></body></html>`
	im := importPage(t, page)
	checkBody(t, im.Body, []string{"41% missed", "shaped by a panel"}, []string{"NHRF-88121", "Date Deposited", "Item Type", "eprint/7712"})
}

// A listing's result counter, its pager and a log entry's record line are
// furniture; a "Follow us:" line naming networks too.
func TestListingCountersAndRecordLines(t *testing.T) {
	page := `<html><head><title>Disclosure log - Test Org</title></head><body><main>
<h1>Disclosure log</h1><p>Results 11 to 20 of 96 requests</p>
<h2>FOI-1021: School nursing posts</h2>
<p><strong>Date received:</strong> 2 May 2026 <strong>Date of response:</strong> 28 May 2026 <strong>Outcome:</strong> Information provided</p>
<p>At 31 March 2026 the trust employed 42 school nurses, 6 fewer than a year before.</p>
<p>Next page: 21 to 30</p><p>Follow us: Facebook | Instagram | LinkedIn</p></main></body></html>`
	im := importPage(t, page)
	checkBody(t, im.Body, []string{"42 school nurses"}, []string{"Results 11 to 20", "Date received", "Next page", "Follow us"})
}
