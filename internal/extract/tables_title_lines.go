package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/corpus"
)

// titleOverTable reports the paragraph at i a table's title set as a line
// right over the table, as a page's <caption> reaches the text: short, on
// one line, opening with a capital, ending with no stop or colon, and
// naming what the table holds ("Children's community services: key
// performance indicators, August to October 2025"). A sentence over a
// table ("Waits rose in every area."), a lead-in ("The table below
// shows:"), a title that says something of its table ("Waits rose in
// every area") and one with a figure stay the text's.
func (x *extractor) titleOverTable(i int) bool {
	bs := x.doc.Blocks
	if i+1 >= len(bs) || bs[i].Kind != corpus.Paragraph || bs[i+1].Kind != corpus.TableRow {
		return false
	}
	t := strings.TrimSpace(bs[i].Text)
	if t == "" || strings.Contains(t, "\n") || countFields(t) > 20 || countFields(t) < 3 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	if !unicode.IsUpper(first) || strings.ContainsRune(".!?:;", last) {
		return false
	}
	lower := strings.ToLower(t)
	return captionOnly(t, lower) && !findingVerbRe.MatchString(t) && len(Figures(withoutDates(t))) == 0 && !x.isRec(t)
}
