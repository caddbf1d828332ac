package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// wantEveryRe is the writer wanting something for everyone of a group of
// people: "we want every young person with an EHC plan to have a transition
// plan", "we would like all young carers to be offered a check", "I
// would like every paediatric trainee to get training" (the people who
// care for them are a group of people too).
var wantEveryRe = lazyre.New(`(?i)\b(?:we|i)\s+(?:(?:also|really|still|now|therefore)\s+)?(?:want|would\s+(?:really\s+|also\s+)?like|[’']d\s+(?:really\s+|also\s+)?like)\s+(?:(?:every|each|all)\s+(?:[\w’'-]+\s+){0,3}?(?:child|children|young\s+(?:person|people|carers?|adults?)|person|people|family|families|pupils?|students?|parents?|carers?|baby|babies|infants?|teenagers?|girls?|boys?|patients?|care\s+leavers?|mothers?|learners?|adolescents?|trainees?|doctors?|nurses?|midwives|midwife|clinicians?|practitioners?|professionals?|health\s+visitors?|teachers?|staff)\b[^.;:!?]{0,80}?)\s+to\s+(?:be\s+)?[a-z]`)

// wantEveryAsk reads an ask for every member of a group of people (see
// wantEveryRe), of no body: those who would give it are not named. A
// wish of people the writer reports ("Parents said we want ...") is
// their view, and a wish in quotation marks a speaker's hope, as news
// quotes a spokesperson.
func wantEveryAsk(s, lower string) ([]evidence.Actor, bool) {
	if !strings.Contains(lower, "want ") && !strings.Contains(lower, "like ") || quoted(s) {
		return nil, false
	}
	m := wantEveryRe.FindStringIndex(s)
	if m == nil || viewBeforeRe.MatchString(before(s, m[0], 120)) || embeddedAsk(s, m[0]) {
		return nil, false
	}
	return []evidence.Actor{}, true
}

// aimPointerRe is a lead-in that points from an aim to the asks listed
// under it: "To achieve this:", "To make that happen, we ask:".
var aimPointerRe = lazyre.New(`(?i)^(?:to|in\s+order\s+to)\s+(?:achieve|deliver|reach|realise|realize|make|get|do)\s+(?:this|that|these|it|there|them)\b[^.:;!?]{0,40}:\s*$`)

// aimOfList reports sentence i as the aim the asks listed after its
// block serve, when it asks no body and the block's next and last
// sentence points to the list ("We want every family to have a named
// health visitor. To achieve this:"): each item is an ask, the aim is
// none.
func (x *extractor) aimOfList(text string, sents []span, i int) bool {
	if i+2 != len(sents) {
		return false
	}
	next := strings.TrimSpace(unemphasised(text[sents[i+1].start:sents[i+1].end]))
	if !aimPointerRe.MatchString(next) {
		return false
	}
	f := x.facts(text[sents[i].start:sents[i].end])
	return f.entitled || f.asks && len(f.askActors) == 0
}
