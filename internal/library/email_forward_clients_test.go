package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// The forwarded message every case below carries: a network's mailing,
// with a finding and an ask, signed by its team.
const (
	fwdSender    = "Northvale Children's Health Alliance <news@northvalealliance.org.uk>"
	fwdPublisher = "Northvale Children's Health Alliance"
	fwdFinding   = "Our annual survey of 48 school nursing teams found that 61% had at least one vacant post in January 2025."
	fwdAsk       = "We are calling on integrated care boards to publish a school nursing workforce plan by the autumn."
)

var fwdMailing = "Dear colleagues,\n\n" + fwdFinding + "\n\n" + fwdAsk + "\n\n" +
	"Kind regards,\nPolicy Team\n" + fwdPublisher + "\n"

var fwdMailingHTML = "<p>Dear colleagues,</p><p>" + fwdFinding + "</p><p>" + fwdAsk + "</p>" +
	"<p>Kind regards,<br>Policy Team<br>" + fwdPublisher + "</p>"

// forwardCase is a forward as one mail client lays it out: the block
// between the forwarder's short note and the forwarded message.
type forwardCase struct {
	client  string
	subject string // the outer subject
	html    bool   // the part is text/html
	block   string // separator and header block, as the client writes them
	dated   bool   // the block's date is one cypx reads (4 March 2025)
}

