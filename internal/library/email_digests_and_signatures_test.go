package library_test

import (
	"encoding/base64"
	"strings"
	"testing"
)

// A forward's original signed "Kieran" over "Dr Kieran Doyle": the title
// hid the full name from the rule that cuts a first-name sign-off, so the
// signature's organisation was never read and the import was refused.
func TestFirstNameOverATitledSignature(t *testing.T) {
	msg := "From: Dana Ellis <dana.ellis@example.net>\nSubject: FW: Prevalence figures\nDate: Wed, 9 Apr 2025 10:14:03 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\nSharing the thread below.\n\nDana\n\n" +
		"-----Original Message-----\nFrom: Kieran Doyle <kieran.doyle@example.org.uk>\nSent: 07 April 2025 12:45\nTo: Dana Ellis <dana.ellis@example.net>\nSubject: Prevalence figures\n\n" +
		"> Hi Raj,\n>\n> In our own data, 31% of referrals in 2024 were closed without the young person being seen.\n>\n" +
		"> Kieran\n>\n> Dr Kieran Doyle\n> Consultant Clinical Psychologist\n> Ashgrove Children and Young People's Mental Health Service\n> Tel: 01632 960 733\n"
	im := importMail(t, msg)
	if im.Source.Publisher != "Ashgrove Children and Young People's Mental Health Service" {
		t.Errorf("publisher %q, want the signature's service", im.Source.Publisher)
	}
	checkBody(t, im.Body, []string{"31% of referrals"}, []string{"Consultant Clinical Psychologist", "01632"})

	// The name before its role on one line ("Dr Beth Lawson, GP and
	// Clinical Lead") is the signature too; a first name over someone
	// else's name is not.
	im = importMail(t, strings.Replace(msg, "> Dr Kieran Doyle\n> Consultant Clinical Psychologist\n", "> Dr Kieran Doyle, Consultant Clinical Psychologist\n", 1))
	checkBody(t, im.Body, []string{"31% of referrals"}, []string{"Consultant Clinical Psychologist"})
}

// Outlook's plain part said only "This message contains formatted text
// ...": it was read as the whole letter, and the letter in the HTML part
// was lost (the import refused, for want of a signature).
func TestHTMLPartBehindAPlainStub(t *testing.T) {
	html := "<html><body><p>Dear colleagues in the ICB,</p><p><b>Here in Kelvedon</b></p>" +
		"<p>We cared for 184 children and their families last year, 37 of them at the end of life.</p>" +
		"<p>We would ask that the ICB commissions 24-hour end of life care at home for children across the county.</p>" +
		"<p>With best wishes,</p><p>Ruth</p><p>Ruth Adeyemi</p><p>Director of Care | Kelvedon Children's Hospice</p><p>Kelvedon Children's Hospice is a registered charity in England and Wales (No. 1099871).</p></body></html>"
	msg := "From: Ruth Adeyemi <r.adeyemi@example.org.uk>\nSubject: Palliative care\nDate: Tue, 13 May 2025 15:22:40 +0000\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain; charset=us-ascii\n\n" +
		"This message contains formatted text. If it does not display, please view it in a mail program that can show HTML.\n\n" +
		"--b\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + base64.StdEncoding.EncodeToString([]byte(html)) + "\n--b--\n"
	im := importMail(t, msg)
	checkBody(t, im.Body, []string{"184 children", "## Here in Kelvedon", "We would ask that the ICB"}, []string{"formatted text"})
	if im.Source.Publisher != "Kelvedon Children's Hospice" {
		t.Errorf("publisher %q", im.Source.Publisher)
	}
	// A plain part that says the same as the HTML, more briefly, is
	// still the message.
	short := strings.Replace(msg, "This message contains formatted text. If it does not display, please view it in a mail program that can show HTML.",
		"We cared for 184 children last year, 37 of them at the end of life. We would ask that the ICB commissions 24-hour end of life care at home for children across the county.\n\nWith best wishes,\nRuth Adeyemi\nDirector of Care | Kelvedon Children's Hospice", 1)
	im = importMail(t, short)
	checkBody(t, im.Body, []string{"We cared for 184 children last year"}, []string{"## Here in Kelvedon"})
}

