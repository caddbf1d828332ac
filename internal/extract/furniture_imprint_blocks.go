package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// imprintLineRe is a document's imprint on a line of its own: "Published
// by Ashvale Children's Trust, June 2025", "First published 3 March 2025".
var imprintLineRe = lazyre.New(`(?i)^(?:first\s+)?published\s+(?:by\s+[^.!?:;%£\d]{2,80}?,?\s+)?(?:(?:in|on)\s+)?(?:\d{1,2}\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d{2}\.?$`)

// furnitureLines reports a sentence written over two or more lines, each
// of them furniture on its own or an imprint line: a text's foot, "Published
// by X, June 2025" over "Registered charity number 1098765", read as one
// sentence since neither line ends one. Before, the pair was an excerpt
// holding the charity's number (a pasted briefing's foot).
func furnitureLines(s string) bool {
	if !strings.Contains(s, "\n") {
		return false
	}
	lines := 0
	for line := range strings.SplitSeq(s, "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if skip, _, _ := furnitureSentence(t); !skip && !imprintLineRe.MatchString(t) {
			return false
		}
		lines++
	}
	return lines >= 2
}

// runningTitleSeps are what a running header sets between the report's
// title and its publisher.
var runningTitleSeps = []string{" | ", " · ", " – ", " — ", " - "}

// ownTitleLine reports a line that is the document's own title (its main
// title, before any subtitle) beside its publisher: "Not just a phase |
// Brightwell Young Minds Trust", a running header. A short report's
// header stands on one page only (its title page carries none), so no
// repetition marks it as running (held-out set 103: an excerpt of the
// title and the charity's name). It runs on every sentence: the length
// test first, and nothing allocated.
func ownTitleLine(s, title, publisher string) bool {
	main, _, _ := strings.Cut(title, ":")
	main, publisher = strings.TrimSpace(main), strings.TrimSpace(publisher)
	t := strings.TrimSpace(s)
	if main == "" || publisher == "" || len(t) > len(main)+len(publisher)+8 {
		return false
	}
	for _, sep := range runningTitleSeps {
		a, b, ok := strings.Cut(t, sep)
		if !ok {
			continue
		}
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		if strings.EqualFold(a, main) && strings.EqualFold(b, publisher) || strings.EqualFold(a, publisher) && strings.EqualFold(b, main) {
			return true
		}
	}
	return false
}
