package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/lazyre"
)

// A writer's sign-offs outside a mail's signature (round 20): the line
// that signs a foreword or a letter printed in a report, and a post's or
// a bulletin's invitation to write back. Neither says anything about
// services; both stood as excerpts on documents nobody tuned for.
var (
	// signOffLineRe is a signature line: a name, then a post and a body
	// set off by commas, ending in the month it was signed: "Mia
	// Castellano, Young Ambassador, Spark Children's Epilepsy Trust,
	// October 2024", "Dr Ruth Akande, Chair, March 2025".
	signOffLineRe = lazyre.New(`^(?:(?:Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Rev|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?:\s+(?:OBE|MBE|CBE))?,\s+[^.!?;:]{2,160}?,\s+(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\.?$`)
	// hearFromYouRe asks the reader to write back: "I would love to hear
	// from you: reply to this email or leave a comment below", "Leave a
	// comment below".
	hearFromYouRe = lazyre.New(`(?i)(?:^|[,:;–—-]\s*|\b(?:and|or|so)\s+)(?:(?:i|we)(?:['’]d|\s+would)\s+(?:really\s+)?(?:love|like|be\s+(?:glad|happy|delighted))\s+to\s+hear\s+from\s+you|(?:just\s+|simply\s+)?(?:hit\s+)?reply\s+to\s+this\s+(?:e-?mail|post|newsletter)|leave\s+(?:a|your)\s+comments?\s+below|(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?in\s+the\s+comments)\b`)
)

// signOffClasses are the sign-offs' furniture classes (see
// furnitureClasses).
var signOffClasses = []furnitureClass{
	{cues: []string{"19", "20"}, re: signOffLineRe, maxWords: 25, made: true, whole: true, and: signOffOnly},
	{cues: []string{"hear from you", "reply to this", "comment"}, re: hearFromYouRe, maxWords: 40, and: func(t, _ string) bool { return !quoted(t) }},
}

// signOffOnly: every part of the line between its commas opens with a
// capital or a digit (a name, a post, a body, a date), so no clause of a
// sentence hides in it ("Sarah Kent, who chairs the board, said in March
// 2025").
func signOffOnly(t, _ string) bool {
	if strings.ContainsAny(t, "%£") {
		return false
	}
	for _, part := range strings.Split(strings.TrimSuffix(t, "."), ",") {
		r, _ := utf8.DecodeRuneInString(strings.TrimSpace(part))
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