// TestForwardHeaderBlocksOfManyClients: a forward is told by its header
// block, whatever client wrote it: a short run of header lines (From
// and a date or subject, in any order, with labels in English, German,
// French, Dutch or Spanish, in bold or not, with tabs or a space before
// the colon), after a separator line, an intro line or nothing, in plain
// text or in an HTML part's text (a table of labels and values, bold
// labels after an <hr>). The forwarded message is the evidence and its
// sender the publisher; the forwarder's "FYI" note and the header lines
// are not.
func TestForwardHeaderBlocksOfManyClients(t *testing.T) {
	cases := []forwardCase{
		{client: "thunderbird-plain-tabs", subject: "Fwd: School nursing vacancies",
			block: "-------- Forwarded Message --------\nSubject: \tSchool nursing vacancies\nDate: \tTue, 4 Mar 2025 09:12:00 +0000\nFrom: \t" + fwdSender + "\nTo: \tmembers@northvalealliance.org.uk\n\n", dated: true},
		{client: "thunderbird-html-table", subject: "Fwd: School nursing vacancies", html: true,
			block: `<div class="moz-forward-container"><br><br>-------- Forwarded Message --------<table class="moz-email-headers-table" border="0" cellpadding="0" cellspacing="0"><tbody>` +
				`<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Subject: </th><td>School nursing vacancies</td></tr>` +
				`<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Date: </th><td>Tue, 4 Mar 2025 09:12:00 +0000</td></tr>` +
				`<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">From: </th><td>Northvale Children's Health Alliance <a class="moz-txt-link-rfc2396E" href="mailto:news@northvalealliance.org.uk">&lt;news@northvalealliance.org.uk&gt;</a></td></tr>` +
				`<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">To: </th><td>members@northvalealliance.org.uk</td></tr>` +
				`</tbody></table><br><br>`, dated: true},
		{client: "outlook-desktop-german", subject: "WG: School nursing vacancies",
			block: "Von: " + fwdSender + "\nGesendet: Dienstag, 4. März 2025 09:12\nAn: Sam Reid <sam.reid@eastbrook.nhs.uk>\nBetreff: School nursing vacancies\n\n", dated: true},
		{client: "outlook-desktop-french", subject: "TR: School nursing vacancies",
			block: "De : " + fwdSender + "\nEnvoyé : mardi 4 mars 2025 09:12\nÀ : Sam Reid <sam.reid@eastbrook.nhs.uk>\nObjet : School nursing vacancies\n\n", dated: true},
		{client: "outlook-desktop-dutch", subject: "FW: School nursing vacancies",
			block: "________________________________\nVan: " + fwdSender + "\nVerzonden: dinsdag 4 maart 2025 09:12\nAan: Sam Reid <sam.reid@eastbrook.nhs.uk>\nOnderwerp: School nursing vacancies\n\n", dated: true},
		{client: "outlook-desktop-spanish", subject: "RV: School nursing vacancies",
			block: "De: " + fwdSender + "\nEnviado: martes, 4 de marzo de 2025 9:12\nPara: Sam Reid <sam.reid@eastbrook.nhs.uk>\nAsunto: School nursing vacancies\n\n", dated: true},
		{client: "gmail-spanish-plain", subject: "Fwd: School nursing vacancies",
			block: "---------- Mensaje reenviado ---------\nDe: " + fwdSender + "\nDate: mar, 4 mar 2025 a las 9:12\nSubject: School nursing vacancies\nTo: <members@northvalealliance.org.uk>\n\n", dated: true},
		{client: "outlook-web-html", subject: "FW: School nursing vacancies", html: true,
			block: `<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">` +
				`<b>From:</b> Northvale Children's Health Alliance &lt;news@northvalealliance.org.uk&gt;<br><b>Sent:</b> Tuesday, March 4, 2025 9:12 AM<br>` +
				`<b>To:</b> Sam Reid &lt;sam.reid@eastbrook.nhs.uk&gt;<br><b>Subject:</b> School nursing vacancies</font><div>&nbsp;</div></div>`, dated: true},
		{client: "outlook-mac-plain", subject: "Fwd: School nursing vacancies",
			block: "From: " + fwdSender + "\nDate: Tuesday, 4 March 2025 at 09:12\nTo: Sam Reid <sam.reid@eastbrook.nhs.uk>\nSubject: School nursing vacancies\n\n", dated: true},
		{client: "gmail-html", subject: "Fwd: School nursing vacancies", html: true,
			block: `<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Northvale Children's Health Alliance</strong> <span dir="auto">&lt;news@northvalealliance.org.uk&gt;</span><br>` +
				`Date: Tue, 4 Mar 2025 at 09:12<br>Subject: School nursing vacancies<br>To: &lt;members@northvalealliance.org.uk&gt;<br></div><br><br>`, dated: true},
		{client: "apple-mail-html", subject: "Fwd: School nursing vacancies", html: true,
			block: `<div><br><blockquote type="cite"><div>Begin forwarded message:</div><br class="Apple-interchange-newline">` +
				`<div style="margin-top:0px;margin-right:0px;margin-bottom:0px;margin-left:0px;"><span style="font-family:-webkit-system-font;"><b>From: </b></span><span style="font-family:-webkit-system-font;">Northvale Children's Health Alliance &lt;news@northvalealliance.org.uk&gt;<br></span></div>` +
				`<div style="margin-top:0px;margin-right:0px;margin-bottom:0px;margin-left:0px;"><span style="font-family:-webkit-system-font;"><b>Subject: </b></span><span style="font-family:-webkit-system-font;"><b>School nursing vacancies</b><br></span></div>` +
				`<div style="margin-top:0px;margin-right:0px;margin-bottom:0px;margin-left:0px;"><span style="font-family:-webkit-system-font;"><b>Date: </b></span><span style="font-family:-webkit-system-font;">4 March 2025 at 09:12:00 GMT<br></span></div>` +
				`<div style="margin-top:0px;margin-right:0px;margin-bottom:0px;margin-left:0px;"><span style="font-family:-webkit-system-font;"><b>To: </b></span><span style="font-family:-webkit-system-font;">members@northvalealliance.org.uk<br></span></div><br>`, dated: true},
		{client: "protonmail-plain", subject: "Fwd: School nursing vacancies",
			block: "------- Forwarded Message -------\nFrom: " + fwdSender + "\nDate: On Tuesday, March 4th, 2025 at 9:12 AM\nSubject: School nursing vacancies\nTo: members@northvalealliance.org.uk\n\n\n", dated: true},
		{client: "zimbra-plain", subject: "Fwd: School nursing vacancies",
			block: "----- Forwarded Message -----\nFrom: \"Northvale Children's Health Alliance\" <news@northvalealliance.org.uk>\nTo: \"members\" <members@northvalealliance.org.uk>\nSent: Tuesday, 4 March, 2025 9:12:00 AM\nSubject: School nursing vacancies\n\n", dated: true},
		{client: "android-samsung-plain", subject: "Fwd: School nursing vacancies",
			block: "Sent from my Galaxy\n\n-------- Original message --------\nFrom: " + fwdSender + " \nDate: 04/03/2025 09:12 (GMT+00:00) \nTo: members@northvalealliance.org.uk \nSubject: School nursing vacancies \n\n", dated: true},
		{client: "roundcube-plain", subject: "Fwd: School nursing vacancies",
			block: "-------- Original Message --------\nSubject: School nursing vacancies\nDate: 2025-03-04 09:12\nFrom: " + fwdSender + "\nTo: members@northvalealliance.org.uk\n\n", dated: true},
		{client: "em-client-plain", subject: "Fwd: School nursing vacancies",
			block: "------ Original Message ------\nFrom: \"Northvale Children's Health Alliance\" <news@northvalealliance.org.uk>\nTo: members@northvalealliance.org.uk\nSent: 04/03/2025 09:12:00\nSubject: School nursing vacancies\n\n", dated: true},
		{client: "no-subject-line", subject: "FW: School nursing vacancies",
			block: "From: " + fwdSender + "\nSent: 04 March 2025 09:12\nTo: Sam Reid <sam.reid@eastbrook.nhs.uk>\n\n", dated: true},
	}
	for _, c := range cases {
		t.Run(c.client, func(t *testing.T) {
			var msg string
			head := "From: Sam Reid <sam.reid@eastbrook.nhs.uk>\nTo: Board <board@eastbrook.nhs.uk>\nSubject: " + c.subject +
				"\nDate: Thu, 6 Mar 2025 10:00:00 +0000\nMIME-Version: 1.0\n"
			if c.html {
				msg = head + "Content-Type: text/html; charset=utf-8\n\n<html><body><div>FYI, see below.</div><div>Sam</div>" + c.block + fwdMailingHTML + "</body></html>\n"
			} else {
				msg = head + "Content-Type: text/plain; charset=utf-8\n\nFYI, see below.\n\nSam\n\n" + c.block + fwdMailing
			}
			im, err := library.Import(write(t, "fwd.eml", []byte(msg)), library.Meta{Type: "news"})
			if err != nil {
				t.Fatal(err)
			}
			body := strings.Join(strings.Fields(im.Body), " ")
			for _, want := range []string{fwdFinding, fwdAsk} {
				if !strings.Contains(body, want) {
					t.Errorf("body lacks %q:\n%s", want, im.Body)
				}
			}
			for _, not := range []string{"FYI", "news@northvalealliance", "members@", "sam.reid@"} {
				if strings.Contains(body, not) {
					t.Errorf("body keeps %q:\n%s", not, im.Body)
				}
			}
			if got := im.Source.Publisher; got != fwdPublisher {
				t.Errorf("publisher %q, want the forwarded message's sender (guessed %v)", got, im.Guessed)
			}
			if got := im.Source.Title; got != "School nursing vacancies" {
				t.Errorf("title %q", got)
			}
			if want := "2025-03-04"; c.dated && im.Source.Date.String() != want {
				t.Errorf("date %v, want the forwarded message's %s", im.Source.Date, want)
			}
		})
	}
}

