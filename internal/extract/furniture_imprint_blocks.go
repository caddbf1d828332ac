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
