package extract

import "github.com/cypx/cypx/internal/lazyre"

// A register's or action log's note on how its dates are set, no
// finding: "Target dates are those agreed with the risk owner.", "Due
// dates are set by the lead director." A figure keeps the sentence, the
// class being no "made" one.
var (
	registerDatesNoteRe = lazyre.New(`(?i)^(?:due|target|completion|review|deadline)\s+dates\s+(?:are|were)\s+(?:those\s+)?(?:agreed|set|confirmed|proposed)\s+(?:by|with)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:lead|owner|director|manager|officer|committee|board)s?\.?$`)
)

// registerDatesClasses are this file's furniture classes (see furnitureClasses).
var registerDatesClasses = []furnitureClass{
	{lead: []string{"due dates", "target dates", "completion dates", "review dates", "deadline dates"}, re: registerDatesNoteRe, maxWords: 16},
}
