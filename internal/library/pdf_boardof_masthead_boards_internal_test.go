package library

import "testing"

// TestMastheadBoardNamedInAPaperLine checks that a board paper's cover,
// "Report to the Board of NHS Eastmarsh and Kellow" over "Integrated
// Care Board" set large under the title, names the whole board, not the
// second line's words alone (set 26 spent).
func TestMastheadBoardNamedInAPaperLine(t *testing.T) {
	line := func(y float64, size float64, text string) *row {
		return &row{y0: y, y1: y + size, frags: []*frag{{x0: 72, y0: y, x1: 400, y1: y + size, size: size, text: text}}}
	}
	rs := []*row{
		line(200, 16, "Report to the Board of NHS Eastmarsh and Kellow"),
		line(218, 16, "Integrated Care Board"),
		line(260, 11, "Meeting in public, 5 March 2026"),
	}
	if got, want := mastheadOrg(rs, 11), "NHS Eastmarsh and Kellow Integrated Care Board"; got != want {
		t.Errorf("masthead %q, want %q", got, want)
	}
}
