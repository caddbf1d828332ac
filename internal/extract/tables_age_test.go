package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestChronologyAgesAreNoFigures: a chronology's cells that open with
// the child's age at each event ("7 months Moved to ...") read no figure
// from the age, where the age's column and the event's run together in a
// PDF; a count later in the event is still read. Written for this test.
func TestChronologyAgesAreNoFigures(t *testing.T) {
	doc := "| Date | Child B’s Event age | Agency |\n|---|---|---|\n" +
		"| 3 Mar 2021 | 7 months Family moved to a hostel in the next borough, and no health visitor was told. | Housing |\n" +
		"| Jul 2022 | 2 years 3 Nursery reports 14 missed sessions in one term to the family. months | Nursery |\n"
	items := extract.Extract(parseBody(t, "P", doc))
	var stats []string
	for _, it := range items {
		if it.Kind == evidence.Statistic {
			stats = append(stats, it.Text)
			for _, f := range it.Figures {
				if f.Value == 7 || f.Value == 2 {
					t.Errorf("age read as a figure %q in %q", f.Text, it.Text)
				}
			}
		}
	}
	if len(stats) != 1 {
		t.Errorf("statistics %q, want only the row with 14 missed sessions", stats)
	}
}
