package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// namedAverageBeforeRe ends the words that name another place's or an
// average's value before it, set beside a figure of the sentence: "above
// the England average of ", "below the national average of ", "compared
// with an England average of ", "than the London average (" (group 2,
// "England average", "national average"), after a year naming the
// average's own time (group 1, "a 2022 national average of "); a place
// compared with, its value in brackets after it or owned by it: "lower
// than England (", "than in England (", "compared with England's ",
// "behind England at ", "trailing England (" (comparingVerbs) (group 3,
// "England"). Before (hostile check 67) "the national figure of 71%" and
// "trailing England (71%)" were read as no average's or place's: the 71%
// was Kent's.
var namedAverageBeforeRe = lazyre.New(`(?:^|[\s,;(])(?i:the|an?)\s+(?:((?:19|20)\d{2}(?:/\d{2})?)\s+)?((?:\p{Lu}[\p{L}-]*\s+(?:(?:and|of|the)\s+)?){1,4}(?i:average|mean|median|figure|rate)|(?i:national|regional|statistical\s+neighbours?)\s+(?i:average|mean|median|rate|figure|level))\s+(?:(?i:of|was|is|at|stood\s+at)\s+|\(\s*)$` +
	`|(?:compared\s+(?:with|to)|than|against|versus|vs\.?|above|below|behind|ahead\s+of|` + comparingVerbs + `)\s+(?:(?:in|across|for)\s+)?(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3})(?:['’]s\s+|(?:['’]s)?\s*\(\s*|\s+at\s+)$`)

// furtherListedPlaceRe ends the words naming the place of a further value
// in a list whose first is compared with (comparedInList): "higher than
// Medway (58%) and Surrey (", "below England's 71% and Medway's ".
var furtherListedPlaceRe = lazyre.New(`(?:,|,?\s+(?:and|or))\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})(?:['’]s\s+|\s*\(\s*)$`)

// nationallyAfterRe follows a compared value that is the nation's, of
// no place named: "compared with 71% nationally", "against 71% across
// the country".
var nationallyAfterRe = lazyre.New(`^` + valuesPeopleWords + `\s+(?:nationally|across\s+the\s+country|in\s+the\s+country\s+as\s+a\s+whole)(?:\s*(?:[.;,)]|$)|\s+(?:and|or|while|whereas|but)\s)`)

// comparedPlaceAfterRe follows a compared value with the place it is of,
// ending its clause: " in England.", " for England as a whole", "
// across the South East overall", " in Surrey.", " in Medway in 2022/23,".
// Group 1 is the place.
var comparedPlaceAfterRe = lazyre.New(`^\s+(?:in|across|throughout|for)\s+(?:the\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+(?:(?:and|of|upon|on)\s+)?(?:the\s+)?\p{Lu}[\p{L}'’-]*){0,4})(?:\s+as\s+a\s+whole|\s+overall)?` + comparedOwnYear + `(?:\s*(?:[.;,)]|$)|\s+(?:and|or|while|whereas|but)\s)`)

// comparedOwnYear is a compared value's own year written after its place,
// " in 2022/23", " (2022)": the value keeps it (namedAverage.after). Before
// (hostile check 68), "compared with 24% in Medway in 2022/23" ended no
// clause at Medway: the 24% measured "in Medway", and England's 22%
// after it took it as its earlier value.
const comparedOwnYear = `(?:\s+in\s+(?:19|20)\d\d(?:[/-]\d\d)?|\s*\(\s*(?:19|20)\d\d(?:[/-]\d\d)?\s*\))?`

// stopBetweenRe is a stop or a semicolon between two values, never the
// point of a decimal between them ("more than Medway (£4.1m) and Surrey
// (£10.2m)": hostile check 66 lost Surrey's value by it).
var stopBetweenRe = lazyre.New(`;|\.(?:\s|$)`)

// averageClauseRe is a clause of its own naming a place's or an
// average's value, after a semicolon: "; the England figure was 71%",
// "; the national average was 58%". Its value is set beside the level of
// the clause before, as the same words after a comma are.
var averageClauseRe = lazyre.New(`;\s+(?i:the)\s+(?:\p{Lu}[\p{L}-]*\s+(?:(?:and|of|the)\s+)?){0,4}(?:(?i:national|regional)\s+)?(?i:average|mean|median|figure|rate)\s+(?i:was|is|stood\s+at)\s+$`)

// laterComparedClauseRe is a clause of its own after a semicolon that
// sets its value beside the level of the clause before: "; this compares
// with ", "; nationally, ". Before (hostile check 67), "; this compares
// with 22% in England" gave the 22% Kent's people and measured "this
// compares", and "; nationally, 71%" measured "nationally", keyed as
// Kent's, undated.
var laterComparedClauseRe = lazyre.New(`;\s+(?:(?:this|that|which)\s+(?:compares|is\s+compared)\s+(?:with|to)|(?:nationally|across\s+the\s+country)\s*,)\s+$`)

