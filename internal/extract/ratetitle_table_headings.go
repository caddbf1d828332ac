package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

// rateTitle is the rate unit the heading over a table gives it when the
// heading names a rate's base ("Rates per 100,000 population"), as a
// column header or a caption naming one (captionColumn) makes its cells
// rates: the heading is the table's title, and the base is read from the
// measure it gives the cells (measure.RateBase). Only a heading with no
// more than a few lines and no other table between it and the table
// titles it; ok is false when none names a rate.
func (x *extractor) rateTitle(i int) (column, bool) {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		b := x.doc.Blocks[j]
		t := strings.TrimSpace(b.Text)
		switch b.Kind {
		case corpus.Heading:
			if len(t) < 160 && rowRateRe.MatchString(t) {
				return column{unit: evidence.UnitOther, scale: 1}, true
			}
			return column{}, false
		case corpus.Paragraph, corpus.Footnote:
			// a line leading into the table, or its caption (read before
			// this, by captionColumn)
		default:
			return column{}, false
		}
	}
	return column{}, false
}

// rateCaption reports a short line right above a table naming a rate's
// base ("Emergency admissions per 1,000 children"): the table's caption,
// whose rate captionColumn gives its cells.
func rateCaption(t string) bool {
	return len(t) < 120 && !strings.ContainsAny(t, "\n.;:") && rowRateRe.MatchString(t)
}
