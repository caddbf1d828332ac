package extract

import "testing"

// TestFewBodiesWorkWasDoneThroughAreNoFigure: the few bodies or sites
// work was done through or a service spans ("through three partner
// charities", "across our five services", "in the same two areas") say where
// the work was done, not what was found; the sentence's findings stay
// figures, as does a count of bodies that is the finding itself.
// Every sentence is written for this test.
func TestFewBodiesWorkWasDoneThroughAreNoFigure(t *testing.T) {
	for _, c := range []struct {
		in    string
		count int
	}{
		{"We spoke to 36 carers through three partner charities in the county.", 1},
		{"Across our five services, 64% of routine cases were seen on time.", 1},
		{"In the same two areas, 812 children were admitted with asthma in 2024.", 1},
		// Near-misses: the bodies are the finding.
		{"Five services closed their waiting lists in 2025.", 1},
		{"The charity grew to 31 staff and 58 volunteers across four hubs.", 3},
		{"Waits rose in three areas and fell in two.", 1},
	} {
		if got := Figures(c.in); len(got) != c.count {
			t.Errorf("%q: %d figures %+v, want %d", c.in, len(got), got, c.count)
		}
	}
}
