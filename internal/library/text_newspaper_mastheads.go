package library

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// paperMottoRe is a newspaper's motto under its name on the masthead:
// "Serving the Vale since 1874", "The voice of Wendle Valley", "Your
// local paper since 1902", "Established 1856".
var paperMottoRe = lazyre.New(`(?i)^(?:(?:proudly\s+)?serving|covering|the\s+voice\s+of|news\s+for|your\s+(?:local\s+|community\s+)?(?:paper|newspaper|news)|(?:est(?:ablished|\.)?|founded)\s+(?:in\s+)?\d{4}\b)[^.!?]{0,60}$`)

// newspaperMasthead reads a newspaper's masthead over a story pasted as
// text: the paper's name over its motto ("The Vale Advertiser" over
// "Serving the Vale since 1874"), the pair alone in its block, and the
// story's date line under it. The name is the publisher, the date the
// story's, and neither line the title nor evidence. Before, the title
// was "The Vale Advertiser: Serving the Vale since 1874", the headline
// under it a heading, and the story dated by its year alone.
func newspaperMasthead(lines []string, i int) (publisher string, date evidence.Date, next int, ok bool) {
	if i+1 >= len(lines) || i+2 < len(lines) && strings.TrimSpace(lines[i+2]) != "" {
		return "", evidence.Date{}, i, false
	}
	name, motto := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
	if !isTitleLine(name) || len(strings.Fields(name)) > 6 || len(strings.Fields(motto)) > 10 || !paperMottoRe.MatchString(motto) {
		return "", evidence.Date{}, i, false
	}
	next = skipBlank(lines, i+2)
	if next < len(lines) && dateOnlyLine(strings.TrimSpace(lines[next])) {
		date = textDate(lines[next])
		next = skipBlank(lines, next+1)
	}
	return name, date, next, true
}
