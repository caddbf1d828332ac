package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// Set 48 spent: importer classes. Every sentence is written for these
// tests.

// TestTopicDigest: a Google Groups topic digest in plain text (topic
// titles over their addresses, indented "Name <address>: Oct 14 09:12AM"
// sender lines, "Back to top") was cut at its first message's sign-off,
// losing every later message. Each message is kept under its topic, its
// sender's name and closing offer dropped.
func TestTopicDigest(t *testing.T) {
	msg := "From: parish-nurses@googlegroups.com\nTo: Digest Recipients <parish-nurses@googlegroups.com>\n" +
		"Subject: [parish-nurses] Digest for parish-nurses@googlegroups.com - 3 updates in 2 topics\n" +
		"Date: Thu, 06 Mar 2025 07:00:00 +0000\nMailing-list: list parish-nurses@googlegroups.com; contact parish-nurses+owners@googlegroups.com\n" +
		"Content-Type: text/plain; charset=UTF-8\n\n" +
		"parish-nurses@googlegroups.com\nGoogle Groups\nTopic digest\nView all topics\n\n" +
		"  * Clinic rooms in the valley - 2 Updates\n  * Flu clinics for toddlers - 1 Update\n\n" +
		"Clinic rooms in the valley\nhttps://groups.google.com/d/topic/parish-nurses/Ab1\n\n" +
		"  Mina Holt <mina.holt@example.org.uk>: Mar 05 09:40AM +0000\n\n" +
		"    Only 4 of our 11 clinic rooms were free on Tuesdays last month.\n\n    Mina\n\n" +
		"    Mina Holt | Clinical Lead | Valley Health Centre\n\n\n" +
		"  Ravi Sethi <r.sethi@example.org.uk>: Mar 05 02:15PM +0000\n\n" +
		"    We moved two clinics to the library and saw 35 more families.\n\n" +
		"    Happy to share our booking sheet offline.\n\n    Ravi\n\n" +
		"Back to top\n\n" +
		"Flu clinics for toddlers\nhttps://groups.google.com/d/topic/parish-nurses/Cd2\n\n" +
		"  Jo Marr <jo.marr@example.org.uk>: Mar 05 06:02PM +0000\n\n" +
		"    Uptake of the nasal flu vaccine among two-year-olds here is 38%.\n\n" +
		"    The council should fund evening clinics for working parents.\n\n    Jo\n\n" +
		"Back to top\n\n--\nYou received this digest because you're subscribed to updates for this group.\n"
	im := importMail(t, msg)
	checkBody(t, im.Body,
		[]string{"## Clinic rooms in the valley\n", "## Flu clinics for toddlers\n", "Only 4 of our 11 clinic rooms", "saw 35 more families", "is 38%", "The council should fund evening clinics"},
		[]string{"View all topics", "1 Update", "Back to top", "Mar 05", "Happy to share", "Clinical Lead", "## Ravi", "## Jo", "\nRavi", "\nJo\n", "You received this digest"})
}

// TestInlineCommentedReply: a reply whose comments stand between the
// paragraphs of the message it quotes (Zimbra's "----- Original Message
// -----" over "> " lines) lost the quoted message and its comments. The
// note, the message and the comments are kept in their order.
func TestInlineCommentedReply(t *testing.T) {
	msg := "From: Ana Wood <ana.wood@example.gov.uk>\nTo: Tim Lowe <tim.lowe@example.nhs.uk>\n" +
		"Subject: Re: Q3 dental access report\nDate: Tue, 4 Mar 2025 10:00:00 +0000\nContent-Type: text/plain; charset=UTF-8\n\n" +
		"Hi Tim,\n\nMy comments are inline below, marked AW. I will take the report to the contracts panel on Friday and tell you what it decides.\n\nAna\n\nAna Wood\nCommissioning Manager\n\n" +
		"----- Original Message -----\nFrom: \"Tim Lowe\" <tim.lowe@example.nhs.uk>\nTo: \"Ana Wood\" <ana.wood@example.gov.uk>\n" +
		"Sent: Monday, 3 March, 2025 16:00:00\nSubject: Q3 dental access report\n\n" +
		"> Hi Ana,\n>\n> - Supervised brushing now runs in 42 of the 60 nurseries.\n>\n\n" +
		"AW: That is up from 30 in the spring, which is good to see.\n\n" +
		"> - The waiting list for children's general anaesthetic extractions is 212.\n>\n\n" +
		"AW: In my view the ICB should fund a second theatre list for children.\n\n" +
		"> Kind regards,\n>\n> Tim\n"
	im := importMailAs(t, msg)
	checkBody(t, im.Body,
		[]string{"42 of the 60 nurseries", "AW: That is up from 30", "extractions is 212", "the ICB should fund a second theatre list"},
		[]string{"Original Message", "Sent:", "> ", "Kind regards", "Commissioning Manager"})

	// A reply under the whole quote, with no comment between quoted
	// paragraphs, still drops what it quotes.
	below := strings.Replace(strings.Replace(msg, "AW: That is up from 30 in the spring, which is good to see.\n\n", "", 1),
		"AW: In my view the ICB should fund a second theatre list for children.\n\n", "", 1)
	below = strings.Replace(below, "My comments are inline below, marked AW.", "The panel agreed the dental budget of £80,000 for next year.", 1)
	checkBody(t, importMailAs(t, below).Body, []string{"dental budget of £80,000"}, []string{"42 of the 60 nurseries"})
}

