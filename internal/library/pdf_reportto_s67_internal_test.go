package library

import "testing"

// A committee report's first page names its council on a line of its own
// over the cover table whose "Report to" row names the board it goes to:
// the council publishes it, not the board the running header names with
// its meeting's day. A page with no such table, or no body's name alone
// over it, names none this way.
func TestReportToMastheadNamesTheCouncil(t *testing.T) {
	line := func(y float64, text string) *row {
		return &row{y0: y, y1: y + 12, frags: []*frag{{x0: 72, y0: y, x1: 400, y1: y + 12, size: 12, text: text}}}
	}
	cells := func(y float64, a, b string) *row {
		return &row{y0: y, y1: y + 11, frags: []*frag{{x0: 72, y0: y, x1: 160, y1: y + 11, size: 11, text: a}, {x0: 250, y0: y, x1: 500, y1: y + 11, size: 11, text: b}}}
	}
	rs := []*row{line(80, "Northby Borough Council"), cells(120, "Report to", "Northby Health and Wellbeing Board"), cells(140, "Date of meeting", "4 March 2026")}
	if got := reportToMasthead(rs); got != "Northby Borough Council" {
		t.Errorf("reportToMasthead = %q, want the council", got)
	}
	noTable := []*row{line(80, "Northby Borough Council"), line(120, "The service received 2,310 referrals in 2025.")}
	if got := reportToMasthead(noTable); got != "" {
		t.Errorf("with no cover table: %q, want none", got)
	}
	noBody := []*row{line(80, "Children's emotional wellbeing"), cells(120, "Report to", "Northby Health and Wellbeing Board")}
	if got := reportToMasthead(noBody); got != "" {
		t.Errorf("with no body's name over the table: %q, want none", got)
	}
}
