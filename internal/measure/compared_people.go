package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// comparedPeopleApart keeps the local value and the values of the places
// it is compared with apart once every other rule has read them, by what
// the sentence writes of each figure's people:
//   - a figure whose own words name its people's place, "64% of children
//     in Kent", is that place's, never of another the sentence names
//     ("…, whereas in England it was 71%", "…, trailing England (71%)");
//   - a figure of another place (one it is compared with, or placed apart
//     by its own clause) whose people it borrowed from the local value is
//     of those people without the local place, so never keyed as the
//     local value ("children in Kent" of England's 71% was Kent's key);
//   - a compared value named by a place the sentence does not know,
//     "compared with 58% in Medway and 55% in Surrey", keeps that name
//     as its place once a list has read it;
//   - a compared value with no time of its own is of its level's time,
//     as "below the England average of 71%" already was;
//   - an earlier value written of a compared place, "compared with 71% in
//     England, where the figure has fallen from 75% in 2021", is that
//     place's, never the local value's own earlier value.
//
// Before (hostile check 67) Kent's 64% was placed in England and
// England's 71% keyed as Kent's, and England's 75% of 2021 gave Kent a
// fall it never had.
func (s *sentence) comparedPeopleApart() {
	figs := s.in.Figures
	for i := range figs {
		f := &figs[i]
		if f.Role == evidence.RoleBase {
			continue
		}
		if p := s.besidePlaces[i]; p != "" && f.Place == "" {
			f.Place = p // "compared with 58% in Medway and 55% in Surrey"
		}
		s.contrastedPlace(i)
		s.rankedPlace(i)
		if s.besidePlaces[i] != "" && strings.HasPrefix(f.Measure, "nationally") {
			// "Nationally, 71% …, compared with 64% in Kent": the
			// level's place word is no word of Kent's measure (hostile
			// check 67: Kent's 64% was keyed as the national value).
			f.Measure = strings.TrimLeft(strings.TrimPrefix(f.Measure, "nationally"), ", ")
		}
		pp := peoplesPlace(f.Population)
		if pp != "" && f.Place == "" && f.Role != evidence.RoleThreshold && !s.fromLead(i) && (s.afterComparedLead(i) || s.comparedInList(i)) {
			// "compared with 71% in England and 58% in Medway in 2022":
			// the 58% is Medway's, whatever list reader missed it.
			if it, ok := s.interleavedPlace(i); ok && it.group == "" && (it.place != "" || otherPlaceLabel(it.name)) {
				if name := it.place + it.name; it.place != "" && !samePlaceName(it.place, pp) || it.place == "" && !samePlaceName(name, pp) {
					f.Place = it.place
					if f.Place == "" {
						f.Place = it.name
					}
				}
			}
		}
		if pp != "" && f.Place != "" && !samePlaceName(f.Place, pp) {
			// A threshold ("within 18 weeks") is its level's, of the
			// level's people: the contrasting clause had placed Kent's
			// in England with people "children".
			if f.Role == evidence.RoleThreshold || s.ownPeople(i, pp) {
				f.Place = ""
			} else {
				f.Population, f.Measure = withoutLocalPlace(f.Population), withoutLocalPlace(f.Measure)
			}
		}
		if f.Place != "" && f.Role != evidence.RoleThreshold {
			s.partOfComparedPlace(i)
		}
		if f.Place == "" && f.Role != evidence.RoleThreshold {
			s.earlierOfComparedPlace(i)
		}
	}
	for i := range figs {
		f := &figs[i]
		compared := s.besidePlaces[i] != "" || f.Place != "" && !s.fromLead(i) && !s.earlierOpened(i) && (s.afterComparedLead(i) || s.comparedInList(i))
		if f.Period != "" || !compared || f.Role == evidence.RoleBase || f.Role == evidence.RoleThreshold {
			continue
		}
		if l := s.comparedLevel(i); l >= 0 && !s.timeAfter(i) {
			f.Period = figs[l].Period
		}
	}
}

