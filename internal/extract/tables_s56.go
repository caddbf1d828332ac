package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/lazyre"
)

// captionDurationRe is a caption that names the time unit of every cell
// after a comma or in brackets at its end, as a web table's caption
// states it: "Median wait from referral to equipment, weeks", "Average
// length of stay (days)". Before, such a table's cells were read as
// counts of whatever the rows name ("9 children").
var captionDurationRe = lazyre.New(`(?i)(?:,\s*|\(\s*)(?:in\s+)?(weeks|months|days|hours|minutes)\s*\)?\s*$`)

// captionDuration is the unit captionDurationRe reads; ok is false when
// the caption names none.
func captionDuration(caption string) (column, bool) {
	m := captionDurationRe.FindStringSubmatch(caption)
	if m == nil {
		return column{}, false
	}
	return column{unit: durationUnit(m[1]), scale: 1}, true
}

// unitCaption reports block i as the unnumbered caption of the table right
// under it that names the time unit of its cells (captionDurationRe): a
// web page's <caption> reads as a line of its own over the table, with no
// "Table 3:" before it. Short, one line, with no figure of its own.
func (x *extractor) unitCaption(i int) bool {
	b := x.doc.Blocks[i]
	if b.Kind != corpus.Paragraph || i+1 >= len(x.doc.Blocks) || x.doc.Blocks[i+1].Kind != corpus.TableRow {
		return false
	}
	t := strings.TrimSpace(b.Text)
	return len(t) < 160 && !strings.ContainsAny(t, "0123456789\n") && captionDurationRe.MatchString(t)
}