// nationalClauseRe is such a clause naming the nation as its place.
var nationalClauseRe = lazyre.New(`;\s+(?:nationally|across\s+the\s+country)\s*,\s+$`)

// averageComparisonTailRe is the words of a comparison with a named
// average or place ending a level's measure once that average's value is
// set apart (describeNamedAverages): "was above the national rate rate",
// ", higher than the England average", "was higher than Kent's" (hostile
// check 68: Medway's 25.8% and Kent's 22.1% both measured so, keyed
// "increas kent"). A comparison that gives no value
// of its own, ", in line with the England average", never reaches the
// measure: its clause ends there (comparisonTailRe, ownClause).
var averageComparisonTailRe = lazyre.New(`(?i)(?:^|,\s*|\s+)(?:(?:was|is|were|are|remained|remains|stood)\s+)?(?:well\s+|slightly\s+|significantly\s+|just\s+)?(?:above|below|higher\s+than|lower\s+than|compared\s+(?:with|to)|against|in\s+line\s+with|similar\s+to|close\s+to|the\s+same\s+as)\s+(?:the\s+|an?\s+)?(?:(?:[\p{L}-]+\s+){0,3}?(?:average|mean|median|rate)\b|(?-i:\p{Lu})[\p{L}-]*(?:\s+(?-i:\p{Lu})[\p{L}-]*){0,3}['’]s\b).*$`)

// namedAverage is a figure whose value a named average gives, and the
// figure it is set beside.
type namedAverage struct {
	level int
	kind  ComparatorKind
	label string
	// after: the place follows the value, which keeps its own time
	// ("compared with 71% in England in 2022" is of 2022, and with none
	// named, of none said).
	after bool
	// year names the average's own time before it: "a 2022 national
	// average of 65%", "the 2022 South East average of 59%".
	year string
}

// namedAverages finds the values of places' and averages' named before
// them in the sentence's words, "In Surrey, 92% of babies had a new birth
// visit within 14 days, above the England average of 86%": each is the
// value of the measure of the figure before it (of its unit, no base, no
// threshold, in the clauses before with no stop between), the place's,
// or an average's keyed apart, as the bracket "(England average: 86%)"
// is (describeComparators). A place's is set in besidePlaces, so the
// level takes no place from it. Before (hostile check 65) the 92% was
// placed in England and the 86% measured "above average".
func (s *sentence) namedAverages() {
	figs := s.in.Figures
	for j := range figs {
		f := figs[j]
		if f.Role == evidence.RoleBase || f.Role == evidence.RoleThreshold || f.Role == evidence.RoleChange {
			continue
		}
		var label, year string
		after := false
		rest := s.text[f.Offset+len(f.Text):]
		before := s.text[max(0, f.Offset-80):f.Offset]
		clause := strings.IndexByte(before, ';') >= 0 && laterComparedClauseRe.MatchString(before)
		compared := s.afterComparedLead(j) || s.comparedInList(j) || clause
		if m := namedAverageBeforeRe.FindStringSubmatch(before); m != nil {
			// The year naming the average is its time: "a 2022 national
			// average of 65%" (hostile check 68: the 65% was Kent's, the
			// 59% of "the 2022 South East average" undated).
			label, year = m[2]+m[3], m[1]
			compared = compared || m[3] != "" // "higher than Medway (58%)"
		} else if m := furtherListedPlaceRe.FindStringSubmatch(before); m != nil && s.comparedInList(j) {
			label = m[1] // "higher than Medway (58%) and Surrey (55%)"
		} else if nationallyAfterRe.MatchString(rest) && compared || clause && nationalClauseRe.MatchString(before) {
			label = "national"
		} else if m := comparedPlaceAfterRe.FindStringSubmatch(rest); m != nil && compared {
			// "; this compares with 22% in England": a clause of its own
			// comparing like with like, of the level's time where it
			// names none (hostile check 67: undated).
			label, after = m[1], !clause
		} else {
			continue
		}
		kind := comparatorLabelKind(label)
		if kind == ComparatorNone && (after || compared) && otherPlaceLabel(label) {
			kind = ComparatorPlace // "compared with £3.9m in Surrey"
		}
		if kind != ComparatorPlace && kind != ComparatorBenchmark {
			continue
		}
		level, pastAim := -1, -1
		for i := j - 1; i >= 0; i-- {
			g := figs[i]
			if _, named := s.averages[i]; named || g.Role == evidence.RoleBase || g.Role == evidence.RoleThreshold || g.Unit != f.Unit {
				// "above the national rate (52) and the South East rate
				// (58)", "above the regional average of 60% and the
				// England average of 58%": the second is set beside the
				// level, never beside the first (hostile check 66: the 58
				// was measured as the national rate, the 58% "(regional
				// average)" and keyed as it).
				continue
			}
			if g.Aim || s.aimed(i) {
				// "below the 75% target and the England average (71%)":
				// a target is no level an average is set beside
				// (hostile check 67: England's 71% measured nothing).
				if pastAim < 0 {
					pastAim = i
				}
				continue
			}
			if s.earlierOpened(i) || s.fromLead(i) {
				// "64% …, up from 58% in 2022, compared with 71% in
				// England", "rose to 64% in 2023 from 58% in 2022": the
				// earlier value is no level a place's value is set
				// beside (hostile check 68: England's 71% took 2022).
				continue
			}
			if _, in := s.inComparator(i); in {
				// "64% … (2022: 58%), compared with 71% nationally": a
				// bracket's value is its level's, and the level is
				// before it (hostile check 68: the 71% was read as no
				// national value, of people "Kent", undated).
				continue
			}
			level = i
			break
		}
		if pastAim >= 0 && level >= 0 && strings.IndexByte(s.text[figs[level].Offset:figs[pastAim].Offset], ';') >= 0 {
			// "71% …; the ambition is 90% by 2026, and the national
			// figure is 75%": the aim's clause of its own is what the
			// value is set beside here; aimMeasures then gives it the
			// measure and year of the level before the aim's clause.
			level = pastAim
		}
		if level < 0 || stopBetweenRe.MatchString(s.text[figs[level].Offset+len(figs[level].Text):f.Offset]) && !averageClauseRe.MatchString(before) && !clause {
			continue
		}
		if s.averages == nil {
			s.averages = map[int]namedAverage{}
		}
		s.averages[j] = namedAverage{level, kind, label, after, year}
		if kind == ComparatorPlace {
			if s.besidePlaces == nil {
				s.besidePlaces = map[int]string{}
			}
			name := onlyPlace(comparatorPlaceTailRe.ReplaceAllString(label, ""))
			if name == "" {
				name = label
			}
			s.besidePlaces[j] = name
		}
	}
}

