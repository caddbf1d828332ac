package library

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/lazyre"
)

// notSubtitleRe opens a line under a title that says what kind of paper
// it is, whom it is by or for, or when, rather than what it is about:
// "Report to the Quality and Performance Committee", "Report of the
// Director of Public Health to the Board", "A report by the Haemoglobin
// Alliance", "Written evidence from ...", "Board meeting in public",
// "Annual review 2024–25", "Inspection report", "Policy briefing no. 12",
// "Fourth Report of Session 2024–25", "Visit of 11 February 2025"; a
// leaflet's line naming its readers, "Information for parents and
// carers", "A guide for young people".
var notSubtitleRe = lazyre.New(`(?i)^(?:(?:an?\s+)?(?:information|advice|guide|guidance|leaflet|booklet)\s+for\s+(?:parents|carers|families|young\s+people|children|patients|professionals|staff|schools|teachers|referrers|you)\b|(?:an?\s+)?(?:[\w’'&-]+\s+){0,4}?(?:report|paper|briefing|submission|evidence|guidance|note|review)\s+(?:to|by|from|for)\b|report\s+of\s+the\b|written\s+evidence\b|(?:board|committee|trust\s+board)\s+meeting|meeting\b|published\b|prepared\b|presented\b|submitted\b|authors?\b|version\b|visit\s+of\b|(?:topic\s+)?chapter\s+\d|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+report\b)`)

// kindOnlyRe is a line that only names the paper's kind, with its
// author's office or its period left aside: "Annual review", "Health
// needs assessment", "Director of Public Health Annual Report", "Service
// review and improvement plan", "England briefing", "Application form",
// a meeting's record ("Webcast transcript", "Draft minutes").
var kindOnlyRe = lazyre.New(`(?i)^(?:the\s+|an?\s+)?(?:[\w’'&-]+\s+){0,7}?(?:report|review|briefing|assessment|chapter|paper|plan|summary|statement|audit|evaluation|update|bulletin|note|notes|guidance|response|strategy|submission|form|application|transcript|minutes|agenda|record)$`)

// periodTailRe is a period closing a line: "2024", "2024/25", "2024–25",
// ", 2022 to 2024".
var periodTailRe = lazyre.New(`(?:,?\s+(?:(?:19|20)\d\d(?:\s*(?:/|–|-|to)\s*(?:(?:19|20)?\d\d))?))+$`)

// subtitle reads the lines a title page sets right under its title, in
// a size between the title's and the body's: the subtitle a citation
// gives after a colon ("Still waiting" over "Children's access to mental
// health services in England, 2022-23: a briefing" is "Still waiting:
// children's access to mental health services in England, 2022-23").
// Lines naming only the paper's kind ("Annual review 2024–25",
// "Inspection report"), its author or readers ("Report to the Quality
// Committee", "Briefing for MPs ..."), a date or a body are no subtitle,
// and a subtitle is cut at its own colon, as the part after it ("a
// briefing") names the kind.
func (l *layout) subtitle(rs []*row, big float64) string {
	return subtitleOf(l.linesUnderTitle(rs, big, false))
}

// linesUnderTitle joins the lines right under a cover's title (from
// l.titleTo) set in one size, smaller than big but larger than the body's,
// close together; "" when the first is none such. With oneRun, a line
// set in more than one run of text (a name beside a date) is none either:
// a title under a body's name (titleUnder) is set whole.
func (l *layout) linesUnderTitle(rs []*row, big float64, oneRun bool) string {
	if l.titleTo <= 0 || l.titleTo >= len(rs) {
		return ""
	}
	var lines []string
	size := 0.0
	for k := l.titleTo; k < len(rs); k++ {
		r := rs[k]
		s := maxSize(r.frags)
		gap := r.y0 - rs[k-1].y1
		split := oneRun && len(r.frags) > 1
		if len(lines) == 0 {
			if s >= big-0.4 || s < 1.2*l.body.size || gap > 2*(r.y1-r.y0) || split {
				return ""
			}
			size = s
		} else if math.Abs(s-size) > 0.3 || gap > 0.3*s || split {
			break
		}
		lines = append(lines, strings.TrimSpace(r.text()))
	}
	// A line broken after a hyphen ("long-" over "term conditions") is
	// joined as the title's own lines are, with no space after it.
	return joinTitleLines(lines)
}

