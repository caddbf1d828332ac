package extract_test

import "testing"

// TestListsSetApartPairRespectively: places or years a sentence opens
// with, set apart from its clause by a comma, pair in order with values
// listed "respectively"; counts listed before the one that names their
// noun are counts of it; a change naming its own place after the list
// is the list's, with its measure and year. Before (hostile check 60),
// the places were lost, the second year was never given, the first two
// counts were left in the measure, and the last change was lost.
func TestListsSetApartPairRespectively(t *testing.T) {
	type want struct{ measure, place, period string }
	for _, c := range []struct {
		s    string
		want map[string]want
	}{
		{"In London and the North West, coverage fell by 4pp and 1pp respectively in 2022.", map[string]want{
			"4pp": {"coverage", "London", "2022"}, "1pp": {"coverage", "North West", "2022"}}},
		{"In 2021 and 2022, coverage fell by 4pp and 1pp respectively.", map[string]want{
			"4pp": {"coverage", "", "2021"}, "1pp": {"coverage", "", "2022"}}},
		{"In Devon, Dorset and Somerset coverage was 88%, 85% and 81% respectively in 2022.", map[string]want{
			"88%": {"coverage in Devon", "", "2022"}, "85%": {"coverage in Dorset", "", "2022"}, "81%": {"coverage in Somerset", "", "2022"}}},
		{"In Devon, Dorset and Somerset, 240, 150 and 90 pupils respectively were excluded in 2022.", map[string]want{
			"240": {"were excluded in Devon", "", "2022"}, "150": {"were excluded in Dorset", "", "2022"}, "90 pupils": {"were excluded in Somerset", "", "2022"}}},
		{"In Devon and Dorset coverage fell by 4pp and 1pp respectively, and in Somerset by 2pp, in 2022.", map[string]want{
			"4pp": {"coverage in Devon", "", "2022"}, "1pp": {"coverage in Dorset", "", "2022"}, "2pp": {"coverage in Somerset", "", "2022"}}},
	} {
		seen := 0
		for _, f := range itemFiguresOf(t, c.s) {
			w, ok := c.want[f.Text]
			if !ok {
				t.Errorf("%q: figure %q not wanted", c.s, f.Text)
				continue
			}
			seen++
			if f.Measure != w.measure || f.Place != w.place || f.Period != w.period {
				t.Errorf("%q: %s is %q, %q, %q; want %q, %q, %q", c.s, f.Text, f.Measure, f.Place, f.Period, w.measure, w.place, w.period)
			}
		}
		if seen != len(c.want) {
			t.Errorf("%q: %d figures, want %d", c.s, seen, len(c.want))
		}
	}
}
