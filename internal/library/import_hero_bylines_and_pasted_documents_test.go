package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestHeroBylineAndFooterCharityDateAndPublishAPage: an article built
// with generated class names ("Hero_meta__4"), whose only date is in the
// line under its headline after the writer and before a reading time
// ("By Tom Ash, Policy Lead · 4 May 2026 · 6 min read"), and whose only
// publisher is the charity its footer says is registered, is dated and
// published by them; a line that opens "By" with no date in a part of its
// own dates nothing.
func TestHeroBylineAndFooterCharityDateAndPublishAPage(t *testing.T) {
	page := func(byline string) string {
		return `<!DOCTYPE html><html><head><title>Waiting for help: school nursing in the north | Kestrelway Insight</title></head><body>
<header><a href="/">Kestrelway</a></header><main>
<div class="Hero_root__1"><h1>Waiting for help: school nursing in the north</h1><p class="Hero_meta__4">` + byline + `</p></div>
<article><p>School nurses in the region now cover an average of 3,100 pupils each, up from 2,400 five years ago.</p>
<p>The Department for Education should fund a school nurse for every secondary school.</p></article></main>
<footer><p>Kestrelway is a registered charity in England and Wales (1123456). Registered office: 2 Mill Lane, Leeds.</p></footer>
</body></html>`
	}
	im, err := library.Import(write(t, "a.html", []byte(page("By Tom Ash, Policy Lead · 4 May 2026 · 6 min read"))), library.Meta{AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2026-05-04" {
		t.Errorf("date %q, want 2026-05-04 from the byline", got)
	}
	if got := im.Source.Publisher; got != "Kestrelway" {
		t.Errorf("publisher %q, want Kestrelway from the footer's registration line", got)
	}
	_, err = library.Import(write(t, "b.html", []byte(page("By Tom Ash, who visited twelve schools in May 2026"))), library.Meta{AssumeType: true})
	if err == nil || !strings.Contains(err.Error(), "the date") {
		t.Errorf("a byline with no date part of its own: err %v, want the date asked for", err)
	}
}

// TestDateSentenceAfterCopyrightInOneLine: a documentation site's footer
// that gives its copyright, then its licence, then "Last updated on 3 Sep
// 2026." in one element dates the page by that last sentence.
func TestDateSentenceAfterCopyrightInOneLine(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Results — Kitewell toolkit 1.4 documentation</title></head><body>
<div role="main"><h1>Results</h1><p>Services recorded 4,210 questionnaires for 1,960 young people in the first year.</p></div>
<footer><div role="contentinfo"><p>&#169; Copyright 2026, Kitewell project contributors. Content licensed under CC BY 4.0. Last updated on 3 Sep 2026.</p></div></footer>
</body></html>`
	im, err := library.Import(write(t, "a.html", []byte(page)), library.Meta{AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2026-09-03" {
		t.Errorf("date %q, want 2026-09-03 from the footer's last sentence", got)
	}
}

// TestNotesHierarchicalNamesAreTheirCommonNames: a Notes forward chain
// whose header lines write people as "Name/UNIT/ORG@DOMAIN" keeps the
// long message a person forwarded over her admin team's short covering
// note: before, "Ravi Dunn/PH/WXICB@NHS" was no person's name, and the
// import kept the admin note alone.
func TestNotesHierarchicalNamesAreTheirCommonNames(t *testing.T) {
	mail := "From: Ana Vale/CSC/TOLBURY@TOLBURY <ana.vale@tolbury.gov.uk>\r\n" +
		"To: Joe Penn/CSC/TOLBURY@TOLBURY\r\nSubject: Fw: School readiness figures\r\n" +
		"Date: Tue, 6 Oct 2026 09:10:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Joe,\r\n\r\nFYI - see Ravi's note below.\r\n\r\nAna\r\n\r\n" +
		"-----Forwarded by Ana Vale/CSC/TOLBURY on 06/10/2026 09:10-----\r\n\r\n" +
		"From:\tRavi Dunn/PH/WXICB@NHS\r\nTo:\tAna Vale/CSC/TOLBURY@TOLBURY\r\nDate:\t05/10/2026 16:02\r\nSubject:\tSchool readiness figures\r\n\r\n" +
		"Dear Ana,\r\n\r\nHere are this year's school readiness figures for Tolbury.\r\n\r\n" +
		"Only 58% of children eligible for free school meals reached a good level of development, against 71% of their classmates.\r\n\r\n" +
		"The council should fund speech and language support in every family hub so that this gap closes.\r\n\r\n" +
		"Best wishes\r\n\r\nRavi\r\n\r\n" +
		"-----Forwarded by Ravi Dunn/PH/WXICB on 05/10/2026 16:02-----\r\n\r\n" +
		"From:\tPH Data Team/WXICB@NHS\r\nTo:\tRavi Dunn/PH/WXICB@NHS\r\nDate:\t05/10/2026 11:00\r\nSubject:\tEYFS data - final\r\n\r\n" +
		"Ravi - final return attached. Checked on 2 October.\r\n\r\nKim\r\n"
	im, err := library.Import(write(t, "a.eml", []byte(mail)), library.Meta{Publisher: "Tolbury Council", AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Only 58% of children eligible", "The council should fund speech"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lost %q:\n%s", want, im.Body)
		}
	}
}

// TestCaptionClassedProseUnderAChartIsText: a data story whose paragraphs
// under each chart are classed as captions ("viz-caption"), two or more
// sentences beside one picture with figures in them, keeps them as the
// page's text; a photograph's one-line caption beside its picture still
// goes.
func TestCaptionClassedProseUnderAChartIsText(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Breastfeeding in Ollerby 2026</title></head><body><main>
<h1>Breastfeeding in Ollerby 2026</h1>
<section class="point"><h2>1. Starting to breastfeed</h2>
<div class="frame"><img alt="Bar chart of breastfeeding at birth by ward"></div>
<p class="viz-caption">In 2025, 64.2% of Ollerby mothers started breastfeeding, compared with 71.8% across England.</p>
<p class="viz-caption">The peer support service reached about one mother in three in its first full year of running.</p>
</section>
<section class="point"><h2>2. Our peer supporters</h2>
<div class="frame"><img alt="Photograph"></div>
<p class="image-caption">Jo, 31, with her daughter at the Ollerby family hub.</p>
<p>The service trained 18 new peer supporters this year, up from 11 the year before, across all four family hubs.</p>
</section></main></body></html>`
	im, err := library.Import(write(t, "a.html", []byte(page)), library.Meta{Publisher: "Ollerby Council", Date: "2026", AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"64.2% of Ollerby mothers", "reached about one mother in three", "18 new peer supporters"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lost %q:\n%s", want, im.Body)
		}
	}
	if strings.Contains(im.Body, "Jo, 31") {
		t.Errorf("a photograph's caption kept:\n%s", im.Body)
	}
}

// TestReplyKeepsTheDocumentItsQuotedMessagePastes: a reply quoting a
// message that says it pastes a press release below and sets it under a
// rule ("---------- PRESS RELEASE ----------") keeps the release's
// findings and asks after the reply's own note, without the quoted
// message's covering lines; a reply quoting a plain message keeps its own
// note alone.
func TestReplyKeepsTheDocumentItsQuotedMessagePastes(t *testing.T) {
	head := "From: Lee Marsh <lee@ashfordyouth.org.example>\r\nTo: Kay Dorr <kay@ashfordyouth.org.example>\r\n" +
		"Subject: Re: Trust news release on eating disorder waits\r\nDate: Mon, 9 Nov 2026 10:00:00 +0000\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" +
		"Hi Kay,\r\n\r\nThanks for this. I think we should ask the trust to publish its waits every month.\r\n\r\nLee\r\n\r\n" +
		"On 08/11/2026 15:02, Kay Dorr wrote:\r\n> Hi all,\r\n>\r\n"
	pasted := "> The trust's release came out today - pasted below in full.\r\n>\r\n> Kay\r\n>\r\n" +
		"> ---------- NEWS RELEASE ----------\r\n>\r\n" +
		"> Only 63% of young people with an eating disorder started treatment within four weeks in 2026, against 71% a year before.\r\n>\r\n" +
		"> The trust will recruit 14 more dietitians and therapists for its community eating disorder teams across the county.\r\n>\r\n" +
		"> ENDS\r\n"
	plain := "> The trust's release came out today and I thought the figures were worse than expected.\r\n>\r\n> Kay\r\n"
	im, err := library.Import(write(t, "a.eml", []byte(head+pasted)), library.Meta{Publisher: "Ashford Youth Forum", AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ask the trust to publish", "Only 63% of young people", "14 more dietitians"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("pasted release: body lost %q:\n%s", want, im.Body)
		}
	}
	if strings.Contains(im.Body, "came out today") {
		t.Errorf("the quoted message's covering line kept:\n%s", im.Body)
	}
	im, err = library.Import(write(t, "b.eml", []byte(head+plain)), library.Meta{Publisher: "Ashford Youth Forum", AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "worse than expected") {
		t.Errorf("a plain quoted message kept:\n%s", im.Body)
	}
}

// TestPlatformPagePublishedByTheBodyItsBylineNames: a data platform's
// page (Tableau Public) whose only copyright line is the platform owner's
// is published by the body its byline names ("By Ollerby Public Health
// Intelligence · Published 3 May 2026"), never the platform or its owner;
// a byline naming a person, with no body, makes the person stand as the
// publisher (TestPersonsPostIsCitedByItsAuthor), never the platform.
func TestPlatformPagePublishedByTheBodyItsBylineNames(t *testing.T) {
	page := func(by string) string {
		return `<!DOCTYPE html><html><head><title>Ollerby Public Health Intelligence - Smoking in pregnancy 2026 | Tableau Public</title></head><body>
<div class="viz-title"><h1>Smoking in pregnancy 2026</h1><p class="author">By <a href="/p">` + by + `</a> · Published 3 May 2026</p></div>
<main><p>In 2025, 11.2% of Ollerby mothers smoked at the time of delivery, compared with 6.9% across England.</p></main>
<footer><p>© 2026 Salesforce, Inc. All rights reserved.</p></footer></body></html>`
	}
	im, err := library.Import(write(t, "a.html", []byte(page("Ollerby Public Health Intelligence"))), library.Meta{AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Publisher; got != "Ollerby Public Health Intelligence" {
		t.Errorf("publisher %q, want the body the byline names", got)
	}
	im, err = library.Import(write(t, "b.html", []byte(page("Ann Lee"))), library.Meta{AssumeType: true})
	if err != nil || im.Source.Publisher != "Ann Lee" {
		t.Errorf("a person's byline: publisher %q (%v), want the person, never the platform or its owner", im.Source.Publisher, err)
	}
}
