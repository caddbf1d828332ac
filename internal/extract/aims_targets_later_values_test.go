package extract_test

import "testing"

// TestPlansInPlaceAreCountedUnlessPlannedTo: "care plans were in place"
// counts plans that exist, a measured value; only "plans are in place to
// …" is a body's plan (an aim). Before (hostile check 67), "Almost
// 576,500 education, health and care plans were in place in England in
// January 2024" was marked an aim, so its same finding and its trend in
// the development set's figure pairs were lost once an aim was never
// compared with a measured value.
func TestPlansInPlaceAreCountedUnlessPlannedTo(t *testing.T) {
	for _, c := range []struct {
		sentence, fig string
		aim           bool
	}{
		{"Almost 576,500 education, health and care plans were in place in England in January 2024.", "Almost 576,500", false},
		{"In Kent, 14,200 EHC plans were in place in January 2024.", "14,200", false},
		{"Plans were in place to reach 90% of pupils in Kent by 2025.", "90%", true},
	} {
		f, ok := h62aFigure(t, c.sentence+"\n", c.fig)
		if !ok || f.Aim != c.aim {
			t.Errorf("%s: %s (%v) aim %v, want %v", c.sentence, c.fig, ok, f.Aim, c.aim)
		}
	}
}
