package extract

import (
	"strings"
	"testing"
)

// TestMakeupWithElidedModal: a make-up a writer would welcome or will
// invite, the modal elided into the subject ("We'd also welcome two or
// three parents", "We'll invite two young people"), is no figure, as
// "We would welcome two parent representatives" is not; what a group had
// done ("She'd recruited four nurses") stays one. Written for this test.
func TestMakeupWithElidedModal(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"We'd also welcome two or three parents to join the steering group, which meets every other month.", nil},
		{"We’ll invite two young people to sit on the interview panel.", nil},
		// Near-misses.
		{"She'd recruited four nurses by the time the unit opened.", []string{"four nurses"}},
		{"We'd seen 40 families by the end of March.", []string{"40 families"}},
	}
	for _, c := range cases {
		var got []string
		for _, f := range Figures(c.in) {
			got = append(got, f.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: figures %q, want %q", c.in, got, c.want)
		}
	}
}
