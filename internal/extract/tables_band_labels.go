package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

// bandLabel reports a row whose first cell is one band of a distribution
// of waits or stays, a duration alone or with the bound it opens ("Over
// 52 weeks", "More than 18 weeks", "52 weeks"), under a first header that
// gives its cells no duration of their own ("Wait", "Time waiting", or
// none) or names only the bands' unit ("Weeks waited", "Wait (weeks)"),
// with a figure in a later cell: the cell is the row's label, and its
// number is no figure of the row ("| Over 52 weeks | 35,000 | 13% |"
// under "Wait | Children | Share" counts 35,000 children). Before, the
// label was read as a figure of 52 weeks, and the row's headline. A
// column headed by an average of a duration ("Median wait (weeks)")
// keeps its figures.
func bandLabel(b corpus.Block, t *table) bool {
	if len(b.Cells) < 2 || len(b.Header) < 2 {
		return false
	}
	if !durationCellRe.MatchString(strings.TrimSpace(b.Cells[0].Text)) {
		return false
	}
	// "Weeks waited", "Wait (weeks)" name the bands' unit; "Median wait
	// (weeks)" says its cells are measures.
	h := t.headerColumn(b.Header[0])
	if h.skip || h.own && h.unit != evidence.UnitCount && (durationUnit(string(h.unit)) == "" || durationStatHeaderRe.MatchString(strings.ToLower(strings.TrimSpace(b.Header[0])))) {
		return false
	}
	for i := 1; i < len(b.Cells); i++ {
		col := column{unit: evidence.UnitCount, scale: 1}
		if i < len(b.Header) {
			if col = t.headerColumn(b.Header[i]); col.skip {
				continue
			}
		}
		if len(cellFigures(b.Cells[i].Text, col)) > 0 {
			return true
		}
	}
	return false
}
