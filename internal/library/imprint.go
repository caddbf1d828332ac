package library

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/lazyre"
)

// Imprints: the lines in which a document names who published it, read
// the same way on a web page's footer and on a PDF's title page or back
// cover. "Published by NHS England", "Publisher: Healthwatch Kent", "First
// published July 2024 by the King's Fund", "© 2024 Royal College of
// Psychiatrists. A charity registered in England", "Copyright © 2010–2024
// Healthwatch Kent | Privacy".

// imprintKind says which notice an imprint line holds.
type imprintKind int

const (
	noImprint imprintKind = iota
	publishedImprint
	copyrightImprint
)

var (
	// publishedNoticeRe opens a "Published by" line, up to the name.
	publishedNoticeRe = lazyre.New(`(?i)^(?:first\s+)?(?:published\s+(?:(?:in\s+)?\w+\s+(?:19|20)\d\d\s+)?by|publisher)\s*:?\s+`)
	// copyrightNoticeRe is a copyright notice up to the holder's name.
	copyrightNoticeRe = lazyre.New(`(?i)(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)|\bcopyright\b))*\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*,?\s*)?(?:by\s+)?`)
	// imprintEndRe ends the name: a sentence's end, a separator, a year,
	// a date, "All rights reserved", "on behalf of", "registered charity".
	imprintEndRe = lazyre.New(`(?i)\.\s|\.$|\s*[,;:()|•·]|\s+[-–—]\s|\s+(?:19|20)\d{2}\b|\s(?:in|on|for|and|at)\s+(?:behalf|\d|(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|\s+all rights|\s+or its\b|\s+registered\b|\s+is\s`)
	// notImprintOrgRe are names that are no organisation: Crown and
	// Parliamentary copyright, "the authors", "All rights reserved", and
	// words that name a kind of document.
	notImprintOrgRe = lazyre.New(`(?i)^(?:crown|parliamentary|the authors?\b|authors?\b|all rights|copyright|reserved|\d|(?:report|briefing|research|policy|annual report|summary|nhs)$)`)
)

// imprintOrg is the organisation an imprint line names, and which notice
// names it. With anywhere set a copyright notice may stand inside the
// line (a page footer's text: "Privacy | © 2024 X"); otherwise the notice
// opens it (a PDF's imprint line). A "Published by" line always opens its
// line, and never names a person ("Published by Jane Smith" is a byline).
// Nothing is found in a line with no notice, or whose name is not one.
func imprintOrg(line string, anywhere bool) (string, imprintKind) {
	line = strings.TrimSpace(line)
	if loc := publishedNoticeRe.FindStringIndex(line); loc != nil {
		if r, _ := utf8.DecodeRuneInString(line); unicode.IsLower(r) {
			// "published by the Office for ..." on a PDF's line goes on
			// from a sentence above it (a figure it cites), not an
			// imprint, which opens with a capital.
			return "", noImprint
		}
		if name := imprintName(line[loc[1]:]); name != "" && !isPersonName(name) {
			return name, publishedImprint
		}
		return "", noImprint
	}
	loc := copyrightNoticeRe.FindStringIndex(line)
	if loc == nil || !anywhere && loc[0] != 0 {
		return "", noImprint
	}
	if name := imprintName(line[loc[1]:]); name != "" {
		return name, copyrightImprint
	}
	return "", noImprint
}

// imprintName cuts the name at the start of rest and checks it reads as
// an organisation's: capitalised, mostly letters, a few words, no date.
// A lower-case "the" before it goes; "The King's Fund" keeps its own.
func imprintName(rest string) string {
	rest = strings.TrimSpace(rest)
	if loc := teamOfRe.FindStringIndex(rest); loc != nil {
		// "the Public Health Team at Hollinsford City Council": the
		// body the team is part of publishes.
		rest = rest[loc[1]:]
	}
	if e := imprintEndRe.FindStringIndex(rest); e != nil {
		rest = rest[:e[0]]
	}
	// "Barnardo's in partnership with the Anna Freud Centre": the body a
	// line is by, not a partner who helped.
	rest = partnerCutRe.ReplaceAllString(rest, "")
	rest = strings.TrimSpace(strings.TrimPrefix(rest, "the "))
	if rest == "" || notImprintOrgRe.MatchString(rest) || !looksLikeName(rest) || dateRe.MatchString(rest) ||
		strings.ContainsAny(rest, "@/") {
		return ""
	}
	if _, month := months[strings.ToLower(rest[:min(3, len(rest))])]; month && len(strings.Fields(rest)) == 1 {
		return "" // "July" of "Published July 2024"
	}
	letters, runes := 0, 0
	for _, c := range rest {
		runes++
		if unicode.IsLetter(c) {
			letters++
		}
	}
	if letters*2 < runes {
		return ""
	}
	return rest
}

// teamOfRe opens an imprint naming a team and then the body it is part
// of: "the Public Health Team at Hollinsford City Council", "the
// Communications Team, Hollinsford Youth Trust", "the Health Working
// Group of Tollmere Youth Forum".
var teamOfRe = lazyre.New(`(?i)^(?:the\s+)?(?:[\p{L}'’&-]+\s+){1,5}?(?:team|unit|directorate|division|(?:working|steering|advisory|reference)\s+group)\s*(?:,|\bat\b|\bwithin\b|\bpart\s+of\b|\bof\b)\s*(?:the\s+)?`)
