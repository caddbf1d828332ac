package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A subscription alert (GOV.UK's, a journal's table-of-contents mail, a
// charity's "new on our site") lists publications, each under its title
// with its link on the next line, and with the alert's own lines about
// the entry ("Change made:", "Time updated:") and about the subscription.

// subscriptionLineRe is an alert's line about the subscription itself or
// about replies: "You asked GOV.UK to email you once a day when ...",
// "Do not reply to this email."
var subscriptionLineRe = lazyre.New(`(?i)^(?:you asked [\w.' -]{2,40} to (?:e-?mail|send|notify|alert) you\b.{0,160}|do not reply to this e-?mail\b.{0,240})$`)

// alertMetaLabelRe is the label of an alert entry's note about the page
// rather than about its subject: what changed, when.
var alertMetaLabelRe = lazyre.New(`(?i)^(?:change made|changes? made|time updated|date updated|change note|updated at)\s*:$`)

// isAlertMetaBlock reports a paragraph under an alert entry's change or
// time label: a note on the page's history ("Updated 12 indicators with
// the latest data.") or its time stamp, never evidence.
func isAlertMetaBlock(p string) bool {
	first, rest, _ := strings.Cut(p, "\n")
	return alertMetaLabelRe.MatchString(strings.TrimSpace(first)) && len(strings.Fields(rest)) <= 60
}

// linkLineRe is a line that is one web address and nothing else.
var linkLineRe = lazyre.New(`^\s*<?https?://\S+>?\s*$`)

// linkLabelRe opens a link's call to act rather than a title.
var linkLabelRe = lazyre.New(`(?i)^(?:read|view|download|find|register|book|sign|join|watch|listen|visit|see|click|change|manage|unsubscribe|update|follow|share|subscribe|more)\b`)

// alertEntryTitle is the title of an alert entry set as a paragraph of
// the title's line over its link's line ("Oral health survey of 5-year-old
// children 2024" over its address), when text follows it (not another
// link): the entry's heading. Empty for any other paragraph, and for a
// link's call to act or a label ending in a colon ("Change your email
// preferences:").
func alertEntryTitle(p string, ps []string, i int) string {
	lines := strings.Split(p, "\n")
	if len(lines) != 2 || !linkLineRe.MatchString(lines[1]) || i+1 >= len(ps) {
		return ""
	}
	title := strings.TrimSpace(lines[0])
	n := len(strings.Fields(title))
	if n < 2 || n > 16 || strings.ContainsAny(title[len(title)-1:], ".:;,!?") || linkLabelRe.MatchString(title) {
		return ""
	}
	if r := []rune(title)[0]; !('A' <= r && r <= 'Z') && !('0' <= r && r <= '9') {
		return ""
	}
	next := strings.Split(ps[i+1], "\n")
	if len(next) == 2 && linkLineRe.MatchString(next[1]) {
		return ""
	}
	return title
}
