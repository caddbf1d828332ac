// Package viz draws evidence as text: bar charts of statistics' figures
// and an evidence map of themes by source. It draws with characters only
// (bars of █ and shading of ░▒▓█), so its output reads without colour and
// serves both the CLI and the explorer.
package viz

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
)

// Bar is one figure of one finding.
type Bar struct {
	// Item points into the items charted: a copy per figure cost 57 MB
	// at the chart's bound of 19,200 bars.
	Item   *evidence.Item
	Figure evidence.Figure
}

// Section is the bars of one unit, drawn on their own scale: percentages
// never share an axis with counts or money.
type Section struct {
	Title string
	Unit  evidence.Unit
	Bars  []Bar
	// Scale is the value of a full bar: 100 for percentages, the largest
	// figure for other units.
	Scale float64
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

// ChartKinds is what a chart of the items of the kinds asked for (none:
// every kind) draws, by one rule for the explorer's chart and 'cypx
// chart': the figures of the statistics among them. When the kinds asked
// for hold no statistics there is nothing to chart, and why says so ("No
// figures among recommendations: …"), so the chart never draws
// statistics the list does not show.
func ChartKinds(asked []evidence.Kind) (kinds []evidence.Kind, why string) {
	if len(asked) == 0 || slices.Contains(asked, evidence.Statistic) {
		return []evidence.Kind{evidence.Statistic}, ""
	}
	names := make([]string, len(asked))
	for i, k := range asked {
		names[i] = string(k) + "s"
	}
	return nil, "No figures among " + strings.Join(names, " and ") + ": the chart draws the figures of statistics"
}

// Sections makes the chart of statistics: one bar per figure measured (no
// base or threshold: evidence.Role.Measured), in sections by unit, sorted
// by value (largest first) or grouped by source.
func Sections(items []evidence.Item, bySource bool) []Section {
	byUnit := map[evidence.Unit][]Bar{}
	for i := range items {
		it := &items[i]
		if it.Kind != evidence.Statistic {
			continue
		}
		for _, f := range it.Figures {
			// The 18 weeks of "45% waited over 18 weeks" and the 1,200 of
			// "our survey of 1,200 parents" stood as bars among the waits
			// and counts found, which no badge or link takes them for.
			if f.Role.Measured() {
				byUnit[f.Unit] = append(byUnit[f.Unit], Bar{Item: it, Figure: f})
			}
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
		scale := 100.0
		if s.unit != evidence.UnitPercent {
			scale = 0
			for _, b := range bars {
				scale = math.Max(scale, b.Figure.Value)
			}
		}
		out = append(out, Section{Title: s.title, Unit: s.unit, Bars: bars, Scale: scale})
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
	out := Layout(secs)
	for i, l := range out {
		if l.Bar >= 0 {
			out[i].Text = BarLine(secs, l.Bar, width)
		}
	}
	return out
}

// Layout is the chart's lines without the bars drawn: section headings
// and blank lines with their text, and one line per bar with only its
// index, for a view that draws the bars it shows (BarLine) and not the
// 19,200 a chart can hold.
func Layout(secs []Section) []ChartLine {
	var out []ChartLine
	idx := 0
	for si, s := range secs {
		if si > 0 {
			out = append(out, ChartLine{Bar: -1})
		}
		out = append(out, ChartLine{Text: fmt.Sprintf("%s · %d", s.Title, len(s.Bars)), Bar: -1})
		for range s.Bars {
			out = append(out, ChartLine{Bar: idx})
			idx++
		}
	}
	return out
}

// BarLine draws bar i over all sections at a width, its text escaped as
// the CLI escapes it (evidence.ShownOneLine, evidence.Printable).
func BarLine(secs []Section, i, width int) string { return barLine(secs, i, width, false) }

// ScreenBarLine is BarLine for the explorer's chart: its text in the
// explorer's steady form (evidence.ScreenOneLine, evidence.ScreenLine),
// the publisher measured as it is shown. Before, a publisher or claim
// holding an emoji sequence was measured two cells and drawn over six,
// and the line lost the pane's right border (issue 15).
func ScreenBarLine(secs []Section, i, width int) string { return barLine(secs, i, width, true) }

func barLine(secs []Section, i, width int, screen bool) string {
	var s Section
	for _, s = range secs {
		if i < len(s.Bars) {
			break
		}
		i -= len(s.Bars)
	}
	if i < 0 || i >= len(s.Bars) {
		return ""
	}
	b := s.Bars[i]
	const figW = 7
	srcW := 22
	labelW := clamp(width*2/5, 12, 60)
	barW := width - labelW - figW - srcW - 4
	if barW < 6 {
		barW, labelW = 6, max0(width-figW-srcW-10)
		// With no room left for a label, the source gives up cells, its
		// publisher shortened and its year kept (sourceYear): the line
		// was wider than the chart, and the pane's edge cut the year
		// ("Healthcare Leader 20") at 40 columns.
		srcW = max(4, min(srcW, width-figW-barW-4))
	}
	// Cut between words: a label cut in a number ("(59…") misreads.
	shownLabel := evidence.ShownOneLine
	if screen {
		shownLabel = evidence.ScreenOneLine
	}
	label := fit.Words(shownLabel(claim(b, labelW)), labelW)
	label += strings.Repeat(" ", max0(labelW-ansi.StringWidth(label)))
	fill := 0
	if s.Scale > 0 {
		fill = int(math.Round(b.Figure.Value / s.Scale * float64(barW)))
	}
	fill = clamp(fill, 0, barW)
	if b.Figure.Value > 0 && fill == 0 {
		fill = 1 // a non-zero figure is never drawn as nothing
	}
	bar := strings.Repeat("█", fill) + strings.Repeat("░", barW-fill)
	if screen {
		src := sourceYear(evidence.ScreenLine(b.Item.Source.Publisher), b.Item.Source.Date.Year, srcW)
		return fmt.Sprintf("%s %s %*s  %s", label, bar, figW, b.Figure.Badge(), src)
	}
	src := sourceYear(b.Item.Source.Publisher, b.Item.Source.Date.Year, srcW)
	return fmt.Sprintf("%s %s %*s  %s", label, bar, figW, b.Figure.Badge(), evidence.Printable(src))
}

// claim is the text a bar is labelled with: the sentence from its start,
// or, for a later figure of the sentence, from a few words before it.
func claim(b Bar, width int) string {
	t := b.Item.Text
	at := b.Figure.Offset
	if at <= 20 || at > len(t) {
		return head(t, width)
	}
	start := at - 20
	for start < at && t[start] != ' ' {
		start++
	}
	return "…" + head(strings.TrimSpace(t[start:]), width)
}

// head is the start of a label's text, enough to fill width cells (a cell
// takes at most 4 bytes of UTF-8), with " …" where it was cut. Without it every bar's label cleaned, escaped and
// measured the rest of its item: 4 s for the chart's 19,200 bars at most.
func head(s string, width int) string {
	n := 4*width + 16
	if len(s) <= n {
		return s
	}
	return evidence.Prefix(s, n) + " …"
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
