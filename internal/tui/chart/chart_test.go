package chart_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/tui/chart"
	"github.com/cypx/cypx/internal/tui/styles"
)

func stat(id, pub string, v float64) evidence.Item {
	text := strings.Repeat("x", 3) + " " + id
	return evidence.Item{ID: id, Kind: evidence.Statistic, Text: text, Source: evidence.Source{Publisher: pub, Date: evidence.Date{Year: 2024}},
		Figures: []evidence.Figure{{Text: "%", Value: v, Unit: evidence.UnitPercent}}}
}

func TestChartSelectsBarsAndRegroups(t *testing.T) {
	var m chart.Model
	m.SetItems([]evidence.Item{stat("a", "Zeta", 20), stat("b", "Alpha", 80), stat("c", "Zeta", 50)})
	if m.Bars() != 3 {
		t.Fatalf("%d bars", m.Bars())
	}
	if it, _ := m.Selected(); it.ID != "b" {
		t.Errorf("first bar is %s, want the largest (b)", it.ID)
	}
	m.Move(5)
	if it, _ := m.Selected(); it.ID != "a" {
		t.Errorf("last bar is %s, want a", it.ID)
	}
	m.ToggleGrouping()
	if it, _ := m.Selected(); !m.BySource() || it.ID != "b" {
		t.Errorf("grouped by source, the first bar is %s", it.ID)
	}
	m.SetSize(80, 10)
	v := ansi.Strip(m.View(styles.New(true)))
	if !strings.Contains(v, "grouped by source") || !strings.Contains(v, "▌") || strings.Count(v, "Zeta") != 2 {
		t.Errorf("view:\n%s", v)
	}
	if !strings.Contains(v, "█ the figure") {
		t.Errorf("the chart should say what its columns are:\n%s", v)
	}
	var empty chart.Model
	if !strings.Contains(ansi.Strip(empty.View(styles.New(true))), "No statistics") {
		t.Error("an empty chart should say so")
	}
}

// TestChartKeepsTheSelectedBarOnScreen: moving down a long chart scrolls
// it (the scroll is kept by Move, not worked out while drawing).
func TestChartKeepsTheSelectedBarOnScreen(t *testing.T) {
	var items []evidence.Item
	for i := 0; i < 40; i++ {
		items = append(items, stat(string(rune('A'+i)), "P", float64(100-i)))
	}
	var m chart.Model
	m.SetSize(60, 8)
	m.SetItems(items)
	st := styles.New(true)
	for i := 0; i < 30; i++ {
		m.Move(1)
		v := ansi.Strip(m.View(st))
		if !strings.Contains(v, "▌") || strings.Count(v, "\n")+1 != 8 {
			t.Fatalf("after %d moves the selected bar is off screen or the view is not 8 lines:\n%s", i+1, v)
		}
	}
	if it, _ := m.Selected(); it.ID != string(rune('A'+30)) {
		t.Errorf("selected %s", it.ID)
	}
}
