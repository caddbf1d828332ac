package library

import "testing"

// TestAboutTheCensusIsNotBackMatter: set 63 spent. A heading over how the
// report's own count or poll was made ("About the census", "About the
// poll", "About our questionnaire") is the report's own work, its response
// counts evidence, as "About the survey" is; "About the College" is a note
// about the publisher.
func TestAboutTheCensusIsNotBackMatter(t *testing.T) {
	for _, h := range []string{"About the census", "About the poll", "About our questionnaire", "About the sample", "About the statistics"} {
		if backMatter(h) {
			t.Errorf("%q, the report's own work, is back matter", h)
		}
	}
	for _, h := range []string{"About the College", "About us", "About Northgate Youth Trust"} {
		if !backMatter(h) {
			t.Errorf("%q, a note about the publisher, is not back matter", h)
		}
	}
}
