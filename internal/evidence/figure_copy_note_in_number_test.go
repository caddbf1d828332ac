package evidence_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestNotesAroundAThousandsCommaKeepIt: footnote references on either
// side of a number's thousands comma ("2[^3],[^4]750") are left out of
// the figure's copy and the comma stays: "2,750 nurses", as a reader
// sees it (hostile check 85, L2: copied "2750 nurses"); a series of
// references after a number ("640[^1],[^2] nurses") is still left out
// whole.
func TestNotesAroundAThousandsCommaKeepIt(t *testing.T) {
	for in, want := range map[string]string{
		"Nearly 2[^3],[^4]750 nurses": "Nearly 2,750 nurses",
		"About 4[^1],[^2]100 pupils":  "About 4,100 pupils",
		"Some 640[^1],[^2] nurses":    "Some 640 nurses",
	} {
		if got := (evidence.Figure{Text: in}).Shown(); got != want {
			t.Errorf("%q shown %q, want %q", in, got, want)
		}
	}
}
