package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestTeamsDigestMail checks a Teams missed-activity mail (round 57): each
// post's "Team > Channel" line is the app's, not evidence, and its speaker
// line, time after a weekday, opens the post as a transcript's "Name:".
// The mail is written for this test.
func TestTeamsDigestMail(t *testing.T) {
	msg := "From: Microsoft Teams <noreply@email.teams.example.com>\nTo: ana@example.org.uk\nSubject: You have missed activity\n" +
		"Date: Wed, 4 Mar 2026 12:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Hi Ana,\n\nYou have 2 new messages.\n\n" +
		"Example ICB - Children > Workforce\nPriya Shah   Tue 9:20 AM\nSchool nurse vacancies are down to 12% from 19% in the spring.\n\n" +
		"Example ICB - Children > Data\nTom Ellis   Tue 9:41 AM\nThe trust should publish vacancy rates by locality every quarter.\n"
	im, err := library.Import(write(t, "teams.eml", []byte(msg)), library.Meta{Type: "statement", Publisher: "Example ICB"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Priya Shah: School nurse vacancies are down to 12%", "Tom Ellis: The trust should publish"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in\n%s", want, im.Body)
		}
	}
	for _, gone := range []string{"Children > Workforce", "Children > Data", "Tue 9:20 AM", "9:41 AM"} {
		if strings.Contains(im.Body, gone) {
			t.Errorf("%q kept in\n%s", gone, im.Body)
		}
	}
}
