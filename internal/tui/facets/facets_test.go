package facets_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui/facets"
	"github.com/cypx/cypx/internal/tui/styles"
)

func TestRowsShowCountsAndBracketTheChosen(t *testing.T) {
	m := facets.New([]facets.Theme{{"waiting-lists", "Waiting lists and access", "Waiting lists"}, {"transitions", "Transitions", "Transitions"}, {"adhd-autism", "ADHD and autism", "ADHD & autism"}})
	m.SetCounts(map[string][]index.FacetCount{
		"theme": {{Value: "waiting-lists", Count: 7}, {Value: "adhd-autism", Count: 3}},
		"kind":  {{Value: "statistic", Count: 14}, {Value: "excerpt", Count: 2}},
	})
	st := styles.New(true)
	row := ansi.Strip(m.ThemeRow(st, 200))
	if row != "Themes  [All]  Waiting lists 7  ADHD & autism 3" {
		t.Errorf("theme row %q", row)
	}
	m.SetThemes([]string{"transitions"})
	m.SetKind(evidence.Statistic)
	if row := ansi.Strip(m.ThemeRow(st, 200)); !strings.Contains(row, "[Transitions 0]") || strings.Contains(row, "[All]") {
		t.Errorf("chosen theme with no matches must show, bracketed: %q", row)
	}
	if row := ansi.Strip(m.KindRow(st, 200)); row != "Kinds   1 all 16 · 2 [statistics 14] · 3 recommendations 0 · 4 excerpts 2" {
		t.Errorf("kind row %q", row)
	}
	if w := ansi.StringWidth(m.ThemeRow(st, 20)); w > 20 {
		t.Errorf("row of width %d at 20 columns", w)
	}
}
