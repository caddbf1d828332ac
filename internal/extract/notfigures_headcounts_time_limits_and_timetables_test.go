package extract_test

import "testing"

// TestHeadcountsTimeLimitsAndTimetablesAreNoFigures: an event's headcount told after it, a time limit
// named as a thing or set by its length, and the timetable of a lead-in
// over what bodies will do are no figures (set 51 spent); the figures
// beside them stay. Every sentence is written for this test.
func TestHeadcountsTimeLimitsAndTimetablesAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		body      string
		not, keep []string
	}{
		{"212 people joined on the day, and 64% of them worked in schools.", []string{"212 people"}, []string{"64%"}},
		{"Over 90 of you attended the webinar.", []string{"90"}, nil},
		{"The council did not finish the assessment within the 20-week deadline.", []string{"20-week"}, nil},
		{"Only 41% of plans were issued within the 20-week time limit.", nil, []string{"Only 41%", "20-week"}},
		{"The panel asked ministers to set a legal limit of eight weeks on stays in hostels.", []string{"eight weeks"}, nil},
		// A count held against the limit keeps it (figures round 88).
		{"Only 3 of the 11 plans were issued within the legal limit of 20 weeks.", nil, []string{"20 weeks"}},
		{"Within two months of this report, the trust and the council will:", []string{"two months"}, nil},
		{"Children waited 14 weeks on average, against the 6-week target.", nil, []string{"14 weeks"}},
	} {
		got := figuresOf(t, "## Findings\n\n"+c.body+"\n")
		for _, n := range c.not {
			if _, ok := got[n]; ok {
				t.Errorf("%q: %q read as a figure", c.body, n)
			}
		}
		for _, k := range c.keep {
			if _, ok := got[k]; !ok {
				t.Errorf("%q: %q not read (got %v)", c.body, k, got)
			}
		}
	}
}
