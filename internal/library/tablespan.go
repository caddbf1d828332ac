package library

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
)

// Cells spanning rows, as both readers write them. A pipe table has no
// merged cells, so a cell spanning rows (a web page's rowspan, a PDF's
// merged cell) is written out in every row it spans: "| North | 2024 |
// 14,310 |" under "| North | 2023 | 12,905 |". Left in the first row
// only, the rows under it named no region, and a briefing copying their
// figure had a number for no group, which reads as a national one.

// carriedDown is the text a cell spanning rows leaves in each row under
// its first: its own text when it names what the rows are of (a region,
// a service, a year), rowSpanMark when it holds a figure. A figure
// spanning rows is one figure for the rows together ("45%" over 2023 and
// 2024): written in each, it would be two statistics, each claiming one
// year; left empty below, the reader could not tell it spans, and gave it
// the first row's year.
func carriedDown(cell string) string {
	c := strings.TrimSpace(cell)
	if numericCellRe.MatchString(c) && !yearCellRe.MatchString(c) {
		return rowSpanMark
	}
	return cell
}

// rowSpanMark is written in a cell that continues the figure above it, as
// MultiMarkdown 6 marks a cell merged with the one above: the reader gives
// the figure only the labels its rows share.
const rowSpanMark = evidence.RowSpanMark
