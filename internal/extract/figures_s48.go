package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// A duration joined to the standard it names ("a four-week waiting time
// standard", "inside the 20-week limit", "our 4-week KPI") is the
// standard's name, as "the 18-week standard" is: no finding, unless a
// share or count in the sentence is measured against it ("61% were seen
// within the 18-week standard"), where it is that figure's threshold.

// standardNameRe is a hyphen-joined duration, then at most the words of
// what it limits ("waiting time", "referral-to-treatment", "access"),
// then the standard's noun.
var standardNameRe = lazyre.New(`(?i)^[a-z0-9.]+-(?:day|week|month|year)\s+(?:(?:waiting|wait|waits|time|times|referral-to-treatment|rtt|access|treatment|response|statutory|national|legal)\s+){0,3}(standards?|targets?|limits?|kpis?|timescales?|guarantees?|pledges?|thresholds?|time\s+limits?)\b`)

// namesStandard reports the duration at offset a naming a standard: one
// proposed or described ("a four-week waiting time standard"), or a limit
// or timescale ("inside the 20-week limit"); not one a wait is measured
// against ("against an 18-week standard"), nor "the 18-week standard",
// which the development set reads as the threshold it is.
func namesStandard(s string, a int) bool {
	m := standardNameRe.FindStringSubmatch(s[a:])
	if m == nil {
		return false
	}
	f := strings.Fields(strings.ToLower(s[max(0, a-40):a]))
	prev := ""
	if len(f) > 0 {
		prev = f[len(f)-1]
	}
	if prev == "against" || len(f) > 1 && f[len(f)-2] == "against" {
		return false
	}
	noun := strings.ToLower(m[1])
	return prev == "a" || prev == "an" || !strings.HasPrefix(noun, "standard") && !strings.HasPrefix(noun, "target")
}

// dropStandardNames leaves out the durations that name a standard
// (standardNameRe) from a sentence with no share or count beside them.
func dropStandardNames(s string, figs []evidence.Figure) []evidence.Figure {
	for _, f := range figs {
		if f.Unit != evidence.UnitWeeks && f.Unit != evidence.UnitMonths && f.Unit != evidence.UnitYears && f.Unit != evidence.UnitOther {
			return figs
		}
	}
	out := figs[:0]
	for _, f := range figs {
		if f.Offset >= 0 && f.Offset < len(s) && strings.Contains(f.Text, "-") && namesStandard(s, f.Offset) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// earlierEndRe is a change told level first and its earlier value after:
// "fell to 61, from 88 the year before", "rose to 412 in the quarter,
// from 297 in Q2 last year". Group 1 is the level, group 2 the earlier
// value, which ends its clause or names its time.
var earlierEndRe = lazyre.New(`(?i)\b(?:rose|risen|fell|fallen|increased|decreased|dropped|grew|grown|climbed|declined|went\s+(?:up|down))\s+to\s+(` + numberRe + `)\b[^.;:%£]{0,40}?,?\s+from\s+(` + numberRe + `)(?:\s*$|\s*[.,;)]|\s+(?:the|a|in|last|this|on|at|during|over)\b)`)

// readEarlierEnds reads the earlier value of a change told level first
// (earlierEndRe) in the level's unit: bare, with no noun of its own, it
// was no figure.
func (r *reader) readEarlierEnds() {
	for _, m := range earlierEndRe.Get().FindAllStringSubmatchIndex(r.s, -1) {
		la, lb, a, b := m[2], m[3], m[4], m[5]
		if !r.free(a, b) || isYearNumber(r.s[a:b]) {
			continue
		}
		for _, f := range r.figs {
			if f.Offset <= la && lb <= f.Offset+len(f.Text) && !f.IsRange() {
				switch f.Unit {
				case evidence.UnitCount, evidence.UnitOther, evidence.UnitWeeks, evidence.UnitMonths, evidence.UnitYears:
					r.add(a, b, parseNumber(r.s[a:b]), f.Unit)
				}
				break
			}
		}
	}
}