// TestForeignLabelReplyQuoteIsNoEvidence: a reply's quoted message is not
// evidence whatever language its header block's labels are in: Outlook
// set to German quotes under "Von:", "Gesendet:", "An:" and "Betreff:".
// Before: the block was not known, and the quoted message's figure and
// ask were imported as the reply's own.
func TestForeignLabelReplyQuoteIsNoEvidence(t *testing.T) {
	msg := "From: Eastbrook Community Health NHS Trust <school.nursing@eastbrook.nhs.uk>\nTo: Policy Team <news@northvalealliance.org.uk>\n" +
		"Subject: AW: School nursing vacancies\nDate: Thu, 6 Mar 2025 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Thank you for the survey. In Eastbrook 9 of our 14 school nursing posts were filled in February 2025.\n\n" +
		"Von: " + fwdSender + "\nGesendet: Dienstag, 4. März 2025 09:12\nAn: Sam Reid <sam.reid@eastbrook.nhs.uk>\nBetreff: School nursing vacancies\n\n" +
		fwdMailing
	im, err := library.Import(write(t, "reply.eml", []byte(msg)), library.Meta{Type: "news"})
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Join(strings.Fields(im.Body), " ")
	if !strings.Contains(body, "9 of our 14 school nursing posts were filled") {
		t.Errorf("body lacks the reply's own finding:\n%s", im.Body)
	}
	for _, not := range []string{fwdFinding, fwdAsk, "Gesendet"} {
		if strings.Contains(body, not) {
			t.Errorf("body keeps the quoted %q:\n%s", not, im.Body)
		}
	}
	if got := im.Source.Publisher; got != "Eastbrook Community Health NHS Trust" {
		t.Errorf("publisher %q, want the reply's sender's", got)
	}
}

