package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestTornNumberNoFigure: a run of digits longer than a sentence may be
// is cut where no space is; neither piece of the cut number is a figure,
// while a figure whole beside it in the same piece still is.
func TestTornNumberNoFigure(t *testing.T) {
	for _, c := range []struct{ name, run string }{
		{"grouped", "1" + strings.Repeat(",000", 800)},
		{"digits", strings.Repeat("7", 3000)},
		{"decimal", "1" + strings.Repeat(".5", 1500)},
	} {
		t.Run(c.name, func(t *testing.T) {
			body := "The children and families in the area waited " + c.run + " weeks for an appointment, and 40% waited 12 weeks for a second one.\n"
			for _, it := range extract.Extract(parseBody(t, "P", body)) {
				for _, f := range it.Figures {
					if len(f.Text) > 0 && strings.Trim(f.Text, "0123456789,.") == "" && len(f.Text) > 6 || strings.HasPrefix(f.Text, "0") {
						t.Errorf("a piece of the cut number is a figure: %.40q (value %v) in %.60q", f.Text, f.Value, it.Text)
					}
				}
			}
			found := false
			for _, it := range extract.Extract(parseBody(t, "P", body)) {
				for _, f := range it.Figures {
					if f.Text == "40%" {
						found = true
					}
				}
			}
			if !found {
				t.Errorf("40%% beside the cut number is no figure")
			}
		})
	}
}
