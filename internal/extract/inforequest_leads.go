package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// infoRequestLeadRe is a request for information introducing what it asks
// for, as a Freedom of Information request or a member's letter opens:
// "Please provide the following information about the service ...:",
// "I would like to request the following data for each year:", "Under the
// Freedom of Information Act, please send me:". It asks a body for
// figures, not to act for children: no recommendation, and the list under
// it names measures ("The percentage of urgent cases who started
// treatment within one week") whose numbers bound what is asked, no
// finding.
var infoRequestLeadRe = lazyre.New(`(?i)^(?:(?:under|in\s+accordance\s+with)\s+the\s+freedom\s+of\s+information\s+act(?:\s+\d{4})?,?\s+)?(?:please\s+(?:(?:could|can|would|will)\s+you\s+)?(?:provide|send|supply|give|disclose|let\s+me\s+(?:have|know))|(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:provide|send|supply|disclose)|(?:i|we)\s+(?:would\s+like\s+to|wish\s+to|want\s+to|am\s+writing\s+to|are\s+writing\s+to)\s+(?:request|ask\s+for|obtain|receive))\b[^.!?]{0,240}:\s*$`)

// infoRequestLead reports a paragraph that introduces an information
// request's list (infoRequestLeadRe), its greeting aside.
func infoRequestLead(text string) bool {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, ":") {
		return false
	}
	return infoRequestLeadRe.MatchString(lastSentence(t))
}

// writtenNumbersQuestionRe is a written parliamentary question that asks
// for numbers, in its set form with no question mark: "To ask the
// Secretary of State for Health and Social Care, how many children have
// waited more than 18 weeks for ...". The time in it bounds what is
// asked; the answer, not the question, states the finding.
var writtenNumbersQuestionRe = lazyre.New(`^To\s+ask\s+(?:the\s+|His\s+Majesty's\s+|Her\s+Majesty's\s+)?(?:Secretary\s+of\s+State|Minister|Chancellor|Prime\s+Minister|Government|Leader\s+of\s+the\s+House|Attorney\s+General|Deputy\s+Prime\s+Minister)\b[^,]{0,120},\s+(?:how\s+(?:many|much|long|often)|what\s+(?:(?:was|were|is|are)\s+(?:the\s+)?)?(?:number|proportion|percentage|share|total|median|average|mean|longest|shortest))\b`)

// writtenQuestionForNumbers reports a written question asking for numbers
// (writtenNumbersQuestionRe), one sentence.
func writtenQuestionForNumbers(s string) bool {
	if !strings.HasPrefix(s, "To ") || !writtenNumbersQuestionRe.MatchString(s) {
		if reportedQuestionForNumbers(s) {
			body := strings.TrimRight(s, ".? ")
			return !strings.Contains(body, ". ") && !strings.ContainsAny(body, "?!")
		}
		return false
	}
	body := strings.TrimRight(s, ".? ")
	return !strings.Contains(body, ". ") && !strings.ContainsAny(body, "?!")
}

// demandForServiceRe is people seeking a service's help, told as demand:
// "More families are asking for our help than ever before", "parents have
// been asking us for advice". They ask the writer's service for its
// help, not any body to act: no recommendation.
var demandForServiceRe = lazyre.New(`(?i)\b(?:families|parents|carers|people|children|young\s+people|patients|schools|referrers)\s+(?:are|were|have\s+been|keep)\s+(?:(?:now|also|increasingly|still)\s+)?asking\s+(?:us\s+)?for\s+(?:our|your|the\s+service['’]s|the\s+team['’]s)\s+(?:help|support|services?|advice|care|time)\b`)

// demandForService reports a sentence that only tells of people asking a
// service for its help (demandForServiceRe), with no ask of a body beside
// it ("should", "must", "urge", "call on", "to" before a verb).
func demandForService(s string) bool {
	if !strings.Contains(s, "asking") || !demandForServiceRe.MatchString(s) {
		return false
	}
	lower := strings.ToLower(s)
	for _, w := range []string{"should", " must ", "urge", "call on", "calling on", " to "} {
		if strings.Contains(lower, w) {
			return false
		}
	}
	return true
}
