package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A media-monitoring service's digest (a clippings summary) sets each clip's
// headline on its own line over a line naming the outlet, its kind and the
// day ("Kelvingate Echo | Online news | 3 Dec 2026"), then a line of the
// service's measures of the clip ("Reach: 412K · AVE: £3,806 · Sentiment:
// Negative"). The headline is the clip's heading; the outlet line and the
// measures are the service's, no part of the story, and glued to the
// headline they would make a statistic of its advertising value.

// clipOutletLineRe is a clip's outlet line: the outlet, its kind, the day
// and perhaps the time, between bars.
var clipOutletLineRe = lazyre.New(`(?i)^[\p{L}\d][^|.!?]{1,60}\|\s*[^|]{2,40}\|\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?(?:\d{1,2} ` + monthExpr + `[a-z]*\.? \d{4}|` + monthExpr + `[a-z]*\.? \d{1,2},? \d{4}|\d{1,2}/\d{1,2}/\d{2,4})(?:,? \d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?$`)

// clipMeasuresRe is a line of a monitoring service's measures: reach or
// audience, advertising value equivalent, sentiment, mention counts, each
// labelled and set apart by dots or bars ("Total reach: 2.5M | Total
// AVE: £19,700", "7 mentions | Total reach: 2.5M | ... | Negative 57%").
var clipMeasuresRe = lazyre.New(`(?i)^(?:[\d,]+ (?:new )?mentions?\s*[|·•]\s*)?(?:total )?(?:reach|audience|circulation|impressions|readership)\s*:\s*[\d.,]+\s*[kmb]?\s*[|·•]\s*(?:total )?(?:ave|advertising value(?: equivalent)?)\s*:\s*[£$€]?[\d.,]+\s*[kmb]?(?:\s*[|·•]\s*(?:sentiment\s*:\s*)?(?:positive|negative|neutral|mixed)(?:\s+\d{1,3}%)?)*\s*$`)

// clipSectionRe is a digest's label over its totals: "OVERVIEW",
// "Summary", "Today at a glance".
var clipSectionRe = lazyre.New(`(?i)^(?:overview|summary|totals|at a glance|today at a glance|coverage summary)$`)

// clipHeader reads a clip's header, set as one paragraph: the headline,
// the outlet line and the measures line (either of the last two may be
// missing, not both). It returns the headline, empty when the paragraph
// is the service's measures alone; ok is false for any other paragraph.
func clipHeader(p string) (title string, ok bool) {
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(p), "\n") {
		if l = strings.TrimSpace(l); l != "" && !ruleLineRe.MatchString(l) {
			lines = append(lines, l)
		}
	}
	if len(lines) == 2 && clipSectionRe.MatchString(lines[0]) && clipMeasuresRe.MatchString(lines[1]) {
		// "OVERVIEW" over the day's totals: the service's, label and all.
		lines = lines[1:]
	}
	if len(lines) == 1 && clipMeasuresRe.MatchString(lines[0]) {
		return "", true
	}
	if len(lines) < 2 || len(lines) > 3 {
		return "", false
	}
	for _, l := range lines[1:] {
		if !clipOutletLineRe.MatchString(l) && !clipMeasuresRe.MatchString(l) {
			return "", false
		}
	}
	title = lines[0]
	if n := len(strings.Fields(title)); n < 3 || n > 25 || strings.HasSuffix(title, ".") || !startsUpper(title) {
		return "", false
	}
	return title, true
}

func isClipHeader(p string) bool { _, ok := clipHeader(p); return ok }

// sponsorLineRe is a newsletter's line announcing its sponsor's
// paragraph: "Together with Tallybook", "Sponsored by Acme", "A word from
// our sponsor", "Today's sponsor: Acme".
var sponsorLineRe = lazyre.New(`(?i)^(?:#+\s*)?(?:together with|sponsored by|in partnership with|brought to you by|presented by|(?:a word|a message) from (?:our|today[’']s|this (?:week|issue)[’']s) sponsors?|today[’']s sponsor:?|this (?:issue|week)[’']s sponsor:?)(?:\s+[\p{Lu}\d][^.!?\n]{0,40})?\s*$`)

// isSponsorLine reports a paragraph that is a sponsor line alone; the
// paragraph after it is the sponsor's advertisement, no part of the
// newsletter's text.
func isSponsorLine(p string) bool {
	return !strings.Contains(strings.TrimSpace(p), "\n") && sponsorLineRe.MatchString(strings.TrimSpace(p))
}

// sponsorCopyWords is the most an advertisement under a sponsor line
// runs to: a paragraph, not a section of the letter.
const sponsorCopyWords = 80
