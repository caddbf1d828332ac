package library

import (
	"strings"
	"testing"
)

// TestTypedBulletsEndBeforeTheTextAfterThem: bullets typed as a character
// before the text, with no hanging indent, leave an item's next lines at
// the marker's place, as the paragraph after the list is; the paragraph
// follows a line that ended early, the item's own next line a full one.
// The lines are written for this test.
func TestTypedBulletsEndBeforeTheTextAfterThem(t *testing.T) {
	line := func(y, x1 float64, text string) *piece {
		return &piece{x0: 72, x1: x1, y0: y, y1: y + 10, size: 10, family: "Sans", text: text,
			frags: []*frag{{x0: 72, x1: x1, y0: y, y1: y + 10, size: 10, family: "Sans", text: text}}}
	}
	b := &block{lines: []*piece{
		line(0, 330, "• name a senior member of staff who leads on pupils’ health"),
		line(14, 520, "• make drinking water freely available throughout the school day and in"),
		line(28, 160, "Year 7 classrooms"),
		line(42, 520, "The council should keep funding the school nursing service at its current level"),
		line(56, 250, "while the results are acted on."),
	}}
	l := &layout{body: fontKey{size: 10, family: "Sans"}}
	var got []string
	for _, u := range l.units(b, 1) {
		got = append(got, u.text)
	}
	want := []string{
		"name a senior member of staff who leads on pupils’ health",
		"make drinking water freely available throughout the school day and in Year 7 classrooms",
		"The council should keep funding the school nursing service at its current level while the results are acted on.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("units:\n%q\nwant\n%q", got, want)
	}
}