// TestFromLinesThatAreNoHeaderBlock: lines that merely open with "From:"
// or "To:" (a memo's addressees, a request's "From:" with no date or
// subject beside it) split nothing, in a message or in the message a
// forward carries: a header block names a sender and a date or subject.
func TestFromLinesThatAreNoHeaderBlock(t *testing.T) {
	memo := "From: the school nursing service\nTo: parents of Year 7 pupils\n\n" +
		"Last year 1,120 pupils in Year 7 were offered a health review, and 84% took it up.\n\n" +
		"Freedom of information request 2025/118\nFrom: a member of the public\nDate of request: 3 February 2025\n\n" +
		"The service received 312 referrals for continence support in 2024, up from 260 in 2023.\n\n" +
		"Kind regards,\nDana Hill\nEastbrook Community Health NHS Trust\n"
	// In a message that is no forward, a memo's addressees may give its
	// date too: with no subject and no separator, that is no quoted
	// message's block either.
	dated := "Thank you all for coming.\n\nFrom: the school nursing service\nDate: 3 March 2025\nTo: parents of Year 7 pupils\n\n" + memo
	for _, c := range []struct{ subject, text string }{
		{"School nursing figures", memo}, {"Fwd: School nursing figures", memo}, {"School nursing figures, dated memo", dated},
	} {
		t.Run(c.subject, func(t *testing.T) {
			msg := "From: Dana Hill <dana.hill@eastbrook.nhs.uk>\nTo: Board <board@eastbrook.nhs.uk>\nSubject: " + c.subject +
				"\nDate: Thu, 6 Mar 2025 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" + c.text
			im, err := library.Import(write(t, "memo.eml", []byte(msg)), library.Meta{Type: "news"})
			if err != nil {
				t.Fatal(err)
			}
			body := strings.Join(strings.Fields(im.Body), " ")
			for _, want := range []string{"1,120 pupils in Year 7 were offered a health review", "312 referrals for continence support"} {
				if !strings.Contains(body, want) {
					t.Errorf("body lacks %q:\n%s", want, im.Body)
				}
			}
			if got := im.Source.Date.String(); got != "2025-03-06" {
				t.Errorf("date %s, want the message's own", got)
			}
		})
	}
}
