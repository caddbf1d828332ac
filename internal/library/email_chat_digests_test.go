package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestChatDigestMail checks a chat app's hourly digest mail: its own lines
// (new-message counts, channel headers, links back to the app) are not
// evidence, and each post opens with its speaker's name, not the name and
// time run into its first sentence.
func TestChatDigestMail(t *testing.T) {
	msg := "From: Chatspace <feedback@chat.example.com>\nTo: ana@example.org.uk\nSubject: Notifications from the Example Partnership workspace\n" +
		"Date: Wed, 4 Mar 2026 12:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Example Partnership\nYou have 5 new messages\n\nHi Ana,\n\nHere's what you missed in Example Partnership since 9:00 AM.\n\n" +
		"#school-nursing (2 new messages)\n\nPriya Shah  9:20 AM\nSchool nurse vacancies are down to 12% from 19% in the spring.\n\n" +
		"Tom Ellis (data lead)  9:41 AM replied to a thread:\nThe trust should publish vacancy rates by locality every quarter.\n\n" +
		"View in Slack: https://example.slack.com/archives/C01\n"
	im, err := library.Import(write(t, "digest.eml", []byte(msg)), library.Meta{Type: "statement", Publisher: "Example Partnership"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Priya Shah: School nurse vacancies are down to 12%", "Tom Ellis (data lead): The trust should publish"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in\n%s", want, im.Body)
		}
	}
	for _, gone := range []string{"new messages", "what you missed", "View in Slack", "9:20 AM", "replied to a thread"} {
		if strings.Contains(im.Body, gone) {
			t.Errorf("%q kept in\n%s", gone, im.Body)
		}
	}
}