// A Mailman digest was read as one message: its preamble, contents list,
// each message's header lines and its footer were excerpts, and the
// import was refused for want of a publisher.
func TestMailingListDigest(t *testing.T) {
	msg := "From: cyp-health-request@lists.example.org.uk\nSubject: CYP-Health Digest, Vol 12, Issue 7\nDate: Fri, 14 Mar 2025 12:00:02 +0000\n" +
		"List-Id: Riverholt children's health network <cyp-health.lists.example.org.uk>\nContent-Type: text/plain; charset=us-ascii\n\n" +
		"Send CYP-Health mailing list submissions to\n\tcyp-health@lists.example.org.uk\n\n" +
		"When replying, please edit your Subject line so it is more specific\nthan \"Re: Contents of CYP-Health digest...\"\n\n" +
		"Today's Topics:\n\n   1. Tooth extractions (Anita Shah)\n   2. Re: Toothbrushing (Mark Osei)\n\n" +
		"----------------------------------------------------------------------\n\n" +
		"Message: 1\nDate: Thu, 13 Mar 2025 09:41:17 +0000\nFrom: Anita Shah <anita.shah@example.gov.uk>\nSubject: [CYP-Health] Tooth extractions\nMessage-ID:\n\t<LO0P265MB6139@example.com>\n\n" +
		"In Riverholt, 112 children aged 5 to 9 had teeth taken out under general anaesthetic last year.\n\nAnita Shah\nConsultant in Public Health, Riverholt Council\n\n" +
		"------------------------------\n\nMessage: 2\nDate: Thu, 13 Mar 2025 11:05:52 +0000\nFrom: Mark Osei <mark.osei@example.org.uk>\nSubject: Re: [CYP-Health] Toothbrushing\n\n" +
		"Could the ICB fund fluoride varnish in the same settings?\n\nOn 12/03/2025 16:20, Jo Pike wrote:\n> Does anyone have a costed model for a toothbrushing scheme?\n\n" +
		"------------------------------\n\nSubject: Digest Footer\n\n_______________________________________________\nCYP-Health mailing list\ncyp-health@lists.example.org.uk\n\n" +
		"------------------------------\n\nEnd of CYP-Health Digest, Vol 12, Issue 7\n*****************************************\n"
	im := importMail(t, msg)
	checkBody(t, im.Body, []string{"112 children aged 5 to 9", "Could the ICB fund fluoride varnish"},
		[]string{"Send CYP-Health", "Today's Topics", "Message: 1", "Date: Thu", "Subject:", "Message-ID", "LO0P265MB6139", "Consultant in Public Health", "costed model", "Digest Footer", "mailing list", "End of CYP-Health", "----"})
	if im.Source.Publisher != "Riverholt children's health network" {
		t.Errorf("publisher %q, want the list's name", im.Source.Publisher)
	}
	// One "Message: 1" line in a letter is no digest.
	one := "From: Anita Shah <anita.shah@example.gov.uk>\nSubject: Notes\nDate: Thu, 13 Mar 2025 09:41:17 +0000\nContent-Type: text/plain\n\nMessage: 1\nDate: Thu, 13 Mar 2025\n\nThe trust should publish its waits.\n\nKind regards,\nAnita Shah\nConsultant in Public Health, Riverholt Council\n"
	im = importMail(t, one)
	checkBody(t, im.Body, []string{"The trust should publish"}, nil)
	if im.Source.Publisher != "Riverholt Council" {
		t.Errorf("publisher of a letter %q, want the sender's", im.Source.Publisher)
	}
}

// A table in columns of spaces under a rule of dashes per column was one
// paragraph: its four rows one statistic, whose ages ("24 months") were
// read as figures.
func TestAlignedPlainTextTable(t *testing.T) {
	msg := "From: Grace Whitfield <grace@example.nhs.uk>\nSubject: Uptake\nDate: Thu, 10 Jul 2025 11:26:40 +0100\nContent-Type: text/plain; charset=utf-8\n\nDear colleagues,\n\n" +
		"  Vaccine (age measured)           Wexley    England\n  -------------------------------  --------  --------\n" +
		"  MMR dose 1 (24 months)           84.7%     88.9%\n  MMR dose 2 (5 years)             76.3%     83.9%\n\n" +
		"None of the four reaches the 95% level.\n\nBest wishes,\nGrace Whitfield\nImmunisation Coordinator\nWexley Community Health NHS Trust\n"
	im := importMail(t, msg)
	checkBody(t, im.Body, []string{"| Vaccine (age measured) | Wexley | England |", "| MMR dose 1 (24 months) | 84.7% | 88.9% |", "| MMR dose 2 (5 years) | 76.3% | 83.9% |"}, []string{"-----"})
	// A row whose words run across the rule's gaps is not in columns.
	ragged := strings.Replace(msg, "  MMR dose 2 (5 years)             76.3%     83.9%", "  The second dose of MMR reached only 76.3% of children", 1)
	im = importMail(t, ragged)
	checkBody(t, im.Body, []string{"The second dose of MMR"}, []string{"| MMR dose 1"})
}

