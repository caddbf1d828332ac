package library

import "testing"

// TestBoldNumberedParagraphKeepsItsLines: a numbered paragraph set in
// bold after a marker in the body's weight ("7. " then the bold text), its
// next lines flush with the marker, is one paragraph: the first line is
// not all bold only for its marker. Before, the weight changed at the
// second line and the paragraph was cut in two there (round 25, set 25
// spent). A plain line after a bold one still starts a new unit. The
// lines are written for this test.
func TestBoldNumberedParagraphKeepsItsLines(t *testing.T) {
	fr := func(x0, x1 float64, bold bool, text string) *frag {
		return &frag{x0: x0, x1: x1, y0: 100, y1: 111, size: 11, bold: bold, family: "Sans", text: text}
	}
	first := &piece{x0: 50, x1: 500, y0: 100, y1: 111, size: 11, bold: false, family: "Sans",
		text:  "7. Councils should publish how long children wait for a wheelchair",
		frags: []*frag{fr(50, 62, false, "7. "), fr(64, 500, true, "Councils should publish how long children wait for a wheelchair")}}
	second := &piece{x0: 50, x1: 500, y0: 114, y1: 125, size: 11, bold: true, family: "Sans",
		text: "assessment in their area, and report it to the board each quarter."}
	plain := &piece{x0: 50, x1: 500, y0: 114, y1: 125, size: 11, bold: false, family: "Sans",
		text: "assessment in their area, and report it to the board each quarter."}
	l := &layout{body: fontKey{size: 11, family: "Sans"}}
	lines := []*piece{first, second}
	if l.breakBefore([]*piece{first}, second, lines, 1, 50, 500) {
		t.Errorf("a bold numbered paragraph was cut after its first line")
	}
	bold := &piece{x0: 50, x1: 500, y0: 100, y1: 111, size: 11, bold: true, family: "Sans", text: "Councils should publish how long children wait for a wheelchair"}
	if !l.breakBefore([]*piece{bold}, plain, []*piece{bold, plain}, 1, 50, 500) {
		t.Errorf("a plain line after a bold one joined it")
	}
}
