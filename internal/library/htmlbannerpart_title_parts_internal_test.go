package library

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestBannerBodyBetweenHeadlineAndSiteNameInTitleIsPublisher(t *testing.T) {
	page := func(title, banner string) string {
		return `<!DOCTYPE html><html><head><title>` + title + `</title>
<meta property="og:site_name" content="Staff Guide"></head><body>
<header><a href="/"><img src="logo.png" alt=""> <span>` + banner + `</span></a></header>
<main><h1>Referral routes for young carers</h1><p>How teams refer.</p></main></body></html>`
	}
	read := func(src string) pageInfo {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		return readPageInfo(doc)
	}
	got := read(page("Referral routes for young carers | Marrowby Carers Collaborative – Staff Guide", "Marrowby Carers Collaborative"))
	if got.publisher.value != "Marrowby Carers Collaborative" {
		t.Errorf("publisher = %q (%s), want the body the banner and <title> agree on", got.publisher.value, got.publisher.from)
	}
	// The banner naming something the <title> does not hold as a part
	// names no publisher by this rule.
	got = read(page("Referral routes for young carers | Marrowby Carers Collaborative – Staff Guide", "Home"))
	if got.publisher.value == "Home" {
		t.Errorf("publisher = %q: a banner link the <title> does not name is no publisher", got.publisher.value)
	}
	// A section of the site named in both is no body.
	got = read(page("Referral routes for young carers | Guidance notes – Staff Guide", "Guidance notes"))
	if got.publisher.value == "Guidance notes" {
		t.Errorf("publisher = %q: a site's section is no publisher", got.publisher.value)
	}
	// A person's name in both is no publisher.
	got = read(page("Referral routes for young carers | Jane Okafor – Staff Guide", "Jane Okafor"))
	if got.publisher.value == "Jane Okafor" {
		t.Errorf("publisher = %q: a person is no publisher", got.publisher.value)
	}
}

func TestTaggedTitleTakesSubtitleHeadlineAndTitleAgreeOn(t *testing.T) {
	page := func(docTitle string) string {
		return `<!DOCTYPE html><html><head><title>` + docTitle + `</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Beyond the Wait","startDate":"2026-05-12T09:30:00+01:00"}</script></head><body>
<main><h1>Beyond the Wait: Fenmoor Children's Health Conference 2026</h1><p>A day on waiting lists.</p></main></body></html>`
	}
	read := func(src string) pageInfo {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		return readPageInfo(doc)
	}
	want := "Beyond the Wait: Fenmoor Children's Health Conference 2026"
	if got := read(page(want + " Tickets | Fenmoor Children's Health Network")).title.value; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	// The headline alone, the <title> giving the short name, keeps it.
	if got := read(page("Beyond the Wait | Fenmoor Children's Health Network")).title.value; got != "Beyond the Wait" {
		t.Errorf("title %q, want the tagged name", got)
	}
}
