package tui

import (
	"context"
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/tui/chart"
	"github.com/cypx/cypx/internal/tui/evmap"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/styles"
	"github.com/cypx/cypx/internal/viz"
)

// chartMsg carries the statistics of the current results for the chart.
type chartMsg struct {
	items []evidence.Item
	secs  []viz.Section
	err   error
}

// mapMsg carries the evidence map of the current results.
type mapMsg struct {
	matrix viz.Matrix
	err    error
}

// chartLimit is how many statistics the chart draws.
const chartLimit = 300

// The chart's and the map's actions.
type (
	// closeOnItem goes back to the list with an item selected; label
	// names it if the list cannot show it.
	closeOnItem struct{ id, label string }
	// regroupMap counts the map again by source or publisher.
	regroupMap struct{ by string }
	// filterCell filters the results to a map cell's theme and column.
	filterCell struct {
		theme, col, by, label string
		n                     int
	}
)

// chartView is the chart screen.
type chartView struct {
	keys  keys.KeyMap
	chart chart.Model
}

func (c *chartView) setSize(width, height int) { c.chart.SetSize(width, height) }

func (c *chartView) update(msg tea.Msg) (action, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	km := c.keys
	switch {
	case key.Matches(k, km.Back), key.Matches(k, km.Chart):
		if it, ok := c.chart.Selected(); ok {
			return closeOnItem{it.ID, itemLabel(it)}, true
		}
		return closeScreen{}, true
	case key.Matches(k, km.Up):
		c.chart.Move(-1)
	case key.Matches(k, km.Down):
		c.chart.Move(1)
	case key.Matches(k, km.PageUp):
		c.chart.Move(-c.chart.Page())
	case key.Matches(k, km.PageDown):
		c.chart.Move(c.chart.Page())
	case key.Matches(k, km.Top):
		c.chart.Move(-c.chart.Bars())
	case key.Matches(k, km.End):
		c.chart.Move(c.chart.Bars())
	case key.Matches(k, km.Regroup):
		c.chart.ToggleGrouping()
	case key.Matches(k, km.Copy):
		if it, ok := c.chart.Selected(); ok {
			return copyItem{it: it, style: evidence.FormatPlain}, true
		}
	}
	return nil, true
}

func (c *chartView) view(st styles.Styles) string { return c.chart.View(st) }

func (c *chartView) help() [][]key.Binding { return c.keys.ChartKeys() }

// mapView is the evidence map screen.
type mapView struct {
	keys keys.KeyMap
	evm  evmap.Model
}

func (v *mapView) setSize(width, height int) { v.evm.SetSize(width, height) }

func (v *mapView) update(msg tea.Msg) (action, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	km := v.keys
	switch {
	case key.Matches(k, km.Back), key.Matches(k, km.Map):
		return closeScreen{}, true
	case key.Matches(k, km.Up):
		v.evm.Move(-1, 0)
	case key.Matches(k, km.Down):
		v.evm.Move(1, 0)
	case key.Matches(k, km.Left):
		v.evm.Move(0, -1)
	case key.Matches(k, km.Right):
		v.evm.Move(0, 1)
	case key.Matches(k, km.Top):
		v.evm.Move(-1<<20, 0)
	case key.Matches(k, km.End):
		v.evm.Move(1<<20, 0)
	case key.Matches(k, km.Regroup):
		by := "publisher"
		if v.evm.By() == "publisher" {
			by = "source"
		}
		return regroupMap{by}, true
	case key.Matches(k, km.Submit):
		if theme, col, n, ok := v.evm.Cell(); ok {
			return filterCell{theme: theme, col: col, by: v.evm.By(), label: v.evm.ColumnName(), n: n}, true
		}
	}
	return nil, true
}

func (v *mapView) view(st styles.Styles) string { return v.evm.View(st) }

func (v *mapView) help() [][]key.Binding { return v.keys.MapKeys() }

func (m *Model) openChart() tea.Cmd {
	m.setState(screenChart, focusList)
	req, s := m.request(), m.opts.Searcher
	// The chart is of what the list shows (viz.ChartKinds, as 'cypx
	// chart' reads --kind): recommendations alone hold no figures to draw.
	kinds, why := viz.ChartKinds(req.Kinds)
	if why != "" {
		m.chartView.chart.SetNone(why + " · 1 shows all kinds, 2 statistics alone · esc back")
		return nil
	}
	req.Kinds, req.Limit, req.Matches = kinds, chartLimit, false
	bySource := m.chartView.chart.BySource()
	return func() tea.Msg {
		res, err := s.Search(context.Background(), req)
		items := make([]evidence.Item, len(res.Hits))
		for i, h := range res.Hits {
			items[i] = h.Item
		}
		// Bounded data (chartLimit items of at most extract.MaxFigures
		// figures each), laid out here rather than on the update loop.
		return chartMsg{items: items, secs: viz.Sections(items, bySource), err: err}
	}
}

// openMap counts the current results (query and kind; not the theme
// filter, which the map's rows replace) by theme and source or publisher.
func (m *Model) openMap(by string) tea.Cmd {
	m.setState(screenMap, focusList)
	req, s := m.request(), m.opts.Searcher
	req.Themes = nil
	var themes []viz.Theme
	for _, t := range m.cat.themes {
		themes = append(themes, viz.Theme{ID: t.ID, Label: t.Label})
	}
	sources := m.cat.sources
	return func() tea.Msg {
		x, err := viz.BuildMatrix(context.Background(), s, req, themes, sources, by)
		return mapMsg{matrix: x, err: err}
	}
}

// applyFilterCell filters the results to a map cell.
func (m *Model) applyFilterCell(a filterCell) tea.Cmd {
	m.facets.SetThemes([]string{a.theme})
	m.sourceFilter, m.publisherFilter = nil, nil
	if a.by == "publisher" {
		m.publisherFilter = []string{a.col}
	} else {
		m.sourceFilter = []string{a.col}
	}
	m.filterLabel = a.label
	m.status.Info("Showing " + plural(a.n, "item") + " on " + m.cat.labels[a.theme] + " from " + a.col + " · esc clears")
	m.setState(screenBrowse, focusList)
	m.layout()
	return m.newSearch()
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// applyChart takes the chart's statistics.
func (m *Model) applyChart(msg chartMsg) {
	if msg.err != nil {
		m.status.Error(msg.err.Error())
		return
	}
	m.chartView.chart.SetSections(msg.items, msg.secs)
}

// applyMap takes the map's counts.
func (m *Model) applyMap(msg mapMsg) {
	if msg.err != nil {
		m.status.Error(msg.err.Error())
		return
	}
	m.mapView.evm.SetMatrix(msg.matrix)
}
