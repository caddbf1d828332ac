package tui

import (
	"context"
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/viz"
)

// chartMsg carries the statistics of the current results for the chart.
type chartMsg struct {
	items []evidence.Item
	err   error
}

// mapMsg carries the evidence map of the current results.
type mapMsg struct {
	matrix viz.Matrix
	err    error
}

// chartLimit is how many statistics the chart draws.
const chartLimit = 300

func (m *Model) openChart() tea.Cmd {
	m.setState(screenChart, overlayNone, focusList)
	req, s := m.request(), m.opts.Searcher
	req.Kinds, req.Limit, req.NoFacets, req.NoMatches = []evidence.Kind{evidence.Statistic}, chartLimit, true, true
	return func() tea.Msg {
		res, err := s.Search(context.Background(), req)
		items := make([]evidence.Item, len(res.Hits))
		for i, h := range res.Hits {
			items[i] = h.Item
		}
		return chartMsg{items: items, err: err}
	}
}

// openMap counts the current results (query and kind; not the theme
// filter, which the map's rows replace) by theme and source or publisher.
func (m *Model) openMap(by string) tea.Cmd {
	m.setState(screenMap, overlayNone, focusList)
	req, s := m.request(), m.opts.Searcher
	req.Themes = nil
	var themes []viz.Theme
	for _, t := range m.opts.Themes {
		themes = append(themes, viz.Theme{ID: t.ID, Label: t.Label})
	}
	sources := m.opts.Sources
	return func() tea.Msg {
		x, err := viz.BuildMatrix(context.Background(), s, req, themes, sources, by)
		return mapMsg{matrix: x, err: err}
	}
}

func (m Model) updateChartKey(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	km := m.keys
	switch {
	case key.Matches(k, km.Back), key.Matches(k, km.Chart):
		if it, ok := m.chart.Selected(); ok {
			m.results.SelectID(it.ID)
			m.syncDetail()
		}
		m.setState(screenBrowse, overlayNone, focusList)
	case key.Matches(k, km.Up):
		m.chart.Move(-1)
	case key.Matches(k, km.Down):
		m.chart.Move(1)
	case key.Matches(k, km.PageUp):
		m.chart.Move(-10)
	case key.Matches(k, km.PageDown):
		m.chart.Move(10)
	case key.Matches(k, km.Regroup):
		m.chart.ToggleGrouping()
	case key.Matches(k, km.Copy):
		if it, ok := m.chart.Selected(); ok {
			return m, m.resolveFor(forCopy, evidence.StylePlain, it)
		}
	}
	return m, nil
}

func (m Model) updateMapKey(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	km := m.keys
	switch {
	case key.Matches(k, km.Back), key.Matches(k, km.Map):
		m.setState(screenBrowse, overlayNone, focusList)
	case key.Matches(k, km.Up):
		m.evmap.Move(-1, 0)
	case key.Matches(k, km.Down):
		m.evmap.Move(1, 0)
	case k.String() == "left" || k.String() == "h":
		m.evmap.Move(0, -1)
	case k.String() == "right" || k.String() == "l":
		m.evmap.Move(0, 1)
	case key.Matches(k, km.Regroup):
		by := "publisher"
		if m.evmap.By() == "publisher" {
			by = "source"
		}
		return m, m.openMap(by)
	case k.String() == "enter":
		theme, col, n, ok := m.evmap.Cell()
		if !ok {
			return m, nil
		}
		m.facets.SetThemes([]string{theme})
		m.sourceFilter, m.publisherFilter = nil, nil
		if m.evmap.By() == "publisher" {
			m.publisherFilter = []string{col}
		} else {
			m.sourceFilter = []string{col}
		}
		m.status.Info("Showing " + plural(n, "item") + " on " + m.themeLabels()[theme] + " from " + col + " · esc clears")
		m.setState(screenBrowse, overlayNone, focusList)
		return m, m.newSearch()
	}
	return m, nil
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
	m.chart.SetItems(msg.items)
}

// applyMap takes the map's counts.
func (m *Model) applyMap(msg mapMsg) {
	if msg.err != nil {
		m.status.Error(msg.err.Error())
		return
	}
	m.evmap.SetMatrix(msg.matrix)
}
