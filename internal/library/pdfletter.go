package library

import "strings"

// letterSubject is a letter's subject line: the row straight under its
// "Dear ..." line set larger than the text, in the words of a title
// ("Area SEND inspection of Kelmouth Local Area Partnership"). Empty when
// the page has no salutation, or the row under it is text.
// An inspectorate's letter sets its letterhead ("Ofsted | Care Quality
// Commission") in its largest type: the letterhead names who sent the
// letter, the subject line what it is.
func letterSubject(rs []*row, body float64) string {
	for k, r := range rs {
		if !salutationRe.MatchString(r.text()) {
			continue
		}
		if k+1 >= len(rs) {
			return ""
		}
		next := rs[k+1]
		t := next.text()
		if maxSize(next.frags) < 1.15*body || len(strings.Fields(t)) < 3 || !isTitleLine(t) {
			return ""
		}
		return t
	}
	return ""
}
