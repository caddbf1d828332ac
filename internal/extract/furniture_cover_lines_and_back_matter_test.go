package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestCoverLinesBackMatterSignUpsAndFormToolsAreFurniture holds the
// furniture classes of furniture round 79 (a board paper's cover line
// placing it against objectives and assurance framework risks, a
// journal's back matter, a news page's newsletter sign-up box, a form
// service's figures on the collection and tips on its features, a
// dashboard's help strip, a running line or letterhead between middle
// dots) and
// their near-misses, which stay evidence. Each sentence is written for
// this test.
func TestCoverLinesBackMatterSignUpsAndFormToolsAreFurniture(t *testing.T) {
	cases := []struct {
		name, in string
		want     evidence.Kind // "" when no item may hold the sentence
	}{
		// A cover line placing the paper.
		{"assurance framework risk", "Board assurance framework risk BAF 3.2 Failure to keep enough children's nurses on the wards", ""},
		{"strategic objectives", "Link to strategic objectives SO2 Safe care; SO4 Working with schools", ""},
		{"an objective with a verb stays", "Strategic objective 2 is to cut the longest waits for therapy by a third within the year.", evidence.Statistic},

		// A journal's back matter.
		{"data on request", "Data are available on reasonable request.", ""},
		{"data from the authors", "Anonymised data are available from the corresponding author on request.", ""},
		{"provenance", "Provenance and peer review Not commissioned; externally peer reviewed.", ""},
		{"competing interests run in", "Competing interests KL is employed by a community trust that took part in the audit.", ""},
		{"data available to schools stays", "The data are available to every school in the county through the new dashboard, the council said.", evidence.Excerpt},

		// A news page's sign-up box.
		{"daily newsletter", "Get the Courier's daily newsletter", ""},
		{"straight to your inbox", "Get the biggest stories from Ashmoor straight to your inbox.", ""},
		{"sign up for stories", "Sign up for the week's top health stories sent straight to your inbox.", ""},
		{"consent note", "We use your sign-up to provide content in ways you've consented to.", ""},
		{"a newsletter as a finding stays", "Parents who get the school's weekly newsletter were twice as likely to know about the drop-in.", evidence.Statistic},
		{"getting the newsletter out stays", "Get the newsletter out to every school before the vaccination sessions start, the panel urged.", evidence.Excerpt},

		// A form service's mail to the form's owner.
		{"collection figures", "Total responses: 412 Completion rate: 81% Typical time spent: 7m 15s", ""},
		{"filter your results", "Filter your results to compare answers by school or by year group.", ""},
		{"share your results", "Share your results with a link, or download a PDF summary.", ""},
		{"open-ended answers", "Get more from open-ended answers with automatic text analysis.", ""},
		{"a survey's completion as a finding stays", "Of the 412 families who started the survey, 81% completed it, most within ten minutes.", evidence.Statistic},
		{"families sharing results stay", "Only 30% of families could share their child's results with the school nurse.", evidence.Statistic},

		// A dashboard's help strip between dots, with the viewer's name.
		{"help strip", "How to use this report · Press F11 or select the full screen icon to view the report full screen · Microsoft Power BI", ""},

		// A running line, masthead or letterhead between middle dots.
		{"newsletter running line", "Ashmoor Primary News · Issue 9 · Summer Term 2026", ""},
		{"footer with page", "Eastfold Children's Health Network · 7", ""},
		{"letterhead with address", "School Nurses' Forum c/o Eastfold Borough Council · Town Hall · Market Street · Eastfold EF2 4QT", ""},
		{"a dashboard's tiles keep their figures", "Children waiting · 5,120 · up 11% on last year", evidence.Statistic},
		{"parts with a verb stay", "Waits have risen · Staff have left · Families are worried", evidence.Excerpt},
	}
	for _, c := range cases {
		if got := kindOfLine(t, "Eastfold Trust", c.in); got != c.want {
			t.Errorf("%s: %q: kind %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

// TestABoardPapersCoverRowsPlacingItAreNoItems: a cover table's rows
// naming where the paper went before and the objectives and risks it
// bears on are the cover's, not the paper's findings.
func TestABoardPapersCoverRowsPlacingItAreNoItems(t *testing.T) {
	body := "| Item | Detail |\n|---|---|\n" +
		"| Previously considered by | Quality Committee (3 March 2026) |\n" +
		"| Link to strategic objectives | SO1 Outstanding care; SO3 Working with families |\n" +
		"| Strategic objective | SO2: Timely care for every child |\n\n" +
		"Referrals to the service rose by 12% in a year, to 1,450.\n"
	items := extract.Extract(parseBody(t, "Eastfold Trust", body))
	found := false
	for _, it := range items {
		for _, w := range []string{"Quality Committee", "SO1", "SO2"} {
			if strings.Contains(it.Text, w) {
				t.Errorf("a cover row is an item (%s): %q", it.Kind, it.Text)
			}
		}
		if strings.Contains(it.Text, "1,450") {
			found = true
		}
	}
	if !found {
		t.Errorf("the finding under the cover is no item: %v", items)
	}
}
