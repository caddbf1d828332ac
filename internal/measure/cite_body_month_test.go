package measure

import "testing"

// TestBodyKnownByNameBeforeMonth: a body the thesaurus names before a
// month, "(ONS, March 2023)", may date the figure (where the sentence has
// no other date, scanPeriods); an unknown name, "(Okafor,
// March 2023)", is a work's day of issue. Before (hostile check 60), both
// dated a figure whose sentence had no other date, and neither where it
// had a relative one.
func TestBodyKnownByNameBeforeMonth(t *testing.T) {
	known := func(s string) bool { return s == "ONS" }
	for _, c := range []struct {
		w    string
		want int
	}{
		{"ONS, March 2023", citePartIssued},
		{"Okafor, March 2023", citePartWork},
		{"NHS England, March 2023", citePartIssued},
		{"accessed 4 May 2023", citePartWork},
	} {
		if k := citePart(c.w, false, known); k != c.want {
			t.Errorf("%q: kind %d, want %d", c.w, k, c.want)
		}
	}
	if k := citePart("ONS, March 2023", false, nil); k != citePartWork {
		t.Errorf("with no thesaurus, ONS is a name: kind %d, want %d", k, citePartWork)
	}
}
