package library_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestAKindAndBodyLineUnderATitlePublishes holds a plain-text paper whose
// title block's second line names its kind and then its body, as
// councils' webcast transcripts and papers print it ("Webcast transcript |
// Ravendale Borough Council"): the body publishes it, the title stays the
// first line alone, and its "Date:" line under "Meeting:" dates it. A
// meeting's name after the bar publishes nothing. Before (held-out set
// 91), `cypx add` refused the transcript for want of a publisher.
func TestAKindAndBodyLineUnderATitlePublishes(t *testing.T) {
	body := "\n\nMeeting:   Children and Young People Scrutiny Committee\n" +
		"Date:      Wednesday 4 March 2026, 6.30pm\n" +
		"Venue:     Council Chamber, Ravendale Town Hall\n\n" +
		"[00:41:31] DR SANJAY MEHTA (ICB): We're now seeing around 1,250 referrals a month to the children's service, up from about 900 a month two years ago.\n"
	cases := []struct{ kind, publisher string }{
		{"Webcast transcript | Ravendale Borough Council", "Ravendale Borough Council"},
		{"Scrutiny report | Wexdale County Council", "Wexdale County Council"},
	}
	for _, c := range cases {
		im := importText(t, "Children and young people's mental health services: update from the ICB and the Trust\n"+c.kind+body, library.Meta{Type: "report"})
		if im.Source.Publisher != c.publisher {
			t.Errorf("%q: publisher %q, want %q", c.kind, im.Source.Publisher, c.publisher)
		}
		if got, want := im.Source.Title, "Children and young people's mental health services: update from the ICB and the Trust"; got != want {
			t.Errorf("%q: title %q, want %q", c.kind, got, want)
		}
		if got := im.Source.Date.String(); got != "2026-03-04" {
			t.Errorf("%q: date %q, want 2026-03-04", c.kind, got)
		}
	}
	// Near-miss: a meeting's name after the bar publishes nothing, so
	// the import asks.
	path := filepath.Join(t.TempDir(), "report.txt")
	text := "Children and young people's mental health services: update from the ICB and the Trust\nWebcast transcript | Health and Wellbeing Board" + body
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := library.Import(path, library.Meta{Type: "report"}); err == nil || !strings.Contains(err.Error(), "who published it") {
		t.Errorf("a meeting's name after the bar: err %v, want a question of who published it", err)
	}
}
