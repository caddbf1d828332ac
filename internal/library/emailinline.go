package library

import (
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A reply may answer a message point by point, its comments typed between
// the quoted paragraphs ("> - Referrals rose to 412 ..." then, unquoted,
// "GP: For comparison, the ICB tells me ..."), as Zimbra, Evolution and
// Thunderbird users write inline. The quoted message is then the matter
// the comments stand in, not an old message under a reply: dropping it
// lost both the message and the sense of the comments.

// minInlineComments is the fewest comments, each between two quoted
// paragraphs, that make a reply inline: one may be an afterthought.
const minInlineComments = 2

// inlineCommentedReply reads a reply whose quoted message, opening at
// line i, has the sender's comments between its quoted paragraphs: the
// reply's own note, then the quoted message with its quoting taken off
// and the comments in their places, without its header lines, signature
// and disclaimers. The messages quoted in turn under it are not kept.
// The quoted message may open with an attribution line instead ("On 3
// February 2026, NAME <address> wrote:"), as K-9 Mail and most phone
// clients write a reply answered between the quoted lines. ok is false
// when the quoted message has neither, or fewer than minInlineComments
// comments between quoted paragraphs.
func inlineCommentedReply(lines []string, i int) (string, signature, bool) {
	hdr, rest, _ := forwardHeaderBlock(lines, i)
	if hdr == nil {
		if !wroteRe.MatchString(lines[i]) {
			return "", signature{}, false
		}
		rest = lines[i+1:]
	}
	if inlineComments(rest) < minInlineComments || hdr == nil && answeredFigures(rest) < minInlineComments {
		return "", signature{}, false
	}
	note, noteSig := cleanLines(lines[:i])
	if hdr == nil {
		// Answered between the quoted lines, the reply signs at the
		// foot, under the quote: its signature is the mail's own.
		_, noteSig = cleanLines(lines)
	}
	out := make([]string, 0, len(rest))
	for _, l := range rest {
		if quotedLineRe.MatchString(l) {
			l = unquoteLine(l)
		}
		out = append(out, l)
	}
	// The quoted message ends where it quotes another in turn.
	for j := range out {
		if quotedMessageAt(out, j) || wroteRe.MatchString(out[j]) {
			out = out[:j]
			break
		}
	}
	quoted, _ := cleanLines(out)
	if strings.TrimSpace(quoted) == "" {
		return "", signature{}, false
	}
	return strings.TrimSpace(note + "\n\n" + quoted), noteSig, true
}

// answeredFigures counts the quoted paragraphs that state a figure, not
// ask a question (none in it), with the reply's comment right under them: "> 1. The
// trust says 1,430 children were waiting" answered "Yes, but that's only
// the under-5s list". Under an attribution line a quote is as often the
// questions a reply answers ("> 1. How many families use short
// breaks?"), which are the asker's and no evidence; the figures a reply
// checks point by point are the matter of the mail.
func answeredFigures(lines []string) int {
	n := 0
	var para []string
	for k, l := range lines {
		if quotedLineRe.MatchString(l) {
			if t := strings.TrimSpace(unquoteLine(l)); t != "" {
				para = append(para, t)
			} else {
				para = nil
			}
			continue
		}
		if strings.TrimSpace(l) == "" {
			continue
		}
		if len(para) > 0 && (k == 0 || strings.TrimSpace(lines[k-1]) == "") {
			t := listMarkerRe.ReplaceAllString(strings.Join(para, " "), "")
			if strings.ContainsAny(t, "0123456789") && !strings.Contains(t, "?") {
				n++
			}
		}
		para = nil
	}
	return n
}

// inlineComments counts the runs of unquoted lines with text that stand
// between quoted lines, each set apart by a blank line above it: a quoted
// line wrapped by the client runs on unquoted with no blank line, and a
// reply's text under the whole quote has no quoted line after it.
func inlineComments(lines []string) int {
	n := 0
	seenQuote, inComment, apart := false, false, false
	blankBefore := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		quoted := quotedLineRe.MatchString(l)
		switch {
		case quoted:
			if inComment && apart {
				n++
			}
			inComment = false
			seenQuote = true
			blankBefore = strings.TrimSpace(strings.TrimLeft(t, ">")) == ""
		case t == "":
			blankBefore = true
		default:
			if !inComment {
				apart = seenQuote && blankBefore
			}
			inComment = true
			blankBefore = false
		}
	}
	return n
}

// answersUnderQuestions reads a reply that answers the quoted message's
// questions between them, under an "On ..., NAME wrote:" line at i, when
// the quoted points are the asker's questions (inlineCommentedReply keeps
// them only where they state figures the reply checks). The reply's note
// above the attribution and its answers below are cleaned apart: a
// client that signs above the quote (Mailspring, Outlook's "signature
// above quoted text") puts the sign-off and signature block between the
// note and the answers, and read as one text the sign-off cut the mail
// there, the answers taken for the signature's lines. The signature is
// the note's, or the answers' where the reply signs at the foot. ok is
// false with fewer than minInlineComments answers between quoted lines,
// or where another attribution line follows: the quote is a thread.
func answersUnderQuestions(lines []string, i int) (string, signature, bool) {
	rest := lines[i+1:]
	if inlineComments(rest) < minInlineComments || slices.ContainsFunc(rest, wroteRe.MatchString) {
		// A thread of messages each quoted under its own attribution
		// (a helpdesk ticket's history) has the attribution lines
		// between its quotes, no answers.
		return "", signature{}, false
	}
	answers, sig := cleanLines(rest)
	if strings.TrimSpace(answers) == "" {
		return "", signature{}, false
	}
	note, noteSig := cleanLines(lines[:i])
	if noteSig.organisation == "" {
		noteSig = sig
	}
	return strings.TrimSpace(note + "\n\n" + withoutAnswerMarks(answers)), noteSig, true
}

// answerMarkRe is the mark a reply sets before each of its answers
// between the quoted questions, the writer's initials in brackets: "[EM]".
var answerMarkRe = lazyre.New(`(?m)^\[(\p{Lu}{1,4})\][ \t]+`)

// withoutAnswerMarks takes off the mark that opens the answers where the
// same mark opens two or more of them: it says who answered, as the
// quote's layout does, and is no word of the answer ("[EM] In Quarter 3
// ..." read the mark into the measure of its figures).
func withoutAnswerMarks(answers string) string {
	count := map[string]int{}
	for _, m := range answerMarkRe.FindAllStringSubmatch(answers, -1) {
		count[m[1]]++
	}
	return answerMarkRe.ReplaceAllStringFunc(answers, func(m string) string {
		if count[answerMarkRe.FindStringSubmatch(m)[1]] >= 2 {
			return ""
		}
		return m
	})
}
