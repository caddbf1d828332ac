// Package facets draws the explorer's two filter rows: the theme bar with
// the count of matching items per theme, and the kinds row (keys 1-4).
package facets

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui/styles"
)

// Theme is a theme as the bar shows it.
type Theme struct {
	ID, Label, Short string
}

// Model holds the filters' state and their counts.
type Model struct {
	themes      []Theme
	selected    map[string]bool
	kind        evidence.Kind // "" means all kinds
	themeCounts map[string]int
	kindCounts  map[string]int
}

// New makes the rows for a taxonomy.
func New(themes []Theme) Model {
	return Model{themes: themes, selected: map[string]bool{}, themeCounts: map[string]int{}, kindCounts: map[string]int{}}
}

// Themes lists every theme in taxonomy order.
func (m Model) Themes() []Theme { return m.themes }

// SetCounts takes the theme and kind facets of a search result.
func (m *Model) SetCounts(f map[string][]index.FacetCount) {
	m.themeCounts, m.kindCounts = toMap(f[index.FieldTheme]), toMap(f[index.FieldKind])
}

func toMap(fs []index.FacetCount) map[string]int {
	out := map[string]int{}
	for _, f := range fs {
		out[f.Value] = f.Count
	}
	return out
}

// ThemeCount is the number of matching items with a theme.
func (m Model) ThemeCount(id string) int { return m.themeCounts[id] }

// SelectedThemes lists the chosen theme ids in taxonomy order.
func (m Model) SelectedThemes() []string {
	var out []string
	for _, t := range m.themes {
		if m.selected[t.ID] {
			out = append(out, t.ID)
		}
	}
	return out
}

// SetThemes replaces the chosen themes.
func (m *Model) SetThemes(ids []string) {
	m.selected = map[string]bool{}
	for _, id := range ids {
		m.selected[id] = true
	}
}

// Kind is the chosen kind, "" for all.
func (m Model) Kind() evidence.Kind { return m.kind }

// SetKind chooses a kind, "" for all.
func (m *Model) SetKind(k evidence.Kind) { m.kind = k }

// Kinds is the kind filter as a list for a search request.
func (m Model) Kinds() []evidence.Kind {
	if m.kind == "" {
		return nil
	}
	return []evidence.Kind{m.kind}
}

// ThemeRow renders "Themes  All  Waiting lists 7  ..." cut to width. Chosen
// themes are bracketed as well as coloured; themes with no matches are
// left out unless chosen.
func (m Model) ThemeRow(st styles.Styles, width int) string {
	chips := []string{}
	if len(m.selected) == 0 {
		chips = append(chips, st.ChipActive.Render("[All]"))
	} else {
		chips = append(chips, st.Chip.Render("All"))
	}
	for _, t := range m.themes {
		n := m.themeCounts[t.ID]
		label := fmt.Sprintf("%s %d", t.Short, n)
		switch {
		case m.selected[t.ID]:
			chips = append(chips, st.ChipActive.Render("["+label+"]"))
		case n > 0:
			chips = append(chips, st.Chip.Render(label))
		}
	}
	return ansi.Truncate(st.RowLabel.Render("Themes")+strings.Join(chips, "  "), width, "…")
}

// KindRow renders "Kinds   1 all · 2 statistics 14 · ...", the chosen kind bracketed.
func (m Model) KindRow(st styles.Styles, width int) string {
	total := 0
	for _, n := range m.kindCounts {
		total += n
	}
	entries := []struct {
		key, name string
		kind      evidence.Kind
		n         int
	}{
		{"1", "all", "", total},
		{"2", "statistics", evidence.Statistic, m.kindCounts[string(evidence.Statistic)]},
		{"3", "recommendations", evidence.Recommendation, m.kindCounts[string(evidence.Recommendation)]},
		{"4", "excerpts", evidence.Excerpt, m.kindCounts[string(evidence.Excerpt)]},
	}
	var parts []string
	for _, e := range entries {
		label := fmt.Sprintf("%s %d", e.name, e.n)
		if e.kind == m.kind {
			parts = append(parts, st.ChipKey.Render(e.key)+" "+st.ChipActive.Render("["+label+"]"))
		} else {
			parts = append(parts, st.ChipKey.Render(e.key)+" "+st.Chip.Render(label))
		}
	}
	return ansi.Truncate(st.RowLabel.Render("Kinds")+strings.Join(parts, st.Muted.Render(" · ")), width, "…")
}
