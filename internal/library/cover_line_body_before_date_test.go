package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestCoverLineNamesTheBodyBeforeADate: a report's cover that names its
// body on a line of its own after the title, with the month it came out
// ("Westby Primary Care Network, June 2025"), is published by that body,
// as a line with the name alone is, and dated by it; a cover line saying
// whom the report is for is no publisher.
func TestCoverLineNamesTheBodyBeforeADate(t *testing.T) {
	needPoppler(t)
	// A first page that opens the text (over 120 words), and one that is
	// a title page.
	text := []string{
		"The practices in Westby serve market towns and former mining villages, and some of",
		"the most deprived streets in the county sit a short walk from some of the least deprived.",
		"General practice is where most children are seen when they are unwell, and where most",
		"of the chances to prevent illness are taken or missed. We have tried to be honest in",
		"this report about both, and to say what we will do next year with the money we have.",
		"Our four practices share a team of nurses, a pharmacist and two social prescribing link",
		"workers, and this year we added a mental health practitioner for young people, who sees",
		"children in the practices and in two of the secondary schools in the network area.",
	}
	for _, more := range [][]string{text, {"We say what we will do next."}} {
		for line, want := range map[string]string{
			"Westby and Fellside Primary Care Network, June 2025":        "Westby and Fellside Primary Care Network",
			"Westby and Fellside Primary Care Network | June 2025":       "Westby and Fellside Primary Care Network",
			"Report to the Westby Health and Wellbeing Board, June 2025": "",
		} {
			first := append([]string{"# Growing up well in Westby", "Annual report 2024/25: children and families", "", line, "",
				"Introduction from our clinical director", "",
				"This is the first report our network has written about the children and young people we care for.", ""}, more...)
			pages := [][]string{
				append(first, "", "1"),
				{"Key numbers", "", "In 2024/25, 2,140 children under 18 were registered with our four practices.", "",
					"Our nurses held 640 asthma reviews for children, up from 410 the year before.", "", "2"},
			}
			im, _ := library.Import(write(t, "a.pdf", makePDF(pages, "Growing up well in Westby", "PCN Manager", "20261202")), library.Meta{Type: "report"})
			if im.Source.Publisher != want {
				t.Errorf("cover line %q (first page of %d lines): publisher %q, want %q", line, len(more), im.Source.Publisher, want)
			}
			// The month on the body's line dates the report, not the day
			// the PDF was made.
			if want != "" && im.Source.Date.String() != "2025-06" {
				t.Errorf("cover line %q (first page of %d lines): date %q, want 2025-06", line, len(more), im.Source.Date)
			}
		}
	}
}
