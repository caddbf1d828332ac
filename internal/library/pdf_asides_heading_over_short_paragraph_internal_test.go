package library

import "testing"

// TestHeadingOverAShortParagraphIsNoSidebar: in a two-column page, a
// heading set over a one-line lead-in in the body's font ("What we ask
// for" over "We are asking ministers to:") is the column's next section,
// though the heading's line is not the body's font: read as a sidebar, it
// moved to the end of the document, away from the list it leads into. A
// block in a smaller font beside the body text is still a sidebar. The
// lines are written for this test.
func TestHeadingOverAShortParagraphIsNoSidebar(t *testing.T) {
	line := func(x0, y float64, size float64, bold bool, text string) *piece {
		return &piece{x0: x0, x1: x0 + 220, y0: y, y1: y + size, size: size, bold: bold, family: "Sans", text: text}
	}
	mk := func(ps ...*piece) *block {
		b := &block{kind: textBlock, x0: ps[0].x0, y0: ps[0].y0, x1: ps[0].x1, y1: ps[0].y1}
		for _, p := range ps {
			b.lines = append(b.lines, p)
			b.grow(p)
		}
		return b
	}
	left := mk(line(50, 100, 11, false, "Families in the poorest areas wait longest for"),
		line(50, 114, 11, false, "speech and language therapy, and many give up"),
		line(50, 128, 11, false, "before their child is seen."))
	headed := mk(line(310, 100, 14, true, "What we ask for"),
		line(310, 118, 11, false, "We are asking ministers to:"))
	small := mk(line(310, 200, 8, false, "Registered charity no. 1190000"),
		line(310, 210, 8, false, "hello@example.org"))
	leftLow := mk(line(50, 200, 11, false, "Health visitors in these areas carry the largest"),
		line(50, 214, 11, false, "caseloads in the region."))
	l := &layout{body: fontKey{size: 11, family: "Sans"}}
	l.markAsides([]*block{left, headed, small, leftLow})
	if headed.aside {
		t.Errorf("a heading over a one-line paragraph in the body's font was read as a sidebar")
	}
	if !small.aside {
		t.Errorf("a block in a smaller font beside the body text was not read as a sidebar")
	}
}
