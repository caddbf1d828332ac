package extract

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// TestATargetMeasureColumnIsNoFigure: a column headed "Target median
// (weeks)" beside the median found holds levels set, no figures, as a
// "Target" column does; the found median stays.
func TestATargetMeasureColumnIsNoFigure(t *testing.T) {
	body := "| Service | Children waiting | Median wait (weeks) | Target median (weeks) |\n|---|---|---|---|\n| Children’s speech and language therapy | 1,960 | 31 | 18 |\n"
	doc, _ := corpus.Parse("sources/t.md", []byte("---\ntitle: T\npublisher: P ICB\ndate: 2025\ntype: report\n---\n"+body))
	var got []string
	for _, it := range Extract(doc) {
		for _, f := range it.Figures {
			got = append(got, f.Text)
		}
	}
	if strings.Join(got, ",") != "1,960,31" {
		t.Errorf("figures %q, want 1,960 and 31", got)
	}
	for h, want := range map[string]bool{"Target median (weeks)": true, "Target wait (days)": true, "Median wait (weeks)": false, "Target setting (n)": false} {
		if setLevelHeader(h) != want {
			t.Errorf("setLevelHeader(%q) = %v, want %v", h, !want, want)
		}
	}
}
