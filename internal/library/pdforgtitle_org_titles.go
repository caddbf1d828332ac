package library

import (
	"strings"
)

// orgTitle reports a title page's largest text that is a body's own name
// and nothing more ("NHS Harwood and Mere" over "Integrated Care Board"):
// a cover that sets its author's name largest and the paper's title under
// it in a smaller size. Before, the name was read as the title, the paper's
// title as its subtitle, and no publisher was found above the title.
func orgTitle(t string) bool {
	t = strings.Join(strings.Fields(t), " ")
	org := cleanOrg(t)
	return org != "" && org == t && len(strings.Fields(t)) <= 8 && bodyNameRe.MatchString(t) && !titleWords(t)
}

// ownNameAbove reports the name over a cover's largest text (above, ""
// when none) leaving that text the author's own name: no other body is
// named above it. An inspectorate's or a Healthwatch's name over a
// provider's sets the provider largest as what the report is about.
func ownNameAbove(above, name string) bool {
	return above == "" || strings.EqualFold(strings.Join(strings.Fields(above), " "), strings.Join(strings.Fields(name), " "))
}

// titleUnder is the title set under a body's name on a cover (orgTitle):
// the lines right under it in the one size next below, in full, as the
// paper names itself; "" when there are none or they are no title (a date,
// a strapline naming a body).
func (l *layout) titleUnder(rs []*row, big float64) string {
	t := strings.Join(strings.Fields(l.linesUnderTitle(rs, big, true)), " ")
	if len(strings.Fields(t)) < 2 || dateRe.MatchString(t) && len(strings.Fields(t)) <= 5 || bodyNameRe.MatchString(t) && !titleWords(t) {
		return ""
	}
	return t
}

// runningOrg reports a cover's largest text that every page's running
// line opens with, before a separator ("Tarn Young Voices · Annual report
// 2024/25"): the body's own name, though it has no word for a kind of
// body (see orgTitle), and its words are all capitalised as a name's
// are.
func (l *layout) runningOrg(t string) bool {
	t = strings.Join(strings.Fields(t), " ")
	if t == "" || cleanOrg(t) != t || titleWords(t) || len(strings.Fields(t)) > 6 {
		return false // "Children waiting for support": a title the running line repeats
	}
	for _, r := range l.running {
		r = strings.Join(strings.Fields(r), " ")
		for _, sep := range []string{" · ", " | ", " – ", " - ", ": "} {
			if strings.HasPrefix(r, t+sep) {
				return true
			}
		}
	}
	return false
}
