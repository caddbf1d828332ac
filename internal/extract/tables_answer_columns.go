package extract

import "strings"

// answerNo reports header i a survey's "No" answer beside a "Yes" one
// ("| Question | Yes | No | Families answering |"): its shares are the
// answers of those who said no, not numbers of the rows ("No." over
// "1, 2, 3"), which a "No" header alone is read as. Before, the 48% who
// said no were no figure.
//
// The answers' unit may follow in a bracket, "| Yes (%) | No (%) |": the
// "No" column's shares are then as much the row's figures as the "Yes"
// column's. Before, "No (%)" was read as a column of row numbers, and
// its shares were lost.
func answerNo(header []string, i int) bool {
	no, unit := answerHeader(header[i])
	if !strings.EqualFold(no, "no") {
		return false
	}
	for _, h := range header {
		if yes, u := answerHeader(h); strings.EqualFold(yes, "yes") && u == unit {
			return true
		}
	}
	return false
}

// answerHeader splits a survey answer's header into its answer and the
// bracket after it, if any: "No (%)" is "No" and "(%)".
func answerHeader(h string) (answer, unit string) {
	h = strings.TrimSpace(h)
	if k := strings.IndexByte(h, '('); k > 0 && strings.HasSuffix(h, ")") {
		return strings.TrimSpace(h[:k]), h[k:]
	}
	return h, ""
}
