package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// formQuestionRe is a form's numbered question on a line of its own, as a
// form's receipt mails the answers back: "10. What should the board do
// next? (max 300 words)", the question's hint in brackets after its
// question mark. Group 1 is the question with its number.
var formQuestionRe = lazyre.New(`^(\d{1,2}\.\s+\p{Lu}[^?\n]{2,300}\?)(?:\s*\([^()\n]{1,60}\))?\s*$`)

// formQuestionHeadings makes each numbered question a form's receipt
// sets on the line over its answer a heading ("## 10. What should ...?"):
// the answer under it was read with the question, which made the
// answer's first sentence open with the question's hint ("(max 300
// words) First, the ICB should ..."). Only a paragraph whose question
// line has an answer line under it, not a list marker, is read so: a
// numbered list of questions asked stays a list.
func formQuestionHeadings(body string) string {
	if !strings.Contains(body, "?") {
		return body
	}
	paras := strings.Split(body, "\n\n")
	changed := false
	for i, p := range paras {
		q, answer, ok := strings.Cut(p, "\n")
		if !ok || strings.TrimSpace(answer) == "" {
			continue
		}
		m := formQuestionRe.FindStringSubmatch(strings.TrimSpace(q))
		if m == nil || listMarkerRe.MatchString(strings.TrimSpace(answer)) {
			continue
		}
		paras[i] = "## " + m[1] + "\n\n" + answer
		changed = true
	}
	if !changed {
		return body
	}
	return strings.Join(paras, "\n\n")
}