// importMailAs imports a mail from a person, its publisher given.
func importMailAs(t *testing.T, msg string) library.Imported {
	t.Helper()
	im, err := library.Import(write(t, "m.eml", []byte(msg)), library.Meta{Publisher: "Example Council", Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	return im
}

// TestPlatformNotification: a collaboration platform's mail of a new
// post kept its line about who posted where, and the post's one-line
// signature and attachment under "Thanks, Jo" on one line.
func TestPlatformNotification(t *testing.T) {
	msg := "From: Team Space <no-reply@example.org>\nTo: Kim <kim@example.org>\nSubject: New discussion in Feeding Network: Tongue-tie waits\n" +
		"Date: Tue, 4 Mar 2025 10:00:00 +0000\nContent-Type: text/plain; charset=UTF-8\n\n" +
		"Hi Kim,\n\nLou Baines started a new discussion in the workspace Feeding Network.\n\nTongue-tie waits\n\n" +
		"Our median wait for tongue-tie division is 5 weeks, and 22% of babies wait longer than 8 weeks.\n\n" +
		"Thanks, Lou\n\nLou Baines, Infant Feeding Lead, Example Trust\n\nAttachment: tongue tie audit v2.pdf (212 KB)\n"
	checkBody(t, importMail(t, msg).Body,
		[]string{"22% of babies wait longer"},
		[]string{"started a new discussion", "Infant Feeding Lead", "tongue tie audit", "Thanks, Lou"})
}

// TestDocsExportPage: a document published from Google Docs was refused
// for want of a date: it has no machine date, but its subtitle paragraph
// gives one. Its title is the title paragraph, not the file's name in
// <title>, and Google Docs is its host, not its publisher.
func TestDocsExportPage(t *testing.T) {
	page := `<html><head><title>forum survey FINAL v2</title><meta property="og:title" content="forum survey FINAL v2">` +
		`<meta property="og:site_name" content="Google Docs"></head><body><div id="banner">Published using Google Docs</div>` +
		`<div id="header"><div id="title">forum survey FINAL v2</div></div><div id="contents">` +
		`<p class="c1 title"><span>What young carers told us</span></p>` +
		`<p class="c1 subtitle"><span>Eastwick Young Carers – a summary for the council, 12 May 2025</span></p>` +
		`<h1 class="c3"><span>Findings</span></h1><p class="c1"><span>Of the 64 young carers who replied, 41 said they had missed school to care for someone.</span></p>` +
		`</div><div id="footer">Published by <a href="https://docs.google.com/">Google Docs</a> – Report abuse</div></body></html>`
	path := write(t, "page.html", []byte(page))
	im, err := library.Import(path, library.Meta{Publisher: "Eastwick Young Carers", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Title != "What young carers told us" {
		t.Errorf("title %q, want the title paragraph", im.Source.Title)
	}
	if got := im.Source.Date.String(); got != "2025-05-12" {
		t.Errorf("date %q, want the subtitle's", got)
	}
	if _, err := library.Import(path, library.Meta{Type: "report"}); err == nil || !strings.Contains(err.Error(), "publisher") {
		t.Errorf("no publisher given: err %v, want Google Docs refused as the publisher", err)
	}
}

// TestTabLabelsAndPermalinks: a page's tabs named their panels only in
// the tablist, which goes as navigation; and a documentation site's "#"
// permalink inside each heading was glued to its words ("#Waiting").
func TestTabLabelsAndPermalinks(t *testing.T) {
	page := `<html><head><title>Our year</title></head><body><main><article><h1>Our year</h1>` +
		`<ul role="tablist"><li role="tab" aria-controls="p1">Summary</li><li role="tab" aria-controls="p2">Dental care</li></ul>` +
		`<div class="tab" role="tabpanel" id="p1"><p>We saw 3,100 children in clinics across the district this year, more than ever before, and most of them close to home.</p>` +
		`<p>Our teams ran clinics in schools, family hubs and libraries as well as in our own buildings, and families told us they liked it.</p></div>` +
		`<div class="tab" role="tabpanel" id="p2" aria-hidden="true"><h2>How long children waited</h2><p>The median wait for a dental general anaesthetic was 31 weeks, down from 35 weeks the year before.</p>` +
		`<p>Children with learning disabilities waited longest, and we have set aside a theatre list each month for them from April.</p></div>` +
		`</article></main></body></html>`
	body := importPage(t, page).Body
	checkBody(t, body, []string{"## Summary\n", "## Dental care\n", "## How long children waited\n"}, nil)
	if strings.Index(body, "## Summary") > strings.Index(body, "3,100 children") {
		t.Errorf("tab label after its panel's text:\n%s", body)
	}

	page = `<html><head><title>Method</title></head><body><main><article><h1>Method</h1><p>We saw 3,100 children in clinics across the district this year, more than ever before, and most of them close to home.</p>` +
		`<h2 id="how-we-count" class="heading"><a href="#how-we-count" class="hash">#</a>How we count</h2><p>We count each child once in the year, whichever clinic they attended, and we count a family's children one by one.</p></article></main></body></html>`
	checkBody(t, importPage(t, page).Body, []string{"## How we count\n"}, []string{"#How"})
}
