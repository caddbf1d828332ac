package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// onePageSiteS82 is a one-page briefing built with a page builder: no
// date tag, no footer, no copyright line; its <title> ends in the body's
// name, which reads like a person's ("Tamsey Bright Futures"); its hero
// names the paper's kind, the body and the month; its "About us" panel
// says the body is a charity and gives its number.
func onePageSiteS82(about string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="generator" content="Canva">
<title>Room to Grow | Tamsey Bright Futures</title>
<meta property="og:title" content="Room to Grow | Tamsey Bright Futures">
</head><body><div id="root">
<header><nav><a href="#p1">Home</a> <a href="#p2">Findings</a> <a href="#p3">About us</a></nav></header>
<main>
<section id="p1"><div style="position:absolute"><h1>Room to Grow</h1></div>
<div style="position:absolute"><p><span>What Tamsey families told us about play and speech support for under-fives</span></p></div>
<div style="position:absolute"><p><span>A briefing from Tamsey Bright Futures · May 2026</span></p></div></section>
<section id="p2"><div style="position:absolute"><h2>Findings</h2></div>
<div style="position:absolute"><p><span>In the spring we asked 640 parents of under-fives in Tamsey about the help they had found for their child's speech, and 212 said they had waited more than six months for a therapist.</span></p>
<p><span>Tamsey Council should fund two more speech and language therapists for the borough's children's centres from next April.</span></p></div></section>
<section id="p3"><div style="position:absolute"><h2>About us</h2></div>
<div style="position:absolute"><p><span>` + about + `</span></p>
<p><span>Unit 2, Weaver Lane, Tamsey TY4 1RD · 01632 960 511</span></p></div></section>
</main></div></body></html>`
}

// TestOnePageSiteIsPublishedByTheCharityItsAboutPanelNames: a page
// builder's one-page briefing, with no tag, footer or copyright line
// naming its owner, is published by the body its "About us" paragraph
// says is a charity with a registered number, and dated by its hero's
// "A briefing from ... · May 2026" line. Where the paragraph gives no
// number, nothing says the name is a body's, and the import asks for the
// publisher rather than guess. Before (set 82), such a page was refused:
// "could not tell who published it and the date".
func TestOnePageSiteIsPublishedByTheCharityItsAboutPanelNames(t *testing.T) {
	path := write(t, "room.html", []byte(onePageSiteS82("Tamsey Bright Futures is a small local charity running play and family support sessions for under-fives. Registered charity number 1187645.")))
	im, err := library.Import(path, library.Meta{AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := im.Source.Publisher, "Tamsey Bright Futures"; got != want {
		t.Errorf("publisher %q, want %q", got, want)
	}
	if got, want := im.Source.Date.String(), "2026-05"; got != want {
		t.Errorf("date %q, want %q", got, want)
	}
	if got, want := im.Source.Title, "Room to Grow"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}

	path = write(t, "room2.html", []byte(onePageSiteS82("Tamsey Bright Futures runs play and family support sessions for under-fives across the borough.")))
	_, err = library.Import(path, library.Meta{AssumeType: true})
	if err == nil || !strings.Contains(err.Error(), "who published it") {
		t.Errorf("a page naming no body's charity number: err %v, want the publisher asked for", err)
	}
}
