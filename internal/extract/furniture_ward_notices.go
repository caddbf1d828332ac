package extract

import "github.com/cypx/cypx/internal/lazyre"

// A ward's or unit's notices to visitors, furniture on any hospital page:
//   - its visiting hours: "Brothers and sisters are welcome from 9am until
//     6pm.", "Visiting times are 2pm to 8pm daily.";
//   - its own telephone line: "The ward's direct line is 0161 496 0000."
//
// A time or a number is the notice itself, so the class takes the whole
// sentence; a share or a sum, a past tense or a clause after the notice
// ("..., but 30 families said ...") keeps it.
var (
	visitingHoursRe = lazyre.New(`(?i)^(?:(?:siblings|brothers\s+and\s+sisters|grandparents|visitors|partners|parents(?:\s+and\s+carers)?|families)\s+(?:are|is)\s+(?:welcome(?:\s+to\s+visit)?|(?:able|allowed|free)\s+to\s+visit|(?:able|allowed|free)\s+to\s+come)|visiting\s+(?:hours|times)\s+(?:are|is|run))\s+(?:(?:daily|every\s+day)\s+)?(?:between|from|at\s+any\s+time|any\s+time|\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm))[^!?%£;]{0,50}\.?$`)
	unitLineRe      = lazyre.New(`(?i)^(?:the|our|this)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:direct\s+line|direct\s+dial|(?:tele)?phone\s+number|switchboard(?:\s+number)?)\s+is\s+(?:\+44\s*)?\(?0\d[\d\s()]{8,14}\d\.?$`)
)

// wardNoticeClasses are this file's furniture classes (see furnitureClasses).
var wardNoticeClasses = []furnitureClass{
	{lead: []string{"siblings", "brothers", "grandparents", "visitors", "partners", "parents", "families", "visiting"}, re: visitingHoursRe, maxWords: 20, made: true, whole: true, and: func(t, lower string) bool {
		return !containsAny(lower, []string{" but ", " because ", " after ", " although "})
	}},
	{lead: []string{"the ", "our ", "this "}, re: unitLineRe, maxWords: 16, made: true, whole: true,
		may: func(_, lower string) bool {
			return containsAny(lower, []string{"direct line", "direct dial", "phone number", "switchboard"})
		}},
}
