package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/lazyre"
)

// A chat digest (a Teams or Slack summary mailed out, a forum thread
// copied as text) sets each message under its poster's label: the
// person's name and, in brackets, the body they speak for, then a colon,
// glued before the message's first sentence: "Ana Ruiz (Eastbury
// Parent Carer Forum): We would ask that ...". The label names who
// speaks; it is no word of the finding (Item.Speaker carries it), and it
// was page furniture at the head of the message's first item. The near
// miss that stays evidence: the same name and body doing something in a
// sentence ("Ana Ruiz (Eastbury Parent Carer Forum) said the wait ..."),
// a heading's abbreviation in brackets ("Mental Health (CAMHS): The ..."),
// a body's name with no colon.

// posterLabelRe is a person's name, its body in brackets (two words at
// least, opening with a capital, no figure) and a colon. Group 1 is the
// name, group 2 the body.
var posterLabelRe = lazyre.New(`^(` + namePostName + `)\s+\((\p{Lu}[\p{L}'’&-]*(?:\s+(?:of|and|for|the|&|\p{Lu}[\p{L}'’&-]*)){1,6})\)\s*:\s+`)

// posterLabel is the length of a poster's label opening text and the
// speaker it names ("Ana Ruiz, Eastbury Parent Carer Forum"), or 0 and ""
// when text opens with none. What follows must be a sentence: a word in
// sentence case or a figure, and three words.
func posterLabel(text string) (int, string) {
	m := posterLabelRe.FindStringSubmatchIndex(text)
	if m == nil {
		return 0, ""
	}
	n := m[1]
	r, w := utf8.DecodeRuneInString(text[n:])
	next, _ := utf8.DecodeRuneInString(text[n+w:])
	word := unicode.IsUpper(r) && (unicode.IsLower(next) || next == ' ') || unicode.IsDigit(r)
	if !word || countFields(text[n:]) < 3 {
		return 0, ""
	}
	name, body := text[m[2]:m[3]], strings.TrimSpace(text[m[4]:m[5]])
	return n, name + ", " + body
}
