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
