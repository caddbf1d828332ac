package library

import "testing"

// TestMastheadNotTheEndOfAWrappedLine checks that under a title a line
// ending a line wrapped from the row above ("Speech and language therapy
// and audiology, Westvale" over "Community Health NHS Trust", the
// provider a visit report is about) is no masthead, though it reads as a
// body's name alone; a name set apart under the title still is.
func TestMastheadNotTheEndOfAWrappedLine(t *testing.T) {
	line := func(y float64, size float64, text string) *row {
		return &row{y0: y, y1: y + size, frags: []*frag{{x0: 72, y0: y, x1: 400, y1: y + size, size: size, text: text}}}
	}
	wrapped := []*row{
		line(300, 16, "Speech and language therapy and audiology, Westvale"),
		line(318, 16, "Community Health NHS Trust"),
		line(400, 11, "November 2025"),
	}
	if got := mastheadOrg(wrapped, 11); got != "" {
		t.Errorf("masthead %q from a wrapped line's end, want none", got)
	}
	apart := []*row{
		line(300, 16, "Speech and language therapy and audiology"),
		line(360, 16, "Westvale Community Health NHS Trust"),
	}
	if got, want := mastheadOrg(apart, 11), "Westvale Community Health NHS Trust"; got != want {
		t.Errorf("masthead %q, want %q", got, want)
	}
}
