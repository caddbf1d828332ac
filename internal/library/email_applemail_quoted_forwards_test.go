package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// appleMailForward is a bulletin forwarded from Apple Mail with a short
// covering note: the plain part quotes the marker "Begin forwarded
// message:", the forwarded header lines and the whole bulletin with "> ",
// and the HTML part holds it in <blockquote type="cite">.
func appleMailForward(sender, note, bulletin string) string {
	quoted := func(s string) string {
		var out []string
		for _, l := range strings.Split(s, "\n") {
			if l == "" {
				out = append(out, ">")
				continue
			}
			out = append(out, "> "+l)
		}
		return strings.Join(out, "\n")
	}
	fwd := "Begin forwarded message:\n\nFrom: " + sender + " <news@harburycpc.org.uk>\n" +
		"Subject: Policy Digest 14: school nursing and hospital discharge\nDate: 4 March 2026 at 06:30:00 GMT\n" +
		"To: sam.ortiz@nhs.net\nReply-To: news@harburycpc.org.uk\n\n" + bulletin
	htmlBody := strings.ReplaceAll(bulletin, "\n\n", "</p><p>")
	return "From: Sam Ortiz <sam.ortiz@nhs.net>\n" +
		"Content-Type: multipart/alternative;\n\tboundary=\"Apple-Mail=_AB12\"\n" +
		"Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))\n" +
		"Subject: Fwd: Policy Digest 14: school nursing and hospital discharge\n" +
		"Date: Wed, 4 Mar 2026 08:41:10 +0000\nTo: Lee Hart <lee.hart@nhs.net>\nX-Mailer: Apple Mail (2.3826.500.181.1.5)\n\n" +
		"--Apple-Mail=_AB12\nContent-Transfer-Encoding: 7bit\nContent-Type: text/plain;\n\tcharset=utf-8\n\n" +
		note + "\n\n\n" + quoted(fwd) + "\n\n" +
		"--Apple-Mail=_AB12\nContent-Transfer-Encoding: 7bit\nContent-Type: text/html;\n\tcharset=utf-8\n\n" +
		"<html><body><div>" + strings.ReplaceAll(note, "\n", "<br>") + "</div><blockquote type=\"cite\"><div>Begin forwarded message:</div>" +
		"<div><b>From: </b>" + sender + " &lt;news@harburycpc.org.uk&gt;</div>" +
		"<div><b>Subject: </b>Policy Digest 14: school nursing and hospital discharge</div><p>" + htmlBody + "</p></blockquote></body></html>\n" +
		"--Apple-Mail=_AB12--\n"
}

// TestAppleMailQuotedForwardKeepsBulletin: Apple Mail's plain part quotes
// a forward with "> ", the marker line too, so the quoted-reply rule
// dropped all of it and only the covering note was left. The forwarded
// bulletin is the document: its text and numbered section headings are
// kept, its sender publishes it, and the note and the forwarder's
// signature are not evidence. Before: the body was the note alone.
func TestAppleMailQuotedForwardKeepsBulletin(t *testing.T) {
	note := "Hi Lee,\n\nUseful for next week's planning meeting - could you check our figures?\n\nSam\n\nSam Ortiz\nCommissioning Manager | NHS Wexcombe ICB\nMobile 07700 900 411"
	bulletin := "Policy Digest | Issue 14 | March 2026\n\n" +
		"1. School nursing is stretched thin\n\n" +
		"Across the 30 areas we surveyed, each school nurse now covers an average of 4,100 pupils, up from 3,200 five years ago.\n\n" +
		"We are calling on the Department of Health and Social Care to set a minimum school nursing ratio.\n\n" +
		"2. Delayed discharge from children's wards\n\n" +
		"Of the 96 children delayed on wards in January, 41% were waiting for a community care package.\n\n" +
		"Harbury Children's Policy Centre, 9 Mill Lane, Harbury HB1 2CD\nUnsubscribe | Manage preferences"
	im, err := library.Import(write(t, "digest.eml", []byte(appleMailForward("Harbury Children's Policy Centre", note, bulletin))), library.Meta{Type: "news"})
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Join(strings.Fields(im.Body), " ")
	for _, want := range []string{
		"each school nurse now covers an average of 4,100 pupils",
		"We are calling on the Department of Health and Social Care to set a minimum school nursing ratio",
		"41% were waiting for a community care package",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	for _, heading := range []string{"## 1. School nursing is stretched thin", "## 2. Delayed discharge from children's wards"} {
		if !strings.Contains("\n"+im.Body, "\n"+heading+"\n") {
			t.Errorf("heading %q not kept as a heading:\n%s", heading, im.Body)
		}
	}
	for _, not := range []string{"could you check our figures", "07700 900 411", "Begin forwarded message", "> "} {
		if strings.Contains(im.Body, not) {
			t.Errorf("body keeps %q:\n%s", not, im.Body)
		}
	}
	if got := im.Source.Publisher; got != "Harbury Children's Policy Centre" {
		t.Errorf("publisher %q, want the bulletin's sender (guessed %v)", got, im.Guessed)
	}
}

// TestSenderNamedInFullKeepsTeamWord: a bulletin's sender whose name ends
// in a word a team is named by ("Harbury Child Health Policy Unit") is
// cut to the body the team would belong to ("Harbury Child Health"), as
// "NHS Providers Policy Team" is NHS Providers; but where the bulletin
// writes the whole name as its own ("from everyone at the Harbury Child
// Health Policy Unit"), the whole name is the body's. Before: the
// publisher was "Harbury Child Health".
func TestSenderNamedInFullKeepsTeamWord(t *testing.T) {
	bulletin := "Policy Digest | Issue 9 | May 2026\n\n" +
		"Greetings from everyone at the Harbury Child Health Policy Unit. This month we look at dental extractions.\n\n" +
		"Hospital tooth extractions for children aged 5 to 9 rose by 14% in our region last year, to 1,870.\n\n" +
		"We are calling on ICBs to fund supervised toothbrushing in every nursery.\n"
	note := "FYI - see below.\n\nSam"
	im, err := library.Import(write(t, "digest.eml", []byte(appleMailForward("Harbury Child Health Policy Unit", note, bulletin))), library.Meta{Type: "news"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Publisher; got != "Harbury Child Health Policy Unit" {
		t.Errorf("publisher %q, want the name the bulletin writes in full (guessed %v)", got, im.Guessed)
	}
}
