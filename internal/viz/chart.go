// Package viz draws evidence as text: bar charts of statistics' figures
// and an evidence map of themes by source. It draws with characters only
// (bars of █ and shading of ░▒▓█), so its output reads without colour and
// serves both the CLI and the explorer.
package viz

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
)

// Bar is one figure of one finding.
type Bar struct {
	Item   evidence.Item
	Figure evidence.Figure
}

// Section is the bars of one unit, drawn on their own scale: percentages
// never share an axis with counts or money.
type Section struct {
	Title string
	Unit  evidence.Unit
	Bars  []Bar
}

// sectionOrder and titles fix the sections' order and names.
var sectionOrder = []struct {
	unit  evidence.Unit
	title string
}{
	{evidence.UnitPercent, "Percentages (0–100%)"},
	{evidence.UnitCount, "Counts"},
	{evidence.UnitGBP, "Money (£)"},
	{evidence.UnitWeeks, "Durations (weeks)"},
	{evidence.UnitMonths, "Durations (months)"},
	{evidence.UnitYears, "Durations (years)"},
}

// Sections makes the chart of statistics: one bar per figure, in sections
// by unit, sorted by value (largest first) or grouped by source.
func Sections(items []evidence.Item, bySource bool) []Section {
	byUnit := map[evidence.Unit][]Bar{}
	for _, it := range items {
		if it.Kind != evidence.Statistic {
			continue
		}
		for _, f := range it.Figures {
			byUnit[f.Unit] = append(byUnit[f.Unit], Bar{Item: it, Figure: f})
		}
	}
	var out []Section
	for _, s := range sectionOrder {
		bars := byUnit[s.unit]
		if len(bars) == 0 {
			continue
		}
		sort.SliceStable(bars, func(i, j int) bool {
			if bySource {
				a, b := bars[i].Item.Source, bars[j].Item.Source
				if a.Publisher != b.Publisher {
					return a.Publisher < b.Publisher
				}
				if a.Date.Year != b.Date.Year {
					return a.Date.Year > b.Date.Year
				}
			}
			return bars[i].Figure.Value > bars[j].Figure.Value
		})
		out = append(out, Section{Title: s.title, Unit: s.unit, Bars: bars})
	}
	return out
}

// BarCount is the number of bars in all sections.
func BarCount(secs []Section) int {
	n := 0
	for _, s := range secs {
		n += len(s.Bars)
	}
	return n
}

// BarAt is the i-th bar over all sections.
func BarAt(secs []Section, i int) (Bar, bool) {
	for _, s := range secs {
		if i < len(s.Bars) {
			return s.Bars[i], true
		}
		i -= len(s.Bars)
	}
	return Bar{}, false
}

// ChartLine is one drawn line; Bar is the bar's index over all sections,
// or -1 for headings and blank lines.
type ChartLine struct {
	Text string
	Bar  int
}

// Chart draws the sections at a width: per bar a line
//
//	label ……………… ██████████░░░░  97%  NHS Providers 2024
//
// Percentages are scaled to 100, other units to their section's largest.
func Chart(secs []Section, width int) []ChartLine {
	var out []ChartLine
	idx := 0
	for si, s := range secs {
		if si > 0 {
			out = append(out, ChartLine{Bar: -1})
		}
		out = append(out, ChartLine{Text: fmt.Sprintf("%s · %d", s.Title, len(s.Bars)), Bar: -1})
		scale := 100.0
		if s.Unit != evidence.UnitPercent {
			scale = 0
			for _, b := range s.Bars {
				scale = math.Max(scale, b.Figure.Value)
			}
		}
		const figW, srcW = 7, 22
		labelW := clamp(width*2/5, 12, 60)
		barW := width - labelW - figW - srcW - 4
		if barW < 6 {
			barW, labelW = 6, max0(width-figW-srcW-10)
		}
		for _, b := range s.Bars {
			// Cut between words: a label cut in a number ("(59…") misreads.
			label := fit.Words(evidence.Printable(evidence.OneLine(claim(b))), labelW)
			label += strings.Repeat(" ", max0(labelW-ansi.StringWidth(label)))
			fill := 0
			if scale > 0 {
				fill = int(math.Round(b.Figure.Value / scale * float64(barW)))
			}
			fill = clamp(fill, 0, barW)
			if b.Figure.Value > 0 && fill == 0 {
				fill = 1 // a non-zero figure is never drawn as nothing
			}
			bar := strings.Repeat("█", fill) + strings.Repeat("░", barW-fill)
			src := sourceYear(b.Item.Source.Publisher, b.Item.Source.Date.Year, srcW)
			out = append(out, ChartLine{Text: fmt.Sprintf("%s %s %*s  %s", label, bar, figW, b.Figure.Badge(), evidence.Printable(src)), Bar: idx})
			idx++
		}
	}
	return out
}

// claim is the text a bar is labelled with: the sentence from its start,
// or, for a later figure of the sentence, from a few words before it.
func claim(b Bar) string {
	t := b.Item.Text
	at := b.Figure.Offset
	if at <= 20 || at > len(t) {
		return t
	}
	start := at - 20
	for start < at && t[start] != ' ' {
		start++
	}
	return "…" + strings.TrimSpace(t[start:])
}

func max0(n int) int { return max(0, n) }

// sourceYear is "publisher year" in width, the publisher shortened and the
// year kept whole: a cut year is a false date.
func sourceYear(publisher string, year, width int) string {
	y := fmt.Sprint(year)
	if whole := publisher + " " + y; ansi.StringWidth(whole) <= width {
		return whole
	}
	return ansi.Truncate(publisher, max(1, width-len(y)-1), "…") + " " + y
}

func clamp(n, lo, hi int) int { return max(lo, min(hi, n)) }
