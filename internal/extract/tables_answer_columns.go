package extract

import "strings"

// answerNo reports header i a survey's "No" answer beside a "Yes" one
// ("| Question | Yes | No | Families answering |"): its shares are the
// answers of those who said no, not numbers of the rows ("No." over
// "1, 2, 3"), which a "No" header alone is read as. Before, the 48% who
// said no were no figure.
func answerNo(header []string, i int) bool {
	if !strings.EqualFold(strings.TrimSpace(header[i]), "no") {
		return false
	}
	for _, h := range header {
		if strings.EqualFold(strings.TrimSpace(h), "yes") {
			return true
		}
	}
	return false
}
