package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestMinutesTitledByTheirMeetingAreDatedByTheDayUnderIt: plain-text
// minutes whose title is their meeting ("Minutes of the Board Meeting held
// in Public") and whose day stands under it, a blank line between
// ("Thursday 27 November 2025, 10:00 to 12:45"), are dated by that day
// and published by the body over them; a day two blank lines away or
// none dates nothing. Before, the title was read without looking under
// it and the import was refused for want of a date (held-out set 96).
func TestMinutesTitledByTheirMeetingAreDatedByTheDayUnderIt(t *testing.T) {
	const body = "PRESENT\n  Jo Bell (JB)     Chair\n\nBM/25/61  WELCOME\n\nJB welcomed members. In 2025, 412 children waited more than 18 weeks.\n"
	for _, c := range []struct{ name, head, date string }{
		{"under.txt", "Minutes of the Board Meeting held in Public (Part 1)\n\nThursday 27 November 2025, 10:00 to 12:45\nBoardroom, Quay House, Eastford\n\n", "2025-11-27"},
		{"next.txt", "Minutes of the Board Meeting held in Public\nTuesday 3 June 2025 at 2pm\n\n", "2025-06-03"},
		{"far.txt", "Minutes of the Board Meeting held in Public\n\n\nTuesday 3 June 2025 at 2pm\n\n", ""},
		{"none.txt", "Minutes of the Board Meeting held in Public\n\nBoardroom, Quay House, Eastford\n\n", ""},
	} {
		text := "NHS EASTFORD INTEGRATED CARE BOARD\n\n" + c.head + body
		im, err := library.Import(write(t, c.name, []byte(text)), library.Meta{Type: "report"})
		if c.date == "" {
			if err == nil || !strings.Contains(err.Error(), "--date") {
				t.Errorf("%s: dated %s (err %v); want the refusal asking for --date", c.name, im.Source.Date, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: refused: %v", c.name, err)
			continue
		}
		if im.Source.Date.String() != c.date || im.Source.Publisher != "NHS Eastford Integrated Care Board" {
			t.Errorf("%s: dated %s, published by %q; want %s, the ICB", c.name, im.Source.Date, im.Source.Publisher, c.date)
		}
	}
}

// TestMinutesTitledByABoardsMeetingAreItsOwn: plain-text minutes whose
// first line names the board and its meeting's day ("Children's Board –
// minutes of the meeting held on 12 March 2025") over the body's name
// alone are dated by that day and published by that body; a line under
// the title that names no body publishes nothing. Before (held-out set
// 99), the import was refused for want of both.
func TestMinutesTitledByABoardsMeetingAreItsOwn(t *testing.T) {
	const body = "\nTuesday 12 March 2025, 10am to noon\n\nPresent:\nJo Bell (JB)\tChair\n\n1.\tWelcome\nThe Chair welcomed members. In 2024, 512 children waited more than 18 weeks.\n"
	im, err := library.Import(write(t, "m.txt", []byte("Children's Board – minutes of the meeting held on 12 March 2025\nNHS Wexmoor Integrated Care Board\n"+body)), library.Meta{Type: "report"})
	if err != nil || im.Source.Date.String() != "2025-03-12" || im.Source.Publisher != "NHS Wexmoor Integrated Care Board" {
		t.Errorf("minutes: %v, %v, %q", err, im.Source.Date, im.Source.Publisher)
	}
	im, err = library.Import(write(t, "n.txt", []byte("Children's Board – minutes of the meeting held on 12 March 2025\nDraft for approval\n"+body)), library.Meta{Type: "report"})
	if err == nil && im.Source.Publisher != "" {
		t.Errorf("a line naming no body published the minutes: %q", im.Source.Publisher)
	}
}
