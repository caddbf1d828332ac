package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestTaglineIsNoPublisher: a cover whose first lines are a logotype set
// in lower case ("healthwatch Ashby") and the body's strapline ("Speaking
// up for local people") names no body in its masthead; the running header
// every page carries ("Healthwatch Ashby") does, and publishes the report.
// Before: the strapline was the publisher.
func TestTaglineIsNoPublisher(t *testing.T) {
	needPoppler(t)
	for _, c := range []struct{ logo, strap, header string }{
		{"healthwatch Ashby", "Speaking up for local people", "Healthwatch Ashby"},
		{"", "Working together for better care", "Marlow Parent Carer Forum"},
	} {
		var cover []string
		if c.logo != "" {
			cover = append(cover, c.logo)
		}
		cover = append(cover, c.strap, "", "", "# Waiting to be seen", "Families' experiences of children's therapy services", "", "Survey report, May 2025", "", "")
		body := func(n string, lines ...string) []string {
			return append(append([]string{c.header, ""}, lines...), "", n)
		}
		pages := [][]string{
			cover,
			body("1", "About this report", "", "We asked families across the borough about the speech and language therapy their children",
				"receive, and about how long they waited for a first appointment after a referral.", "",
				"In total 214 families answered our survey between January and March.", "",
				"Almost two in five families (38%) had waited more than 18 weeks for a first appointment."),
			body("2", "What families told us", "", "Many parents said they had paid for private therapy while they waited, and several said",
				"they had not been told how long the wait would be when their child was referred.", "",
				"The integrated care board should publish waiting times for children's therapy services."),
		}
		im, err := library.Import(write(t, "survey.pdf", makePDF(pages, "survey FINAL v3", "A. Writer", "20250601")), library.Meta{Type: "report"})
		if err != nil {
			t.Fatalf("%s: %v", c.header, err)
		}
		if got := im.Source.Publisher; got != c.header {
			t.Errorf("strapline %q: publisher %q, want %q (guessed %v)", c.strap, got, c.header, im.Guessed)
		}
	}
}
