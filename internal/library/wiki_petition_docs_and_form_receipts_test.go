package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// importBare imports a page with no metadata given: what the page says of
// itself must do.
func importBare(t *testing.T, page string) library.Imported {
	t.Helper()
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	return im
}

// A wiki's page is dated only by its footer's "This page was last edited
// on 3 June 2025, at 09:12." line: the import asked for --date.
func TestWikiLastEditedFooterDates(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Oral health - Brindle Public Health Wiki</title></head><body>` +
		`<main><h1>Oral health</h1><p>Tooth decay is the most common reason children aged 6 to 10 are admitted to hospital in Brindle.</p>` +
		`<p>Some 310 children had teeth removed under general anaesthetic in 2024, up from 260 in 2023.</p></main>` +
		`<footer><ul><li id="footer-info-lastmod"> This page was last edited on 3 June 2025, at 09:12.</li>` +
		`<li>Content is available under a licence unless otherwise noted.</li></ul></footer></body></html>`
	im := importBare(t, page)
	if got := im.Source.Date.String(); got != "2025-06-03" {
		t.Errorf("date %q, want the last-edited line's", got)
	}
	if im.Source.Publisher != "Brindle Public Health Wiki" {
		t.Errorf("publisher %q, want the wiki's name", im.Source.Publisher)
	}
}

// A petition's page names its site "Petitions - <owner>" and is dated
// only by "This response was given on ...": the service's owner publishes
// it, on the day of the response; the petition's reasons, above the
// response the page's readability kept inside its disclosure, are read
// too.
func TestResponsePageReadWhole(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Fund school nurses in every secondary school - Petitions</title>` +
		`<meta property="og:site_name" content="Petitions - Example Government and Parliament"></head><body>` +
		`<header><a href="/">Petitions</a></header><main>` +
		`<h1>Fund school nurses in every secondary school</h1>` +
		`<p>Give every secondary school in England a funded school nurse for at least three days a week.</p>` +
		`<details><summary>More details</summary><div><p>Our school shares one nurse with eleven others, and pupils wait weeks to see her about problems that cannot wait that long.</p></div></details>` +
		`<section><h2>Government responded</h2><p class="meta">This response was given on 2 September 2025</p>` +
		`<details><summary>Read the response in full</summary><div class="response-body">` +
		`<p>The Government values the work of school nurses and recognises the pressure on the service in many areas of the country.</p>` +
		`<p>The number of school nurses has fallen in recent years, and local authorities commission the service from their public health grant, which is rising this year.</p>` +
		`<p>We will set out plans for the public health workforce, including school nursing, later this year, and will consider how best to support local authorities to recruit.</p>` +
		`</div></details></section></main><footer>Footer</footer></body></html>`
	im := importBare(t, page)
	if im.Source.Publisher != "Example Government and Parliament" {
		t.Errorf("publisher %q, want the service's owner", im.Source.Publisher)
	}
	if got := im.Source.Date.String(); got != "2025-09-02" {
		t.Errorf("date %q, want the response's", got)
	}
	checkBody(t, im.Body, []string{"Our school shares one nurse", "The number of school nurses has fallen"}, nil)
}

