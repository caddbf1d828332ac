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
