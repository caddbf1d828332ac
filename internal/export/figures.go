package export

import (
	"strconv"
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
	// Source names the work the figure is cited to (the primary source of
	// coverage that was seen to state it) as the pack's citations name it
	// (Citer.Author: "Smith & Doe" in APA); Year is that work's year, with
	// the letter the pack's citations give it (2024a).
	Source, Year string
}

// measureWords is the most a measure keeps of its clause.
const measureWords = 16

// figureRows are the headline figures of the pack's statistics, one row
// each, in the order the findings are shown.
func (p Pack) figureRows() []FigureRow {
	var out []FigureRow
	c := p.citer()
	for _, sec := range p.Sections() {
		for _, it := range sec.Items {
			f, ok := it.Headline()
			if it.Kind != evidence.Statistic || !ok {
				continue
			}
			w := it.FigureWork(f)
			year := ""
			if !w.Date.IsZero() {
				// With its letter, as the findings cite it (2024a): two
				// reports of one publisher in one year were both "2024".
				year = strconv.Itoa(w.Date.Year) + c.Letter(w)
			}
			out = append(out, FigureRow{Figure: evidence.OneLine(f.Copied()), Measure: measureOf(it, f), Source: evidence.OneLine(c.Author(w)), Year: year})
		}
	}
	return out
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
