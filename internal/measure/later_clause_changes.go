package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// laterChangeLeadRe ends the words opening a later clause of another
// place that gives its own change from one value to another, before the
// first value: ", while Medway's fell from ", ", while in Medway it fell
// from ", "; in Medway, it rose from ", "; Medway's rate rose from ".
// Group 1 or 2 the place.
var laterChangeLeadRe = lazyre.New(`(?:[,;]\s+(?:while|whilst|whereas|but)\s+|;\s+(?:and\s+)?)(?:` + clausePlaceLead + `(` + ClausePlaceName + `)\s*,?\s+(?:it|this|the\s+` + figureNoun + `)|(` + ClausePlaceName + `)['’]s(?:\s+` + figureNoun + `)?)\s+(?:has\s+|had\s+|have\s+)?(?:rose|risen|fell|fallen|increased|decreased|dropped|grew|grown|declined|climbed|went\s+(?:up|down))\s+from\s+(?:around\s+|about\s+|nearly\s+|almost\s+)?$`)

// laterClauseChanges gives the two values of a later clause's own change,
// "…, while Medway's fell from 400 to 370 per 100,000", "…; in Medway,
// it rose from £1.0m to £1.2m", what the first clause's change from one
// value to another measures and of whom, without the first's place, the
// later clause's place, and the first's years where the later writes
// none: the later clause says "it" or "Medway's" of the same measure over
// the same span. Before (hostile check 68), Medway's values were of
// "self-harm admissions in Kent" (or measured "in Medway, it"), undated,
// keyed with Kent's or by "medway" alone.
func (s *sentence) laterClauseChanges() {
	figs := s.in.Figures
	for a := 1; a+1 < len(figs); a++ {
		b := a + 1
		if !s.fromTo(a, b) {
			continue
		}
		before := s.text[max(0, figs[a].Offset-90):figs[a].Offset]
		if !strings.Contains(before, "hile ") && !strings.Contains(before, "hereas ") && !strings.Contains(before, "but ") && !strings.Contains(before, ";") {
			continue // cheap gate: every lead holds a contrast word or a semicolon
		}
		m := laterChangeLeadRe.FindStringSubmatchIndex(before)
		if m == nil {
			continue
		}
		name := placeEnding(laterChangeLeadRe, before)
		if name == "" {
			continue
		}
		sc := figs[a].Offset - len(before) + m[0]
		// The first clause's own change: the nearest pair from one value
		// to another of the unit before the later clause.
		c := -1
		for k := a - 1; k >= 1; k-- {
			if figs[k].Offset+len(figs[k].Text) <= sc && figs[k].Unit == figs[a].Unit && s.fromTo(k-1, k) {
				c = k - 1
				break
			}
		}
		if c < 0 {
			continue
		}
		first, last := figs[c], figs[c+1]
		if pp := peoplesPlace(first.Population); pp != "" && samePlaceName(pp, name) || first.Place != "" && samePlaceName(first.Place, name) {
			continue
		}
		end := figs[b].Offset + len(figs[b].Text)
		next := strings.IndexAny(s.text[end:], ";,")
		if next < 0 {
			next = len(s.text) - end
		}
		ownYear := yearWordRe.MatchString(s.text[sc:min(len(s.text), end+next)])
		for _, p := range [][2]int{{a, c}, {b, c + 1}} {
			f, g := &figs[p[0]], figs[p[1]]
			f.Place = name
			f.Population = withoutLocalPlace(g.Population)
			f.Measure = s.withoutLocalSubject(withoutLocalPlace(g.Measure))
			if !ownYear {
				f.Period = g.Period
			}
		}
		if !ownYear && figs[b].Change != "" && last.Period != "" && first.Period != "" && !strings.Contains(figs[b].Change, " in ") {
			figs[b].Change += " in " + first.Period // "down from 400 in 2021/22", as Kent's change reads
		}
		a = b
	}
}

// fromTo reports figures a and b the two ends of a change written "from
// a to b": a after "from", b after "to" with no more than a time between.
func (s *sentence) fromTo(a, b int) bool {
	figs := s.in.Figures
	if a < 0 || b >= len(figs) || figs[a].Unit != figs[b].Unit || figs[b].Role == evidence.RoleBase || figs[b].Role == evidence.RoleThreshold || figs[b].Role == evidence.RoleChange {
		return false
	}
	end := figs[a].Offset + len(figs[a].Text)
	return end <= figs[b].Offset && s.fromLead(a) && toGapRe.MatchString(s.text[end:figs[b].Offset])
}
