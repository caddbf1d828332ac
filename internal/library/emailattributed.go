package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// passedOnAttributed reads a reply whose note passes on the message it
// quotes where that message opens with an attribution line, not a header
// block: "On 5 Feb 2026, at 14:22, NAME <address> wrote:", set quoted
// ("> On ...") as iPhone Mail writes it, or bare over the quoted lines.
// As passedOnReply does for a quoted header block, the quoted message is
// evidence under the note, without its signature and disclaimers, and
// the messages it quotes in turn (an Outlook chain under it) are not.
// Under an attribution line the quote is as often the question the
// reply answers ("The final figures are below, not the draft ones in
// your email"), so the note must say another sent it (sentByAnotherRe).
// ok is false when line i opens no attribution, the note passes nothing
// on, or the quote has no text.
func passedOnAttributed(lines []string, i int) (string, signature, bool) {
	if !wroteRe.MatchString(unquoteLine(lines[i])) {
		return "", signature{}, false
	}
	note, noteSig := cleanLines(lines[:i])
	if !passesOnRe.MatchString(oneLine(note)) || !sentByAnotherRe.MatchString(oneLine(note)) {
		return "", signature{}, false
	}
	return noteOverQuoted(note, noteSig, lines[i+1:])
}

// sentByAnotherRe is a note saying the message below is another's: what
// someone sent, wrote or told ("Below is what the lead sent me"), or
// their reply, response or answers; "the figures are below" and "an
// update is below" are the note's own.
var sentByAnotherRe = lazyre.New(`(?i)\b(?:sent|sends|replied|reply|response|answers?|came back|passed on|provided|supplied|wrote|told)\b`)

// thankedSummaryReply reads a reply whose note thanks its sender for the
// summary, briefing or update it quotes under an attribution line
// ("Thanks Sarah, really helpful summary.", "Many thanks for the
// briefing"): the note comments on the quoted message, which is the
// matter of the mail (the findings and asks the note speaks of), so it
// is kept under the note as passedOnAttributed keeps a message passed
// on, without its signature and disclaimers. A quote the note thanks no
// one for is the question a reply answers, and goes as before; so does a
// short quote (fewer than minSummaryWords words), a reply's thread.
func thankedSummaryReply(lines []string, i int) (string, signature, bool) {
	if !wroteRe.MatchString(unquoteLine(lines[i])) {
		return "", signature{}, false
	}
	note, noteSig := cleanLines(lines[:i])
	if !thanksForSummaryRe.MatchString(oneLine(note)) && !(thanksForSendingRe.MatchString(oneLine(note)) && quotedOpensAsSummary(lines[i+1:])) {
		return "", signature{}, false
	}
	body, sig, ok := noteOverQuoted(note, noteSig, lines[i+1:])
	if !ok || len(strings.Fields(body))-len(strings.Fields(note)) < minSummaryWords {
		return "", signature{}, false
	}
	return body, sig, true
}

// minSummaryWords is the fewest words a quoted summary keeps for a reply
// thanking its sender for it to carry it.
const minSummaryWords = 80

// thanksForSummaryRe opens a note with thanks for a summary, a briefing or
// an update: "Thanks Sarah, really helpful summary", "Many thanks for
// the briefing", "Thank you for this clear update".
var thanksForSummaryRe = lazyre.New(`(?i)^(?:hi\s+\S+[,!]?\s+|dear\s+\S+[,!]?\s+)?(?:many\s+|huge\s+|great,?\s+)?(?:thanks|thank\s+you|cheers)(?:\s+(?:so\s+much|very\s+much|again))?(?:\s+[A-Z]\S*)?[,!.]?\s+(?:(?:for\s+(?:the|this|your|sending(?:\s+(?:the|this))?|pulling\s+together(?:\s+(?:the|this))?)\s+)|(?:(?:that['’]s|it['’]s|this\s+is|a)\s+)?)?(?:(?:really|very|so|super|extremely)\s+)?(?:(?:helpful|useful|clear|great|excellent|good|thorough|handy|detailed|quick)\s+)?(?:summary|briefing|update|overview|round-?up|digest|note\s+of|synopsis|précis)\b`)

// thanksForSendingRe opens a note with thanks for what the sender sent,
// naming it no further: "Thanks for sending this over so quickly",
// "Thank you for this", "Many thanks for sending it through". Such a
// note thanks its sender for a summary only where the quoted message
// says it is one (quotedOpensAsSummary).
var thanksForSendingRe = lazyre.New(`(?i)^(?:hi\s+\S+[,!]?\s+|dear\s+\S+[,!]?\s+)?(?:many\s+|huge\s+)?(?:thanks|thank\s+you)(?:\s+(?:so\s+much|very\s+much|again))?(?:\s+[A-Z]\S*)?[,!.]?\s+for\s+(?:sending\s+)?(?:this|it|that)(?:\s+(?:over|through|across|on))?\b`)

// summaryOpeningRe is a message's opening calling itself a summary, a
// briefing or an update: "here is the summary of our panel report",
// "As promised, here's a short briefing on", "Please find below the
// update".
var summaryOpeningRe = lazyre.New(`(?i)\b(?:here\s+is|here['’]s|here\s+are|please\s+find(?:\s+below|\s+here)?|below\s+is)\s+(?:the|a|an|our|my)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:summary|summaries|briefing|update|overview|round-?up|digest|synopsis)\b`)

// quotedOpensAsSummary reports a quoted message whose first lines (its
// greeting and opening paragraph) call it a summary, a briefing or an
// update.
func quotedOpensAsSummary(quoted []string) bool {
	rest := unquoteAll(quoted)
	var words []string
	for _, l := range rest {
		words = append(words, strings.Fields(l)...)
		if len(words) > 60 {
			break
		}
	}
	return summaryOpeningRe.MatchString(strings.Join(words, " "))
}