// Notes sent by e-mail: "ACTION:" lines one under another were one
// paragraph (a body's action and a person's one item, the person's task
// in a recommendation), and "Present:" and "Apologies:" under the notes'
// own title were an excerpt. An action under a line of the notes stays
// with it, as the notes wrote it.
func TestActionLinesAndAttendanceUnderATitle(t *testing.T) {
	msg := "From: Kate Morris <kate.morris@example.net>\nSubject: Notes\nDate: Thu, 22 May 2025 16:48:09 +0000\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Hello everyone,\n\nNOTES - SEND HEALTH PARTNERSHIP, 20 MAY 2025\n\nPresent: Kate Morris (chair), Dr Omar Farouk, Lisa Grant\nApologies: Sue Patel\n\n" +
		"1. Speech and language therapy waits\n\nThe trust reported that 860 children were waiting for a first appointment.\n\n" +
		"ACTION: Trust to publish a plan for clearing the longest waits.\nACTION: KM to circulate the waiting list breakdown by school.\n\n" +
		"The council said 31% of plans were on time.\nACTION: Council to write to every family who has waited.\n\n" +
		"Kind regards\n\nKate Morris\nSEND Health Partnership Manager\nNHS Harrowby Integrated Care Board\n"
	im := importMail(t, msg)
	checkBody(t, im.Body, []string{"ACTION: Trust to publish a plan for clearing the longest waits.\n\nACTION: KM to circulate",
		"The council said 31% of plans were on time.\nACTION: Council to write"}, []string{"Present:", "Apologies:"})
}

// A MIME digest (multipart/digest, one message per part, the part's type
// message/rfc822 by default): only its first message was read, as a
// message forwarded under a short note, so the others' asks were lost and
// the digest took the first message's subject as its title.
func TestMIMEDigest(t *testing.T) {
	msg := "From: cyp-health-request@lists.example.org.uk\nSubject: CYP-Health Digest, Vol 12, Issue 7\nDate: Fri, 14 Mar 2025 12:00:02 +0000\n" +
		"List-Id: Riverholt children's health network <cyp-health.lists.example.org.uk>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"o\"\n\n" +
		"--o\nContent-Type: text/plain; charset=us-ascii\nContent-Description: CYP-Health Digest, Vol 12, Issue 7\n\nToday's Topics:\n\n   1. Tooth extractions (Anita Shah)\n   2. Toothbrushing (Mark Osei)\n\n" +
		"--o\nContent-Type: multipart/digest; boundary=\"d\"\n\n--d\nContent-Type: message/rfc822\n\n" +
		"Date: Thu, 13 Mar 2025 09:41:17 +0000\nFrom: Anita Shah <anita.shah@example.gov.uk>\nSubject: Tooth extractions\n\n" +
		"In Riverholt, 112 children aged 5 to 9 had teeth taken out under general anaesthetic last year.\n\nAnita Shah\nConsultant in Public Health, Riverholt Council\n\n" +
		"--d\n\nDate: Thu, 13 Mar 2025 11:05:52 +0000\nFrom: Mark Osei <mark.osei@example.org.uk>\nSubject: Toothbrushing\n\n" +
		"Could the ICB fund fluoride varnish in the same settings?\n\n--d--\n\n" +
		"--o\nContent-Type: text/plain; charset=us-ascii\nContent-Description: Digest Footer\n\n_______________________________________________\nCYP-Health mailing list\n\n--o--\n"
	im := importMail(t, msg)
	checkBody(t, im.Body, []string{"112 children aged 5 to 9", "Could the ICB fund fluoride varnish"},
		[]string{"Today's Topics", "Date:", "Subject:", "Consultant in Public Health", "mailing list"})
	if im.Source.Title != "CYP-Health Digest, Vol 12, Issue 7" || im.Source.Publisher != "Riverholt children's health network" {
		t.Errorf("title %q, publisher %q: want the digest's and the list's", im.Source.Title, im.Source.Publisher)
	}
}
