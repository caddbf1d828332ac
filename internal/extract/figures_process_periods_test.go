package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestMeetingCadenceConsultationSpansAndGroundsAreNoFigures: set 57 spent (every sentence written for this
// test). How often a body meets, when a regulator comes back after an
// inspection, how long a consultation ran, a judgment's numbered grounds
// and a newsletter's count of its new readers are no figures; the
// findings beside them stay.
func TestMeetingCadenceConsultationSpansAndGroundsAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		sentence string
		none     string // the text no figure may hold, or ""
		keep     string // a figure's text that must stay, or ""
	}{
		{"The steering group will meet every eight weeks to track the plan.", "eight weeks", ""},
		{"Regulators will review progress with the council at meetings every four months.", "four months", ""},
		{"Reviews of each child's care plan follow every six months, and 40% were late.", "", "40%"},
		{"The regulator is expected to revisit the service within about 12 months of the inspection.", "12 months", ""},
		{"Children waited 14 months of the year without a plan.", "", "14 months"},
		{"The notice was short, but the consultation period of eight weeks was fair.", "eight weeks", ""},
		{"Families faced a waiting period of 18 weeks for a first appointment.", "", "18 weeks"},
		{"Ground 2 succeeds.", "2", ""},
		{"Hello, and welcome to the 2,300 of you who signed up this week.", "2,300", ""},
		{"We offer 28 days' annual leave and a pension.", "28 days", ""},
		{"Staff took 28 days of sick leave on average, up from 19.", "", "28 days"},
		{"In a poll of readers, 380 of you told us your child had waited over a year.", "", "380"},
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
