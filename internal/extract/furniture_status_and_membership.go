package extract

import "github.com/cypx/cypx/internal/lazyre"

// Set 48's furniture sentences:
//   - a shared document's status line: "Status: final version shared
//     with board members ahead of the meeting.", "Status: draft for
//     comment";
//   - a body's membership boilerplate: "Harbrook Forum CIC is a member of
//     the National Network of Parent Carer Forums.";
//   - a charity's pointer to its accounts: "Our full accounts are
//     available from the Charity Commission register."
var (
	statusLineRe      = lazyre.New(`(?i)^(?:document\s+|paper\s+|report\s+)?status\s*:\s*(?:final|draft|approved|agreed|published|for\s+(?:comment|information|decision|discussion|approval)|version|v\d|official|open|closed)\b[^!?]{0,140}$`)
	memberOfRe        = lazyre.New(`^(?:The\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|and|of|for|the|&)){0,10}\s+(?:is|are)\s+(?:a\s+|an\s+)?(?:proud\s+)?(?:founding\s+|full\s+|associate\s+)?members?\s+of\s+(?:the\s+)?\p{Lu}[^!?%£]{2,120}$`)
	accountsPointerRe = lazyre.New(`(?i)^(?:our|the\s+charity['’]s|its)\s+(?:full\s+|audited\s+|annual\s+)+(?:accounts|report\s+and\s+accounts|financial\s+statements)\s+(?:are|is)\s+(?:available|published|online)\b[^!?]{0,120}$`)
)

// s48Classes are this file's furniture classes (see furnitureClasses).
var s48Classes = []furnitureClass{
	{lead: []string{"status", "document status", "paper status", "report status"}, re: statusLineRe, maxWords: 30, made: true, whole: true},
	{lead: []string{""}, re: memberOfRe, maxWords: 30, and: noMoney, may: func(_, lower string) bool { return containsAny(lower, []string{" member of ", " members of "}) }},
	{lead: []string{"our ", "the charity", "its "}, re: accountsPointerRe, maxWords: 30},
}
