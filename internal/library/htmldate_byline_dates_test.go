package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestWikiEditedByLineDatesThePage: a wiki page with no date tag, whose
// line under the title names who made it and who changed it last ("Created
// by ..., last updated by ... on 3 Feb 2025"), is dated by that change; the
// comments' dates below are not the page's.
func TestWikiEditedByLineDatesThePage(t *testing.T) {
	page := `<html><head><title>Clinic rota review - Team space</title></head><body>
<h1>Clinic rota review</h1>
<div class="page-metadata"><span class="author">Created by <a href="/u/al">Ann Lowe</a></span>, last updated by <a href="/u/bp">Ben Pryce</a> on <a class="last-modified" href="/x">3 Feb 2025</a>&nbsp;&bull;&nbsp;<span>4 minute read</span></div>
<div class="wiki-content"><p>The clinic saw 310 children last quarter, and the waiting list for a first appointment has fallen for the third month in a row.</p>
<p>The team should publish its waiting times every month so that families know how long they may wait.</p></div>
<div id="comments-section"><div class="comment"><span class="comment-date">9 Mar 2025</span><p>Thanks.</p></div></div>
</body></html>`
	im, err := library.Import(write(t, "rota.html", []byte(page)), library.Meta{Type: "web-page", Publisher: "Eastbrook Network"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2025-02-03" {
		t.Errorf("date %q, want 2025-02-03", got)
	}
}

// TestBylineEndingOnADateDatesThePage: a story page whose byline under the
// title ends on a month after a separator ("Eastbrook Council Public
// Health · June 2025") is dated by it.
func TestBylineEndingOnADateDatesThePage(t *testing.T) {
	page := `<html><head><title>Breathing easier</title><meta property="og:title" content="Breathing easier"></head><body>
<main><section class="card"><h1>Breathing easier</h1>
<p class="byline">Eastbrook Council Public Health &middot; June 2025</p></section>
<section class="card"><p>Last winter 420 children were admitted to hospital with asthma, and most of them lived in homes with damp or mould that their families had reported more than once.</p>
<p>Landlords should fix damp within four weeks of a report from a family with a child with asthma.</p></section></main>
</body></html>`
	im, err := library.Import(write(t, "story.html", []byte(page)), library.Meta{Type: "report", Publisher: "Eastbrook Council"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2025-06" {
		t.Errorf("date %q, want 2025-06", got)
	}
}

// TestTitleDropsTheHeadingsPermalinkMark: a documentation page titled by
// its heading, whose anchor shows "¶" after it, is titled without the
// mark.
func TestTitleDropsTheHeadingsPermalinkMark(t *testing.T) {
	page := `<html><head><title>Index - Clinic data docs</title></head><body>
<div role="main"><h1>Referral extract: field notes<a class="headerlink" href="#referral-extract" title="Link to this heading">&#182;</a></h1>
<p>The extract holds one row for each referral received by the community service, with 31 fields describing the child, the service and the wait.</p>
<h2>Fields<a class="headerlink" href="#fields">&#182;</a></h2>
<p>Each field is described below with its type and the values it may take in the monthly file.</p></div>
</body></html>`
	im, err := library.Import(write(t, "docs.html", []byte(page)), library.Meta{Type: "guidance", Publisher: "Eastbrook Network", Date: "2025-04"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Title; got != "Referral extract: field notes" {
		t.Errorf("title %q, want %q", got, "Referral extract: field notes")
	}
}
