package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/lazyre"
)

// noteRefRe is a footnote reference in an item's text: "[^3]".
var noteRefRe = lazyre.New(`\[\^([^\]\s]{1,8})\]`)

// sourceLabelRe opens a footnote with the word that says it gives a
// source: "Source: ", "Sources: ", "Data: ".
var sourceLabelRe = lazyre.New(`(?i)^\s*(?:sources?|data(?:\s+source)?)\s*:\s*`)

// footnoteSource is the body a statistic's footnote names as its source,
// where the sentence names none: "... 58,400 children and young
// people[^1]" over "[^1]: Office for National Statistics mid-year
// population estimates, 2024." The footnote's opening name is the body
// whose figure it is, as "according to" names one in the sentence;
// a note opening with anything else, or naming the publisher, gives none.
// Before, a report that footnotes its sources cited none of them.
func (x *extractor) footnoteSource(text string) string {
	if !strings.Contains(text, "[^") {
		return ""
	}
	for _, m := range noteRefRe.FindAllStringSubmatch(text, 3) {
		for _, b := range x.doc.Blocks {
			if b.Kind != corpus.Footnote || b.Number != m[1] {
				continue
			}
			t := strings.TrimSpace(b.Text)
			if l := sourceLabelRe.FindString(t); l != "" {
				t = t[len(l):]
			}
			t = strings.TrimPrefix(t, "The ")
			name, _ := nameAt(t, 0)
			if name != "" && orgLike(name) && !sameBody(name, x.doc.Source.Publisher) {
				return name
			}
			break
		}
	}
	return ""
}
