// Package facets draws the explorer's two filter rows: the theme bar with
// the count of matching items per theme, and the kinds row (keys 1-4).
package facets

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
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

// ThemeRow renders "Themes  All  Waiting lists 7  ..." in width. Chosen
// themes are bracketed as well as coloured, and always shown; themes with
// no matches are left out unless chosen. What does not fit is left out
// whole, from the end, and "…" says so: a count is never cut.
func (m Model) ThemeRow(st styles.Styles, width int) string {
	type chip struct {
		text   string
		chosen bool
	}
	var chips []chip
	if len(m.selected) == 0 {
		chips = append(chips, chip{st.ChipActive.Render("[All]"), true})
	} else {
		chips = append(chips, chip{st.Chip.Render("All"), false})
	}
	nChosen := 0
	for _, t := range m.themes {
		n := m.themeCounts[t.ID]
		label := fmt.Sprintf("%s %d", evidence.ScreenLine(t.Short), n)
		switch {
		case m.selected[t.ID]:
			chips = append(chips, chip{st.ChipActive.Render("[" + label + "]"), true})
			nChosen++
		case n > 0:
			chips = append(chips, chip{st.Chip.Render(label), false})
		}
	}
	head := st.RowLabel.Render("Themes")
	join := func(cs []chip, more bool) string {
		parts := make([]string, len(cs))
		for i, c := range cs {
			parts[i] = c.text
		}
		row := head + strings.Join(parts, "  ")
		if more {
			row += st.Muted.Render("  …")
		}
		return row
	}
	if row := join(chips, false); ansi.StringWidth(row) <= width {
		return row
	}
	// Drop unchosen chips from the end until the row fits.
	for i := len(chips) - 1; i >= 0; i-- {
		if chips[i].chosen {
			continue
		}
		chips = append(chips[:i], chips[i+1:]...)
		if row := join(chips, true); ansi.StringWidth(row) <= width {
			return row
		}
	}
	// The chosen alone do not fit: say how many, whole.
	summary := st.ChipActive.Render(fmt.Sprintf("[%d themes]", nChosen)) + st.Muted.Render("  t shows them")
	return fit.Parts([]string{head + summary}, "", width)
}

// kindNames are the kinds row's labels, from the longest form to the
// shortest; the row takes the longest that fits.
var kindNames = [][4]string{
	{"all", "statistics", "recommendations", "excerpts"},
	{"all", "stats", "recs", "excerpts"},
	{"", "", "", ""},
}

// KindRow renders "Kinds   1 all · 2 statistics 14 · ...", the chosen kind
// bracketed, with the longest labels that fit; entries that still do not
// fit are left out whole.
func (m Model) KindRow(st styles.Styles, width int) string {
	total := 0
	for _, n := range m.kindCounts {
		total += n
	}
	kinds := []evidence.Kind{"", evidence.Statistic, evidence.Recommendation, evidence.Excerpt}
	counts := []int{total, m.kindCounts[string(evidence.Statistic)], m.kindCounts[string(evidence.Recommendation)], m.kindCounts[string(evidence.Excerpt)]}
	var row string
	for _, names := range kindNames {
		var parts []string
		for i, k := range kinds {
			label := strings.TrimSpace(fmt.Sprintf("%s %d", names[i], counts[i]))
			key := st.ChipKey.Render(fmt.Sprint(i + 1))
			if k == m.kind {
				parts = append(parts, key+" "+st.ChipActive.Render("["+label+"]"))
			} else {
				parts = append(parts, key+" "+st.Chip.Render(label))
			}
		}
		row = st.RowLabel.Render("Kinds") + strings.Join(parts, st.Muted.Render(" · "))
		if ansi.StringWidth(row) <= width {
			return row
		}
	}
	return fit.Parts(strings.Split(row, st.Muted.Render(" · ")), st.Muted.Render(" · "), width)
}
