package extract

import (
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/lazyre"
)

// Leftovers round 13h's furniture sentences:
//   - a meeting's note that its apologies or attendance are listed
//     elsewhere: "Apologies as above.";
//   - a signpost offering the writer's line to call, its question set
//     apart or not: "Need advice? Our nurses are on 0300 555 0100, Monday
//     to Friday.";
//   - an abbreviation spelled out, as a glossary line under a table is:
//     "CAMHS: children and adolescent mental health services." (or after
//     a dash, as a glossary appendix sets it: "SDQ – strengths and
//     difficulties questionnaire.");
//   - a briefing's note that its publisher makes no recommendations:
//     "The Library does not make recommendations; the options below are
//     for information."
//
// The charity line that opens "Registered charity in England and Wales
// (...)" or closes an author's bio with its number is charityNumberRe's.
var (
	apologiesListedRe = lazyre.New(`(?i)^(?:apologies|attendance|attendees|those\s+present)(?:\s+(?:were|are))?\s+(?:as\s+(?:above|below|listed|noted|recorded)(?:\s+(?:above|below))?|(?:listed|noted|recorded)\s+(?:above|below))\s*\.?$`)
	needAdviceRe      = lazyre.New(`(?i)^(?:(?:need|want|looking\s+for)\s+(?:some\s+|more\s+|urgent\s+)?(?:advice|help|support|information|someone\s+to\s+talk\s+to)\s*\?\s*)?(?:(?:our|the|a|an)\s+[^.!?]{0,60}?\s+(?:is|are)\s+(?:available\s+)?on|(?:call|ring|phone|text)(?:\s+us)?(?:\s+on)?)\s+0\d{2,4}[\d ]{5,10}\d\b[^!?]{0,60}$`)
	noRecsNoteRe      = lazyre.New(`(?i)^(?:the\s+)?[\p{L}'’&-]+(?:\s+[\p{L}'’&-]+){0,5}?\s+(?:does|do)\s+not\s+(?:make|give|offer)\s+(?:policy\s+)?recommendations\b[^!?]{0,140}$`)
	abbreviationRe    = lazyre.New(`^(\p{Lu}[\p{Lu}&]{1,6})s?(?:\s*[:=]|\s+[–—-])\s+([\p{L}'’ ,-]{4,120}?)\s*\.?$`)
)

// l13hClasses are this file's furniture classes (see furnitureClasses).
var l13hClasses = []furnitureClass{
	{lead: []string{"apologies", "attendance", "attendees", "those present"}, re: apologiesListedRe, maxWords: 8},
	{lead: []string{"need", "want", "looking for", "our "}, re: needAdviceRe, maxWords: 30, made: true, whole: true, and: func(t, lower string) bool {
		return noMoney(t, lower) && !quoted(t)
	}},
	{lead: []string{""}, re: noRecsNoteRe, maxWords: 35, overAsk: true, and: func(t, lower string) bool { return noMoney(t, lower) && !quoted(t) },
		may: func(_, lower string) bool {
			return strings.Contains(lower, " recommendations") && strings.Contains(lower, " not ")
		}},
	{lead: []string{""}, re: abbreviationRe, maxWords: 16, made: true, whole: true, and: spelledOut,
		may: func(t, _ string) bool {
			return strings.Contains(t, ":") || strings.Contains(t, "=") || strings.Contains(t, " – ") || strings.Contains(t, " — ") || strings.Contains(t, " - ")
		}},
}

// minorWords are left out of an abbreviation's initials: "children and
// adolescent mental health services" is CAMHS.
var minorWords = map[string]bool{"and": true, "of": true, "the": true, "for": true, "in": true, "with": true, "to": true, "on": true, "&": true}

// spelledOut reports a line that only spells out its abbreviation: the
// initials of the words after the colon are its letters ("SDQ: Strengths
// and Difficulties Questionnaire"). "ICB: waits rose" does not spell it.
func spelledOut(t, _ string) bool {
	m := abbreviationRe.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	var initials []rune
	for _, w := range strings.FieldsFunc(m[2], func(r rune) bool { return r == ' ' || r == ',' || r == '-' }) {
		if minorWords[strings.ToLower(w)] {
			continue
		}
		initials = append(initials, unicode.ToUpper([]rune(w)[0]))
	}
	return string(initials) == strings.ReplaceAll(m[1], "&", "")
}
