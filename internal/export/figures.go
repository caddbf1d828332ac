package export

import (
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/evidence"
)

// FigureRow is one row of a pack's table of figures.
type FigureRow struct {
	// Figure is the figure as published ("97%").
	Figure string
	// Measure says what it measures: the clause of its sentence that
	// holds it, cut between words.
	Measure string
	// Source is the finding's citation as the pack's prose gives it,
	// without its brackets (cited.label): the work the figure is from,
	// with its year and letter (2024a), the body it is "cited in", the
	// reporter of coverage and the page, so a row and its finding credit
	// one work one way.
	Source string
	// Period is the figure's own period as extracted ("2024/25", "since
	// 2015/16"), or empty where its sentence states none: never the
	// publication year, which Source gives.
	Period string
}

// measureWords is the most a measure keeps of its clause.
const measureWords = 16

// figureRows are the headline figures of the pack's statistics, one row
// each, in the order the findings are shown, each credited by the
// citation its finding is given (one Citer.Cite each: the prose's).
// Before, a row named the work of FigureWork with its publication year:
// "NHS Providers | 2024" beside "(Health Foundation, 2024, cited in NHS
// Providers, 2024)", the reporter beside "(NHS Providers, 2024; reported
// by Gault, 2024)", no page beside "(…, 2025, p. 3)", and a figure of
// 2024/25 under "Year" 2025.
func (c cited) figureRows() []FigureRow {
	var out []FigureRow
	for _, sec := range c.sections {
		for _, ci := range sec.items {
			it := ci.item
			f, ok := it.Headline()
			if it.Kind != evidence.Statistic || !ok {
				continue
			}
			out = append(out, FigureRow{Figure: evidence.OneLine(f.Copied()), Measure: measureOf(it, f), Source: evidence.OneLine(c.figureLabel(ci, f)), Period: evidence.OneLine(f.Period)})
		}
	}
	return out
}

// label is a finding's citation as a line of its own gives it: the pack's
// in-text citation without its brackets in the author–date styles, the
// very text its prose shows ("Health Foundation, 2024, cited in NHS
// Providers, 2024"); in Vancouver and the footnote style, whose number and
// note name no work, the same citation in Harvard's words
// (evidence.ItemLabel: the same page, attribution and primary).
func (c cited) label(ci citedItem) string {
	if c.style == evidence.Harvard || c.style == evidence.APA {
		if t := ci.cit.InText; strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
			return t[1 : len(t)-1]
		}
	}
	return evidence.ItemLabel(ci.item, c.style)
}

// figureLabel is the citation of an item's figure cited by itself: the
// finding's own label, or, where the figure's citation differs from the
// finding's (a story's figure its report was not seen to state, cited to
// the story alone, as the figure copy cites it), that citation in the
// pack's style.
func (c cited) figureLabel(ci citedItem, f evidence.Figure) string {
	if alone := ci.item.ForFigure(f); alone.Primary != ci.item.Primary {
		return evidence.ItemLabel(alone, c.style)
	}
	return c.label(ci)
}

// measureOf is the clause of an item's text that holds a figure: from the
// last clause break before it (a full stop, semicolon or ", and") to the
// next one, kept to measureWords words around the figure.
func measureOf(it evidence.Item, f evidence.Figure) string {
	text := evidence.SpanMarksBlanked(evidence.OneLine(it.Text))
	at := strings.Index(text, f.Text)
	if text == evidence.SpanMarksBlanked(it.Text) && f.Offset >= 0 && f.Offset+len(f.Text) <= len(text) && text[f.Offset:f.Offset+len(f.Text)] == f.Text {
		// The figure where it stands, not the first of its text: "45%" in
		// 2024 after "45%" in 2022 measures the later clause.
		at = f.Offset
	}
	if at < 0 {
		return shorten(text, 0)
	}
	start := 0
	for _, sep := range []string{". ", "; ", ", and ", ", but ", ", while "} {
		if i := strings.LastIndex(text[:at], sep); i >= 0 && i+len(sep) > start {
			start = i + len(sep)
		}
	}
	end := len(text)
	rest := text[at+len(f.Text):]
	for _, sep := range []string{". ", "; ", ", and ", ", but ", ", while "} {
		if i := strings.Index(rest, sep); i >= 0 && at+len(f.Text)+i < end {
			end = at + len(f.Text) + i
		}
	}
	clause := strings.TrimRightFunc(text[start:end], func(r rune) bool { return unicode.IsPunct(r) && r != ')' && r != '%' })
	return shorten(clause, strings.Index(clause, f.Text))
}

// shorten keeps at most measureWords words of a clause, taken around the
// word at byte offset at, marking a cut with "…".
func shorten(clause string, at int) string {
	words := strings.Fields(clause)
	if len(words) <= measureWords {
		return clause
	}
	// The word holding the figure.
	pos, n := 0, 0
	for i, w := range words {
		if n > at {
			break
		}
		pos = i
		n += len(w) + 1
	}
	from := max(0, min(pos-measureWords/3, len(words)-measureWords))
	out := strings.Join(words[from:from+measureWords], " ")
	if from > 0 {
		out = "…" + out
	}
	if from+measureWords < len(words) {
		out += "…"
	}
	return out
}
