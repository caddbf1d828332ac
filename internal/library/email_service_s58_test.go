package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestServiceAlertPublisher checks a monitoring service's bulk alert
// signed with its name and its product's ("Brightwatch Monitoring"), in no
// organisation's words, from the domain its name spells: the service
// publishes it. A person's mail to a list, whose name spells no domain,
// is still refused without --publisher.
func TestServiceAlertPublisher(t *testing.T) {
	body := "Content-Type: text/plain; charset=utf-8\n\n" +
		"Daily alert: school health\n\n" +
		"1. WRITTEN QUESTION | School Meals\n" +
		"Answered: about 2.1 million pupils were eligible for free school meals in January 2025.\n"
	msg := "From: Brightwatch Monitoring <alerts@brightwatch.co.uk>\nTo: team@example.org\n" +
		"Subject: Brightwatch daily alert: school health\nDate: Tue, 8 Jul 2025 07:00:00 +0000\n" +
		"Precedence: bulk\n" + body
	im, err := library.Import(write(t, "alert.eml", []byte(msg)), library.Meta{Type: "data"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Brightwatch Monitoring" {
		t.Errorf("publisher %q, want Brightwatch Monitoring", im.Source.Publisher)
	}
	person := "From: Jane Okafor <jane@brightwatch.co.uk>\nTo: team@example.org\n" +
		"Subject: school health\nDate: Tue, 8 Jul 2025 07:00:00 +0000\nPrecedence: bulk\n" + body
	if im, err := library.Import(write(t, "person.eml", []byte(person)), library.Meta{Type: "data"}); err == nil && im.Source.Publisher != "" {
		t.Errorf("a person's mail published by %q", im.Source.Publisher)
	}
}
