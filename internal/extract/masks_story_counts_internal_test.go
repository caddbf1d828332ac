package extract

import "testing"

// TestStoryAndPlanCountsAreNoFigures: a few letters or reminders a family
// got, the routes or forms a new service replaces ("instead of four
// forms"), a span told as what it can mean ("a month on a waiting list
// can feel endless") and the new teams a plan will start are the
// account's detail or a plan, no finding. Counts of the same words that
// measure something stay figures.
// Every sentence is written for this test.
func TestStoryAndPlanCountsAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		in    string
		count int
	}{
		{"Two reminders arrived in the post and then nothing at all.", 0},
		{"We chased it with three more emails over the summer.", 0},
		{"In place of the old system, and instead of four separate forms, parents now fill in one.", 0},
		{"Toddlers change fast, and a month on a waiting list can feel like a lifetime.", 0},
		{"Three new school wellbeing teams will open in the borough next spring.", 0},
		// Near-misses: counts that measure.
		{"The service sent 4,200 letters to families in 2024.", 1},
		{"Two in five parents said they had waited more than a year.", 2},
		{"Three new teams opened in 2024 and saw 1,150 pupils.", 2},
	} {
		if got := Figures(c.in); len(got) != c.count {
			t.Errorf("%q: %d figures %+v, want %d", c.in, len(got), got, c.count)
		}
	}
}
