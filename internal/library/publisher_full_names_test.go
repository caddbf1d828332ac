package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPublisherSpelledOutAsTheBodyWritesIt checks that a sender's short
// form of a body's name ("NHS Kelby and Marsh ICB") is cited as the mail
// writes it in full ("NHS Kelby and Marsh Integrated Care Board").
func TestPublisherSpelledOutAsTheBodyWritesIt(t *testing.T) {
	msg := "From: NHS Kelby and Marsh ICB <kelbymarshicb@public.example.com>\nTo: stakeholders@example.org\n" +
		"Subject: Stakeholder update - May 2026\nDate: Wed, 6 May 2026 10:00:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\n" +
		"NHS Kelby and Marsh Integrated Care Board has agreed to fund two more speech and language therapists from June.\n\n" +
		"At the end of March, 2,140 children were waiting for community paediatrics, 6% fewer than a year earlier.\n"
	im, err := library.Import(write(t, "update.eml", []byte(msg)), library.Meta{Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "NHS Kelby and Marsh Integrated Care Board"; im.Source.Publisher != want {
		t.Errorf("publisher %q, want %q", im.Source.Publisher, want)
	}
}
