package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A digest of a group's posts (a community platform's daily digest) and a
// search alert's list of results set each entry's title on its own line
// over lines about the entry: who posted it and when, or the outlet that
// published it. The title is the entry's heading; the lines about it are
// no part of its text, and glued to the text they would open its first
// sentence ("Healthy Start uptake Amina Begum - Public Health Lead ...").

// digestLineRe is a digest's own line about itself, which counts posts
// rather than reporting anything: "Here is your daily digest for the
// Early Years Network.", "There are 5 new posts since your last digest."
var digestLineRe = lazyre.New(`(?i)^(?:(?:hi|hello|dear)\s+[^,.!?]{1,30}[,!]\s+)?(?:(?:here is|here's|this is) your (?:daily |weekly |monthly |instant )?(?:digest|summary|round-?up)\b[^.!?]{0,120}|there (?:are|is|were|was|have been|has been) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|no) new (?:posts?|messages?|replies|repl(?:y|ies)|discussions?|threads?|topics?|results?|comments?)\b[^.!?]{0,80})[.!]?$`)

// isDigestIntro reports a paragraph whose every sentence is a digest's
// line about itself (digestLineRe).
func isDigestIntro(folded string) bool {
	if len(strings.Fields(folded)) > 60 {
		return false
	}
	n := 0
	for _, s := range strings.SplitAfter(folded, ". ") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if !digestLineRe.MatchString(s) {
			return false
		}
		n++
	}
	return n > 0
}

// postedLineRe is a post's time stamp: "Posted 2 December 2026, 09:14",
// "Posted on 3 Mar 2025 at 14:02", "Posted: 12/05/2026".
var postedLineRe = lazyre.New(`(?i)^(?:posted|replied|published|sent)(?: on)?:?\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?(?:\d{1,2}(?:st|nd|rd|th)? ` + monthExpr + `[a-z]*\.? \d{4}|` + monthExpr + `[a-z]*\.? \d{1,2},? \d{4}|\d{1,2}/\d{1,2}/\d{2,4})(?:,? (?:at )?\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?$`)

// posterLineRe is the line naming who posted: "Claire Whitmore - Public
// Health Commissioning Manager, Eastmarch County Council", a name over a
// dash and a role, or a role alone ("Network Facilitator - Children's
// Network"). It holds no sentence.
var posterLineRe = lazyre.New(`^[A-Z][^.!?]{1,60}? [-–—|] [A-Z][^!?]{2,140}$`)

// replyTitleRe is a reply's title, the thread's title after "RE:".
var replyTitleRe = lazyre.New(`(?i)^re:\s+`)

// digestPostHeader reads a post's header in a group digest: its title
// over the line naming who posted it and the line stamping when
// ("NCMP results: Year 6 obesity" / "Tom Ashworth - Analyst, Eastmarch
// County Council" / "Posted 2 December 2026, 16:20"). It returns the
// title, empty for a reply ("RE: NCMP results ..."), whose thread already
// has its heading; ok is false for any other paragraph.
func digestPostHeader(p string) (title string, ok bool) {
	lines := strings.Split(strings.TrimSpace(p), "\n")
	// The rule a plain part draws between posts.
	for len(lines) > 0 && ruleLineRe.MatchString(lines[0]) {
		lines = lines[1:]
	}
	if len(lines) < 2 || len(lines) > 3 || !postedLineRe.MatchString(strings.TrimSpace(lines[len(lines)-1])) {
		return "", false
	}
	if len(lines) == 3 && !posterLineRe.MatchString(strings.TrimSpace(lines[1])) {
		return "", false
	}
	title = strings.TrimSpace(lines[0])
	if n := len(strings.Fields(title)); n < 2 || n > 20 || strings.HasSuffix(title, ".") {
		return "", false
	}
	if replyTitleRe.MatchString(title) {
		return "", true
	}
	return title, true
}

// resultSectionRe is a search alert's section line in its plain part:
// "=== News - 8 new results for [children's mental health] ===". The
// section's name is its heading; the count and the query are the alert's
// own words.
var resultSectionRe = lazyre.New(`(?i)^=+\s*([A-Z][\w ]{1,30}?)\s+[-–—]\s+(?:\d+|one|a) new results? for\b.{0,200}?=+$`)

// resultSection is the heading of a search alert's section line, empty
// for any other paragraph.
func resultSection(p string) string {
	if strings.Contains(strings.TrimSpace(p), "\n") {
		return ""
	}
	m := resultSectionRe.FindStringSubmatch(strings.TrimSpace(p))
	if m == nil {
		return ""
	}
	return m[1]
}

// resultSourceRe is a search result's source line: an outlet's name
// ("Kelvingate Echo", "Mindful Futures (blog)") or a site's address
// ("kelvingate-parents.org.uk"), short and with no sentence in it.
var resultSourceRe = lazyre.New(`^(?:[A-Z0-9][\w'’&.,-]*(?: [\w'’&.,-]+){0,6}(?: \([\w ]{1,20}\))?|[\w-]+(?:\.[\w-]+)+)$`)

// searchResult reads a search alert's result, set as one paragraph: the
// result's title, its source's name, the snippet, and the link on the
// last line. It returns the title (the result's heading) and the snippet
// (the text); ok is false for any other paragraph. A title ending a
// sentence, or a source line that reads as a sentence, is no result.
func searchResult(p string) (title, snippet string, ok bool) {
	lines := strings.Split(strings.TrimSpace(p), "\n")
	if len(lines) < 4 || !linkLineRe.MatchString(lines[len(lines)-1]) {
		return "", "", false
	}
	title, source := strings.TrimSpace(lines[0]), strings.TrimSpace(lines[1])
	if n := len(strings.Fields(title)); n < 3 || n > 25 || strings.HasSuffix(title, ".") || !startsUpper(title) {
		return "", "", false
	}
	if len(strings.Fields(source)) > 7 || strings.HasSuffix(source, ".") || !resultSourceRe.MatchString(source) {
		return "", "", false
	}
	body := lines[2 : len(lines)-1]
	for _, l := range body {
		if linkLineRe.MatchString(l) {
			return "", "", false
		}
	}
	snippet = strings.TrimSpace(strings.Join(body, "\n"))
	if len(strings.Fields(snippet)) < 8 {
		return "", "", false
	}
	return title, snippet, true
}

func isDigestPostHeader(p string) bool { _, ok := digestPostHeader(p); return ok }

func isSearchResult(p string) bool { _, _, ok := searchResult(p); return ok }
