package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/measure"
)

// TestNoteBracketAfterIsASourcesNote: a bracket right after a value that
// cites a work or dates the figure, "(Surrey Heartlands, March 2024)",
// "(England, March 2024)", "(DfE, 2023/24)", "(Jones 2021)", is a note
// the figure reader reads past (its length); a statement, a comparator or
// a bracket apart from the value is none (hostile check 69).
func TestNoteBracketAfterIsASourcesNote(t *testing.T) {
	for _, c := range []struct {
		after string
		want  int
	}{
		{" (Surrey Heartlands, March 2024), the highest on record.", len(" (Surrey Heartlands, March 2024)")},
		{" (England, March 2024).", len(" (England, March 2024)")},
		{"(DfE, 2023/24).", len("(DfE, 2023/24)")},
		{" (Jones 2021)", len(" (Jones 2021)")},
		{" (up from 980 in 2023).", 0},
		{" (2022: 1,150).", 0},
		{" (see chapter four).", 0},
		{" children (Jones 2021).", 0},
	} {
		if got := measure.NoteBracketAfter(c.after); got != c.want {
			t.Errorf("%q: %d, want %d", c.after, got, c.want)
		}
	}
}