// subtitleOf is the subtitle the lines under a title give, or "" when
// they are no subtitle (see subtitle).
func subtitleOf(lines string) string {
	sub := strings.Join(strings.Fields(lines), " ")
	if sub == "" || dateRe.MatchString(sub) || periodRe.MatchString(sub) || periodOnlySubtitleRe.MatchString(sub) || strings.ContainsAny(sub, "|·•@") ||
		notSubtitleRe.MatchString(sub) || seriesPlaceRe.MatchString(sub) || bodyNameRe.MatchString(sub) && !titleWords(sub) {
		return ""
	}
	if k := strings.Index(sub, ": "); k > 0 {
		sub = sub[:k]
	}
	sub = strings.TrimRight(sub, " ,;.–-")
	if len(strings.Fields(sub)) < 2 || kindOnlyRe.MatchString(periodTailRe.ReplaceAllString(sub, "")) && !kindInName(periodTailRe.ReplaceAllString(sub, "")) {
		return ""
	}
	return sub
}

// kindInName reports a line in sentence case whose last word, a paper's
// kind, is capitalised as part of a name: "Five costed asks for the
// Spending Review" is about the Spending Review, no paper's kind. A line
// in title case ("Annual Health Review") says nothing so.
func kindInName(s string) bool {
	w := strings.Fields(s)
	if len(w) < 4 {
		return false
	}
	last, _ := utf8.DecodeRuneInString(w[len(w)-1])
	before, _ := utf8.DecodeRuneInString(w[len(w)-2])
	if !unicode.IsUpper(last) || !unicode.IsUpper(before) {
		return false
	}
	lower := 0
	for _, x := range w[1 : len(w)-2] {
		if r, _ := utf8.DecodeRuneInString(x); unicode.IsLower(r) {
			lower++
		}
	}
	return lower >= 2
}

// withSubtitle joins a title page's title and its subtitle as a
// citation gives them: "Title: subtitle", the subtitle's first word in
// lower case where only its place capitalised it ("Not just a crisis:
// children and young people with sickle cell disorder in England"; not
// "Director of Public Health ..."), and after a title that asks, a space
// ("Unseen and unheard? The health of young carers in England"). A title
// that holds its own colon has its subtitle already, and a subtitle that
// would make the title longer than a title is kept (maxTitleRunes) is
// left out rather than cut.
func withSubtitle(title, sub string) string {
	if sub == "" || strings.Contains(title, ": ") {
		return title
	}
	joined := strings.TrimRight(title, " :") + ": " + lowerFirstWord(sub)
	if strings.HasSuffix(title, "?") || strings.HasSuffix(title, "!") {
		joined = title + " " + sub
	}
	if utf8.RuneCountInString(joined) > maxTitleRunes {
		return title // cut, it would cite half a subtitle
	}
	return joined
}

// lowerFirstWord lowers the first letter of s when its first word is a
// common word capitalised by its place: neither of the next two words is
// capitalised and the word is not all capitals ("Children and young
// people ..." → "children and young people ...", "A review of ..." → "a
// review of ..."; "Director of Public Health ..." and "SEND ..." stay).
func lowerFirstWord(s string) string {
	w := strings.Fields(s)
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || len(w) < 2 || len(w[0]) > 1 && strings.ToUpper(w[0]) == w[0] {
		return s
	}
	for _, x := range w[1:min(3, len(w))] {
		if c, _ := utf8.DecodeRuneInString(x); unicode.IsUpper(c) {
			return s
		}
	}
	return string(unicode.ToLower(r)) + s[n:]
}
