package library

import (
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// releaseLabelRe is the label a press release opens with, on a line
	// of its own: "PRESS RELEASE", "Media release", "FOR IMMEDIATE
	// RELEASE", "Embargoed news release".
	releaseLabelRe = lazyre.New(`(?i)^(?:(?:embargoed\s+)?(?:press|news|media)\s+(?:release|statement|notice)|for\s+immediate\s+release)\s*:?$`)
	// releaseEmbargoRe opens a release's embargo line: "EMBARGOED UNTIL
	// 00:01 THURSDAY 9 OCTOBER 2025", "Under embargo until ...".
	releaseEmbargoRe = lazyre.New(`(?i)^(?:strictly\s+)?(?:embargoed|under\s+embargo)\b`)
	// releaseDateWordsRe is what a dated line of a masthead may hold
	// besides its date: a label and a weekday.
	releaseDateWordsRe = lazyre.New(`(?i)\b(?:date|dated|issued|published|released|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)
)

// releaseHead is what a press release's masthead says of it.
type releaseHead struct {
	publisher string
	date      evidence.Date
	next      int // the line the headline starts at
}

// releaseMasthead reads the lines a press release sets over its headline
// from line i: its label, the body's name and an embargo or issue date, in
// any order and in blocks set apart. It reports false unless a label or
// an embargo line is among them (a report's title block is read as one)
// and text follows.
func releaseMasthead(lines []string, i int) (releaseHead, bool) {
	var h releaseHead
	release := false
	k := i
	for seen := 0; k < len(lines) && seen < 8; k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" {
			continue
		}
		seen++
		switch {
		case releaseLabelRe.MatchString(t):
			release = true
		case releaseEmbargoRe.MatchString(t):
			release = true
			if h.date.IsZero() {
				h.date = textDate(t)
			}
		case h.date.IsZero() && dateOnlyLine(t):
			h.date = textDate(t)
		case h.publisher == "" && mastheadName(t):
			h.publisher = fromCapitals(t)
		default:
			h.next = k
			return h, release && hasText(lines[k:])
		}
	}
	return h, false
}

// dateOnlyLine is a line that holds a date and nothing else but a label or
// a weekday: "Wednesday 5 March 2025", "Issued: 12/06/2024".
func dateOnlyLine(t string) bool {
	if textDate(t).IsZero() {
		return false
	}
	rest := releaseDateWordsRe.ReplaceAllString(textDateRe.ReplaceAllString(t, ""), "")
	return !strings.ContainsFunc(rest, unicode.IsLetter)
}

// mastheadName is a line that is a body's name: a body's word in it, each
// word capitalised but the small ones ("Open Door Youth Mental Health
// Trust"), so a headline naming a body ("Charity warns of ...") is none.
func mastheadName(t string) bool {
	if !bodyNameRe.MatchString(t) || !looksLikeName(t) || isPersonName(t) || strings.ContainsAny(t, "0123456789:@.,;!?") {
		return false
	}
	for _, w := range strings.Fields(t) {
		if r := []rune(w); !unicode.IsUpper(r[0]) && !smallWords[strings.ToLower(w)] && w != "&" {
			return false
		}
	}
	return true
}

// standfirst finds the line that stands alone after line i, blank lines
// before it: a short line with no closing stop, text after it.
func standfirst(lines []string, i int) (int, bool) {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) != "" {
		return 0, false
	}
	t := strings.TrimSpace(lines[i])
	return i, isTitleLine(t) && !strings.HasSuffix(t, ":") && hasText(lines[i+1:])
}
