package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// bylineStandfirstRe is a magazine's standfirst signed with its writer's
// byline at its end: "Councils are cutting school nursing to balance
// their books, writes Ana Ruiz", "… and families pay the price, finds
// Tom Hale". The teaser of the article, whose body states what it finds;
// group 1 is the writer.
var bylineStandfirstRe = lazyre.New(`^[^.!?;:"“”]{20,300},\s+(?:writes|finds|reports|argues|explains|asks|investigates|discovers)\s+((?:(?:Dr|Professor|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*$`)

// bylineOrgWords are words of a body's name, which a writer's byline
// never holds: "…, finds Healthwatch England", "…, reports the Care
// Quality Commission" cite a body's finding, evidence.
var bylineOrgWords = []string{"healthwatch", "england", "wales", "scotland", "nhs", "trust", "council", "commission", "committee",
	"institute", "foundation", "society", "college", "association", "federation", "network", "alliance", "partnership",
	"office", "department", "ministry", "board", "review", "report", "survey", "study", "audit", "ofsted", "university",
	"centre", "unit", "service", "services", "group", "charity", "fund", "union", "forum"}

// bylineWriter: the name at the standfirst's end is a person's, not a
// body's.
func bylineWriter(t, _ string) bool {
	m := bylineStandfirstRe.FindStringSubmatch(t)
	if m == nil || len(actorsIn(m[1])) > 0 {
		return false
	}
	return !containsAny(" "+strings.ToLower(m[1])+" ", wordsPadded(bylineOrgWords))
}

// wordsPadded are words with a space either side, to be found whole.
func wordsPadded(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = " " + w + " "
	}
	return out
}

// bylineStandfirstClasses are this file's furniture classes (see
// furnitureClasses).
var bylineStandfirstClasses = []furnitureClass{
	{lead: []string{""}, re: bylineStandfirstRe, maxWords: 50, and: bylineWriter, may: func(_, lower string) bool {
		return containsAny(lower, []string{", writes ", ", finds ", ", reports ", ", argues ", ", explains ", ", asks ", ", investigates ", ", discovers "})
	}},
}