// A document published to the web from Google Docs names the platform as
// its site and its file's name as its <title>; its Title- and
// Subtitle-styled paragraphs say what it is, who it is from and when.
func TestPublishedDocumentTitleAndSubtitle(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Draft v3 - short breaks note (final)</title>` +
		`<meta property="og:site_name" content="Google Docs"></head><body>` +
		`<div id="banner"><div id="title">Draft v3 - short breaks note (final)</div></div><div id="contents"><div class="doc-content">` +
		`<p class="c1 title"><span>Short breaks for disabled children in Orrin</span></p>` +
		`<p class="c1 subtitle"><span>A note for the health and wellbeing board from Orrin Young Carers Trust, 14 May 2025</span></p>` +
		`<h1>What we found</h1><p>Only 40 of the 95 families who asked for a short break last year were offered one.</p>` +
		`</div></div><div id="footer">Published using Google Docs</div></body></html>`
	im := importBare(t, page)
	if im.Source.Title != "Short breaks for disabled children in Orrin" {
		t.Errorf("title %q, want the title paragraph", im.Source.Title)
	}
	if im.Source.Publisher != "Orrin Young Carers Trust" {
		t.Errorf("publisher %q, want the body the subtitle names (never the platform)", im.Source.Publisher)
	}
	if got := im.Source.Date.String(); got != "2025-05-14" {
		t.Errorf("date %q, want the subtitle's", got)
	}
}

// Google Groups' newer plain-text digest opens each message with the
// sender's line ("Name <address>: Mar 04 09:12AM") under a "Topic:"
// block: all but the first message were lost under its signature.
func TestGroupsDigestSenderLines(t *testing.T) {
	rule := strings.Repeat("=", 60) + "\n"
	dash := strings.Repeat("-", 60) + "\n"
	msg := "From: dental-leads@googlegroups.com\nTo: Digest recipients <dental-leads@googlegroups.com>\n" +
		"Subject: [dental-leads] Digest for dental-leads@googlegroups.com - 2 updates in 2 topics\n" +
		"Date: Wed, 05 Mar 2025 06:00:00 +0000\nList-ID: <dental-leads.googlegroups.com>\nPrecedence: list\n" +
		"Content-Type: text/plain; charset=UTF-8\n\n" +
		"dental-leads@googlegroups.com: 2 updates in 2 topics\n\nTopic digest\nView all topics\n\n" +
		"  * Fluoride varnish in nurseries - 1 Update\n  * Waiting lists for extractions - 1 Update\n\n" +
		rule + "Topic: Fluoride varnish in nurseries\nhttps://groups.google.com/g/dental-leads/t/a\n" + rule + "\n" +
		"Ana Reyes <ana.reyes@example.org.uk>: Mar 04 09:12AM\n\n" +
		"Our nurseries applied varnish for 1,240 children last term.\n\nAna\n\n\n" + dash + "\nBack to top\n\n" +
		rule + "Topic: Waiting lists for extractions\nhttps://groups.google.com/g/dental-leads/t/b\n" + rule + "\n" +
		"Ben Ito <ben.ito@example.org.uk>: Mar 04 02:40PM\n\n" +
		"The wait for extractions under anaesthetic is now 38 weeks. The ICB should publish the list each month.\n\nBen\n\n\n" + dash + "\nBack to top\n\n" +
		"-- \nYou received this digest because you're subscribed to updates for this group.\n"
	im := importMail(t, msg)
	checkBody(t, im.Body,
		[]string{"## Fluoride varnish in nurseries\n", "## Waiting lists for extractions\n", "1,240 children", "now 38 weeks", "The ICB should publish"},
		[]string{"ana.reyes@", "09:12AM", "1 Update", "View all topics", "You received this digest"})
}

// A wiki's section headings carry their "[edit]" links, and a hatnote
// points to other pages above the article: the headings were read as
// "Summary[edit]" and lost (the notes' "References[edit]" too, with its
// notes), the hatnote kept as a sentence.
func TestWikiEditLinksAndHatnote(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Oral health - Brindle Public Health Wiki</title></head><body>` +
		`<main><h1>Oral health</h1><div id="siteSub">From Brindle Public Health Wiki</div>` +
		`<div class="hatnote">This chapter is one of the Brindle needs assessment chapters. For adults, see Adult oral health.</div>` +
		`<h2><span class="mw-headline">Summary</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="?action=edit">edit</a><span class="mw-editsection-bracket">]</span></span></h2>` +
		`<p>Some 310 children had teeth removed under general anaesthetic in 2024, up from 260 in 2023.</p>` +
		`<h2><span class="mw-headline">Services</span><span class="mw-editsection">[<a href="?action=edit">edit</a>]</span></h2>` +
		`<p>Supervised toothbrushing runs in 41 of the borough's 96 nurseries and primary schools.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup></p>` +
		`<h2><span class="mw-headline">References</span><span class="mw-editsection">[<a href="?action=edit">edit</a>]</span></h2>` +
		`<div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">&uarr;</a></span> <span class="reference-text">Brindle Council, school programme returns, 2025.</span></li></ol></div></main>` +
		`<footer>This page was last edited on 3 June 2025, at 09:12.</footer></body></html>`
	im := importBare(t, page)
	checkBody(t, im.Body, []string{"## Summary\n", "## Services\n", "310 children", "## References\n\n[^1]: Brindle Council"}, []string{"[edit]", "edit]", "hatnote", "one of the Brindle needs assessment chapters", "From Brindle"})
}

// A form's receipt mails each numbered question on the line over its
// answer: the question heads the answer, and its bracketed hint ("(max
// 300 words)") no longer opens the answer's first sentence.
func TestFormReceiptQuestionHeadsAnswer(t *testing.T) {
	msg := "From: Microsoft Forms <no-reply@forms.office.com>\nTo: a.lee@example.org.uk\nSubject: Thanks for filling out Dental access survey\n" +
		"Date: Mon, 03 Nov 2025 10:00:00 +0000\nContent-Type: text/plain; charset=UTF-8\n\n" +
		"Here's what was received.\n\n1. Organisation\nOrrin Dental Practice\n\n" +
		"10. What should the council and its partners do next? (max 200 words)\nFirst, the council should fund a second supervised toothbrushing scheme.\n\n" +
		"Second, it should publish dental waits every quarter.\n"
	im, err := library.Import(write(t, "m.eml", []byte(msg)), library.Meta{Type: "statement", Publisher: "Orrin Dental Practice"})
	if err != nil {
		t.Fatal(err)
	}
	checkBody(t, im.Body, []string{"## 10. What should the council and its partners do next?\n\nFirst, the council should fund"}, []string{"(max 200 words)\nFirst"})
}
