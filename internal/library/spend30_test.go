package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestCoverLineNamesTheBodyBeforeADate: a report's cover that names its
// body on a line of its own after the title, with the month it came out
// ("Westby Primary Care Network, June 2025"), is published by that body,
// as a line with the name alone is; a cover line saying whom the report is
// for is no publisher.
func TestCoverLineNamesTheBodyBeforeADate(t *testing.T) {
	needPoppler(t)
	// A first page that opens the text, and one that is a title page.
	more := "The practices in Westby serve market towns and former mining villages, and some of the most deprived streets in the county sit a short walk from some of the least deprived. General practice is where most children are seen when they are unwell, and where most of the chances to prevent illness are taken or missed. We have tried to be honest in this report about both, and to say what we will do next."
	for _, more := range []string{more, "We say what we will do next."} {
		for line, want := range map[string]string{
			"Westby Primary Care Network, June 2025":                     "Westby Primary Care Network",
			"Westby Primary Care Network | June 2025":                    "Westby Primary Care Network",
			"Report to the Westby Health and Wellbeing Board, June 2025": "",
		} {
			pages := [][]string{
				{"# Growing up well in Westby", "Annual report 2024/25: children and families", "", line, "",
					"Introduction from our clinical director", "",
					"This is the first report our network has written about the children and young people we care for.", "", more, "", "1"},
				{"Key numbers", "", "In 2024/25, 2,140 children under 18 were registered with our four practices.", "",
					"Our nurses held 640 asthma reviews for children, up from 410 the year before.", "", "2"},
			}
			im, _ := library.Import(write(t, "a.pdf", makePDF(pages, "Growing up well in Westby", "PCN Manager", "20250601")), library.Meta{Type: "report"})
			if im.Source.Publisher != want {
				t.Errorf("cover line %q (first page of %d words): publisher %q, want %q", line, len(strings.Fields(more)), im.Source.Publisher, want)
			}
		}
	}
}
