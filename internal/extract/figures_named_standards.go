package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// A duration joined to the standard or limit it names ("we remain
// committed to the 18-week standard", "the four-week ambition", "a
// four-week waiting time standard", "inside the 20-week limit") is the
// standard's name, no finding: a sentence that names it with no value
// counted against it states no figure (the development set's written
// convention). Where the sentence states a value beside it ("71% were
// seen within the four-week access standard", "the median wait is 33
// weeks, against an 18-week standard") the value is counted against it
// and the duration stays, its threshold. A duty's time limit ("must issue
// a plan within 20 weeks") names no standard and is left alone, as is a
// standard a sentence states a value of ("the national standard of 95%").

// namedStandardRe is a duration joined to a standard's noun by a hyphen
// or a space, then at most three words of what it limits ("waiting
// time", "referral-to-treatment", "referral to treatment", "access").
// Group 1 is the noun.
var namedStandardRe = lazyre.New(`^[a-z0-9.]+[- ](?:hour|day|week|month|year)\s+(?:(?:waiting|wait|waits|time|times|referral-to-treatment|rtt|access|treatment|response|statutory|national|legal|maximum|referral|to|assessment|diagnosis|diagnostic)\s+){0,3}(standards?|targets?|limits?|kpis?|timescales?|guarantees?|pledges?|ambitions?|thresholds?|time\s+limits?)\b`)

// countedAgainstRe is a verb or preposition that counts a number of
// people or cases against a limit: "only 2 met the 20-week limit", "12
// breached the standard", "seen within". A count without one ("testing a
// four-week standard in ten pilot areas") is counted against nothing.
var countedAgainstRe = lazyre.New(`\b(?:met|meet|meets|meeting|missed|miss|breach(?:ed|es)?|within|against|beyond|outside|exceed(?:ed|s)?|longer\s+than|more\s+than|over)\b`)

// namesStandard reports the duration read at offset a as the name of a
// standard or limit (namedStandardRe).
func namesStandard(lower string, a int) bool {
	return a >= 0 && a < len(lower) && namedStandardRe.MatchString(lower[a:])
}

// dropNamedStandards leaves out the durations naming a standard from a
// sentence that states no value counted against them (no other figure,
// or only counts no verb counts against a limit), and marks one beside a
// value the threshold that value is counted against.
func dropNamedStandards(s string, figs []evidence.Figure) []evidence.Figure {
	if len(figs) == 0 || !mayNameStandard(s) {
		return figs
	}
	lower := lazyre.ASCIILower(s)
	named := make([]bool, len(figs))
	others, counted := 0, false
	for i, f := range figs {
		switch {
		case isDuration(f) && !f.IsRange() && namesStandard(lower, f.Offset):
			named[i] = true
		default:
			others++
			counted = counted || f.Unit != evidence.UnitCount || countedAgainstRe.MatchString(lower)
		}
	}
	if others == len(figs) {
		return figs
	}
	if counted {
		for i := range figs {
			if named[i] && (figs[i].Role == "" || figs[i].Role == evidence.RoleHeadline) {
				figs[i].Role = evidence.RoleThreshold
			}
		}
		return figs
	}
	out := figs[:0]
	for i, f := range figs {
		if !named[i] {
			out = append(out, f)
		}
	}
	return out
}

// isDuration reports a figure of time, the only kind a standard's name
// holds.
func isDuration(f evidence.Figure) bool {
	switch f.Unit {
	case evidence.UnitWeeks, evidence.UnitMonths, evidence.UnitYears, evidence.UnitOther:
		return true
	}
	return false
}

// mayNameStandard is the cheap test before namedStandardRe: a standard's
// noun somewhere in the sentence.
func mayNameStandard(s string) bool {
	for _, w := range []string{"tandard", "arget", "imit", "KPI", "kpi", "imescale", "uarantee", "ledge", "mbition", "hreshold"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
