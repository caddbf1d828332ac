package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestClientDashboardChannelAndPaperNotesAreFurniture: a secure mail
// service's line under a message, a dashboard's help for its reader, a
// chat channel's note of a message posted by e-mail, a meeting recap's
// line of its day, time and attendees, and a working paper's note of what
// it is are furniture (every sentence written for this test); findings
// that share their words stay.
func TestClientDashboardChannelAndPaperNotesAreFurniture(t *testing.T) {
	cases := []struct {
		sentence string
		kept     bool
	}{
		{"This message was sent end-to-end encrypted with Securo Mail.", false},
		{"How to use this dashboard", false},
		{"How to use this report · Press F11 to view full screen · Microsoft Power BI", false},
		{"Press F11 or select the full screen icon to see the whole report", false},
		{"Dana Whitlow posted in the channel via email to channel", false},
		{"Tuesday 3 March 2026, 10:00 to 11:30 · Recorded · 14 attendees", false},
		{"Working papers present research in progress and are not the views of the centre.", false},
		{"Only 31% of the 420 families we asked said records were encrypted and shared safely with schools.", true},
		{"Some 14 attendees at the March meeting said their child had waited more than a year.", true},
	}
	for _, c := range cases {
		body := "## Update\n\nWe asked families across the borough how long they had waited for help.\n\n" + c.sentence + "\n"
		var texts []string
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			texts = append(texts, it.Text)
		}
		if got := slices.Contains(texts, c.sentence); got != c.kept {
			t.Errorf("%q kept = %v, want %v (items %q)", c.sentence, got, c.kept, texts)
		}
	}
}
