package library_test

import (
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

func TestImportMultipartQuotedPrintableEmail(t *testing.T) {
	im := checkTemplate(t, templateCase{
		file:      "multipart-qp.eml",
		meta:      library.Meta{Type: "statement"},
		title:     "Briefing: children’s mental health waits in the North West",
		publisher: "Children’s Health Alliance",
		date:      "2024-04-11",
		furniture: []string{"Return-Path", "From:", "Subject", "cyp-leads@", "Kind regards", "Dr Priya Shah",
			"Head of Policy", "020 7946 0123", "SE1 7AA", "www.", "confidential", "in error", "=E2", "=\n"},
		present: []string{
			// Soft line breaks joined and UTF-8 decoded.
			"Ahead of next week’s network meeting, here is a short summary of the latest figures",
			"## KEY FIGURES",
			"* 38,900 children and young people were waiting for a first contact at the end of March.",
			"* 42.6% of them had waited longer than 18 weeks, the highest share of any NHS region.",
		},
	})
	if im.Format != "email" {
		t.Errorf("format %q", im.Format)
	}
	if strings.Contains(im.Body, "<div") {
		t.Errorf("the HTML part was used, not the plain text:\n%s", im.Body)
	}
}

func TestImportReplyKeepsOnlyWhatTheSenderWrote(t *testing.T) {
	checkTemplate(t, templateCase{
		file:      "reply.eml",
		meta:      library.Meta{Type: "statement"},
		title:     "Figures for the ICB board paper",
		publisher: "NHS North Example ICB",
		date:      "2024-03-06",
		furniture: []string{"RE:", "Re:", "wrote:", "On Tue", "> ", "63%", "Could you check", "Many thanks", "Thanks,\nHelen"},
		present: []string{
			"The number of children waiting more than a year for an autism assessment\nacross the ICB rose from 1,240",
			"Speech and language therapy is now our longest wait, with a median of 44\nweeks",
		},
	})
}

func TestImportForwardedMessageIsTheForwardedContent(t *testing.T) {
	im := checkTemplate(t, templateCase{
		file: "forwarded.eml",
		meta: library.Meta{Type: "statement"},
		// The inner message's subject, sender and date are the metadata.
		title:     "Policy update: transitions to adult mental health services",
		publisher: "Young Futures",
		date:      "2024-07-12",
		furniture: []string{"Fwd:", "FYI", "Sam", "Forwarded message", "From:", "Date:", "Subject:", "To:",
			"View this email in your browser", "2nd Floor", "M1 1AA", "Registered charity", "You are receiving",
			"Unsubscribe", "Update your preferences"},
		present: []string{
			// format=flowed: soft breaks joined, the text kept word for word.
			"Our new survey of 1,050 young people aged 16 to 25 found that 54% felt unprepared when they moved from children's to adult mental health services.",
			"Only one in four said they had a written transition plan before their 18th birthday.",
			"We are asking the government to extend children's mental health services up to the age of 25",
		},
	})
	// The newsletter's masthead repeats the title: a heading, not an item.
	if !strings.HasPrefix(im.Body, "# Policy update: transitions to adult mental health services\n") {
		t.Errorf("masthead line:\n%s", im.Body)
	}
	for _, it := range im.Items {
		if it.Text == "Policy update: transitions to adult mental health services" {
			t.Errorf("the title line became an item")
		}
	}
}

func TestImportSignatureDisclaimerAndQuotedOriginal(t *testing.T) {
	checkTemplate(t, templateCase{
		file:      "signature.eml",
		meta:      library.Meta{Type: "statement"},
		title:     "Community nursing caseloads - update for May",
		publisher: "North Care Community NHS Foundation Trust",
		date:      "2024-05-21",
		furniture: []string{"Laura Evans", "Service Manager", "01632", "environment", "confidential", "Original Message",
			"Sent:", "270 children", "Could you send"},
		present: []string{
			"Our children's community nursing team is currently supporting 312 children with complex health needs, 18% more",
			// ISO-8859-1 quoted-printable: =A3 is the pound sign.
			"agency cover costs us around £4,000 a week.",
		},
	})
}

func TestImportHTMLOnlyNewsletterEmail(t *testing.T) {
	im := checkTemplate(t, templateCase{
		file:      "newsletter.eml",
		meta:      library.Meta{Type: "statement"},
		title:     "Research round-up: June 2024",
		publisher: "Child Health Network",
		date:      "2024-06-25",
		furniture: []string{"monthly round-up of research", "View this email", "Best wishes", "The Research Team",
			"1 Example Lane", "BS1 1AA", "Unsubscribe", "preferences", "JVBER"},
		present: []string{
			"## Eating disorders",
			"New analysis by the Centre for Young Minds shows that 12.5% of 17 to 19-year-olds had an eating disorder in 2023",
			"The number of school nurses in England has fallen by 31% since 2010",
		},
	})
	if len(im.Warnings) != 1 || !strings.Contains(im.Warnings[0], "round-up.pdf") {
		t.Errorf("the attachment should be named in a warning: %v", im.Warnings)
	}
}

func TestEmailIsToldByItsHeadersNotItsName(t *testing.T) {
	msg := "From: Jo Bloggs (Northfield Borough Council) <jo@northfield.gov.uk>\r\nTo: team@example.org\r\n" +
		"Subject: FW: RE: School nursing figures\r\nDate: Fri, 8 Mar 2024 10:00:00 +0000\r\n\r\n" +
		"The school nursing service saw 4,210 pupils last term, 12% more than in the same term a year ago.\r\n"
	for _, name := range []string{"message.txt", "message", "message.eml"} {
		im, err := library.Import(write(t, name, []byte(msg)), library.Meta{Type: "statement"})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		s := im.Source
		if im.Format != "email" || s.Title != "School nursing figures" || s.Publisher != "Northfield Borough Council" || s.Date.String() != "2024-03-08" {
			t.Errorf("%s: format %q, metadata %+v", name, im.Format, s)
		}
		if strings.Contains(im.Body, "Subject") || strings.Contains(im.Body, "jo@") {
			t.Errorf("%s: headers in the body:\n%s", name, im.Body)
		}
	}
	// A text whose first line only looks like a header is text.
	im, err := library.Import(write(t, "note.txt", []byte("Note: these figures are provisional and will be revised in the spring.\n\nWaiting lists for community paediatrics grew by 9% this year across the region.\n")),
		library.Meta{Publisher: "P", Date: "2024", Type: "report"})
	if err != nil || im.Format != "text" {
		t.Errorf("plain text read as %q (%v)", im.Format, err)
	}
}

func TestEmailWithoutAnOrganisationAsksForThePublisher(t *testing.T) {
	msg := "From: Jo Bloggs <jo@example.com>\nTo: a@example.org\nSubject: Figures\nDate: Fri, 8 Mar 2024 10:00:00 +0000\n\n" +
		"The school nursing service saw 4,210 pupils last term, 12% more than in the same term a year ago.\n\nThanks,\nJo\n"
	_, err := library.Import(write(t, "figures.eml", []byte(msg)), library.Meta{Type: "statement"})
	if err == nil || !strings.Contains(err.Error(), "figures.eml") || !strings.Contains(err.Error(), `--publisher "NAME"`) {
		t.Errorf("error %v, want one naming the file and --publisher", err)
	}
}

func TestBrokenQuotedPrintableIsReadAsSent(t *testing.T) {
	msg := "From: A (Northfield Council) <a@example.org>\nSubject: Figures\nDate: Fri, 8 Mar 2024 10:00:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" +
		"The school nursing service saw 4,210 pupils last term, 12% more than a year ago.\x07\n"
	im, err := library.Import(write(t, "broken.eml", []byte(msg)), library.Meta{Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	// The bell that broke the encoding is dropped from the text, and said
	// (hostile check 56: it was stored raw).
	if !strings.Contains(im.Body, "4,210 pupils last term") || strings.Contains(im.Body, "\x07") || len(im.Warnings) != 2 ||
		!strings.Contains(im.Warnings[0], "quoted-printable") || !strings.Contains(im.Warnings[1], "control characters") {
		t.Errorf("body %q warnings %v", im.Body, im.Warnings)
	}
}

// htmlMessage is an HTML-only message with the given subject and body.
func htmlMessage(subject, body string) []byte {
	return []byte("From: Sam Lee <sam@example.org>\r\nTo: b@example.org\r\nSubject: " + subject +
		"\r\nDate: Mon, 3 Jun 2024 09:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body)
}

func TestHTMLReplyLosesItsQuoteAndSignature(t *testing.T) {
	body := `<div dir="ltr"><div>Hi Tom,</div><div><br></div><div>The audit found that 61% of young people had a transition plan by their 17th birthday, up from 47% a year before.</div><div><br></div>
<div>-- <br><div class="gmail_signature">Sam Lee<br>Transition Lead<br>Northfield Community NHS Trust<br>Tel: 01632 960000</div></div></div><br>
<div class="gmail_quote"><div class="gmail_attr">On Fri, 31 May 2024 at 10:00, Tom Brown &lt;tom@example.org&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex"><div>Can you confirm the draft figure of 52% for the board paper before Friday please?</div></blockquote></div>`
	im, err := library.Import(write(t, "reply.eml", htmlMessage("Re: Transition audit", body)), library.Meta{Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "61% of young people had a transition plan") || im.Source.Publisher != "Northfield Community NHS Trust" {
		t.Errorf("publisher %q body:\n%s", im.Source.Publisher, im.Body)
	}
	for _, f := range []string{"52%", "wrote:", "Transition Lead", "01632", "Sam Lee"} {
		if strings.Contains(im.Body, f) {
			t.Errorf("%q kept:\n%s", f, im.Body)
		}
	}
}

func TestHTMLForwardKeepsTheForwardedContent(t *testing.T) {
	// Apple Mail sets a forwarded message in a blockquote.
	body := `<div>FYI</div><div><br><blockquote type="cite"><div>Begin forwarded message:</div><br>
<div><b>From: </b>Northfield ICB &lt;news@northfield.nhs.uk&gt;<br><b>Subject: </b>Autism assessment waits<br><b>Date: </b>29 May 2024 at 08:00:00 BST<br><b>To: </b>sam@example.org<br></div><br>
<div><p>More than 2,000 children in Northfield were waiting for an autism assessment at the end of April, 14% more than in January.</p></div></blockquote></div>`
	im, err := library.Import(write(t, "fwd.eml", htmlMessage("Fwd: Autism assessment waits", body)), library.Meta{Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	s := im.Source
	if !strings.Contains(im.Body, "More than 2,000 children in Northfield") || s.Publisher != "Northfield ICB" || s.Date.String() != "2024-05-29" || s.Title != "Autism assessment waits" {
		t.Errorf("metadata %+v body:\n%s", s, im.Body)
	}
	for _, f := range []string{"FYI", "From:", "Subject:", "news@"} {
		if strings.Contains(im.Body, f) {
			t.Errorf("%q kept:\n%s", f, im.Body)
		}
	}
}

// TestClosingLineAndBareSignatureAreNotEvidence: the line that offers help
// just above the sign-off ("Give me a shout if...") and a name-and-role
// block with no sign-off above it (a bulletin's signature) are dropped;
// the text around them stays. The message is written for this test.
func TestClosingLineAndBareSignatureAreNotEvidence(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		path := filepath.Join(dir, name)
		msg := "From: Sam Reed <sam.reed@example.org>\nTo: team@example.org\nSubject: Clinic update\n" +
			"Date: Tue, 4 Jun 2024 09:00:00 +0100\nOrganization: Northfold Children's Trust\n" +
			"Content-Type: text/plain; charset=utf-8\n\n" + body
		if err := os.WriteFile(path, []byte(msg), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	cases := []struct {
		name, body string
		gone, kept []string
	}{
		{"closing line", "Hi all,\n\nThe clinic saw 412 children in May, 9% more than in April.\n\n" +
			"Give me a shout if anything is unclear.\n\nBest wishes,\nSam\n",
			[]string{"Give me a shout"}, []string{"The clinic saw 412 children in May"}},
		{"a request is not a closing line", "Hi all,\n\nThe clinic saw 412 children in May.\n\n" +
			"Let me know by Friday whether the board should see the full audit of waiting times.\n\nThanks,\nSam\n",
			nil, []string{"Let me know by Friday whether the board"}},
		{"bare name and role", "The clinic saw 412 children in May, 9% more than in April.\n\n" +
			"Professor Alan Reeve\nDirector of Policy, Northern Child Health Network\n\n--\nYou are receiving this bulletin because you subscribed.\n",
			[]string{"Alan Reeve", "Director of Policy"}, []string{"The clinic saw 412 children in May"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			meta := library.Meta{Type: "statement", Publisher: "Northfold Children's Trust"}
			im, err := library.Import(write(strings.ReplaceAll(c.name, " ", "-")+".eml", c.body), meta)
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range c.gone {
				if strings.Contains(im.Body, g) {
					t.Errorf("%q kept in the body:\n%s", g, im.Body)
				}
			}
			for _, k := range c.kept {
				if !strings.Contains(im.Body, k) {
					t.Errorf("body lacks %q:\n%s", k, im.Body)
				}
			}
		})
	}
}

// An Apple Mail forward of a charity's campaign e-mail: the charity's
// name is one word with no organisation word in it, but it spells the
// sender's domain, so it is the publisher; the forwarded message's own
// subject and date are the metadata.
func TestAppleMailForwardFromACharityNamedLikeItsDomain(t *testing.T) {
	msg := "From: Dan Okafor <d.okafor@nhs.net>\nSubject: Fwd: Briefing for MPs\nDate: Fri, 15 Mar 2024 08:12:40 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\nUseful for Tuesday.\n\nDan\n\nSent from my iPad\n\nBegin forwarded message:\n\n" +
		"From: Brightpath <campaigns@brightpath.org.uk>\nSubject: Briefing for MPs\nDate: 14 March 2024 at 16:45:09 GMT\n" +
		"To: d.okafor@nhs.net\nReply-To: Brightpath Policy Team <policy@brightpath.org.uk>\n\n" +
		"Two thirds (67%) of the young people we surveyed said their mental health got worse while they waited.\n"
	im, err := library.Import(write(t, "fwd.eml", []byte(msg)), library.Meta{Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Brightpath" || im.Source.Title != "Briefing for MPs" || im.Source.Date.String() != "2024-03-14" {
		t.Errorf("metadata %q, %q, %v", im.Source.Publisher, im.Source.Title, im.Source.Date)
	}
	if strings.Contains(im.Body, "Useful for Tuesday") || strings.Contains(im.Body, "iPad") || !strings.Contains(im.Body, "Two thirds (67%)") {
		t.Errorf("body:\n%s", im.Body)
	}
}

// A person's name never spells a mail domain's label, and a display name
// that does not is still read as before.
func TestSenderOrganisationFromTheDomain(t *testing.T) {
	msg := "From: Jo Bloggs <jo@bloggs.org.uk>\nTo: a@example.org\nSubject: Figures\nDate: Fri, 8 Mar 2024 10:00:00 +0000\n\n" +
		"The school nursing service saw 4,210 pupils last term, 12% more than in the same term a year ago.\n"
	if _, err := library.Import(write(t, "jo.eml", []byte(msg)), library.Meta{Type: "statement"}); err == nil {
		t.Errorf("a person's name was taken for an organisation")
	}
}

// A plain-text members' bulletin: its masthead ("Members' Bulletin | June
// 2024 | Issue 58") and the footer under a rule, whose unsubscribe line is
// long, are not evidence.
func TestPlainTextBulletinMastheadAndRuledFooter(t *testing.T) {
	msg := "From: Carers Network <bulletin@carersnetwork.org.uk>\nTo: Members <members@carersnetwork.org.uk>\n" +
		"Subject: Members' Bulletin - June 2024\nDate: Thu, 20 Jun 2024 11:00:03 +0100\n\n" +
		"CARERS NETWORK\nMembers' Bulletin | June 2024 | Issue 58\n\nReading time: about 6 minutes\n\n" +
		"There were 138,200 initial requests in 2023, the highest number yet.\n\n" +
		"--------------------------------------------------\nCarers Network, part of a national charity\n" +
		"8 Wakley Street, London EC1V 7QE | 020 7843 1900\nRegistered charity number 258825.\n" +
		"You are receiving this bulletin as a member. To unsubscribe, reply with \"unsubscribe\" in the subject line.\n"
	im, err := library.Import(write(t, "bulletin.eml", []byte(msg)), library.Meta{Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"Issue 58", "CARERS NETWORK", "Reading time", "Wakley Street", "part of a national charity", "You are receiving"} {
		if strings.Contains(im.Body, f) {
			t.Errorf("furniture %q kept:\n%s", f, im.Body)
		}
	}
	if !strings.Contains(im.Body, "There were 138,200 initial requests in 2023") {
		t.Errorf("the evidence was lost:\n%s", im.Body)
	}
}

func TestImportExchangeWindows1252Reply(t *testing.T) {
	// Exchange writes header names with underscores ("msip_labels:")
	// among the first headers: still an e-mail, not a text file. The
	// sender's organisation has no organisation word, but its footer
	// registers it as a charity.
	im := checkTemplate(t, templateCase{
		file:      "exchange-cp1252.eml",
		meta:      library.Meta{Type: "statement"},
		title:     "Draft therapy specification – views",
		publisher: "Little Steps",
		date:      "2024-11-06",
		furniture: []string{"msip_labels", "Thread-Topic", "=96", "Best wishes", "Director | Little Steps", "registered charity"},
		present: []string{
			"Thanks for asking for our view on the draft children’s therapy specification – a short reply for now.",
			"Last year 612 children were referred to our family support service, and 41% of them",
		},
	})
	if im.Format != "email" {
		t.Errorf("format %q, want email", im.Format)
	}
}

func TestImportThunderbirdForwardOfABulletin(t *testing.T) {
	// A forward's masthead with its browser link, a call to reply, and
	// numbered sections in capitals, the last over a list of dates.
	im := checkTemplate(t, templateCase{
		file:      "thunderbird-bulletin.eml",
		meta:      library.Meta{Type: "statement"},
		title:     "Children's Therapies Network - November bulletin",
		publisher: "Children's Therapies Network",
		date:      "2024-11-05",
		furniture: []string{"Forwarding this", "CHILDREN'S THERAPIES NETWORK", "Bulletin | November 2024", "View this email",
			"just reply to this email", "add your organisation's name", "You are receiving", "LS1 1AA"},
		present: []string{
			"## 1. SURVEY FINDINGS",
			"## 2. DATES FOR YOUR DIARY",
			"Our survey of 80 services found that the median wait for a first physiotherapy assessment was 26 weeks, up from 19 weeks a year earlier.",
		},
	})
	_ = im
}

// Informal mail is signed with the sender's first name alone above a full
// signature block: the name line, the closing thanks before it and the
// block are not evidence, and the block's organisation line names the
// publisher (the From name is a person's, so nothing else could).
func TestFirstNameSignOffOverASignatureBlock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "offer.eml")
	msg := "From: Priya Lal <priya.lal@example.gov.uk>\nTo: partners@example.org\nSubject: Clinic changes\n" +
		"Date: Wed, 12 Mar 2025 11:47:03 +0000\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Hi all,\n\nThe clinic saw 640 young people last year, 9% more than the year before.\n\n" +
		"Thanks, and any questions just give me a shout.\nPriya\n\n" +
		"Priya Lal\nCommissioning Manager (Sexual Health)\nWestbrook Borough Council | Public Health\n" +
		"Town Hall, Westbrook WB1 1AA\n01632 960 215\n"
	if err := os.WriteFile(path, []byte(msg), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Westbrook Borough Council" {
		t.Errorf("publisher %q, want Westbrook Borough Council", im.Source.Publisher)
	}
	for _, g := range []string{"give me a shout", "Priya\n", "Commissioning Manager"} {
		if strings.Contains(im.Body, g) {
			t.Errorf("%q kept in the body:\n%s", g, im.Body)
		}
	}
	if !strings.Contains(im.Body, "The clinic saw 640 young people") {
		t.Errorf("body lacks the finding:\n%s", im.Body)
	}
}

// A forward whose sender writes more than a covering note ("I'd like the
// board to agree ...") is a document of its own: the note is kept with
// what it forwards, and the forward's own date and the signature under
// the note are the metadata; the forwarder's signature is not evidence.
func TestForwardWithANoteOfItsOwn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fw.eml")
	msg := "From: \"LEE, Amy (EASTVALE HOSPITALS NHS FOUNDATION TRUST)\" <amy.lee@nhs.net>\nTo: board@nhs.net\n" +
		"Subject: FW: Paediatric therapy waits\nDate: Tue, 4 Mar 2025 08:12:40 +0000\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Karen,\n\nPlease add the note below to the papers for the Board on Thursday.\n\n" +
		"I'd like the board to agree the recovery plan in principle and to ask the finance committee to cost the extra posts before April, " +
		"because waits for speech and language therapy are now the longest in the region and families are writing to us every week.\n\n" +
		"Amy\n\nAmy Lee\nChief Operating Officer\nEastvale Hospitals NHS Foundation Trust\n\n" +
		"________________________________\nFrom: BROWN, Tom (EASTVALE HOSPITALS NHS FOUNDATION TRUST) <tom.brown@nhs.net>\n" +
		"Sent: 03 March 2025 18:22\nTo: LEE, Amy <amy.lee@nhs.net>\nSubject: Paediatric therapy waits\n\n" +
		"Amy,\n\nThe median wait for a first speech and language therapy appointment is 38 weeks, up from 29 weeks a year ago.\n\nTom\n"
	if err := os.WriteFile(path, []byte(msg), 0o644); err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(path, library.Meta{Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2025-03-04" {
		t.Errorf("date %s, want the forward's 2025-03-04", got)
	}
	if im.Source.Publisher != "Eastvale Hospitals NHS Foundation Trust" {
		t.Errorf("publisher %q", im.Source.Publisher)
	}
	for _, want := range []string{"I'd like the board to agree the recovery plan", "The median wait for a first speech and language therapy appointment is 38 weeks"} {
		if !strings.Contains(strings.Join(strings.Fields(im.Body), " "), want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	for _, furniture := range []string{"Chief Operating Officer", "Sent: 03 March", "From: BROWN"} {
		if strings.Contains(im.Body, furniture) {
			t.Errorf("%q kept in the body:\n%s", furniture, im.Body)
		}
	}
}

// TestForwardedNoteThatAsks: a short covering note that asks a body to
// act ("What I'd love is for the ICB to ...") is the forwarder's evidence
// when what it forwards is a colleague's message: the forward is the
// document, under the forwarder's own headers. Above a publication (a
// bulletin from an organisation's address) the note is dropped, ask and
// all, and the bulletin stays the document: kept under the bulletin's
// metadata, the forwarder's ask would be cited as the council's words. A
// note that only passes a message on ("FYI, see below") is dropped.
func TestForwardedNoteThatAsks(t *testing.T) {
	forwarded := func(from, to string) string {
		return "---------- Forwarded message ---------\nFrom: " + from + "\n" +
			"Date: Tue, 18 Mar 2025 at 08:00\nSubject: Short breaks update\nTo: " + to + "\n\n\n" +
			"Hello,\n\nIn 2024 we provided short breaks to 980 disabled children, 120 more than in 2023.\n\n" +
			"Best wishes\n"
	}
	const ask = "Hi Sunil,\n\nForwarding the update below.\n\nWhat I'd love is for the ICB to put its share of the money into the new Saturday club.\n\nBest,\nHelen\n\nHelen Okafor\nChair, Eastbrook Parent Carer Forum\n\n"
	const list = "<chair.eastbrookpcf@gmail.com>"
	const fyi = "Hi Sunil,\n\nFYI, see below. Can we talk about it on Thursday?\n\nHelen\n\n"
	for _, c := range []struct {
		name, note, from, to string
		kept                 bool
		publisher            string
	}{
		{"an ask above a colleague's message", ask, "Priya Shah <priya.shah@eastbrook.gov.uk>", list, true, "Eastbrook Parent Carer Forum"},
		{"an ask above a bulletin", ask, "Eastbrook Council SEND Team <sendnews@eastbrook.gov.uk>", list, false, "Eastbrook Council"},
		{"FYI above a bulletin", fyi, "Eastbrook Council SEND Team <sendnews@eastbrook.gov.uk>", list, false, "Eastbrook Council"},
		// A team's letter written to the forwarder alone is
		// correspondence: her note about it is evidence.
		{"an ask above a team's letter to one person", ask, "Eastbrook Council SEND Team <sendnews@eastbrook.gov.uk>", "Helen Okafor <chair.eastbrookpcf@gmail.com>", true, "Eastbrook Parent Carer Forum"},
		{"an ask above a team's mail to two people", ask, "Eastbrook Council SEND Team <sendnews@eastbrook.gov.uk>", "Helen Okafor <chair.eastbrookpcf@gmail.com>, Sam Reid <sam@eastbrookpcf.org.uk>", false, "Eastbrook Council"},
	} {
		path := filepath.Join(t.TempDir(), "fwd.eml")
		msg := "From: Helen Okafor <chair.eastbrookpcf@gmail.com>\nTo: Sunil Varma <sunil.varma1@nhs.net>\n" +
			"Subject: Fwd: Short breaks update\nDate: Tue, 18 Mar 2025 12:41:09 +0000\nContent-Type: text/plain; charset=UTF-8\n\n" +
			c.note + forwarded(c.from, c.to)
		if err := os.WriteFile(path, []byte(msg), 0o644); err != nil {
			t.Fatal(err)
		}
		im, err := library.Import(path, library.Meta{Type: "statement"})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !strings.HasPrefix(im.Source.Publisher, c.publisher) {
			t.Errorf("%s: publisher %q, want %q", c.name, im.Source.Publisher, c.publisher)
		}
		if !strings.Contains(im.Body, "In 2024 we provided short breaks to 980 disabled children") {
			t.Errorf("%s: body lacks what was forwarded:\n%s", c.name, im.Body)
		}
		kept := strings.Contains(im.Body, "What I'd love is for the ICB to put its share")
		if kept != c.kept || strings.Contains(im.Body, "FYI") {
			t.Errorf("%s: ask kept %v, want %v:\n%s", c.name, kept, c.kept, im.Body)
		}
		if strings.Contains(im.Body, "Forwarded message") {
			t.Errorf("%s: the forward marker kept in the body:\n%s", c.name, im.Body)
		}
	}
}

// mixedEmail is a message of one text part and n attachments, the first
// named name.
func mixedEmail(n int, name string) []byte {
	var b strings.Builder
	b.WriteString("From: Jane Smith <jane@nhs.example>\nSubject: Waiting times\nDate: Mon, 1 Jul 2024 10:00:00 +0000\n" +
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"BB\"\n\n" +
		"--BB\nContent-Type: text/plain\n\nSome 45% of children waited more than 18 weeks for community paediatrics in 2023, according to the survey of trusts.\n")
	for i := range n {
		if i > 0 {
			name = fmt.Sprintf("report-%d.pdf", i)
		}
		fmt.Fprintf(&b, "--BB\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"%s\"\n\nx\n", name)
	}
	b.WriteString("--BB--\n")
	return []byte(b.String())
}

// TestManyAttachmentsAreCountedNotEachNamed: an e-mail of 100,000
// attachments gave 100,000 warnings (8.8 MB on standard error); the first
// are named and the rest counted.
func TestManyAttachmentsAreCountedNotEachNamed(t *testing.T) {
	im, err := library.Import(write(t, "many.eml", mixedEmail(5000, "report-0.pdf")), library.Meta{Type: "report", Publisher: "NHS"})
	if err != nil {
		t.Fatal(err)
	}
	if len(im.Warnings) > 25 || !strings.Contains(im.Warnings[len(im.Warnings)-1], "4980 more attachments not imported") {
		t.Errorf("%d warnings, the last %q", len(im.Warnings), im.Warnings[len(im.Warnings)-1])
	}
}

// TestAPartThatCannotBeReadIsNotCalledTruncated: an attachment whose name
// holds an escape code is a header Go's MIME reader refuses; the import
// said "the e-mail ends part way through a part" of a whole e-mail.
func TestAPartThatCannotBeReadIsNotCalledTruncated(t *testing.T) {
	im, err := library.Import(write(t, "esc.eml", mixedEmail(2, "a\x1b[31mred.pdf")), library.Meta{Type: "report", Publisher: "NHS"})
	if err != nil {
		t.Fatal(err)
	}
	if len(im.Warnings) != 1 || strings.Contains(im.Warnings[0], "ends part way") || !strings.Contains(im.Warnings[0], "cannot be read") {
		t.Errorf("warnings %q", im.Warnings)
	}
}

// TestCharsetLies: a message declaring charset=utf-16 over plain ASCII
// was read as UTF-16 (CJK) and refused as "no evidence found"; it is read
// as it is, with a warning naming the declared charset. A page declaring
// x-user-defined, which reads every byte over 127 as a private-use
// character, imported them silently; it is read as Windows-1252, with a
// warning.
func TestCharsetLies(t *testing.T) {
	msg := "From: Sam Lee <sam@example.org>\nTo: b@example.org\nSubject: Waits\nDate: Mon, 3 Jun 2024 09:00:00 +0100\n" +
		"Content-Type: text/plain; charset=utf-16\n\nWaiting lists for community paediatrics grew by 9% this year across the region.\n"
	im, err := library.Import(write(t, "lie.eml", []byte(msg)), library.Meta{Type: "statement", Publisher: "Northfield Trust"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "grew by 9% this year") || len(im.Warnings) != 1 || !strings.Contains(im.Warnings[0], "not the utf-16 it declares") {
		t.Errorf("utf-16 over ASCII: body %q, warnings %q", im.Body, im.Warnings)
	}

	page := "<html><head><meta charset=\"x-user-defined\"><title>Caf\xe9 waits</title></head><body><article><h1>Caf\xe9 waits</h1>" +
		"<p>Waiting lists for community paediatrics grew by 9% this year across the region, the caf\xe9 survey found.</p>" +
		"<p>Families told us the wait was the hardest part of the year for them and their children.</p></article></body></html>"
	im, err = library.Import(write(t, "lie.html", []byte(page)), library.Meta{Publisher: "P", Date: "2024", Type: "news"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "the café survey") || strings.ContainsFunc(im.Body, func(r rune) bool { return r >= 0xE000 && r <= 0xF8FF }) ||
		!slices.ContainsFunc(im.Warnings, func(w string) bool { return strings.Contains(w, "private-use") }) {
		t.Errorf("x-user-defined: body %q, warnings %q", im.Body, im.Warnings)
	}
}

// TestForwardedLetterDearOnePerson: a group's letter forwarded with a note
// that asks the reader to act is correspondence when the letter opens
// "Dear Ms Carter," though its To line names no one; a mailing that opens
// "Dear colleagues," is a publication, its note furniture.
func TestForwardedLetterDearOnePerson(t *testing.T) {
	const note = "Helen,\n\nLetter below from the parents' group. They want you to write to the education secretary about school toilets.\n\nPriya\n\n"
	for _, c := range []struct {
		name, greeting string
		kept           bool
	}{
		{"a letter to one person", "Dear Ms Carter,", true},
		{"a mailing to colleagues", "Dear colleagues,", false},
	} {
		path := filepath.Join(t.TempDir(), "fwd.eml")
		msg := "From: Priya Sandhu <priya.sandhu@parliament.example>\nTo: Helen Carter <helen.carter@parliament.example>\n" +
			"Subject: Fwd: School toilets\nDate: Mon, 10 Feb 2025 09:04:18 +0000\nContent-Type: text/plain; charset=UTF-8\n\n" +
			note + "---------- Forwarded message ---------\nFrom: Eastbrook Parents Group <hello@eastbrookparents.example>\n" +
			"Date: Fri, 7 Feb 2025 at 16:21\nSubject: School toilets\nTo: <office@parliament.example>\n\n" +
			c.greeting + "\n\nOf the 120 parents who answered our survey, 64 said their child avoided the school toilets.\n\nWith best wishes,\n\nJo Price\n"
		if err := os.WriteFile(path, []byte(msg), 0o644); err != nil {
			t.Fatal(err)
		}
		im, err := library.Import(path, library.Meta{Type: "statement", Publisher: "Office of Helen Carter"})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !strings.Contains(im.Body, "Of the 120 parents who answered our survey") {
			t.Errorf("%s: body lacks what was forwarded:\n%s", c.name, im.Body)
		}
		if kept := strings.Contains(im.Body, "They want you to write to the education secretary"); kept != c.kept {
			t.Errorf("%s: note kept %v, want %v:\n%s", c.name, kept, c.kept, im.Body)
		}
	}
}

// TestSubjectInAnUnknownOrUserDefinedCharset: a Subject encoded (RFC 2047)
// in x-user-defined is read as Windows-1252, as a page declaring it is;
// one in a charset cypx does not know keeps that word as written, with a
// warning naming the charset and the file, and the words beside it are
// still decoded. Before, either left the whole Subject encoded as the
// title ("=?x-user-defined?Q?Caf=E9_waits?="), without a word.
func TestSubjectInAnUnknownOrUserDefinedCharset(t *testing.T) {
	body := "\nWaiting lists for community paediatrics grew by 9% this year across the region.\n"
	head := "From: Sam Lee <sam@example.org>\nTo: b@example.org\nDate: Mon, 3 Jun 2024 09:00:00 +0100\nSubject: "
	im, err := library.Import(write(t, "ud.eml", []byte(head+"=?x-user-defined?Q?Caf=E9_waits?=\n"+body)), library.Meta{Type: "statement", Publisher: "Northfield Trust"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Title != "Café waits" {
		t.Errorf("x-user-defined: title %q, want %q (warnings %q)", im.Source.Title, "Café waits", im.Warnings)
	}
	im, err = library.Import(write(t, "odd.eml", []byte(head+"=?utf-8?Q?Waits_report:?= =?x-klingon?Q?tlhIngan_Hol?=\n"+body)), library.Meta{Type: "statement", Publisher: "Northfield Trust"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Title != "Waits report: =?x-klingon?Q?tlhIngan_Hol?=" {
		t.Errorf("unknown charset: title %q", im.Source.Title)
	}
	if !slices.ContainsFunc(im.Warnings, func(w string) bool {
		return strings.Contains(w, "odd.eml") && strings.Contains(w, "x-klingon") && strings.Contains(w, "Subject")
	}) {
		t.Errorf("unknown charset: no warning naming the file, the Subject and the charset: %q", im.Warnings)
	}
}

// TestSubjectInUserDefinedCharsetWarns: a Subject encoded in x-user-defined
// is read as Windows-1252 with the warning a text part in that charset
// gets, naming the Subject; a body in it still gets its own. Before, the
// Subject was read without a word (round 13 leftovers).
func TestSubjectInUserDefinedCharsetWarns(t *testing.T) {
	head := "From: Sam Lee <sam@example.org>\nTo: b@example.org\nDate: Mon, 3 Jun 2024 09:00:00 +0100\nSubject: =?x-user-defined?Q?Caf=E9_waits?=\n"
	body := "\nWaiting lists for community paediatrics grew by 9% this year across the region.\n"
	im, err := library.Import(write(t, "ud.eml", []byte(head+body)), library.Meta{Type: "statement", Publisher: "Northfield Trust"})
	if err != nil {
		t.Fatal(err)
	}
	subject := func(w string) bool {
		return strings.Contains(w, "the Subject declares the charset x-user-defined") && strings.Contains(w, "private-use")
	}
	if im.Source.Title != "Café waits" || !slices.ContainsFunc(im.Warnings, subject) {
		t.Errorf("title %q, warnings %q", im.Source.Title, im.Warnings)
	}
	partHead := head + "Content-Type: text/plain; charset=x-user-defined\nContent-Transfer-Encoding: 8bit\n"
	im, err = library.Import(write(t, "ud2.eml", []byte(partHead+"\nWaiting lists for community paediatrics grew by 9% this year, the caf\xe9 survey found.\n")), library.Meta{Type: "statement", Publisher: "Northfield Trust"})
	if err != nil {
		t.Fatal(err)
	}
	text := func(w string) bool {
		return strings.Contains(w, "the e-mail's text declares the charset x-user-defined")
	}
	if !slices.ContainsFunc(im.Warnings, subject) || !slices.ContainsFunc(im.Warnings, text) || !strings.Contains(im.Body, "the café survey") {
		t.Errorf("subject and body in x-user-defined: body %q, warnings %q", im.Body, im.Warnings)
	}
}

// TestDamagedBase64KeepsTheTextBeforeTheDamage: an e-mail whose base64
// part is damaged part way through (a mailer's truncation, a line
// mangled in transit) is read up to the damage, with a warning naming the
// file. Before, the part was taken "as it was sent": its base64 letters
// became the body.
func TestDamagedBase64KeepsTheTextBeforeTheDamage(t *testing.T) {
	text := "Waiting lists for community paediatrics grew by 9% this year across the region.\n\nFamilies told us the wait was the hardest part of the year for them and their children.\n"
	enc := base64.StdEncoding.EncodeToString([]byte(text))
	var lines []string
	for len(enc) > 76 {
		lines, enc = append(lines, enc[:76]), enc[76:]
	}
	lines = append(lines, enc, "QUJD=DEF*&^", "more lost text")
	msg := "From: Sam Lee <sam@example.org>\nTo: b@example.org\nSubject: Waits\nDate: Mon, 3 Jun 2024 09:00:00 +0100\n" +
		"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + strings.Join(lines, "\n") + "\n"
	im, err := library.Import(write(t, "damaged.eml", []byte(msg)), library.Meta{Type: "statement", Publisher: "Northfield Trust"})
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	if !strings.Contains(im.Body, "grew by 9% this year") || !strings.Contains(im.Body, "hardest part of the year") || strings.Contains(im.Body, enc[:20]) {
		t.Errorf("body %q", im.Body)
	}
	if !slices.ContainsFunc(im.Warnings, func(w string) bool {
		return strings.Contains(w, "damaged.eml") && strings.Contains(w, "base64") && strings.Contains(w, "damage")
	}) {
		t.Errorf("no warning naming the file and the damage: %q", im.Warnings)
	}
}
