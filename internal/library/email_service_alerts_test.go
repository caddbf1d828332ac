package library_test

import (
	"strings"
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

// TestMonitoringAlertEntries checks a monitoring alert's entries: each
// header's title is a heading without the kind in capitals, and the
// when-and-who line under it, the log-in lines and the match count are
// no text.
func TestMonitoringAlertEntries(t *testing.T) {
	msg := "From: Brightwatch Monitoring <alerts@brightwatch.co.uk>\nTo: team@example.org\n" +
		"Subject: Brightwatch daily alert: school health\nDate: Tue, 8 Jul 2025 07:00:00 +0000\n" +
		"Precedence: bulk\nContent-Type: text/plain; charset=utf-8\n\n" +
		"3 new items matched your keywords (school meals, dentistry).\n\n" +
		"1. WRITTEN QUESTION | School Meals\n7 July 2025 | Ann Lowe (Labour, Eastfold) to the Department for Education\n\n" +
		"Answered: about 2.1 million pupils were eligible for free school meals in January 2025.\n\n" +
		"Log in to view: https://app.brightwatch.co.uk/item/1\n\n----\n\n" +
		"2. DEBATE MENTION | Children's Dental Health\n7 July 2025 | Raj Patel (Conservative, Westmoor)\n\n" +
		"The Member said that tooth decay remains the most common reason for hospital admission among children aged six to ten.\n\n" +
		"Log in to view the full transcript.\n"
	im, err := library.Import(write(t, "alert.eml", []byte(msg)), library.Meta{Type: "data"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## School Meals\n", "## Children's Dental Health\n", "Answered: about 2.1 million pupils"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	for _, gone := range []string{"WRITTEN QUESTION", "7 July 2025 |", "Log in", "new items matched"} {
		if strings.Contains(im.Body, gone) {
			t.Errorf("body keeps %q:\n%s", gone, im.Body)
		}
	}
}
