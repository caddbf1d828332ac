package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestReaderTimeLimitsDueTimesAndPricesAreNoFigures: set 62 spent (every sentence written for this
// test). A time limit asked of the reader, an action's due time by its
// priority, how often a service writes to or calls the families it keeps
// in touch with, a document's length beside its version and a membership's
// or an event's prices are no figures; the findings beside them stay.
func TestReaderTimeLimitsDueTimesAndPricesAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		sentence string
		none     string // the text no figure may hold, or ""
		keep     string // a figure's text that must stay, or ""
	}{
		{"Please send your response to this letter to the regional team within 20 working days.", "20 working days", ""},
		{"We would ask you to share the plan with your board within six weeks.", "six weeks", ""},
		{"Please note that 64% of referrals were seen within four weeks.", "", "64%"},
		{"Recommendations must be implemented within six months.", "six months", ""},
		{"Only 3 of the 11 actions were completed within six months.", "", "3"},
		{"The service now calls each family on the list every eight weeks.", "eight weeks", ""},
		{"Children on the list were reviewed every three months, and 22% were missed.", "", "22%"},
		{"Draft 3, 88 pages, uploaded 4 March 2026 by the Governance Team", "88", ""},
		{"The form ran to 14 pages and parents found it hard to finish.", "", "14 pages"},
		{"The non-member price is £95 for the day.", "£95", ""},
		{"Delegates earning less than £25,000 can apply for a bursary.", "£25,000", ""},
		{"The programme costs £95 per child, less than one assessment.", "", "£95"},
		// A time limit before a label's colon is the measure's, and a
		// count after a long label's colon with a clause after it is read.
		{"Urgent referrals seen within two weeks: 64%, against a standard of 90%.", "", "two weeks"},
		{"Children placed in foster homes outside the county this year: 17, up from 12 in 2025.", "", "17"},
		{"The strategy has three priorities: prevention, early help and access.", "three", ""},
	} {
		var texts []string
		for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+c.sentence+"\n")) {
			for _, f := range it.Figures {
				texts = append(texts, f.Text)
			}
		}
		joined := strings.Join(texts, "|")
		if c.none != "" && strings.Contains(strings.ToLower(joined), strings.ToLower(c.none)) {
			t.Errorf("%s\nfigures %q hold %q", c.sentence, texts, c.none)
		}
		if c.keep != "" && !strings.Contains(joined, c.keep) {
			t.Errorf("%s\nfigures %q lack %q", c.sentence, texts, c.keep)
		}
	}
}
