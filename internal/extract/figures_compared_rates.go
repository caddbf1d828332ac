package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// comparedRateAfterRe is a bare number after a rate that the rate is set
// against, on the rate's base: "compared with 70 nationally", "and 52 in
// the South East", "the national rate (52)", "the England rate of 71",
// "the statistical neighbour average of 65". Group 1 is the number.
var comparedRateAfterRe = lazyre.New(`(?i)(?:\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:a\s+|an\s+|the\s+)?|\b(?:rate|average|figure|mean)\s+(?:of\s+|was\s+|is\s+|at\s+|stood\s+at\s+|\(\s*)|(?:^|,|\band)\s+)(` + numberRe + `)\b`)

// comparedRateEndRe follows such a number: a place word, a bracket's
// close, a clause's end; never a noun of its own, a per cent or a year.
var comparedRateEndRe = lazyre.New(`(?i)^(?:\s*\)|\s+(?:nationally|regionally|locally|in\s|across\s|for\s|among\s|elsewhere)|\s*[,;.]|\s+and\s|\s*$)`)

// readComparedRates reads the bare numbers compared with a rate read
// before them as rates on its base: "Kent had 64 children in care per
// 10,000, compared with 70 nationally and 52 in the South East", "a rate
// of 64 per 10,000, above the national rate (52)". Before (hostile check
// 66), the 70 was no figure and the 52 a count. Only after a rate, in
// its sentence, and only numbers no other reading took.
func (r *reader) readComparedRates() {
	first := -1
	for _, f := range r.figs {
		if f.Unit == evidence.UnitOther && strings.Contains(f.Text, " per ") && (first < 0 || f.Offset+len(f.Text) < first) {
			first = f.Offset + len(f.Text)
		}
	}
	if first < 0 {
		return
	}
	for _, m := range comparedRateAfterRe.FindAllStringSubmatchIndex(r.s[first:], -1) {
		a, b := first+m[2], first+m[3]
		v := parseNumber(r.s[a:b])
		if yearLike(r.s[a:b]) || !comparedRateEndRe.MatchString(r.s[b:]) || !r.free(a, b) || strings.Contains(r.s[first:a], "%") {
			continue
		}
		r.add(a, b, v, evidence.UnitOther)
	}
}

// yearLike reports a number written as a year would be: "2023".
func yearLike(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20"))
}
