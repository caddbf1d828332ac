package library

import "strings"

// meetingNameWords are the words of a meeting's or a board's name that
// name no particular body: "Health and Wellbeing Board", "Children and
// Young People's Scrutiny Committee", "Board of Directors".
var meetingNameWords = map[string]bool{
	"health": true, "wellbeing": true, "well-being": true, "and": true, "&": true, "of": true, "the": true, "for": true,
	"board": true, "committee": true, "sub-committee": true, "subcommittee": true, "scrutiny": true, "overview": true,
	"select": true, "cabinet": true, "executive": true, "panel": true, "forum": true, "meeting": true, "session": true,
	"children": true, "children's": true, "children’s": true, "young": true, "people": true, "people's": true, "people’s": true,
	"adult": true, "adults": true, "social": true, "care": true, "education": true, "families": true, "family": true,
	"quality": true, "safety": true, "safeguarding": true, "partnership": true, "integrated": true, "audit": true,
	"governance": true, "finance": true, "performance": true, "public": true, "joint": true, "strategic": true,
	"services": true, "service": true, "corporate": true, "parenting": true, "full": true, "council": true,
	"directors": true, "governors": true, "governing": true, "body": true, "member": true, "decision": true,
	"policy": true, "resources": true, "community": true, "communities": true, "learning": true, "skills": true,
	"mental": true, "send": true, "commissioning": true, "schools": true, "in": true, "private": true,
}

// meetingOnlyName says whether a name is only a meeting's or a board's
// ("Health and Wellbeing Board", "Cabinet", "Health Scrutiny Committee"):
// every word a word such names use (meetingNameWords), none naming a
// place or a body of its own. A line "Health and Wellbeing Board | 14
// January 2025" under a title gives the meeting a paper goes to and its
// day, not its publisher. Before (hostile check 68), such a paper was
// published by "Health and Wellbeing Board".
func meetingOnlyName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		if !meetingNameWords[strings.Trim(w, ",")] {
			return false
		}
	}
	return true
}
