package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// effectSizeRe is a review's effect size after its name: "SMD -0.12",
// "an effect size of 0.30", "Hedges' g = 0.18", "Cohen's d 0.4",
// "standardised mean difference of -0.2". Group 1 is the value with its
// sign.
var effectSizeRe = lazyre.New(`(?i)\b(?:smd|effect\s+sizes?|hedges['’]?\s*g|cohen['’]?s\s*d|(?:standardi[sz]ed\s+)?mean\s+differences?)(?:\s+(?:of|was|were|is|=))?\s*[=:,]?\s*((?:[−–-]\s?)?\d+(?:\.\d+)?)\b`)

// effectSizeHeaderRe is a table column of effect sizes: "SMD", "Effect
// size", "Hedges' g", "Mean difference (SMD)".
var effectSizeHeaderRe = lazyre.New(`(?i)^(?:smd|d|g|es|effect\s+sizes?|hedges['’]?\s*g|cohen['’]?s\s*d|(?:standardi[sz]ed\s+)?mean\s+differences?)(?:\s*\([^()]*\))?$`)

// mayHoldEffectSize is the cheap test for effectSizeRe.
func mayHoldEffectSize(lower string) bool {
	return strings.Contains(lower, "smd") || strings.Contains(lower, "effect size") || strings.Contains(lower, "hedges") ||
		strings.Contains(lower, "cohen") || strings.Contains(lower, "mean difference")
}

// readEffectSizes reads a review's effect sizes as figures of unit
// other: an estimate on no scale of counts or shares, so never a count
// of its noun or a percentage. Read before counts, which would take the
// number alone.
func (r *reader) readEffectSizes(lower string) {
	if !mayHoldEffectSize(lower) {
		return
	}
	for _, m := range effectSizeRe.FindAllStringSubmatchIndex(r.s, -1) {
		num := r.s[m[2]:m[3]]
		digits := strings.TrimLeft(num, "−–- ")
		v := parseNumber(digits)
		if digits != num {
			v = -v
		}
		r.add(m[2], m[3], v, evidence.UnitOther)
	}
}
