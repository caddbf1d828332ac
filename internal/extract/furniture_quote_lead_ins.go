package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/lazyre"
)

// A paragraph that only introduces a quotation, "Dr Amy Lowe, the
// trust's Director of Nursing, said:", is no evidence by itself: the
// quotation after it is, and it keeps its speaker (evidence.Item's
// Speaker). Before, the lead-in was an excerpt of its own, the only item
// naming who speaks, and a page-furniture line in every briefing that
// quoted the release.

// quoteLeadInRe is one or two names, at most three posts after commas,
// and a verb of saying before the colon that ends the paragraph. Group 1
// is the speaker.
var quoteLeadInRe = lazyre.New(`^(` + namePostName + `(?:,?\s+and\s+` + namePostName + `)?(?:,\s+[^.!?;:()\n%£\d]{2,120}){0,3}?),?\s+(?:said|says|added|commented|explained|warned|told\s+[\p{L}'’ ]{2,40}?)\s*:$`)

// quoteSpeaker is the speaker a paragraph that only introduces a
// quotation names, or "".
func quoteSpeaker(text string) string {
	t := unemphasised(text)
	if len(t) > 300 || strings.ContainsAny(t, "\n") {
		return ""
	}
	if m := quoteLeadInRe.FindStringSubmatch(t); m != nil {
		return strings.TrimRight(strings.TrimSpace(m[1]), ", ")
	}
	return ""
}

// opensQuote reports a paragraph opening with a quotation mark, emphasis
// marks aside.
func opensQuote(text string) bool {
	t := strings.TrimLeft(text, " \t*_>")
	for _, q := range []string{`"`, "“", "‘", "'", "„", "«"} {
		if strings.HasPrefix(t, q) {
			return true
		}
	}
	return false
}

// quoteLeadIn is the speaker block i names when it is a paragraph that
// only introduces the quotation in the paragraph right after it, else "".
func (x *extractor) quoteLeadIn(i int) string {
	bs := x.doc.Blocks
	if bs[i].Kind != corpus.Paragraph || i+1 >= len(bs) || bs[i+1].Kind != corpus.Paragraph || !opensQuote(bs[i+1].Text) {
		return ""
	}
	return quoteSpeaker(bs[i].Text)
}

// speakerOf is the speaker of the block being read, "" where no lead-in
// named one.
func (x *extractor) speakerOf() string {
	if x.speaker != "" && x.speakerPara == x.para {
		return x.speaker
	}
	return ""
}