// peopleInPlaceRe is the place a figure's people are of: " in Kent" of
// "children in Kent". Group 1 the place.
var peopleInPlaceRe = lazyre.New(`\s(?:in|across|within|living\s+in|resident\s+in)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*)\b`)

// peoplesPlace is the place people words name, "Kent" of "children in
// Kent", or "".
func peoplesPlace(pop string) string {
	if !strings.Contains(pop, " in ") && !strings.Contains(pop, " across ") && !strings.Contains(pop, " within ") {
		return ""
	}
	m := peopleInPlaceRe.FindStringSubmatch(pop)
	if m == nil {
		return ""
	}
	return m[1]
}

// samePlaceName reports two names of one place, or one within the
// other's name ("Kent" and "Kent and Medway").
func samePlaceName(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// ownPeople reports figure i's own words naming its people's place pp:
// written after it before its clause ends or another figure begins,
// "64% of children in Kent were seen", never borrowed from a figure
// before it.
func (s *sentence) ownPeople(i int, pp string) bool {
	f := s.in.Figures[i]
	end := f.Offset + len(f.Text)
	stop := len(s.text)
	for _, g := range s.in.Figures {
		if g.Offset >= end && g.Offset < stop {
			stop = g.Offset
		}
	}
	if k := strings.IndexAny(s.text[end:stop], ",;("); k >= 0 {
		stop = end + k
	}
	return strings.Contains(s.text[end:stop], pp)
}

// comparedLevel is the figure compared value i is set beside: the
// nearest figure before it of its unit that is no compared value, base
// or threshold, or -1.
func (s *sentence) comparedLevel(i int) int {
	figs := s.in.Figures
	if a, ok := s.averages[i]; ok {
		return a.level
	}
	for k := i - 1; k >= 0; k-- {
		g := figs[k]
		if g.Unit != figs[i].Unit || g.Role == evidence.RoleBase || g.Role == evidence.RoleThreshold || s.besidePlaces[k] != "" {
			continue
		}
		if _, in := s.inComparator(k); in || s.afterComparedLead(k) || s.earlierOpened(k) {
			continue
		}
		return k
	}
	return -1
}

// timeAfter reports a time written after figure i before the next figure:
// "compared with 71% in England five years ago" is of no year its level
// gives it.
func (s *sentence) timeAfter(i int) bool {
	f := s.in.Figures[i]
	end := f.Offset + len(f.Text)
	stop := len(s.text)
	for _, g := range s.in.Figures {
		if g.Offset >= end && g.Offset < stop {
			stop = g.Offset
		}
	}
	// A bracket of its own earlier values, "71% in England (2022:
	// 74%)", dates them, not the 71% (hostile check 68: undated).
	stop = min(stop, max(end, s.pastOwnBracketOpen(end, stop)))
	for _, r := range s.relTimes {
		if r.start >= end && r.start < stop {
			return true
		}
	}
	return comparedTimeWordsRe.MatchString(s.text[end:stop])
}

// fromLead reports figure i written after "from", an earlier value
// ("down from 74%"), never of its level's time.
func (s *sentence) fromLead(i int) bool {
	f := s.in.Figures[i]
	return strings.HasSuffix(strings.TrimRight(s.text[max(0, f.Offset-8):f.Offset], " "), "from")
}

// comparedTimeWordsRe is a time word a relative time may be written with
// ("ago", "earlier", "previously") or a year.
var comparedTimeWordsRe = lazyre.New(`(?i)\b(?:ago|earlier|previously|before|(?:19|20)\d\d)\b`)

// comparedPlaceEarlierGapRe is what lies between a compared place's value
// and an earlier value written of that place: a relative clause or a
// bracket opening on it, ", where the figure has fallen from ", ", which
// was down from ", " (down from ", or its own change right after its
// place, " in England, up from " (hostile check 68: England's 69% of
// "compared with 71% in England, up from 69%" was keyed as Kent's).
var comparedPlaceEarlierGapRe = lazyre.New(`^[^.;]*?(?:\(\s*|,\s*(?:where|which|whose|there)\b[^.;,()]*|,\s*(?:up|down)\s+from\s+)$`)

// earlierOfComparedPlace gives figure i, an earlier value written of the
// place a value before it is compared with ("compared with 71% in
// England (down from 74%)"), that place and that value's record.
func (s *sentence) earlierOfComparedPlace(i int) {
	figs := s.in.Figures
	f := &figs[i]
	if !s.earlierOpened(i) && !s.afterComparedLead(i) {
		return
	}
	for k := i - 1; k >= 0; k-- {
		g := figs[k]
		if g.Role == evidence.RoleBase || g.Role == evidence.RoleThreshold {
			continue
		}
		p := s.besidePlaces[k]
		if g.Unit != f.Unit || p == "" || g.Place == "" {
			return
		}
		if !comparedPlaceEarlierGapRe.MatchString(s.text[g.Offset+len(g.Text) : f.Offset]) {
			return
		}
		f.Place, f.Population, f.Measure = g.Place, g.Population, g.Measure
		return
	}
}

// partOfPlaceRe is a part of a place written as a compared value's place,
// " in the rest of England", " in inner London", " across other parts of
// the South East": group 1 the words naming the part, before the place's
// name.
var partOfPlaceRe = lazyre.New(`^` + valuesPeopleWords + `\s+(?:in|across|for|throughout)\s+((?:the\s+)?(?:rest|remainder)\s+of\s+(?:the\s+)?|(?:inner|outer|rural|urban|coastal)\s+|(?:other\s+|some\s+|many\s+|most\s+)?parts?\s+of\s+(?:the\s+)?|(?:much|most)\s+of\s+(?:the\s+)?)\p{Lu}`)

// partOfComparedPlace gives figure i, written of a part of its place ("71%
// in the rest of England", "in inner London"), no place: the part is no
// place the records know, so the value measures its level's words with
// the part's whole name and is keyed apart by it. Before (hostile check
// 67) the 71% was England's (or London's) and of Kent's children, keyed
// as Kent's 64%.
func (s *sentence) partOfComparedPlace(i int) {
	figs := s.in.Figures
	f := &figs[i]
	rest := s.text[f.Offset+len(f.Text):]
	if !strings.Contains(rest[:min(len(rest), 60)], " of ") && !strings.Contains(rest[:min(len(rest), 40)], "er ") {
		return // cheap gate: every part's words hold " of " or "inner"/"outer"
	}
	m := partOfPlaceRe.FindStringSubmatchIndex(rest)
	if m == nil || !strings.HasPrefix(rest[m[3]:], f.Place) {
		return
	}
	name := rest[m[2]:m[3]] + f.Place
	f.Place = ""
	f.Population = withoutLocalPlace(f.Population)
	measure := f.Measure
	if l := s.comparedLevel(i); l >= 0 {
		measure = figs[l].Measure
	}
	f.Measure = tidy(withoutLocalPlace(measure) + " in " + name)
	if l := s.comparedLevel(i); l >= 0 && f.Period == "" && !s.timeAfter(i) {
		f.Period = figs[l].Period
	}
}

// contrastLeadRe is a clause contrasting another place with the local
// value's, its value after it: ", whereas in England it was ", ", while
// in Surrey the figure was ", "; whereas across the South East it stood
// at ", or names the place as the owner of its value: ", while Kent's was
// ", ", whereas Medway's figure was " (hostile check 67: Kent's 64% was
// placed in England, measured "kent's was"). Group 1 or 2 the place.
var contrastLeadRe = lazyre.New(`[,;]\s+(?:whereas|while|but)\s+(?:(?:in|across|for|throughout)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+|of\s+)?\p{Lu}[\p{L}'’-]*){0,3}),?\s+(?:it|this|that|the\s+(?:figure|rate|proportion|share|number|percentage|level|equivalent(?:\s+figure)?|comparable\s+figure))|(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+|of\s+)?\p{Lu}[\p{L}'’-]*){0,3})['’]s(?:\s+(?:figure|rate|proportion|share|number|percentage|level|total))?)\s+(?:was|is|were|stood\s+at)\s+(?:around\s+|about\s+|nearly\s+|almost\s+|just\s+)?$`)

// contrastedPlace gives figure i, the value of a place a clause contrasts
// with the local value's ("In 2023, 64% of children in Kent were seen
// within 18 weeks, whereas in England it was 71%"), that place and the
// local value's measure and people without the local place. Before
// (hostile check 67) the 71% was of "children in Kent", keyed as Kent's
// 64%, and the 64% was placed in England.
func (s *sentence) contrastedPlace(i int) {
	figs := s.in.Figures
	f := &figs[i]
	before := s.text[max(0, f.Offset-90):f.Offset]
	if !strings.Contains(before, "hereas ") && !strings.Contains(before, "hile ") && !strings.Contains(before, "but ") {
		return
	}
	name := placeEnding(contrastLeadRe, before)
	also := false
	if name == "" && i > 0 && s.besidePlaces[i-1] != "" && strings.Contains(before, "s ") {
		// "…, while Medway's figure was 58% and Surrey's 61%": a place
		// listed after a contrasted one is contrasted alike (hostile
		// check 68: Surrey's 61% of "children in Kent", measured
		// "surrey's").
		name, also = placeEnding(alsoContrastedRe, before), true
	}
	if name == "" {
		return
	}
	l := s.comparedLevel(i)
	if l < 0 || also {
		// "England's figure for 2023 was 71%, while Kent's was 64%":
		// the value contrasted with is another place's own.
		l = s.contrastedWith(i)
	}
	if also && l >= 0 {
		l = s.contrastedWith(l) // past the contrasted value to its level
	}
	if l < 0 {
		return
	}
	if figs[l].Place == "" && peoplesPlace(figs[l].Population) == "" {
		if owner, rest := s.possessiveOwner(figs[l].Measure); owner != "" && !samePlaceName(owner, name) {
			// "Medway's rate was 58%, while Kent's was 64%": the level
			// is its owner's, measured without the owner, as the
			// contrasted value is (hostile check 68: Kent's 64% keyed
			// "kent", undated; Medway's £1.2m "medway's was").
			figs[l].Place, figs[l].Measure = owner, rest
		}
	}
	// The level's place is its people's ("children in Kent"), else its
	// own where it has one ("England's figure ... was 71%").
	if pp := peoplesPlace(figs[l].Population); pp != "" && samePlaceName(name, pp) || pp == "" && (figs[l].Place == "" || samePlaceName(name, figs[l].Place)) {
		return
	}
	f.Place = name
	f.Population = withoutLocalPlace(figs[l].Population)
	f.Measure = s.withoutLocalSubject(withoutLocalPlace(figs[l].Measure))
	if f.Period == "" && !s.timeAfter(i) {
		f.Period = figs[l].Period
	}
	if s.besidePlaces == nil {
		s.besidePlaces = map[int]string{}
	}
	s.besidePlaces[i] = name
}

// alsoContrastedRe ends the words before a value of a place listed after
// a contrasted place's value: " and Surrey's ", " and England's was ".
// Group 1 the place.
var alsoContrastedRe = lazyre.New(`\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+|of\s+)?\p{Lu}[\p{L}'’-]*){0,3})['’]s(?:\s+(?:figure|rate|proportion|share|number|percentage|level|total))?(?:\s+(?:was|is|stood\s+at))?\s+$`)

// possessiveOwner is the place a measure opens on as the owner of its
// value, "kent" of "kent's spend on school nursing was" where the
// sentence writes "Kent's", and the measure without it; "" where it opens
// on no place's possessive.
func (s *sentence) possessiveOwner(measure string) (owner, rest string) {
	m := possessiveOpenRe.FindStringSubmatch(measure)
	if m == nil {
		return "", ""
	}
	written := strings.ToUpper(m[1][:1]) + m[1][1:]
	if !strings.Contains(s.text, written+"'s") && !strings.Contains(s.text, written+"’s") {
		return "", ""
	}
	if name := onlyPlace(written); name != "" {
		return name, tidy(m[2])
	}
	if otherPlaceLabel(written) {
		return written, tidy(m[2])
	}
	return "", ""
}

// possessiveOpenRe is a measure opening on a possessive name: "kent's
// spend was", or that name alone, "kent's" of "Kent's 64% compared with
// …". Group 1 the name, group 2 the rest.
var possessiveOpenRe = lazyre.New(`^([a-zA-Z][\p{L}'’-]*?(?:\s+(?:and\s+|of\s+)?\p{Lu}[\p{L}'’-]*){0,3})['’]s(?:\s+(.+))?$`)

// contrastedWith is the value of another place a contrasting clause's
// value, figure i, is set against where no local level is: the nearest
// figure of its unit before it that is no base and no threshold; -1
// where there is none.
func (s *sentence) contrastedWith(i int) int {
	figs := s.in.Figures
	for k := i - 1; k >= 0; k-- {
		if g := figs[k]; g.Unit == figs[i].Unit && g.Role != evidence.RoleBase && g.Role != evidence.RoleThreshold {
			return k
		}
	}
	return -1
}

// placeEnding is the place named by group 1 of re where re ends the words
// before a figure (or by its first group that matched): a known place
// ("England"), or another area's name read as a place label ("Dartford,
// Gravesham and Swanley"); "" where re does not match or its words name
// no place. The contrasting clause and the ranking both read their place
// by it.
func placeEnding(re *lazyre.Regexp, before string) string {
	m := re.FindStringSubmatch(before)
	if m == nil {
		return ""
	}
	g := ""
	for _, g = range m[1:] {
		if g != "" {
			break
		}
	}
	if name := onlyPlace(g); name != "" {
		return name
	}
	if otherPlaceLabel(g) {
		return g
	}
	return ""
}

// rankedPlaceBeforeRe ends the words ranking a place whose value follows
// in brackets: "highest in Kent (", "and lowest in Medway (". Group 1 the
// place.
var rankedPlaceBeforeRe = lazyre.New(`(?i:highest|lowest|best|worst|greatest|smallest)\s+(?i:in|for|among)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+|of\s+)?\p{Lu}[\p{L}'’-]*){0,3})\s*\(\s*$`)

// rankingWordsRe is the ranking a measure holds from its first rank
// word on: " was highest in Kent and lowest in Medway".
var rankingWordsRe = lazyre.New(`(?:\s+(?:was|were|is|are))?\s+(?:the\s+)?(?:highest|lowest|best|worst|greatest|smallest)\s+(?:in|for|among)\b.*$`)

// rankedPlace gives figure i, the bracketed value of a place a ranking
// names ("In 2023, MMR2 uptake was highest in Kent (88.1%) and lowest in
// Medway (85.4%)"), that place, and its measure without the ranking:
// each value is its own place's, keyed apart by place. Before (hostile
// check 67) both were of no place, one key measuring "highest in Kent
// and lowest in Medway", a false disagreement.
func (s *sentence) rankedPlace(i int) {
	f := &s.in.Figures[i]
	before := s.text[max(0, f.Offset-60):f.Offset]
	if !strings.Contains(before, "est ") {
		return
	}
	name := placeEnding(rankedPlaceBeforeRe, before)
	if name == "" {
		return
	}
	f.Place = name
	if k := rankingWordsRe.FindStringIndex(f.Measure); k != nil && k[0] > 0 {
		f.Measure = tidy(f.Measure[:k[0]])
	}
}
