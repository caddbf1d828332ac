package extract

import "strings"

// labelledListAsk reports a sentence that opens with a recommendation's
// label and then asks as a list item does: "Recommendation 2: That the
// Cabinet Member for Children and Families asks the trust to write to
// every family", a council report's resolution form, which asks only
// under its label or in a list. A PDF that runs two labelled
// recommendations into one paragraph has each read as a sentence: before,
// the second "Recommendation 2: That ..." was an excerpt (set 70).
func labelledListAsk(x *extractor, s string) bool {
	m := labelRe.FindStringIndex(s)
	if m == nil || m[0] != 0 || m[1] >= len(s) || !strings.Contains(strings.ToLower(s[:m[1]]), "recommendation") {
		return false
	}
	return x.listRec(s)
}
