package library_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/library"
)

// coverSheetPDFs80 is a committee paper's first page: the council over
// the paper's title, a cover sheet of label rows with the meeting's row
// given, then the paper's prose; made on the day given.
func coverSheetPDFs80(t *testing.T, meeting, made string) library.Imported {
	t.Helper()
	first := []string{"Item 4", "Dunmarsh District Council", "", "# Review of school-based counselling", "",
		meeting, "Report of   Head of Democratic Services", "Wards affected   All wards", "",
		"1. Purpose of this report",
		"1.1 This paper asks the committee to agree how it will look at counselling offered in",
		"secondary schools across the district over the coming year, and who it will hear from.", "", "1"}
	pages := [][]string{first, {"2. Background", "2.1 Eleven secondary schools buy counselling from two local charities.", "", "2"}}
	im, err := library.Import(write(t, "c.pdf", makePDF(pages, "Review of school-based counselling", "Democratic Services", made)), library.Meta{Type: "report", Publisher: "Dunmarsh District Council"})
	if err != nil {
		t.Fatal(err)
	}
	return im
}

// TestCoverSheetMeetingRowDatesThePaper: a committee paper whose cover
// sheet names the meeting it goes to and that meeting's day ("Meeting
// Health Scrutiny Committee, 12 March 2026") is dated by that day, not by
// the day its file was made, today or another day.
func TestCoverSheetMeetingRowDatesThePaper(t *testing.T) {
	needPoppler(t)
	today := time.Now().Format("20060102")
	for _, c := range []struct{ row, made, want string }{
		{"Meeting   Health Scrutiny Committee, 12 March 2026", today, "2026-03-12"},
		{"Meeting: Health Scrutiny Committee, 12 March 2026", "20250101", "2026-03-12"},
		{"Committee   Cabinet – Thursday 5 February 2026", today, "2026-02-05"},
		{"Date of panel   19 March 2026", today, "2026-03-19"},
	} {
		im := coverSheetPDFs80(t, c.row, c.made)
		if got := im.Source.Date.String(); got != c.want {
			t.Errorf("%q: date %q, want %s", c.row, got, c.want)
		}
	}
}

// TestFileMadeOnTheImportDayDatesNothing: a PDF whose pages give no date
// and whose file was made today is never dated today: the import asks for
// --date and says why; one made on an earlier day is still dated by that
// day, as before.
func TestFileMadeOnTheImportDayDatesNothing(t *testing.T) {
	needPoppler(t)
	pages := [][]string{{"Dunmarsh District Council", "", "# Review of school-based counselling", "", "Eleven secondary schools buy counselling from two local charities.", "", "1"}}
	_, err := library.Import(write(t, "c.pdf", makePDF(pages, "Review of school-based counselling", "Democratic Services", time.Now().Format("20060102"))), library.Meta{Type: "report", Publisher: "Dunmarsh District Council"})
	if err == nil || !strings.Contains(err.Error(), "--date") || !strings.Contains(err.Error(), "made today") {
		t.Errorf("made today: err %v, want a refusal asking for --date that says the file was made today", err)
	}
	if got := coverSheetPDFs80(t, "Meeting   Health Scrutiny Committee", "20250610").Source.Date.String(); got != "2025-06-10" {
		t.Errorf("made on 10 June 2025: date %q, want 2025-06-10", got)
	}
}
