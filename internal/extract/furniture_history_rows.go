package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/lazyre"
)

// historyDateCellRe is a cell holding a date alone, as a committee
// system's history of a paper sets it beside each step: "21/10/2025",
// "3 March 2026", "2025-11-12".
var historyDateCellRe = lazyre.New(`(?i)^(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})$`)

// historyRow reports a table row of no figures that is a paper's history:
// its cells are dates and furniture alone ("| 21/10/2025 | Considered by
// Children's Scrutiny Committee |"), at least one of them furniture.
// Read as an excerpt before, the row's words were long enough to be
// quoted. A row with a cell of any other words ("| 21/10/2025 | The
// committee asked for quarterly waiting figures |") stays.
func historyRow(b corpus.Block) bool {
	furniture := false
	for _, c := range b.Cells {
		t := strings.TrimSpace(c.Text)
		switch {
		case t == "" || historyDateCellRe.MatchString(t):
		default:
			skip, _, overAsk := furnitureSentence(t)
			if !skip || overAsk {
				return false
			}
			furniture = true
		}
	}
	return furniture
}
