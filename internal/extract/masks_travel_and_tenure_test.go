package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestTravelCadenceAndTenureAreNoFigures: sets 71 and 72 spent (every sentence written for
// this test). How often people must travel somewhere ("drive to the
// hospital every three months") and how
// long a person has held a post ("spent 20 years as a nurse", "has been
// a member of the panel for four years") are no figures; the findings
// beside them, a schedule of care, a rate "every 20 minutes" and a wait
// told with "been" stay.
func TestTravelCadenceAndTenureAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		sentence string
		none     string // the text no figure may hold, or ""
		keep     string // a figure's text that must stay, or ""
	}{
		{"Of the 52 practices, 14 would not prescribe, so families had to drive to the hospital every three months for a prescription.", "three months", "14"},
		{"Parents said they drive back to the regional centre every six weeks, and 31% had missed a day of work.", "six weeks", "31%"},
		{"Guidance expects a review of the care plan every six months for children under five.", "", "six months"},
		{"A child is admitted to hospital with asthma every 20 minutes.", "", "20 minutes"},
		{"Before joining the board she spent 15 years as a school nurse and led a county safeguarding team.", "15 years", ""},
		{"Sam, 16, has been a member of the youth panel for four years and chairs its meetings.", "four years", ""},
		{"Amira has been on the waiting list for two years.", "", "two years"},
		{"We found 318 children on the list and followed their records for 15 months.", "15 months", "318"},
		{"Of the 318 children we followed, 40 waited more than 15 months.", "", "15 months"},
		{"In 2025, 240 children had been waiting for more than two years.", "", "240"},
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
