package library_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// importMail writes msg as an .eml file and imports it.
func importMail(t *testing.T, msg string) library.Imported {
	t.Helper()
	path := filepath.Join(t.TempDir(), "m.eml")
	if err := os.WriteFile(path, []byte(msg), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	return im
}

// checkBody reports each of present missing from body and each of gone
// found in it.
func checkBody(t *testing.T, body string, present, gone []string) {
	t.Helper()
	for _, p := range present {
		if !strings.Contains(body, p) {
			t.Errorf("%q missing from the body:\n%s", p, body)
		}
	}
	for _, g := range gone {
		if strings.Contains(body, g) {
			t.Errorf("%q kept in the body:\n%s", g, body)
		}
	}
}

// A Teams invitation pasted into notes draws a rule of underscores round
// its joining details, as Outlook draws one over a message it quotes: the
// rule cut the rest of the message as quoted, the signature with it, so
// the sender's organisation was lost and the import refused; "*Actions*"
// (Thunderbird's bold in plain text) over a list stayed text; and a
// mailing list's footer under a row of "#" stayed in the body.
func TestMeetingInvitationRuleIsNoQuotedMessage(t *testing.T) {
	msg := "From: Priti Raman <priti.raman@example.org.uk>\nTo: LIST@JISCMAIL.AC.UK\nSubject: Notes and actions\n" +
		"Date: Thu, 11 Sep 2025 10:03:12 +0100\nUser-Agent: Mozilla Thunderbird\nContent-Type: text/plain; charset=UTF-8; format=flowed\n\n" +
		"Dear all,\n\n*Summary*\n\nOnly 2 of the 7 acute trusts in the region have a named lead for children's end of life care.\n\n" +
		"*Actions*\n\n1. Trusts to name a lead before the next meeting.\n2. JB to circulate the slides.\n\n" +
		"When: Tuesday 9 December 2025 10:00-12:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\nWhere: Microsoft Teams Meeting\n\n" +
		"________________________________________________________________________________\nMicrosoft Teams meeting\n" +
		"Join on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 382 551 904 127\nPasscode: Hq7zN2\n" +
		"Learn More | Meeting options\n________________________________________________________________________________\n\n" +
		"Best wishes,\nPriti\n\n-- \nPriti Raman (she/her)\nNetwork Manager, North Riding Children's Palliative Care Network\n01632 960 733\n\n" +
		"########################################################################\n\n" +
		"To unsubscribe from the LIST list, click the following link:\nhttps://www.jiscmail.ac.uk/cgi-bin/WA-JISC.exe?SUBED1=LIST&A=1\n"
	im := importMail(t, msg)
	if im.Source.Publisher != "North Riding Children's Palliative Care Network" {
		t.Errorf("publisher %q, want the network the signature names", im.Source.Publisher)
	}
	checkBody(t, im.Body, []string{"## Summary", "## Actions", "1. Trusts to name a lead"},
		[]string{"When:", "Meeting ID", "Passcode", "Join on your computer", "To unsubscribe", "*Actions*"})

	// Near-miss: the same rule over a quoted message's headers still
	// cuts the reply there.
	reply := "From: Laura Okoro <laura.okoro@example.nhs.uk>\nTo: d@example.net\nSubject: RE: Clinic\n" +
		"Date: Tue, 19 Aug 2025 17:26:33 +0000\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Hi Daniel,\n\nLast year 23% of the young people who moved across missed their first adult appointment.\n\n" +
		"Kind regards\nLaura\n\nLaura Okoro\nTransition Nurse Specialist\nFernleigh Hospitals NHS Foundation Trust\n\n" +
		"________________________________\nFrom: Daniel Osei <d@example.net>\nSent: 11 August 2025 14:02\nTo: Laura Okoro\nSubject: Clinic\n\n" +
		"We think the figure across the system is around 30%.\n"
	checkBody(t, importMail(t, reply).Body, []string{"23% of the young people"}, []string{"around 30%", "Sent:"})
}

// A bulk sender's HTML-only bulletin: its "Having trouble viewing this
// email?" line, its subscription footer (longer than any furniture line),
// its row of social links and an event listing whose title does not say
// it is an event were kept as text; a Mailchimp layout centred in a
// <center> ran every paragraph, heading and list into one block.
func TestBulkMailFootersListingsAndCentredLayouts(t *testing.T) {
	head := "From: Castlemere Council <castlemere@public.govdelivery.com>\nTo: r@example.org\nSubject: Healthy Families bulletin\n" +
		"Date: Wed, 05 Nov 2025 11:00:12 +0000\nContent-Type: text/html; charset=UTF-8\n\n"
	bulletin := head + `<html><body><table><tr><td>Having trouble viewing this email? <a href="https://x.example/b">View it as a Web page</a>.</td></tr>
<tr><td><h2>Vaccinations</h2><p>Only 83.9% of children in England had both doses of the MMR vaccine by their fifth birthday.</p>
<h2>What's on</h2><p><strong>Free family cook-along</strong><br>Saturday 22 November, 10am to 12 noon<br>Castlemere Family Hub, 3 Bridge Street</p>
<p><strong>Infant feeding drop-in</strong><br>Every Tuesday, 1.30 to 3pm, Northgate Library</p>
<p><strong>Our new clinic</strong><br>The clinic saw 640 young people last year, 9% more than the year before.</p></td></tr>
<tr><td><a href="https://f.example">Facebook</a> | <a href="https://x.example">X</a> | <a href="https://i.example">Instagram</a></td></tr>
<tr><td><p>Update your subscriptions, modify your password or email address, or stop subscriptions at any time on your <a href="https://p.example">Subscriber Preferences Page</a>. You will need to use your email address to log in. If you have questions or problems with the subscription service, please visit subscriberhelp.granicus.com.</p>
<p>This service is provided to you at no charge by Castlemere Council.</p></td></tr></table></body></html>
`
	checkBody(t, importMail(t, bulletin).Body,
		[]string{"## Vaccinations", "Only 83.9% of children", "The clinic saw 640 young people"},
		[]string{"Having trouble", "Free family cook-along", "Infant feeding drop-in", "Facebook", "Update your subscriptions", "no charge"})

	campaign := "From: Steady Minds <campaigns@steadyminds.org.uk>\nTo: r@example.org\nSubject: Write to your MP\n" +
		"Date: Thu, 13 Nov 2025 18:02:31 +0000\nContent-Type: text/html; charset=utf-8\n\n" +
		`<!doctype html><html><body><center><table><tr><td><table><tr><td>
<p>Dear Sam,</p><p>The Children's Commissioner found that more than 270,000 children were still waiting for support.</p>
<h2>What we are asking for</h2><ul><li>The government to set a four-week waiting time standard.</li><li>NHS England to publish waiting times every month.</li></ul>
</td></tr></table></td></tr></table></center></body></html>
`
	checkBody(t, importMail(t, campaign).Body,
		[]string{"## What we are asking for", "- The government to set a four-week waiting time standard.", "\n\nThe Children's Commissioner found"}, nil)
}
