package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// laterClauseGroups gives a value of a later clause of the sentence that
// names another group of the first clause's place, or says nothing of
// whom, the first clause's people's place, measure and year:
//
//   - "1,240 children in Kent were referred to CAMHS; 58% were seen
//     within 4 weeks": a share opening its clause with its verb is of the
//     people the count before counted ("children in Kent", 2023);
//   - "; among boys, 60%", "; for boys, the figure was 60%", ", with boys
//     at 60% and girls at 68%", ", but only 40% of those with autism",
//     ", compared with 9% of Reception children": another group of the
//     same place ("boys in Kent"), measured as the first's value.
//
// A clause naming a place of its own is no such clause (laterClausesApart
// reads it). Before (hostile check 67), the 58% had no people or year and
// England's key; the groups' values were undated, of "boys" or "those with
// autism" with no place, or of "children in Kent" measured "boys".
func (s *sentence) laterClauseGroups() {
	if !strings.Contains(s.text, ";") && !strings.Contains(s.text, ", with ") && !strings.Contains(s.text, ", but ") && !strings.Contains(s.text, " compared ") && !strings.Contains(s.text, "ing to ") {
		return // no clause of this kind: most sentences pay nothing
	}
	figs := s.in.Figures
	level := func(f evidence.Figure) bool {
		return f.Role != evidence.RoleChange && f.Role != evidence.RoleBase && f.Role != evidence.RoleThreshold && !f.Aim
	}
	grouped := map[int]bool{}
	for k := 1; k < len(figs); k++ {
		f := &figs[k]
		if !level(*f) || f.Place != "" || s.earlierOpened(k) {
			continue
		}
		// the first clause's level: the last value before, of a clause
		// before, not itself read as a group here
		j := -1
		for i := k - 1; i >= 0; i-- {
			if level(figs[i]) && !grouped[i] && figs[i].Offset+len(figs[i].Text) <= f.Offset {
				if _, in := s.inComparator(i); !in && !s.earlierOrCompared(i) {
					j = i
					break
				}
			}
		}
		if j < 0 {
			continue
		}
		first := figs[j]
		between := s.text[first.Offset+len(first.Text) : f.Offset]
		if s.placeBetween(first.Offset+len(first.Text), f.Offset+len(f.Text)) {
			continue
		}
		place := ""
		if m := inNameRe.FindStringIndex(first.Population); m != nil && m[1] == len(first.Population) {
			place = first.Population[m[0]:] // " in Kent"
		}
		after := s.text[f.Offset+len(f.Text):]
		switch {
		case f.Unit == evidence.UnitPercent && first.Unit == evidence.UnitCount && f.Population == "" && place != "" &&
			strings.HasSuffix(strings.TrimRight(between, " "), ";") && shareVerbAfterRe.MatchString(after):
			// "; 58% were seen within 4 weeks": of the people counted
			f.Population = first.Population
		case f.Unit == first.Unit && place != "":
			m := groupClauseRe.FindStringSubmatch(between)
			g := ""
			if m != nil {
				g = m[1] + m[2] + m[3]
			} else if a := groupAfterRe.FindStringSubmatch(after); a != nil && groupRiseRe.MatchString(between) {
				g = a[1] // ", rising to 70% among under-5s"
			} else if f.Measure == first.Measure && f.Population != "" && f.Population != first.Population &&
				!strings.Contains(f.Population, " in ") && groupLeadRe.MatchString(between) {
				g = f.Population // ", but only 40% of those with autism"
			}
			if g == "" || !namesNoPlace(g) {
				continue
			}
			f.Population, f.Measure = g+place, first.Measure
			grouped[k] = true
		default:
			continue
		}
		if f.Period == "" || !s.laterOwnYearAfter(f) {
			f.Period = first.Period
		}
		for i := range figs {
			if figs[i].Role == evidence.RoleThreshold && figs[i].Offset > f.Offset && figs[i].Measure == f.Measure && figs[i].Period == "" {
				figs[i].Population, figs[i].Period = f.Population, f.Period // "within 4 weeks", the share's limit
			}
		}
	}
}

// shareVerbAfterRe follows a share that opens its clause with its verb:
// " were seen", " waited", " had".
var shareVerbAfterRe = lazyre.New(`^\s+(?:were|was|had|waited|received|attended|said|reported)\b`)

// groupClauseRe ends the words before a value of another group in a
// clause of its own: "; among boys, ", "; for boys, the figure was ",
// ", with boys at ", ", with boys at 60% and girls at ". Group 1, 2 or 3
// is the group.
var groupClauseRe = lazyre.New(`;\s+(?:for|among|amongst)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s*,\s+(?:the\s+` + figureNoun + `\s+(?:was|is)\s+)?$|,\s+with\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+at\s+$|,\s+with\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+at\s+[^\s,;]+\s+and\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+at\s+$`)

// groupRiseRe and groupAfterRe are the words around a value of another
// group set after the first clause's, the group named after it: ",
// rising to 70% among under-5s", ", falling to 52% for those with
// autism". Group 1 of groupAfterRe is the group. Before (hostile check
// 67), the 70% was measured "rising to among under-5s", undated.
var (
	groupRiseRe  = lazyre.New(`,\s+(?:rising|falling|increasing|decreasing|dropping|climbing)\s+to\s+(?:just\s+)?(?:over\s+|under\s+)?$`)
	groupAfterRe = lazyre.New(`^\s+(?:among|amongst|for)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s*(?:[.;]|,\s|$)`)
)

// groupLeadRe is the words between the first clause's value and another
// group's value of a clause set beside it: ", but only ", ", compared
// with ".
var groupLeadRe = lazyre.New(`(?:,\s+(?:but\s+(?:only\s+)?|compared\s+(?:with|to)\s+|against\s+|while\s+|whereas\s+)|;\s+)$`)

// namesNoPlace reports group words that name no place and no time:
// "boys", "those with autism", never "Medway" or "2022".
func namesNoPlace(g string) bool {
	if g == "" || strings.ToLower(g[:1]) != g[:1] && !schoolGroupRe.MatchString(g) {
		return false
	}
	return !yearWordRe.MatchString(g)
}

// placeBetween reports a place the sentence names between from and to.
func (s *sentence) placeBetween(from, to int) bool {
	for _, p := range s.places {
		if p.start >= from && p.start < to {
			return true
		}
	}
	return false
}

// laterOwnYearAfter reports a year right after figure f's value: "60% in
// 2022".
func (s *sentence) laterOwnYearAfter(f *evidence.Figure) bool {
	return ownYearAfterRe.MatchString(s.text[min(len(s.text), f.Offset+len(f.Text)):])
}
