package extract

import (
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// ownAgeHeaderRe heads a column of a person's age at each row's event:
// "Child A's age", "Child's age (months)", and a chronology's "Child A's
// age" run together with the next column's header by a PDF's layout
// ("Child A’s Event age"). An age says when, as a date does: a label of
// the row, never a figure. "Average age at diagnosis" is a quantity and
// has no possessive.
var ownAgeHeaderRe = lazyre.New(`(?i)['’]s\s+(?:\p{L}+\s+)?age(?:\s*\([^()]*\))?$`)

// ownAgeHeader reports a header of a person's age (ownAgeHeaderRe).
func ownAgeHeader(h string) bool {
	return ownAgeHeaderRe.MatchString(h)
}

// leadingAgeRe is the age a cell of a chronology opens with: "4 weeks",
// "17 months", "2 years 8 months", "3 years 4" (the months run on to a
// later line of a PDF's cell).
var leadingAgeRe = lazyre.New(`^\s*\d{1,2}\s+(?:weeks?|months?|years?)(?:\s+\d{1,2}(?:\s+(?:weeks?|months?))?)?\b`)

// ageCellEnd is where the age opening cell c ends, when c stands under a
// header of a person's age (ownAgeHeader), else 0: a chronology's row
// says how old the child was at the event, when, not how many.
func ageCellEnd(b corpus.Block, c corpus.Cell) int {
	for i := range b.Cells {
		if b.Cells[i].Offset != c.Offset || i >= len(b.Header) || !ownAgeHeader(b.Header[i]) {
			continue
		}
		if m := leadingAgeRe.FindStringIndex(c.Text); m != nil {
			return m[1]
		}
	}
	return 0
}

// withoutFiguresBefore drops the figures that start before byte n of
// their sentence.
func withoutFiguresBefore(figs []evidence.Figure, n int) []evidence.Figure {
	if n <= 0 {
		return figs
	}
	kept := figs[:0:0]
	for _, f := range figs {
		if f.Offset >= n {
			kept = append(kept, f)
		}
	}
	return kept
}
