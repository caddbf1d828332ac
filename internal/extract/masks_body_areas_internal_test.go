package extract

import "testing"

// TestBodysAreaIsNoFigure: the few places a body covers, said in a
// clause about the body ("the trust, which serves four districts"), say
// who it is, not what was found; its counted findings stay figures, as
// does a count of places that is the finding itself.
// Every sentence is written for this test.
func TestBodysAreaIsNoFigure(t *testing.T) {
	for _, c := range []struct {
		in    string
		count int
	}{
		{"At Hartmoor Health NHS Trust, which serves four districts in the south west, 1,450 children are waiting.", 1},
		{"The partnership, which covers two counties, has 38 vacant posts.", 1},
		// Near-misses.
		{"Only four districts met the target this year.", 1},
		{"The service now covers 12 boroughs, up from 7 last year.", 2},
	} {
		if got := Figures(c.in); len(got) != c.count {
			t.Errorf("%q: %d figures %+v, want %d", c.in, len(got), got, c.count)
		}
	}
}
