package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// sequenceLeadRe opens a sentence with its place in a sequence of points:
// "First, ", "Second, ", "Thirdly, ", "Finally, ".
var sequenceLeadRe = lazyre.New(`^(?:First|Second|Third|Fourth|Fifth|Firstly|Secondly|Thirdly|Fourthly|Fifthly|Finally|Lastly|Next|Then|In\s+addition|Additionally)\s*,\s+`)

// withoutSequenceLead is s without its sequence word, its next word
// capitalised: "Second, it should fund ..." is read as "It should fund
// ...", an ask of the body the sentence before asked ("First, the ICB
// should commission ..."), whose own lead is no part of its subject.
func withoutSequenceLead(s string) string {
	m := sequenceLeadRe.FindStringIndex(s)
	if m == nil {
		return s
	}
	rest := s[m[1]:]
	if rest == "" {
		return s
	}
	if strings.HasPrefix(rest, "it ") {
		return "It " + rest[3:]
	}
	if strings.HasPrefix(rest, "the ") {
		return "The " + rest[4:]
	}
	return rest
}
