package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestFurnitureOfAuditControlsPreprintsAndPrices: set 62 spent (every sentence written for this
// test). An audit report's control lines and its note for third parties, a
// preprint server's notices and its authors' declarations, a portal's note
// on private annotations, a mail program's recall notice, a slide story's
// instruction and an event's or a membership's price lines are no
// evidence; findings and asks beside them stay.
func TestFurnitureOfAuditControlsPreprintsAndPrices(t *testing.T) {
	cases := []struct {
		sentence string
		kept     bool
	}{
		{"Distribution: Chief Finance Officer; Head of Procurement; Monitoring Officer", false},
		{"Prepared by: Alan Roe, Senior Auditor.", false},
		{"Prepared by the council, the plan commits every school to name a mental health lead by September.", true},
		{"This report has been prepared solely for the board's use only.", false},
		{"No liability is accepted to any other party who relies on this review.", false},
		{"It reports new medical research that has yet to be evaluated and so should not guide practice.", false},
		{"I confirm all relevant ethical guidelines have been followed and approvals obtained.", false},
		{"I confirm that all necessary patient/participant consent has been obtained.", false},
		{"The copyright holder for this preprint is the author, who has granted the server a licence to display it.", false},
		{"Your notes are private to you unless you share them with the board.", false},
		{"Jones, Amy would like to recall the message, \"Q3 waiting list figures\".", false},
		{"Swipe or use the arrows to move between slides.", false},
		{"The early-bird delegate rate of £95 is available until 12 May.", false},
		{"Students earning under £20,000 can apply for the reduced fee.", false},
		{"Only 14 of the 30 invoices we sampled had been checked against the provider's activity data.", true},
	}
	for _, c := range cases {
		body := "## Findings\n\nThe new clinic opened in the town centre last spring after a long campaign.\n\n" + c.sentence + "\n"
		var texts []string
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			texts = append(texts, it.Text)
		}
		if got := slices.Contains(texts, c.sentence); got != c.kept {
			t.Errorf("%q kept = %v, want %v (items %q)", c.sentence, got, c.kept, texts)
		}
	}
}
