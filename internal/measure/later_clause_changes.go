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

// laterOwnVerbLeadRe ends the words opening a later clause on its place
// before a value that has a verb of its own after it: "; in Medway, ",
// "; across Medway, ". Group 1 the place.
var laterOwnVerbLeadRe = lazyre.New(`;\s+(?:and\s+)?` + clausePlaceLead + `(` + ClausePlaceName + `)\s*,\s*$`)

// laterClausesOwnVerb gives a value of a later clause that opens on its
// place and says what it measures in its own words, "…; in Medway, 58%
// were seen within 4 weeks", "…; in Medway, 1,200 were referred in 2022",
// that place, its measure without the place's words, its people without
// the first clause's place, and the first clause's year where it writes
// none. Before (hostile check 68), the 58% was of "children in Kent",
// measured "in Medway, were seen within 4 weeks", undated, keyed with
// Kent's people.
func (s *sentence) laterClausesOwnVerb() {
	figs := s.in.Figures
	for k := 1; k < len(figs); k++ {
		f := &figs[k]
		if f.Role == evidence.RoleBase || f.Role == evidence.RoleThreshold || f.Role == evidence.RoleChange || f.Place != "" {
			continue
		}
		if !strings.HasPrefix(f.Measure, "in ") && !strings.HasPrefix(f.Measure, "across ") && !strings.HasPrefix(f.Measure, "for ") {
			continue // cheap gate: the measure opens on "in <place>, "
		}
		m := openingInMeasureRe.FindStringSubmatchIndex(f.Measure)
		if m == nil || m[1] >= len(f.Measure) {
			continue // and says more than its place
		}
		before := s.text[max(0, f.Offset-60):f.Offset]
		name := placeEnding(laterOwnVerbLeadRe, before)
		if name == "" || !strings.EqualFold(name, f.Measure[m[2]:m[3]]) {
			continue
		}
		sc := strings.LastIndexByte(s.text[:f.Offset], ';')
		level := -1
		for i := k - 1; i >= 0; i-- {
			g := figs[i]
			if g.Offset < sc && g.Unit == f.Unit && g.Role != evidence.RoleBase && g.Role != evidence.RoleThreshold && g.Role != evidence.RoleChange && !s.earlierOrCompared(i) {
				level = i
				break
			}
		}
		if level < 0 {
			continue
		}
		g := figs[level]
		if pp := peoplesPlace(g.Population); pp != "" && samePlaceName(pp, name) || g.Place != "" && samePlaceName(g.Place, name) {
			continue
		}
		f.Place = name
		f.Measure = tidy(f.Measure[m[1]:])
		if base := s.withoutLocalSubject(withoutLocalPlace(g.Measure)); strings.HasPrefix(base, f.Measure+" ") {
			// "; in Medway, 1,200 were referred in 2022": the verb
			// echoed, of the first clause's measure, "were referred
			// to CAMHS" (hostile check 68: CAMHS lost).
			f.Measure = base
		}
		if pp := peoplesPlace(f.Population); pp != "" && !samePlaceName(pp, name) {
			f.Population = withoutLocalPlace(f.Population)
		}
		end := len(s.text)
		if n := strings.IndexByte(s.text[f.Offset:], ';'); n >= 0 {
			end = f.Offset + n
		}
		if !yearWordRe.MatchString(s.text[sc:end]) {
			f.Period = g.Period
		}
		for i := range figs {
			// "within 4 weeks", the share's limit, of the share's record
			if figs[i].Role == evidence.RoleThreshold && figs[i].Offset > f.Offset && figs[i].Offset < end {
				figs[i].Measure, figs[i].Population, figs[i].Period = f.Measure, f.Population, f.Period
			}
		}
	}
}
