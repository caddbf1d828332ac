package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/lazyre"
	"github.com/cypx/cypx/internal/measure"
)

// captionDurationRe is a caption that names the time unit of every cell
// after a comma or in brackets at its end, as a web table's caption
// states it: "Median wait from referral to equipment, weeks", "Average
// length of stay (days)". Before, such a table's cells were read as
// counts of whatever the rows name ("9 children").
var captionDurationRe = lazyre.New(`(?i)(?:,\s*|\(\s*)(?:in\s+)?(weeks|months|days|hours|minutes)\s*\)?\s*$`)

// captionMeasureRe is a caption that opens on the measure of every cell,
// an average of a time unit, the unit named in its first words: "Table
// 5.1: Median weeks from referral to first appointment, by service",
// "Average wait in days for an assessment", "Mean number of days to a
// decision". Only words, no number, come between the average and its
// unit: "Average number of children waiting over 18 weeks" counts
// children, and its 18 weeks is their threshold.
var captionMeasureRe = lazyre.New(`(?i)^(?:(?:table|figure|chart)\s+\d{1,3}(?:\.\d{1,2})?[a-z]?\s*[:.–-]\s*)?(?:the\s+)?(?:median|mean|average|typical)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:in\s+|\(\s*)?(weeks|months|days|hours)\b`)

// captionDuration is the unit captionDurationRe or captionMeasureRe reads;
// ok is false when the caption names none.
func captionDuration(caption string) (column, bool) {
	m := captionDurationRe.FindStringSubmatch(caption)
	if m == nil {
		m = captionMeasureRe.FindStringSubmatch(strings.TrimSpace(caption))
	}
	if m == nil {
		return column{}, false
	}
	return column{unit: durationUnit(m[1]), scale: 1}, true
}

// unitCaption reports block i as the unnumbered caption of the table right
// under it that names the time unit of its cells (captionDurationRe): a
// web page's <caption> reads as a line of its own over the table, with no
// "Table 3:" before it. Short, one line, with no figure of its own. A
// short line naming a rate's base is one too (rateCaption), and so is one
// ending in "(%)" ("Vaccine uptake by area (%)"): its cells are
// percentages, as a numbered caption's "(%)" makes them. Before, the
// cells under such a line were counts.
func (x *extractor) unitCaption(i int) bool {
	b := x.doc.Blocks[i]
	if b.Kind != corpus.Paragraph || i+1 >= len(x.doc.Blocks) || x.doc.Blocks[i+1].Kind != corpus.TableRow {
		return false
	}
	t := strings.TrimSpace(b.Text)
	return len(t) < 160 && !strings.ContainsAny(t, "0123456789\n") && (captionDurationRe.MatchString(t) || captionMeasureRe.MatchString(t) || strings.HasSuffix(t, "(%)")) || rateCaption(t) ||
		unitEndCaption(t)
}

// captionUnitEndRe ends a table's title with the unit of its cells, in
// brackets or after a comma: "(%)", "(£m)", "(£000s)", ", £ million".
var captionUnitEndRe = lazyre.New(`(?i)(?:\(\s*(?:%|£\s?` + measure.MoneyScaleWords + `)\s*\)|,\s*£\s?` + measure.MoneyScaleWords + `)$`)

// unitEndCaption reports a short line over a table, one line and no
// sentence, that ends with the unit of the table's cells
// (captionUnitEndRe), as a web page's or a Word table's title does with
// no "Table 3:" before it: "Children seen within 18 weeks, by service
// (%)", "Spending on children's therapies (£m)". Its number names what is
// counted, no finding. Before, a money title was read as no caption and
// the cells were counts, and a title with a number in its words ("18
// weeks") was read as no caption at all.
func unitEndCaption(t string) bool {
	if len(t) >= 160 || strings.Contains(t, "\n") || len(strings.Fields(t)) > 20 || !captionUnitEndRe.MatchString(t) {
		return false
	}
	body := strings.TrimSpace(captionUnitEndRe.ReplaceAllString(t, ""))
	return body != "" && !strings.ContainsAny(body, ".;:!?%£")
}

// ownedActionRow reports a row of an action table whose action cell is
// asked of the body its owner cell names (ownedActionCell): the row is
// the owner's ask, and a number in another of its cells ("| Ambition |
// 2 |", the priority it serves, a reference) is no figure of it. Before,
// the number made the row a statistic and the ask was lost.
func ownedActionRow(b corpus.Block) bool {
	for i, c := range b.Cells {
		if ownedActionCell(b, i, strings.TrimSpace(c.Text)) {
			return true
		}
	}
	return false
}

// cellPeriodRe is a cell's value with the period it was measured in after
// it in brackets, as a baseline column headed "Baseline (year)" sets it:
// "61% (2025)", "78% (2024/25)", "340 (March 2025)". Group 1 is the value.
var cellPeriodRe = lazyre.New(`(?i)^(\S[^()]*?)\s*\((?:(?:19|20)\d{2}(?:[/–-]\d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}|q[1-4]\s+(?:19|20)\d{2}(?:[/–-]\d{2})?)\)$`)

// periodCellValue is the value of a cell of cellPeriodRe, its period left
// out; ok is false for any other cell. Before, the bracketed year made
// the whole cell no value, and a baseline column lost every figure.
func periodCellValue(t string) (string, bool) {
	m := cellPeriodRe.FindStringSubmatch(t)
	if m == nil || !strings.ContainsAny(m[1], "0123456789") {
		return "", false
	}
	return m[1], true
}
