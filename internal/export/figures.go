package export

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
)

// FigureRow is one row of a pack's table of figures.
type FigureRow struct {
	// Figure is the figure as evidence.Item.FigureText gives it ("97%",
	// "£4.5m", "one nurse for every 2,500 children aged under five").
	Figure string
	// Measure says what it measures (evidence.Item.FigureMeasure): a
	// table cell's column header and row label, with the table's caption;
	// a sentence's clause that holds it, cut between words.
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

// figureRows are the figures of the pack's statistics, one row each
// (evidence.Item.TableFigures: every figure of a list its own row, with
// its own period), in the order the findings are shown, each credited by the
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
			if it.Kind != evidence.Statistic {
				continue
			}
			for _, f := range it.TableFigures() {
				out = append(out, FigureRow{Figure: evidence.OneLine(it.FigureText(f)), Measure: it.FigureMeasure(f), Source: evidence.OneLine(c.figureLabel(ci, f)), Period: it.FigurePeriod(f)})
			}
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
// the story alone, as the figure copy cites it; a headline before the
// phrase of a compared value another body is named for, cited without
// that body), that citation in the pack's style.
func (c cited) figureLabel(ci citedItem, f evidence.Figure) string {
	if ci.item.CitedApart(f) {
		return evidence.ItemLabel(ci.item.ForFigure(f), c.style)
	}
	return c.label(ci)
}
