package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestALongSubjectIsTheMessagesWholeTitle: an e-mail's subject is the
// title its sender wrote, cited whole however long; before, a subject over
// 120 characters was cut mid-word with an ellipsis, and the citation named
// half a title.
func TestALongSubjectIsTheMessagesWholeTitle(t *testing.T) {
	subject := "Orlham school nursing review: the draft findings from the autumn survey of head teachers, and a request for your comments by Friday"
	msg := "From: Rosa Lind <rosa.lind@example.org.uk>\nTo: Heads list <heads@example.org.uk>\n" +
		"Subject: " + subject + "\nDate: Tue, 3 Mar 2026 09:12:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Dear colleagues,\n\nThe draft findings are attached. Of the 64 head teachers who replied, 41 said their school sees a nurse less than once a month.\n\n" +
		"Please send any comments to me by Friday.\n\nRosa\n"
	im, err := library.Import(write(t, "review.eml", []byte(msg)), library.Meta{Type: "statement", Publisher: "Orlham Council"})
	if err != nil {
		t.Fatal(err)
	}
	if len([]rune(subject)) <= 120 {
		t.Fatalf("the test's subject must pass 120 characters")
	}
	if im.Source.Title != subject {
		t.Errorf("title = %q, want the whole subject", im.Source.Title)
	}
	if strings.Contains(im.Source.Title, "…") {
		t.Errorf("the subject was cut: %q", im.Source.Title)
	}
}
