package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// questionRe opens a consultation's numbered question: "Question 1. Do
// you agree ...?", "Q2: How ...?", "Question 3 – What ...?", bold or
// not. Group 1 is "Q" or "Question" as written; group 2 is the question's
// text.
var questionRe = lazyre.New(`^(?:\*\*)?(Q|Question|QUESTION)\s?\d{1,3}[a-z]?(?:\*\*)?(?:[.:)]|\s+[–—-])(?:\*\*)?\s+(\S.*)$`)

// maxQuestionBytes is the longest question read as a heading: a
// consultation's questions run to a sentence or two.
const maxQuestionBytes = 320

// questionHeadings makes each numbered question of a consultation
// response a heading ("## Question 1. Do you agree ...?"), whatever the
// format set it as (a bold paragraph, a line of plain text, a paragraph
// with its answer run on after the question mark): a question is what
// the answers under it reply to, never a finding, and an answer glued
// to it was quoted with the question. A "Q" form must ask ("Q1: 1,234
// referrals" is a quarter's figure); "Question 17 asked about
// supervision." names a question and is a sentence.
func questionHeadings(body string) string {
	if !strings.Contains(body, "Q") {
		return body
	}
	paras := strings.Split(body, "\n\n")
	changed := false
	for i, p := range paras {
		if h, rest, ok := questionHeading(p); ok {
			paras[i] = "## " + h
			if rest != "" {
				paras[i] += "\n\n" + rest
			}
			changed = true
		}
	}
	if !changed {
		return body
	}
	return strings.Join(paras, "\n\n")
}

// questionHeading splits a paragraph that opens with a numbered question
// into the question and what follows it (its answer, or "").
func questionHeading(p string) (heading, rest string, ok bool) {
	t := strings.TrimLeft(p, "\n")
	if t == "" || (t[0] != 'Q' && t[0] != '*') {
		return "", "", false
	}
	lines := strings.Split(t, "\n")
	m := questionRe.FindStringSubmatch(lines[0])
	if m == nil {
		return "", "", false
	}
	// The question runs over the paragraph's lines to its question mark.
	var q strings.Builder
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if i > 0 {
			q.WriteByte(' ')
		}
		start := q.Len()
		q.WriteString(l)
		if k := strings.IndexByte(l, '?'); k >= 0 {
			after := strings.TrimSpace(l[k+1:])
			if after != "" && !startsAnswer(after) {
				return "", "", false // "Q2?" inside a sentence
			}
			head := strings.TrimSpace(q.String()[:start+k+1])
			if len(head) > maxQuestionBytes {
				return "", "", false
			}
			var r []string
			if after != "" {
				r = append(r, after)
			}
			r = append(r, lines[i+1:]...)
			return unbold(head), strings.Join(r, "\n"), true
		}
		if q.Len() > maxQuestionBytes {
			return "", "", false
		}
	}
	// No question mark: "Question 5 – Any other comments" heads its answer
	// when it is a short line of its own, ending in no full stop.
	if m[1] == "Q" || len(lines) > 1 {
		return "", "", false
	}
	h := unbold(strings.TrimSpace(lines[0]))
	if len(h) > 160 || strings.HasSuffix(h, ".") || strings.HasSuffix(h, "!") {
		return "", "", false
	}
	return h, "", true
}

// startsAnswer reports text after a question mark that opens a sentence
// of its own: a capital letter, a digit or an opening quote.
func startsAnswer(s string) bool {
	c := s[0]
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.HasPrefix(s, "“") || c == '"' || c == '*'
}

// unbold takes the bold markers out of a question set in bold.
func unbold(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "**", "")), " ")
}
