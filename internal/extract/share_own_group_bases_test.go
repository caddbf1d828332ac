package extract_test

import "testing"

// TestAShareNamingItsGroupTakesThatBase: a share's own "of the N X" or "of
// all X" names its base, whatever count stands nearer before it: "70% of
// the 400 parents" is of the 400 parents, not the 250 carers counted just
// before, and "15% of all pupils" of the 1,800 pupils, not the 1,100 who
// passed. The share "of those who passed" keeps the 1,100; "30% of the
// 900" after "Of the 900 pupils" is of the 900 pupils, named. Before
// (hostile check 59) the nearest base before each share won.
func TestAShareNamingItsGroupTakesThatBase(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"Of 400 parents asked, 55% said they were heard; 250 carers were also surveyed and 70% of the 400 parents said they would recommend it.", "70%=400 parents"},
		{"Of 400 parents asked, 55% said they were heard; 250 carers were also surveyed and 70% of the 400 parents said they would recommend it.", "55%=400 parents"},
		{"Of the 1,800 pupils sitting the test, 1,100 passed in 2021; of those who passed, 25% got a merit, and 15% of all pupils were absent.", "15%=1,800 pupils"},
		{"Of the 1,800 pupils sitting the test, 1,100 passed in 2021; of those who passed, 25% got a merit, and 15% of all pupils were absent.", "25%=1,100 passed"},
		{"Of the 900 pupils referred, 200 were assessed, and 30% of the 900 were diagnosed.", "30%=900 pupils"},
	} {
		got := h62bBases(t, c.s)
		found := false
		for _, g := range got {
			found = found || g == c.want
		}
		if !found {
			t.Errorf("%q: %q, want %q", c.s, got, c.want)
		}
	}
}
