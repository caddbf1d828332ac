package library

import "testing"

// TestSeriesPlaceIsNoSubtitle: a line under a title that names only the
// document's place in a series ("Living Well section, chapter 3", "Part
// 3", "Volume 2, part 1") is no subtitle, as a line naming its kind is
// not (set 40 spent); a line that says what the part is about stays one.
func TestSeriesPlaceIsNoSubtitle(t *testing.T) {
	for _, c := range []struct{ title, line, want string }{
		{"Oral health of young children", "Living Well section, chapter 3", "Oral health of young children"},
		{"Oral health of young children", "Part 3", "Oral health of young children"},
		{"Oral health of young children", "Volume 2, part 1", "Oral health of young children"},
		{"Oral health of young children", "Tooth decay in five-year-olds in each ward", "Oral health of young children: tooth decay in five-year-olds in each ward"},
	} {
		if got := withSubtitle(c.title, subtitleOf(c.line)); got != c.want {
			t.Errorf("%q over %q: title %q, want %q", c.title, c.line, got, c.want)
		}
	}
}