// describeNamedAverages gives each value namedAverages found the record
// of its level's measure, people and time, its place's or its average's:
// the level's place words left out, an average named in its measure.
func (s *sentence) describeNamedAverages() {
	figs := s.in.Figures
	for _, a := range s.averages {
		// "Kent's rate of 64 per 10,000 was above the national rate (52)":
		// the comparison is no word of what the level measures, nor of
		// what the values set beside it do (hostile check 66: all three
		// measured "... was above the national rate rate", one key).
		if m := averageComparisonTailRe.FindStringIndex(figs[a.level].Measure); m != nil {
			figs[a.level].Measure = trimTrailingJoiners(figs[a.level].Measure[:m[0]])
		}
		if l := &figs[a.level]; l.Place == "" && peoplesPlace(l.Population) == "" {
			// "Kent's 64% compared with Medway's 58% and the England
			// average of 71%": the level is its owner's, and its owner
			// no word of what it or the values beside it measure
			// (hostile check 68: all three measured "kent's", one key).
			// Only where the owner is all the measure says: "Kent's
			// rate of 64 per 10,000" keeps its words as they were.
			whole := strings.HasSuffix(l.Measure, "'s") || strings.HasSuffix(l.Measure, "’s")
			if owner, rest := s.possessiveOwner(l.Measure); whole && owner != "" && !samePlaceName(owner, a.label) {
				l.Place, l.Measure = owner, rest
			}
		}
	}
	for j, a := range s.averages {
		f, g := &figs[j], figs[a.level]
		f.Population, f.Change = withoutLocalPlace(g.Population), ""
		if own, ok := s.attached[j]; ok {
			// "higher than the national average of 58% in 2022": the
			// average's own year (hostile check 66: it took the level's
			// 2023).
			f.Period = own.Text
		} else if a.year != "" {
			f.Period = a.year // "a 2022 national average of 65%"
		} else if !a.after {
			f.Period = g.Period
		}
		if properNameLabelRe.MatchString(f.Population) && !groupOwnerRe.MatchString(f.Population) {
			// "Kent (64%) and Medway (58%) saw fewer children … than
			// England (71%)": a place read as the level's people is no
			// people of England's.
			f.Population = ""
		}
		f.Measure = s.withoutLocalSubject(withoutLocalPlace(g.Measure))
		if a.kind == ComparatorBenchmark {
			f.Place = ""
			f.Measure = tidy(f.Measure + " (" + strings.ToLower(a.label) + ")")
		}
	}
}
