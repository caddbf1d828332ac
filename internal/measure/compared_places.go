package measure

import (
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// The readers of a place after a comparison differ in what they start
// from and what they give:
//   - comparisonWordRe and comparisonTailRe read the words after the
//     local figure: the first says a place past them is compared with
//     (comparedAfter: the local figure takes no place from it), the
//     second ends the local figure's clause at a comparison that gives
//     no value of its own (", in line with the England average");
//   - comparedOwnPlaceRe (comparedPlace) and comparedPlaceAfterRe
//     (namedAverages) read the words after a compared VALUE: the first
//     only opens the place, which the place list (listedItemAt) then
//     reads whole, with its year after it; the second reads the place
//     and the end of the value's clause in one, for a name the place
//     list may not know ("compared with £3.9m in Surrey"), where the
//     clause must end at it to be sure the name is a place's.
//
// All three lead words come from comparingVerbs beside their own.
//
// comparisonWordRe is a word that sets what follows it beside a figure
// written before it: "compared with", "than", "in line with", "the same
// as", "above the England average", "below England's", "the lowest in",
// "the highest of any county in", "a gap of 7 points with", "against an
// England figure". A place after it is what the figure is compared with
// or ranked in, never the figure's own. "above" and "below" lead a
// comparison only before a value, a name or an average ("children below
// the age of five in England" are England's), "against" only before a
// value, a name or an article ("vaccinated against measles in England").
var comparisonWordRe = lazyre.New(`(?i)\b(?:compared\s+(?:with|to)|` + comparingVerbs + `|in\s+comparison\s+(?:with|to)|relative\s+to|in\s+line\s+with|on\s+a\s+par\s+with|level\s+with|(?:the\s+)?same\s+as|similar\s+to|close\s+to\s+the|than|versus|vs\b\.?|cf\b\.?|ahead\s+of|behind|short\s+of|(?:lowest|highest|worst|best|poorest|fewest|most)\s+(?:in|of|among|across)\b|ranked|gap\b|(?:above|below)\s+(?:(?:that|those)\s+(?:of|in|for)\b|(?:the|an?)\s+(?:[\p{L}-]+\s+){0,2}(?:average|rate|figure|level|mean|median|proportion|share|percentage)\b|(?-i:\p{Lu})|[£\d])|against\s+(?:(?:the|an?)\s|(?-i:\p{Lu})|[£\d]))`)

// comparingVerbs are the verbs that set a value or a place after them
// beside a figure written before, besides "compared with", "than",
// "versus" and "against", which every comparison reader knows: "trailing
// England (71%)", "outperforming England (61%)", "which compares
// favourably with England (61%)", "as against 71% in England". One list
// for the three readers of a compared place: comparisonWordRe (the
// local figure takes no place after them), comparedLeadRe (the value
// after them is a compared one) and namedAverageBeforeRe (the place
// before a bracketed value is that value's). Before (hostile check 67)
// each read its own list, and none of these: Kent's 64% was placed in
// England and England's 61% keyed as Kent's.
const comparingVerbs = `(?:trailing|lagging\s+behind|outperforming|outperformed|outstripping|outstripped|exceeding|compares?\s+(?:(?:very\s+|less\s+|more\s+)?(?:favourably|unfavourably|well|poorly|badly)\s+)?(?:with|to)|compared\s+(?:favourably|unfavourably|well|poorly|badly)\s+(?:with|to)|as\s+against)`

// comparisonTailRe opens a phrase after a figure's clause that compares
// or ranks it with no value of its own: ", in line with the England
// average", ", the same as the England average", ", the lowest in the
// South East", ", the highest of any county in England", ", a gap of 7
// points with England". It is no part of what the figure measures
// (ownClause ends the clause there): before (hostile check 66) Kent's 64%
// measured "were seen within 18 weeks, in line average", keyed apart from
// every other source's 64% of children seen within 18 weeks.
var comparisonTailRe = lazyre.New(`(?i),\s+(?:(?:well|just|slightly|far|much|broadly|roughly)\s+)?(?:in\s+line\s+with|(?:the\s+)?same\s+as|similar\s+to|on\s+a\s+par\s+with|level\s+with|(?:the\s+)?(?:(?:second|third|fourth|fifth)\s+)?(?:lowest|highest|worst|best|poorest)\s+(?:in|of|among|across)\b|a\s+gap\s+of\b|ranked\b)`)

// comparedAfter reports a place written after figure i past a word that
// compares it with what follows: "In 2023, 64% of children in Kent were
// seen within 18 weeks, above the England average" (or "in line with",
// "the same as the England average", "the lowest in the South East",
// "compared with 71% of children in England"): England is what the 64%
// is set beside, no place of the 64%'s. Before (hostile check 66) the 64%
// was England's, and a briefing quoting it would have called Kent's
// figure England's.
func (s *sentence) comparedAfter(i int, p placeSpan) bool {
	f := s.in.Figures[i]
	end := f.Offset + len(f.Text)
	if p.start <= end {
		return false
	}
	// The comparison's words may run past the place: "above the England
	// average".
	m := comparisonWordRe.FindStringIndex(s.text[end:])
	return m != nil && end+m[0] < p.start
}

// placeCompared reports a place written past a comparison after any
// measured figure of the sentence: it is the place only of the figure its
// own clause sets beside it, "compared with 71% in England", never of the
// sentence's other figures by being its one place ("well below England's
// 71% and Medway's 66%": the 66% is no figure of England's).
func (s *sentence) placeCompared(p placeSpan) bool {
	for k, f := range s.in.Figures {
		if f.Role != evidence.RoleBase && f.Role != evidence.RoleThreshold && s.comparedAfter(k, p) {
			return true
		}
	}
	return false
}

// comparedOwnTimeRe is a compared value's own time written after its
// place: "compared with 71% in England (2022)", "… in England last
// year", "… the year before". Group 1 is a bracketed year; group 2 a
// relative time, a year before the level's.
var comparedOwnTimeRe = lazyre.New(`^\s*(?:\(\s*(?:in\s+)?((?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?)\s*\)|(?i:(last\s+year|the\s+(?:year\s+before|previous\s+year|year\s+earlier)|a\s+year\s+(?:earlier|before))\b))`)

// comparedValueEndRe ends a compared value's clause after its place and
// time: a stop, a comma, or another value joined to it ("compared with
// 71% in England and 69% in the South East").
var comparedValueEndRe = lazyre.New(`^(?:\s*(?:[.;,)]|$)|\s+(?:and|or|while|whereas|but)\s)`)

// comparedTime is the time a compared value's own words give it: a
// period, or a year before its level's (level is the level's figure).
type comparedTime struct {
	period string
	level  int
}

// comparedValueEnd reads what follows a compared value's place at
// text[end:]: its own time, if written, and whether its clause ends
// there. The time is kept for the value (comparedTimes), so England's 71%
// of "compared with 71% in England (2022)" is of 2022, and of the year
// before the level's after "last year": before (hostile check 66) such a
// value was undated, or dated as the level's earlier value, and keyed as
// Kent's, a fall over time Kent never had.
func (s *sentence) comparedValueEnd(i, level, end int) bool {
	end = s.pastOwnBracket(end)
	if m := comparedOwnTimeRe.FindStringSubmatchIndex(s.text[end:]); m != nil {
		t := comparedTime{level: -1}
		if m[2] >= 0 {
			t.period = s.text[end+m[2] : end+m[3]]
		} else {
			t.level = level
		}
		if !comparedValueEndRe.MatchString(s.text[end+m[1]:]) {
			return false
		}
		if s.comparedTimes == nil {
			s.comparedTimes = map[int]comparedTime{}
		}
		s.comparedTimes[i] = t
		return true
	}
	return comparedValueEndRe.MatchString(s.text[end:])
}

// comparedPeriod is the period figure i's own words give it as a compared
// value (comparedValueEnd), and whether they give one.
func (s *sentence) comparedPeriod(i int) (string, bool) {
	t, ok := s.comparedTimes[i]
	if !ok {
		return "", false
	}
	if t.level >= 0 {
		return shiftYear(s.in.Figures[t.level].Period), true
	}
	return t.period, true
}

// listJoinBeforeRe ends the words joining a value to the one before it
// in a list: ", ", " and ", ", and ", " or ".
var listJoinBeforeRe = lazyre.New(`(?:,|,?\s+(?:and|or))\s+(?:(?:around|about|nearly|almost)\s+)?$`)

// comparedInList reports figure i written as a further value of a list
// whose first is compared with ("compared with 71% in England and 69% in
// the South East", "higher than Medway (58%) and Surrey (55%)"): it is
// compared as the first is. Before (hostile check 66) the 69% was of
// Kent's people and keyed as Kent's 64%.
func (s *sentence) comparedInList(i int) bool {
	figs := s.in.Figures
	for k := i - 1; k >= 0; k-- {
		if figs[k].Role == evidence.RoleThreshold || figs[k].Role == evidence.RoleBase {
			continue
		}
		if _, in := s.inComparator(k); in {
			continue // "71% in England (2022: 69%) and 58%": England's own
		}
		if figs[k].Unit != figs[i].Unit {
			return false
		}
		gap := s.gapPastOwnBracket(figs[k].Offset+len(figs[k].Text), figs[i].Offset)
		// The value before ends its own place or name: "71% in England
		// and 69%", "Medway (58%) and Surrey (", "England's 71% and
		// Medway's ".
		if !listedValueGapRe.MatchString(gap) {
			return false
		}
		_, averaged := s.averages[k]
		return s.afterComparedLead(k) || averaged || s.comparedInList(k)
	}
	return false
}

// valuesPeopleWords are the people a compared value is of, written
// after it in lower case before its place: " of children", " of those",
// " of young people" ("compared with 71% of those in England").
const valuesPeopleWords = `(?:\s+of\s+\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2}?)?`

// listedValueGapRe is what lies between two listed compared values: the
// first's place or owner words, then the join and the second's: " in
// England and ", ") and Surrey (", " and Medway's ", " in Medway in
// 2022/23 and ".
var listedValueGapRe = lazyre.New(`^` + valuesPeopleWords + `(?:\s+(?:in|across|throughout|for)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:and\s+|of\s+)?[\p{Lu}][\p{L}'’-]*){0,3}|\s+nationally)?` + comparedOwnYear + `\)?(?:,|,?\s+(?:and|or))\s+(?:(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3}(?:['’]s\s+|\s*\(\s*))?(?:(?:around|about|nearly|almost)\s+)?$`)

// placesListed reports a list of shares or counts each followed by its
// place, as sums are: "the figures were 64% for Kent, 58% for Medway and
// 71% for England", "64% in Kent, 58% in Medway and 71% in England". The
// first value's place (gap, the words after it) is a place the sentence
// knows or a name written as a place's, never a group ("in Year 6") or a
// time. Before (hostile check 66) all three were England's, the last
// place named, and Medway's and England's measured "for Medway".
// Rates and times are listed so too, "52 per 10,000 in Kent, 71 per
// 10,000 in Medway", "62 weeks in Kent, 48 weeks in Medway" (hostile
// check 68: all three were England's, the later two undated and
// measured "in Medway", one key).
func (s *sentence) placesListed(a int, gap string) bool {
	f := s.in.Figures[a]
	if f.Unit != evidence.UnitPercent && f.Unit != evidence.UnitCount && (!isDurationUnit(f.Unit) && !listedRate(f) || s.earlierOrCompared(a)) {
		return false
	}
	it, ok := s.interleavedPlace(a)
	return ok && it.group == "" && (it.place != "" || otherPlaceLabel(it.name))
}
