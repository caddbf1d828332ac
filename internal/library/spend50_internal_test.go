package library

import "testing"

// TestHeadingBesideNumber: a heading's wrapped line level with a number
// another column's text wrapped onto its own line is no data row; a
// label and figures of one size are. Pieces written for this test.
func TestHeadingBesideNumber(t *testing.T) {
	for _, c := range []struct {
		ps   []*piece
		want bool
	}{
		{[]*piece{{text: "our families", size: 18, bold: true}, {text: "402", size: 11.7}}, true},
		{[]*piece{{text: "Median wait (weeks)", size: 11.7}, {text: "14", size: 11.7}, {text: "19", size: 11.7}}, false},
		{[]*piece{{text: "Total referrals", size: 12, bold: true}, {text: "1,204", size: 12, bold: true}}, false},
	} {
		if got := headingBesideNumber(c.ps); got != c.want {
			t.Errorf("%q: got %v, want %v", c.ps[0].text, got, c.want)
		}
	}
}
