package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Lines of a profile page or a work chat that are no evidence: a public
// health profile's comparison label ("Compared with England: Worse
// 95%"); a note that a file is in a team's shared space ("The March
// tracker is now in the channel files."); and a request for a data
// return by a date ("Could trusts please send their September referral
// figures by Friday 10 October?"); and a masthead naming a body and its
// team, set apart by a bar ("Northby ICB | Children's Commissioning
// Team").
var (
	comparedLabelRe  = lazyre.New(`(?i)^compared\s+(?:with|to)\s+(?:england|the\s+(?:region|england\s+(?:value|average)|national\s+average|benchmark)|benchmark)\s*:\s*(?:better|worse|similar|not\s+compared|higher|lower|not\s+significantly\s+different)(?:\s+\(?\d{2}(?:\.\d)?%\)?)?\.?$`)
	sharedFileNoteRe = lazyre.New(`(?i)^(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}:\s+)?(?:the\s+|our\s+|this\s+\w+['’]s\s+)?[^.!?:]{2,60}?\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:(?:saved|uploaded|posted|filed|up|available)\s+)?(?:in|on|to)\s+(?:the\s+|our\s+)?(?:channel|team|teams|shared|sharepoint)\s*(?:files?|folder|drive|tab|site|space|channel)?\s*\.?$`)
	mastheadBarRe    = lazyre.New(`^` + mastheadPart + `(?:\s+\|\s+` + mastheadPart + `){1,2}$`)
	dataReturnAskRe  = lazyre.New(`(?i)^(?:could|can|would)\s+(?:all\s+|the\s+)?[\w'’ -]{2,40}?\s+please\s+(?:send|return|submit|share|upload)\s+(?:(?:us|me)\s+)?(?:(?:their|your|the|any)\s+)?[^.!?]{0,40}?\b(?:numbers|figures|data|returns?|submissions?)\b(?:\s+(?:to\s+(?:me|us|the\s+\w+(?:\s+\w+)?)))?\s+by\s+[^.!?]{1,90}[.?]?$`)
)

// mastheadPart is a name of a body or team in a masthead, its words
// capitalised but for the small ones: "Kelby and Dene ICB", "Office of
// the Chief Nurse".
const mastheadPart = `\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|and|of|for|the|&|in|on)){0,7}`

// profileAndChatClasses are appended to furnitureClasses.
var profileAndChatClasses = []furnitureClass{
	{lead: []string{"compared with", "compared to"}, re: comparedLabelRe, maxWords: 12, made: true, whole: true},
	{re: sharedFileNoteRe, maxWords: 20, dates: true,
		may: func(_, lower string) bool {
			return containsAny(lower, []string{"channel", "sharepoint", "shared drive", "shared folder", "team files", "teams files"})
		}},
	{re: mastheadBarRe, maxWords: 20, made: true, whole: true,
		may: func(t, _ string) bool { return strings.Contains(t, " | ") && !strings.ContainsAny(t, "0123456789%£") }},
	{lead: []string{"could ", "can ", "would "}, re: dataReturnAskRe, maxWords: 40, dates: true,
		may: func(_, lower string) bool {
			return strings.Contains(lower, "please") && strings.Contains(lower, " by ")
		}},
}
