package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// Set 49 spent: importer classes. Every sentence is written for these
// tests.

// TestEventListingPage: a ticketing site's listing of a webinar, whose
// JSON-LD describes an event (its name, organiser and start) and no
// article, was refused: no publisher and no date. The organiser publishes
// what the listing says, and the event's start is the one date it gives.
func TestEventListingPage(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Small steps: early years speech findings Tickets | TicketHub</title>` +
		`<meta property="og:site_name" content="TicketHub">` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"EducationEvent","name":"Small steps: early years speech findings",` +
		`"startDate":"2025-11-04T10:00:00+00:00","organizer":{"@type":"Organization","name":"Tarnfield Early Years Partnership"},` +
		`"offers":{"@type":"Offer","price":"0.00","priceCurrency":"GBP"}}</script></head><body>` +
		`<main><h1>Small steps: early years speech findings</h1><h2>About this event</h2>` +
		`<p>Our audit of 36 nurseries found that 27% of two-year-olds were waiting for a speech and language assessment.</p>` +
		`<p>We will ask the council to fund a speech therapist for every family hub.</p></main></body></html>`
	im, err := library.Import(write(t, "event.html", []byte(page)), library.Meta{Type: "news"})
	if err != nil {
		t.Fatalf("an event listing was refused: %v", err)
	}
	if im.Source.Publisher != "Tarnfield Early Years Partnership" || im.Source.Date.String() != "2025-11-04" ||
		im.Source.Title != "Small steps: early years speech findings" {
		t.Errorf("title %q publisher %q date %s", im.Source.Title, im.Source.Publisher, im.Source.Date)
	}
}

// TestEmbargoedReleaseMail: a press release sent as an e-mail, its plain
// text opening with an embargo line over a headline in capitals, was
// titled by its subject (shortened, the embargo in it), dated the day it
// was sent, and its headline read as a sentence. The release is titled by
// its headline, dated by its embargo, and its headings in capitals are
// headings.
func TestEmbargoedReleaseMail(t *testing.T) {
	msg := "From: Tarnfield Carers Trust <press@tarnfieldcarers.org.uk>\nTo: press@tarnfieldcarers.org.uk\n" +
		"Subject: EMBARGOED 00:01 Thu 6 Mar: Young carers miss out on health checks\n" +
		"Date: Wed, 5 Mar 2025 15:10:00 +0000\nContent-Type: text/plain; charset=UTF-8\n\n" +
		"EMBARGOED UNTIL 00:01 THURSDAY 6 MARCH 2025\n\n" +
		"YOUNG CARERS LEFT BEHIND: FOUR IN TEN HAVE NEVER HAD AN NHS HEALTH CHECK\n\n" +
		"A survey of 820 young carers for the Tarnfield Carers Trust found that 41% had never been offered a health check by their GP.\n\n" +
		"GPs should record every young carer they know of and offer them a yearly check.\n\n" +
		"ENDS\n\nNOTES TO EDITORS\n\n1. The survey ran online in January 2025.\n"
	im := importMail(t, msg)
	if im.Source.Title != "Young carers left behind: four in ten have never had an NHS health check" {
		t.Errorf("title %q", im.Source.Title)
	}
	if im.Source.Date.String() != "2025-03-06" {
		t.Errorf("date %s, want the embargo's 2025-03-06", im.Source.Date)
	}
	checkBody(t, im.Body, []string{"# Young carers left behind: four in ten", "## Notes to editors", "41% had never been offered"}, []string{"FOUR IN TEN", "NOTES TO EDITORS"})
}
