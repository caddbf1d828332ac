package chart_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/tui/chart"
	"github.com/cypx/cypx/internal/tui/styles"
	"github.com/cypx/cypx/internal/viz"
)

// boundItems is the most the chart is given: the explorer asks for 300
// statistics (chartLimit), an item holds at most 64 figures
// (extract.MaxFigures) in at most 4 KB of text (extract.MaxItemBytes).
func boundItems() []evidence.Item {
	items := make([]evidence.Item, 300)
	for i := range items {
		var b strings.Builder
		var figs []evidence.Figure
		for f := 0; f < 64; f++ {
			fmt.Fprintf(&b, "In area %d of trust %d waits grew by %d%% over the year. ", f, i, f+1)
			figs = append(figs, evidence.Figure{Text: fmt.Sprint(f+1, "%"), Value: float64(f + 1), Unit: evidence.UnitPercent, Offset: strings.LastIndex(b.String(), fmt.Sprint(f+1, "%"))})
		}
		text := b.String()
		if len(text) > 4096 {
			text = text[:4096]
		}
		items[i] = evidence.Item{ID: fmt.Sprint("s#", i), Kind: evidence.Statistic, Text: text, Figures: figs,
			Source: evidence.Source{Publisher: "NHS Providers", Date: evidence.Date{Year: 2024}}}
	}
	return items
}

// BenchmarkChartOffTheLoopAtItsBound is the chart's work done in a
// command: the sections of the largest data it can be given (19,200 bars).
func BenchmarkChartOffTheLoopAtItsBound(b *testing.B) {
	items := boundItems()
	for b.Loop() {
		viz.Sections(items, false)
	}
}

// BenchmarkChartOnTheLoopAtItsBound is what the update loop does with
// that chart: take its sections, move the selection to the last bar and
// draw a frame at 120x40.
func BenchmarkChartOnTheLoopAtItsBound(b *testing.B) {
	items := boundItems()
	secs := viz.Sections(items, false)
	st := styles.New(true)
	for b.Loop() {
		var m chart.Model
		m.SetSize(118, 36)
		m.SetSections(items, secs)
		m.Move(m.Bars())
		_ = m.View(st)
	}
}
