package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// oddsRatioRe is a study's ratio estimate after its name, perhaps with its
// confidence interval: "adjusted odds ratio 1.12, 95% CI 1.08 to 1.17",
// "hazard ratio of 0.8 (95% confidence interval 0.7–0.9)", "OR 2.1". Group
// 1 is the estimate, groups 2 and 3 the interval's ends. The interval's
// level ("95%") is no figure: the interval is read whole, level and all,
// and only its ends are kept.
var oddsRatioRe = lazyre.New(`(?i)\b(?:(?:adjusted|unadjusted|crude|pooled)\s+)?(?:odds|hazard|risk|rate|incidence\s+rate)\s+ratios?(?:\s*\((?:a?or|a?hr|rr|irr)\))?(?:\s+(?:of|was|were|is|=))?\s*[=:,]?\s*(\d+(?:\.\d+)?)\b(?:\s*[,;(]\s*(?:the\s+)?\d{2}(?:\.\d)?\s*%\s*(?:ci|confidence\s+interval)\s*[:=,]?\s*(\d+(?:\.\d+)?)\s*(?:to|[-–—]|,)\s*(\d+(?:\.\d+)?)\)?)?`)

// mayHoldOddsRatio is the cheap test for oddsRatioRe.
func mayHoldOddsRatio(lower string) bool {
	return strings.Contains(lower, " ratio")
}

// readOddsRatios reads a study's odds, hazard or risk ratio as a ratio
// and its confidence interval as a ratio range: read before counts and
// shares, which would take "95%" for a share and the ends for counts.
func (r *reader) readOddsRatios(lower string) {
	if !mayHoldOddsRatio(lower) {
		return
	}
	for _, m := range oddsRatioRe.FindAllStringSubmatchIndex(r.s, -1) {
		r.add(m[2], m[3], parseNumber(r.s[m[2]:m[3]]), evidence.UnitRatio)
		if m[4] < 0 {
			continue
		}
		lo, hi := parseNumber(r.s[m[4]:m[5]]), parseNumber(r.s[m[6]:m[7]])
		// The level before the ends ("95% CI") is the interval's.
		for i := m[3]; i < m[4]; i++ {
			r.taken[i] = true
		}
		r.addFigure(m[4], m[7], evidence.Figure{Value: lo, Low: lo, High: hi, Unit: evidence.UnitRatio})
	}
}
