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
	if !thanksForQuoted(note, lines[i+1:]) {
		return "", signature{}, false
	}
	body, sig, ok := noteOverQuoted(note, noteSig, lines[i+1:])
	if !ok || len(strings.Fields(body))-len(strings.Fields(note)) < minSummaryWords {
		return "", signature{}, false
	}
	return body, sig, true
}

// thanksForQuoted reports a reply's note thanking its sender for the
// message it quotes as the matter of the mail: for a summary, a briefing
// or an update (thanksForSummaryRe), or for "this" where the quoted
// message calls itself a summary or an answer (quotedOpensAsSummary) or
// the note says it checked the sender's figures against its own ("I've
// checked your numbers against our contract return and they broadly
// match"): the note then vouches for the quoted figures, which are what
// the mail carries. The one test both kinds of quote (under an
// attribution line, under a header block) are read by.
func thanksForQuoted(note string, quoted []string) bool {
	one := oneLine(note)
	if thanksForSummaryRe.MatchString(one) {
		return true
	}
	return thanksForSendingRe.MatchString(one) && (checkedFiguresRe.MatchString(one) || quotedOpensAsSummary(quoted))
}

// checkedFiguresRe is a note saying it checked the quoted sender's
// figures against its own: "I've checked your numbers against", "we
// compared your figures with ours", "your data match ours".
var checkedFiguresRe = lazyre.New(`(?i)\b(?:checked|compared|cross-checked|verified|reconciled|validated)\s+(?:your|the\s+trust['’]s|their)\s+(?:numbers|figures|data|statistics)\b|\byour\s+(?:numbers|figures|data)\s+(?:(?:broadly|all)\s+)?(?:match|matches|agree|agrees|tally|tallies)\b`)

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

// answerOpeningRe is a message's opening saying it answers the questions
// the one it replies to asked: "Here is where we are with", "here are the
// figures you asked for", "In answer to your questions". Under a note
// thanking its sender for it, such an answer is the matter of the mail as
// a summary is: the note comments on its figures.
var answerOpeningRe = lazyre.New(`(?i)\b(?:here\s+is\s+where\s+we\s+are|here['’]s\s+where\s+we\s+are|here\s+are\s+(?:the|our)\s+(?:latest\s+)?(?:figures|numbers|answers|responses)|(?:in|to)\s+answer(?:\s+to)?\s+your\s+(?:questions?|query|queries)|in\s+response\s+to\s+your\s+(?:questions?|query|queries))\b`)

// quotedOpensAsSummary reports a quoted message whose first lines (its
// greeting and opening paragraph) call it a summary, a briefing or an
// update, or say it answers the questions it was sent (answerOpeningRe).
func quotedOpensAsSummary(quoted []string) bool {
	rest := unquoteAll(quoted)
	var words []string
	for _, l := range rest {
		words = append(words, strings.Fields(l)...)
		if len(words) > 60 {
			break
		}
	}
	opening := strings.Join(words, " ")
	return summaryOpeningRe.MatchString(opening) || answerOpeningRe.MatchString(opening)
}

// thankedSendersReply reads a reply whose note thanks the several people
// it quotes for what they sent ("Thanks both, this is really helpful and
// I'll use the figures", "Thank you all for the updates"): the note
// speaks of the messages down its quoted thread, each an answer to the
// request the thread opened with, so each is kept under the note, without
// its signature, as thankedSummaryReply keeps one thanked summary. The
// thread's messages written by the note's own writer (the request the
// others answer, its attribution naming the name the note signs with)
// are not kept. A note thanking one person, or thanking without naming
// what was sent (figures, data, an update), goes as before; so does a
// thread whose kept messages have fewer than minSummaryWords words.
func thankedSendersReply(lines []string, i int) (string, signature, bool) {
	if !wroteRe.MatchString(unquoteLine(lines[i])) {
		return "", signature{}, false
	}
	note, noteSig := cleanLines(lines[:i])
	one := oneLine(note)
	if !thanksSendersRe.MatchString(one) || !sentMatterRe.MatchString(one) {
		return "", signature{}, false
	}
	own := map[string]bool{}
	for _, l := range lines[:i] {
		if f := strings.Fields(l); len(f) >= 1 && len(f) <= 3 {
			own[strings.ToLower(f[0])] = true
		}
	}
	parts := []string{note}
	words := 0
	cur := lines[i:]
	for len(cur) > 0 && wroteRe.MatchString(unquoteLine(cur[0])) {
		name := wroteName(unquoteLine(cur[0]))
		body := unquoteAll(cur[1:])
		j := len(body)
		for k, l := range body {
			if wroteRe.MatchString(l) || quotedMessageAt(body, k) {
				j = k
				break
			}
		}
		cur = body[j:]
		if f := strings.Fields(name); len(f) > 0 && own[strings.ToLower(f[0])] {
			continue
		}
		text, _ := cleanLines(body[:j])
		if strings.TrimSpace(text) != "" {
			parts = append(parts, text)
			words += len(strings.Fields(text))
		}
	}
	if len(parts) < 2 || words < minSummaryWords {
		return "", signature{}, false
	}
	return strings.TrimSpace(strings.Join(parts, "\n\n")), noteSig, true
}

// thanksSendersRe opens a note with thanks to several people: "Thanks
// both", "Thank you all", "Many thanks to you both", "Thanks, everyone".
var thanksSendersRe = lazyre.New(`(?i)^(?:hi\s+(?:both|all|everyone)[,!]?\s+)?(?:many\s+)?(?:thanks|thank\s+you)(?:\s+(?:so\s+much|very\s+much))?[,!]?\s+(?:to\s+)?(?:you\s+)?(?:both|all|everyone)\b`)

// sentMatterRe is a note naming what the people it thanks sent: their
// figures, numbers, data, statistics, updates or summaries.
var sentMatterRe = lazyre.New(`(?i)\b(?:figures|numbers|data|statistics|stats|updates?|summary|summaries|briefings?)\b`)

// wroteName is the name an attribution line gives ("On Mon, 2 Mar 2026 at
// 11:08, Callum Reid <callum@...> wrote:" gives "Callum Reid"), empty
// where it names none.
func wroteName(l string) string {
	l = strings.TrimSpace(l)
	if k := strings.LastIndex(l, "<"); k >= 0 {
		l = l[:k]
	} else {
		l = strings.TrimSuffix(l, "wrote:")
	}
	l = strings.TrimSpace(l)
	if k := strings.LastIndex(l, ","); k >= 0 {
		l = l[k+1:]
	}
	f := strings.Fields(l)
	// "... at 4:51 PM Ffion Hale": the name is the capitalised words
	// at the end.
	n := len(f)
	for n > 0 && len(f[n-1]) > 0 && f[n-1][0] >= 'A' && f[n-1][0] <= 'Z' && len(f)-n < 3 {
		n--
	}
	return strings.Join(f[n:], " ")
}
