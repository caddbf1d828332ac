package measure

import (
	"regexp"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// ListedName is the pattern of the name a list gives each of its
// values, "Kent", "the North West", "Isle of Wight", or a place whose
// name holds "and" (andPlaceNames), "Brighton and Hove": one item, never
// two. It is the one pattern by which the figure reader finds the sums a
// money note's clause lists after their names ("Budgets (£000s):
// Brighton and Hove 4,500, Medway 1,200") and valueLists names them.
// Before (hostile check 60), each wrote its own, none knew "Brighton and
// Hove", and its three sums were counts.
var ListedName = `(?:the\s+)?(?:` + andPlaceAlternatives() + `|[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})`

// andPlaceAlternatives is andPlaceNames as alternatives of a pattern.
func andPlaceAlternatives() string {
	alts := make([]string, len(andPlaceNames))
	for i, n := range andPlaceNames {
		alts[i] = strings.ReplaceAll(regexp.QuoteMeta(n), " ", `\s+`)
	}
	return strings.Join(alts, "|")
}

// namedListGapRe is the text between two sums listed each after its
// place: ", Medway ", " and Surrey ", "; Medway ", " and in Medway ".
// "; Medway: ", a place's label pair after a money label's, too, and
// "; Medway, " after a name set apart by a comma, "Referrals to CAMHS in
// 2023: Kent, 1,400; Medway, 1,200" (hostile check 68: Medway's 1,200
// measured "medway", undated).
var namedListGapRe = lazyre.New(`^\s*(?:,|;|,?\s+and|,?\s+or)\s+(?:in\s+)?` + ListedName + `(?:\s+|:\s+|,\s+)$`)

// valueLists dates values of one unit listed after one verb as the
// changes of pointsLists are: "was 4,500, 3,200 and 2,100 in 2021, 2022
// and 2023" pairs each sum with its year (pairListed), and years that do
// not pair date none; "Kent 4,500, Medway 1,200 and Surrey 3,300 in 2023"
// dates all three by the year said once after the list. Before (hostile
// check 59), 2,100 was dated 2021 and only Surrey's 3,300 was 2023's.
//
// Sums each followed by its place, "was 4,500 in Kent, 1,200 in Medway
// and 3,300 in Surrey in 2023", are dated by the year after the last and
// each given its place as pointsLists gives listed changes theirs, and
// sums each after "in" and its place, "in Kent was 4,500 and in Medway
// 1,200 in 2023", as those after their names are (hostile check 60:
// only the last was dated).
//
// Shares and counts are listed so too (hostile check 60): "Uptake was
// 91%, 89% and 87% in Kent, Sussex and Surrey in 2023", "Referrals were
// 300, 320, 340 and 360 in Q1, Q2, Q3 and Q4 2023 respectively", and
// "In Kent, Sussex and Surrey uptake was 91%, 89% and 87% respectively"
// (pairLeadListed) pair each value with its place or quarter; before,
// only the last had the list's year, measured "respectively".
func (s *sentence) valueLists() {
	figs := s.in.Figures
	level := func(f evidence.Figure) bool {
		return f.Role != evidence.RoleChange && f.Role != evidence.RoleBase && f.Role != evidence.RoleThreshold &&
			(f.Unit == evidence.UnitGBP || f.Unit == evidence.UnitPercent || f.Unit == evidence.UnitCount || isDurationUnit(f.Unit) ||
				// "45.2 and 38.1 per 100,000": rates listed (hostile
				// check 64: unpaired with "respectively")
				listedRate(f) || f.Unit == evidence.UnitOther && isNumber(f.Text))
	}
	for a := 0; a < len(figs); {
		b, named, interleaved, parallel, ofPeople := a, false, false, false, false
		var earlier []int // values of named levels' earlier brackets
		money, timed := figs[a].Unit == evidence.UnitGBP, isDurationUnit(figs[a].Unit) || otherTime(figs[a])
	list:
		for b+1 < len(figs) {
			n, from := b+1, figs[b].Offset+len(figs[b].Text)
			if (b == a || named) && s.blankedSample(n) && s.colonNamed(a) {
				// "Kent 64% (n=1,200); Medway 58%": the list goes on
				// past the sample, the 64%'s base alone (hostile check
				// 68: every value keyed with Kent and the people
				// "Medway", England's 71% as Kent's).
				n++
			}
			if n >= len(figs) || !level(figs[b]) || !level(figs[n]) || figs[n].Unit != figs[b].Unit || figs[n].Offset < from {
				break
			}
			end := from
			afterEarlier := len(earlier) > 0 && earlier[len(earlier)-1] == b
			if afterEarlier {
				// "(2022: 1,250), Medway ": the gap after an earlier
				// value's bracket is read from where it closes
				end = s.pastOwnBracket(figs[b-1].Offset + len(figs[b-1].Text))
			}
			gap := s.text[min(end, figs[n].Offset):figs[n].Offset]
			switch {
			case (b == a || named) && (money || s.colonNamed(a)) && !afterEarlier && s.ownEarlierValue(end, n):
				// "Kent 1,400 (2022: 1,250), Medway 1,200 (2022:
				// 1,100)": each level's earlier value in its bracket
				// goes on with the list (hostile check 68: Medway's
				// values measured "medway", the 1,200 undated).
				named = true
				earlier = append(earlier, n)
			case !named && !interleaved && pointsListGapRe.MatchString(gap):
			case timed && (b == a || interleaved) && s.placesListed(a, gap) && interleavedGapRe.MatchString(gap):
				// "62 weeks in Kent, 48 weeks in Medway and 40 weeks in
				// England": times each followed by its place are listed
				// as shares are (hostile check 68: all were England's,
				// the later measured "in Medway", undated).
				interleaved = true
			case timed:
				// Times pair only as a plain list does, "14 and 11
				// weeks in Q1 and Q2 2024 respectively".
				break list
			case (b == a || named) && (money || s.colonNamed(a)) && namedListGapRe.MatchString(gap):
				named = true
			case (b == a || ofPeople) && s.ofPeopleInterleaved(a, b, gap):
				// "64% of children in Kent and 58% in Medway"
				// (giveOfPeopleInterleaved).
				interleaved, ofPeople = true, true
			case (b == a || interleaved) && (money || s.placesListed(a, gap)) && interleavedGapRe.MatchString(gap):
				interleaved = true
			case (b == a && !s.earlierOrCompared(a) && !figs[a].Aim || parallel) && !named && !interleaved && ClauseOpensOnAPlace(gap):
				// An aim is no level a later clause parallels: "against
				// a plan of 70%; in Medway, 58%" (hostile check 67).
				parallel = true
			default:
				break list
			}
			b = n
		}
		if b > a {
			if named || interleaved || parallel {
				// The year after the list dates it, or, where none
				// follows, the year before it the first took: "Budgets
				// for 2023/24 (£000s): Kent 4,500 and Medway 1,200"
				// (hostile check 60: Medway's was undated).
				p := figs[b].Period
				if p == "" || len(earlier) > 0 {
					// the levels' year, never their brackets' earlier one
					p = figs[a].Period
				}
				if p != "" {
					for k := a; k <= b; k++ {
						if figs[k].Period == "" && figs[k].Role != evidence.RoleBase {
							figs[k].Period = p
						}
					}
				}
			}
			if parallel {
				s.clauseListed(a, b)
			} else if named {
				s.nameListed(a, b)
				for _, k := range earlier {
					// an earlier value is of its level's measure and place
					f, l := &figs[k], figs[k-1]
					f.Measure, f.Population, f.Place = l.Measure, l.Population, l.Place
				}
			} else if ofPeople {
				s.giveOfPeopleInterleaved(a, b)
			} else if interleaved {
				first, _ := s.interleavedPlace(a)
				base := withoutPlace(figs[a].Measure, first)
				for k := a; k <= b; k++ {
					if it, ok := s.interleavedPlace(k); ok {
						s.giveListed(k, it, base)
					}
				}
			} else if !s.pairLeadListed(a, b) && !s.pairGroupsListed(a, b) && !s.pairOfPeopleListed(a, b) && !s.pairLevelsRespectively(a, b) {
				pos := figs[b].Offset + len(figs[b].Text)
				items := s.listedAfter(pos, b-a+1)
				if items != nil {
					s.shareListed(a, b)
				} else if yearEndsListRe.MatchString(s.text[pos:]) {
					// "Uptake was 70% and 65% in 2022.": the year after
					// the list ends its clause and dates every value of it
					// (hostile check 64: the 70% was undated).
					for k := a; k < b; k++ {
						if figs[k].Period == "" {
							figs[k].Period = figs[b].Period
						}
					}
				}
				if from, to := s.otherLengthListedAfter(pos, b-a+1); items == nil && to > 0 {
					s.leaveUnpaired(a, b, from, to)
				} else if items != nil && (items[0].period != "" || !money || s.afterComparedLead(a) && RespectivelyAfter(s.text[pos:])) || s.periodsListedAfter(pos) {
					// Sums compared "respectively" with places listed
					// after them pair as shares do (hostile check 68:
					// Medway's £1.2m keyed as Kent's £4.5m, Surrey's
					// £3.1m placed in Medway).
					s.pairListed(a, b, figs[a].Measure)
				}
			}
		}
		a = b + 1
	}
}

// blankedSample reports figure k a sample whose bracket sampleAsides
// blanked, "(n=1,200)" after a value: no word of the text between the
// values around it.
func (s *sentence) blankedSample(k int) bool {
	f := s.in.Figures[k]
	return f.Role == evidence.RoleBase && f.Offset+len(f.Text) <= len(s.text) && strings.TrimSpace(s.text[f.Offset:f.Offset+len(f.Text)]) == ""
}

// listedRate reports f a rate written with its base, "52 per 10,000",
// or a time of a unit no duration unit is, "18 days".
func listedRate(f evidence.Figure) bool {
	return f.Unit == evidence.UnitOther && (strings.Contains(f.Text, " per ") || otherTime(f))
}

// otherTime reports f a time in days or hours, which are of no duration
// unit: "18 days", "36 hours".
func otherTime(f evidence.Figure) bool {
	return f.Unit == evidence.UnitOther && (strings.HasSuffix(f.Text, " days") || strings.HasSuffix(f.Text, " hours"))
}

// ownEarlierValue reports figure j the one value of a bracket of another
// time's value opening at end, right after a listed level: "(2022:
// 1,250)", "(previous year: 1,250)" (periodBracket, pastOwnBracket).
func (s *sentence) ownEarlierValue(end, j int) bool {
	if s.pastOwnBracket(end) == end {
		return false
	}
	cs, ok := s.comparatorAround(s.in.Figures[j].Offset)
	return ok && len(cs) == 1 && cs[0].ValueStart <= s.in.Figures[j].Offset && s.in.Figures[j].Offset < cs[0].ValueEnd
}

// yearEndsListRe follows the last value of a list with the year that
// ends its clause: " in 2022.", " in 2023/24,".
var yearEndsListRe = lazyre.New(`^\s+(?:in|during)\s+(?:19|20)\d{2}(?:[/–-]\d{2,4})?\s*(?:[.;,]|$)`)

// clauseOpenPlaceGapRe is the text between two values of clauses each
// opening with its place, the later saying only its place and value: " in
// 2023; in Medway, " in "In Kent, spending (£000s) was 4,500 in 2023; in
// Medway, 1,200". Group 1 is the place.
// Places joined by "and" are one clause's place, "; in Medway and Swale,
// " (hostile check 63: 1,200 a count measuring "in Medway and Swale").
// A clause opened by "; and in Surrey, " or ", and in England as a whole,
// " is such a clause too (hostile check 66: Surrey's 900 was lost, and
// England's 95,000 keyed as Medway's 1,200).
// "; across the South East, ", "; for Medway, " and "; in neighbouring
// Medway, " open such a clause too (hostile check 67: each later value was
// of "children in Kent", measured "across Medway", undated).
// The gap may open on the bracket closing an earlier value of the clause
// before, "(2022: 1,050); in Surrey, " (hostile check 67: Surrey's 900 was
// lost).
var clauseOpenPlaceGapRe = lazyre.New(`^(?:\s+(?:in|for)\s+(?:19|20)\d{2}(?:[/–-]\d{2,4})?)?\)?\s*(?:;\s+(?:and\s+)?|,\s+and\s+)` + clausePlaceLead + `(` + ClausePlaceName + `)(?:\s+as\s+a\s+whole|\s+overall)?` + laterPlaceYear + laterPlaceAside + `\s*,\s+$`)

// laterPlaceYear is a year a later clause writes right after its place,
// "; in Medway in 2022, 58%", "; the figure for Medway in 2022/23 was"
// (laterOwnYear dates the value by it). Before (hostile check 68), the
// place was not read, and Medway's 58% was keyed as Kent's.
const laterPlaceYear = `(?:\s+in\s+(?:19|20)\d{2}(?:[/–-]\d{2,4})?)?`

// laterPlaceAside is an aside on a later clause's place before its value:
// "; in Medway, where referrals fell, 1,200", "; in Medway, which has a
// smaller service, 58%". It says something of the place, not what the
// value measures. Before (hostile check 68), the value was of "children
// in Kent", measured by the aside's words.
const laterPlaceAside = `(?:\s*,\s+(?:where|which|who)\s[^,;()]*?)?`

// clausePlaceLead is the preposition a later clause's place opens with,
// and a word of nearness that is no part of the name: "in ", "across
// the ", "for ", "in neighbouring ".
const clausePlaceLead = `(?:in|across|for)\s+(?:(?:neighbouring|neighboring|nearby)\s+)?`

// ClausePlaceName is the place a clause opens with after "in": a listed
// name, or two joined by "and", "Medway and Swale", as a pattern with no
// group.
var ClausePlaceName = ListedName + `(?:\s+and\s+` + ListedName + `)?`

// ClauseOpensOnAPlace reports a gap clauseOpenPlaceGapRe matches whose
// name is no time: "; in Q2, 410" and "; in March, 410" open a clause of
// another period, which the period scanner dates or leaves undated, never
// the first clause's year (a quarter named before the dated one has no
// year it can be given).
func ClauseOpensOnAPlace(gap string) bool {
	m := clauseOpenPlaceGapRe.FindStringSubmatch(gap)
	if m == nil {
		return false
	}
	w := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(m[1], "the "), "The "))
	return quarterWord(w) == 0 && monthIndex(w) == 0
}

// clauseListed gives values a+1..b, each in a clause that says only its
// place and value ("; in Medway, 1,200"), the first value's measure and
// their own place, as the first has the place its clause opens with: a
// place the sentence names is the value's place, and a name the first's
// population takes from the sentence's opening ("In Kent,") is the
// later's population. valueLists dates them by the first's year. Before
// (hostile check 62), 1,200 was measured "in Medway", undated, and of
// Kent.
func (s *sentence) clauseListed(a, b int) {
	figs := s.in.Figures
	for k := a + 1; k <= b; k++ {
		pos := figs[k-1].Offset + len(figs[k-1].Text)
		m := clauseOpenPlaceGapRe.FindStringSubmatchIndex(s.text[pos:figs[k].Offset])
		if m == nil || !s.clausePlaced(a, k, pos+m[2], pos+m[3]) {
			return
		}
	}
}

// clausePlaced gives figure k, the bare value of a later clause opening on
// the place text[start:end] names, figure a's measure and that place, as
// clauseListed says; false where text[start:end] names no place. A first
// clause opening on its place, "In Kent, 1,400 children were referred",
// measured "in Kent, were referred", keeps Kent as its place and leaves it
// out of the measure, so both are keyed alike (hostile check 63: the
// later's key was "medway" alone, or Kent's).
//
// The later clause's place replaces the first's wherever the first's
// record holds it, never stands beside it: its place ("In Kent," or a
// place the sentence knows), its measure ("were referred in Kent") or its
// people ("1,400 children in Kent were referred": the 1,200 of "; in
// Medway, 1,200" is of children in Medway). A place the section heading
// or the source's note gave, which the sentence does not name, is no
// place of either clause: each names its own. Before (hostile check 65),
// Medway's 1,200 was of "children in Kent", measured "were referred in
// Medway", and under a heading naming the South East both figures were
// the South East's, Kent's no longer Kent's.
func (s *sentence) clausePlaced(a, k, start, end int) bool {
	figs := s.in.Figures
	it, e, ok := s.listedItemAt(start)
	if !ok || it.period != "" || it.group != "" {
		return false
	}
	if e < end || e > end && it.place == "" {
		// "in Medway and Swale,": both are the clause's place; "Medway's
		// figure was": the name without its "'s"
		it = listedItem{name: strings.TrimPrefix(s.text[start:end], "the ")}
	}
	opening := ""
	if m := openingPlaceRe.FindStringSubmatch(s.text); m != nil {
		opening = m[1]
	}
	first := &figs[a]
	f := &figs[k]
	if strings.EqualFold(f.Population, first.Population) || strings.Contains(f.Population, s.text[start:end]) {
		// borrowed: the later clause names no people of its own ("and
		// 1,200 in Medway" read its place as its people)
		f.Population = ""
	}
	if first.Place != "" && !s.statesPlace(first.Place) && (opening != "" || inNameRe.MatchString(first.Measure) || inNameRe.MatchString(first.Population)) {
		// The section's or the note's place, where the first clause
		// names its own: each clause is of the place it names.
		first.Place = ""
	}
	if f.Place != "" && !s.statesPlace(f.Place) {
		f.Place = ""
	}
	if opening != "" && !strings.EqualFold(first.Population, opening) {
		if m := openingInMeasureRe.FindStringSubmatchIndex(first.Measure); m != nil && strings.EqualFold(first.Measure[m[2]:m[3]], opening) {
			old := first.Measure
			first.Measure = tidy(first.Measure[m[1]:])
			for i := range figs {
				if figs[i].Measure == old && figs[i].Role == evidence.RoleThreshold {
					figs[i].Measure = first.Measure // "within 18 weeks", the share's limit
				}
			}
			if first.Place == "" {
				first.Place = opening
			}
		}
	}
	base, own := first.Measure, ""
	m, prep := inNameRe.FindStringIndex(base), " in "
	if m == nil && strings.HasSuffix(s.text[:start], "for ") {
		// "the figure for Kent was 64%; for Medway, 58%": the clauses
		// name their places alike (hostile check 67: measured "figure
		// for Kent was in Medway").
		m, prep = forNameRe.FindStringIndex(base), " for "
	}
	if m != nil {
		// "Spending (£000s) in Kent was 4,500 in 2023; in Medway, 1,200":
		// the first's place is in its measure, and the later's measure
		// is that without it (hostile check 63: keyed "kent medway"), the
		// later's place where the first's stood (hostile check 65).
		base, own = squeeze(base[:m[0]]+base[m[1]:]), squeeze(first.Measure[:m[0]]+prep+"\x00"+first.Measure[m[1]:])
	}
	if own == "" {
		if subj, rest, ok := s.subjectOfBoth(base, end, f.Offset); ok {
			// "Kent saw 64% …; Medway saw 58%": each clause's subject is
			// its place, no word of what either measures (hostile check
			// 67: Medway's 58% measured "kent saw within 18 weeks in
			// Medway").
			first.Measure, base = rest, rest
			if first.Place == "" {
				first.Place = subj
			}
			f.Measure, f.Place = rest, councilArea(it.name+it.place)
			if f.Population == "" && !inNameRe.MatchString(first.Population) {
				f.Population = first.Population // "of children", said once
			}
			if f.Period == "" || !s.laterOwnYear(start, f) {
				f.Period = first.Period
			}
			return true
		}
	}
	people, inPeople := first.Population, false
	if m := inNameRe.FindStringIndex(people); m != nil && own == "" && !strings.EqualFold(opening, first.Population) {
		if at := strings.Index(people[m[0]:m[1]], "in ") + m[0] + 3; namesNoGroup(people[at:]) {
			// "children in Kent": the first's people are of its place,
			// and the later's are those people of its own.
			people, inPeople = squeeze(people[:m[0]]+people[m[1]:]), true
		}
	}
	if opening != "" && strings.EqualFold(f.Population, opening) {
		f.Population = "" // "In Kent," is the first clause's place only
	}
	switch {
	case it.place != "":
		f.Place, f.Measure = it.place, base
	case first.Population != "" && opening != "" && strings.EqualFold(opening, first.Population):
		f.Population, f.Measure = it.name, base
	case opening != "" && strings.EqualFold(first.Place, opening):
		f.Place, f.Measure = it.name, base
	case inPeople:
		f.Measure = base
		if f.Population == "" {
			f.Population = people + " in " + it.name
		}
	case own != "":
		f.Measure = clip(tidy(strings.Replace(own, "\x00", it.name, 1)))
	default:
		f.Measure = clip(tidy(base + " in " + it.name))
	}
	if f.Population == "" && !strings.EqualFold(first.Population, opening) {
		f.Population = people
	}
	if f.Period == "" || !s.laterOwnYear(start, f) {
		// Of the first clause's year where the later clause writes
		// none of its own: never a year the scanner lent it from an
		// earlier value ("…, up from 1,150 in 2022; in Medway, 1,200",
		// hostile check 66: Medway's 1,200 of 2022).
		f.Period = first.Period
	}
	return true
}

// subjectOfBoth reports a first clause's measure that opens with its
// place as the subject of its verb, "kent saw within 18 weeks" of "Kent
// saw 64% of children within 18 weeks", where the later clause names its
// own place as the subject of a verb, text[end:value] ("Medway saw ",
// "Medway Council spent "): subj is the first's place ("Kent", a
// council's name without "County Council"), rest the measure without it.
func (s *sentence) subjectOfBoth(measure string, end, value int) (subj, rest string, ok bool) {
	if end > value || !laterSubjectVerbRe.MatchString(s.text[end:value]) {
		return "", "", false
	}
	m := subjectMeasureRe.FindStringSubmatchIndex(measure)
	if m == nil {
		return "", "", false
	}
	name := measure[m[2]:m[3]]
	name = strings.ToUpper(name[:1]) + name[1:]
	if !strings.Contains(s.text, name) || !s.namesStatedPlace(measure[m[2]:m[3]]) && !strings.Contains(name, " ") {
		return "", "", false
	}
	return councilArea(name), measure[m[4]:], true
}

// subjectMeasureRe is a measure opening with its place as its verb's
// subject, lowered: "kent saw ", "kent County Council spent ". Group 1 is
// the name, group 2 the verb and what follows.
var subjectMeasureRe = lazyre.New(`^([a-z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+((?:saw|had|recorded|reported|received|made|spent|referred|admitted|treated|assessed|supported|delivered|achieved)\b.*)$`)

// laterSubjectVerbRe is the words between a later clause's place and its
// value where the place is a verb's subject: " saw ", " Council spent ".
// A clause giving only its place and value, "; in Medway, £1.2m", says
// the same of the first's subject (hostile check 68: Medway's £1.2m
// measured "kent spent on school nursing in Medway").
var laterSubjectVerbRe = lazyre.New(`^(?:(?:\s+(?:County\s+)?Council)?\s+(?:saw|had|recorded|reported|received|made|spent|referred|admitted|treated|assessed|supported|delivered|achieved)\s+|\s*,\s+)$`)

// councilArea is the area a council's name names: "Kent" of "Kent County
// Council", "Medway" of "Medway Council".
func councilArea(name string) string {
	return strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, " Council"), " County"), " City")
}

// laterOwnYear reports a year the later clause of figure f, whose place
// starts at start, writes of its own: before its place ("; in 2022,
// Medway referred 1,200") or right after its value ("1,200 in 2022",
// "1,200 (2022)"); a bracket's earlier value, "1,200 (2022: 1,100)", is
// no year of the 1,200.
func (s *sentence) laterOwnYear(start int, f *evidence.Figure) bool {
	cs := 0
	for _, m := range laterClauseStartRe.FindAllStringIndex(s.text[:start], -1) {
		cs = m[1]
	}
	end := min(len(s.text), f.Offset+len(f.Text))
	// A year between the place and the value is the clause's too: "; in
	// Medway in 2022, 58%" (hostile check 68).
	return yearWordRe.MatchString(s.text[cs:max(start, f.Offset)]) || ownYearAfterRe.MatchString(s.text[end:])
}

// laterClauseStartRe opens a later clause: a semicolon, ", and", or a
// word of contrast.
var laterClauseStartRe = lazyre.New(`;|,\s+and\s|,?\s+(?:while|whilst|whereas|but)\s`)

// yearWordRe is a year written in words of a clause: "2022", "2022/23".
var yearWordRe = lazyre.New(`\b(?:19|20)\d{2}\b`)

// ownYearAfterRe follows a value with its own year: " in 2022", " in
// March 2022", " (2022)", " (2022/23)".
var ownYearAfterRe = lazyre.New(`^\s*(?:in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}(?:[/–-]\d{2,4})?\b|\((?:19|20)\d{2}(?:[/–-]\d{2,4})?\))`)

// statesPlace reports a place the sentence itself names (or the place it
// opens with), not one its section heading or source note gave.
func (s *sentence) statesPlace(name string) bool {
	for _, p := range findPlaces(s.text) {
		if p.name == name {
			return true
		}
	}
	if m := openingPlaceRe.FindStringSubmatch(s.text); m != nil && strings.EqualFold(m[1], name) {
		return true
	}
	return false
}

// namesNoGroup reports that the words after an "in" open with a name
// that is no group of people and no time: "Kent" of "children in Kent",
// never "Year 6", "Reception" or "March".
func namesNoGroup(words string) bool {
	name := strings.Fields(strings.TrimPrefix(strings.TrimPrefix(words, "the "), "The "))
	if len(name) == 0 || schoolGroupRe.MatchString(words) || listedGroupRe.MatchString(words) {
		return false
	}
	w := strings.ToLower(strings.Trim(name[0], ",;:."))
	return quarterWord(w) == 0 && monthIndex(w) == 0
}

// schoolGroupRe opens a capitalised name that is a group of pupils or a
// stage of schooling, never a place: "Year 6", "Reception", "Key Stage 2".
var schoolGroupRe = lazyre.New(`^(?:Years?\s+\d|Reception|Key\s+Stage|KS\d|Nursery|Sixth\s+Form|Early\s+Years)`)

// openingInMeasureRe is a sentence's opening place at the head of a
// measure: "in Kent, " of "in Kent, were referred".
var openingInMeasureRe = lazyre.New(`^(?:in|across|for)\s+(` + ListedName + `)\s*,\s*`)

// laterClausesApart gives a bare value of a clause after a semicolon that
// opens on its place, "; in Medway, 1,200.", the measure, people, year and
// key of the last value of its unit in the clause before, where words of
// that clause stand between them ("In Kent, 1,400 children were referred
// in 2023; in Medway, 1,200", "64% ... within 18 weeks in 2023; in
// Medway, 58%"): clausePlaced, as clauseListed gives values listed with
// nothing between. Before (hostile check 63), 1,200 was measured "in
// Medway", undated.
func (s *sentence) laterClausesApart() {
	figs := s.in.Figures
	level := func(f evidence.Figure) bool {
		return f.Role != evidence.RoleChange && f.Role != evidence.RoleBase && f.Role != evidence.RoleThreshold &&
			(f.Unit == evidence.UnitGBP || f.Unit == evidence.UnitPercent || f.Unit == evidence.UnitCount)
	}
	placedFrom := map[int]int{} // a later value placed: the value it parallels
	for k := 1; k < len(figs); k++ {
		f := figs[k]
		after := s.text[min(len(s.text), f.Offset+len(f.Text)):]
		if !level(f) || s.earlierOrCompared(k) {
			continue
		}
		var sc, ps, pe int
		var m []int
		if laterValueEndRe.MatchString(after) {
			sc, m = laterPlaceGap(s.text[:f.Offset])
		}
		if m != nil {
			ps, pe = sc+m[2], sc+m[3]
		} else if sc, ps, pe = s.placeAfterLaterValue(k); sc < 0 {
			continue
		}
		prev := figs[k-1]
		if m != nil && level(prev) && !prev.Aim && prev.Unit == f.Unit && prev.Offset+len(prev.Text) <= sc && clauseOpenPlaceGapRe.MatchString(s.text[prev.Offset+len(prev.Text):f.Offset]) && !s.earlierOrCompared(k-1) {
			if a, ok := placedFrom[k-1]; ok {
				// "; in Medway, 1,200, and in England as a whole,
				// 95,000": listed after a later clause's value, it is
				// placed from the value that clause parallels, not from
				// Medway's (hostile check 66: measured "in Medway").
				oldMeasure, oldPeople := f.Measure, f.Population
				if s.clausePlaced(a, k, ps, pe) {
					placedFrom[k] = a
					s.laterClauseFollowers(k, oldMeasure, oldPeople)
				}
			}
			continue // listed with nothing between: clauseListed's
		}
		j := -1
		for i := k - 1; i >= 0; i-- {
			g := figs[i]
			if g.Offset+len(g.Text) > sc {
				continue
			}
			if strings.ContainsRune(s.text[g.Offset+len(g.Text):sc], ';') {
				break // no value of the clause just before
			}
			if g.Aim || s.earlierOrCompared(i) {
				// "up from 1,150 in 2022", "(2022: 1,150)", "short of
				// the 92% target": an earlier value or an aim is no
				// level the later clause parallels (hostile check 66:
				// Medway's 1,200 took the 1,150's 2022, Medway's 58%
				// measured "short of the target").
				continue
			}
			if level(g) && g.Unit == f.Unit {
				j = i
				break
			}
		}
		if a, ok := placedFrom[j]; ok && j < k-1 {
			// "; in Medway, 58% (2022: 55%); in Surrey, 61%": past an
			// earlier value in brackets, the clause before is itself a
			// later clause's, so Surrey's value parallels the value that
			// clause does, not Medway's (hostile check 67: 61% of
			// "children in Kent", keyed as Kent's).
			j = a
		}
		if j < 0 || m == nil && s.namesStatedPlace(figs[j].Measure) {
			// "Essex spent £12.5m on CAMHS, and £3.1m in Thurrock": the
			// first's place is its measure's subject, which the later
			// value's measure would name (when in doubt, no place).
			continue
		}
		oldMeasure, oldPeople := f.Measure, f.Population
		if s.clausePlaced(j, k, ps, pe) {
			placedFrom[k] = j
			s.laterClauseFollowers(k, oldMeasure, oldPeople)
		}
	}
}

// placeAfterLaterValue finds the place of figure k where a clause joined
// by ", and" gives its value and then its place: ", and 58% in Medway",
// ", with a further 1,200 in Medway". sc is where the clause starts, and
// text[ps:pe] the place; sc is -1 where k is no such value. Before
// (hostile check 66), 58% was of "children in Kent", measured "in
// Medway", and 1,200 of people "Medway", undated.
func (s *sentence) placeAfterLaterValue(k int) (sc, ps, pe int) {
	f := s.in.Figures[k]
	lead := andValueLeadRe.FindStringIndex(s.text[:f.Offset])
	end := min(len(s.text), f.Offset+len(f.Text))
	m := placeAfterValueRe.FindStringSubmatchIndex(s.text[end:])
	if lead == nil || m == nil || !namesNoGroup(s.text[end+m[2]:end+m[3]]) || isBodyName(s.text[end+m[2]:end+m[3]]) ||
		!laterValueEndRe.MatchString(s.text[end+m[1]:]) {
		return -1, 0, 0
	}
	return lead[0], end + m[2], end + m[3]
}

// namesStatedPlace reports measure words that name what the sentence
// writes as a name: "essex spent on CAMHS" of "Essex spent £12.5m", the
// measure lowering the name that opens it. The place list knows few local
// names, so any such name counts, even one opening the sentence.
func (s *sentence) namesStatedPlace(words string) bool {
	for _, w := range strings.Fields(words) {
		w = strings.TrimSuffix(strings.Trim(w, ",;:()"), "'s")
		if len(w) < 3 || strings.ToLower(w) != w {
			continue
		}
		name := strings.ToUpper(w[:1]) + w[1:]
		if strings.Contains(s.text, name) && !strings.Contains(s.text, w) {
			return true
		}
	}
	return false
}

// andValueLeadRe ends the words before a value opening a clause joined
// by ", and": ", and ", ", with a further ", ", and another ".
var andValueLeadRe = lazyre.New(`,\s+(?:and|with)\s+(?:a\s+further\s+|another\s+)?$`)

// placeAfterValueRe is the place right after such a value: " in Medway".
// Group 1 is the place.
var placeAfterValueRe = lazyre.New(`^\s+in\s+(` + ClausePlaceName + `)`)

// earlierOrCompared reports figure i an earlier or compared value ("up
// from 1,150", "compared with 71%") or a bracket's ("(2022: 1,150)"),
// never the level of its clause.
func (s *sentence) earlierOrCompared(i int) bool {
	_, in := s.inComparator(i)
	return in || s.afterComparedLead(i)
}

// laterValueEndRe follows a later clause's bare value up to the end of
// its clause: nothing ("1,200." or "1,200; "), or its own year ("1,200
// in 2022"), its earlier value in brackets or after "up from" ("1,200
// (up from 1,050)", "1,200 (2022: 1,100)", "1,200, up from 1,100"), a
// value compared with it ("58%, compared with 71% in England"), before
// the next clause (", and in England as a whole, 95,000"). Before
// (hostile check 66), any of these left the later value of Kent's
// people, measured "in Medway".
// The clause's verb echoed after the value, "; in Medway, 1,200 were",
// its change, ", a rise of 150 on 2022", and a value it is set against,
// ", below the England average of 71%", " against a plan of 65%", end it
// so too (hostile check 67).
var laterValueEndRe = lazyre.New(`^(?:\s+(?:were|was|did))?(?:\s+in\s+(?:19|20)\d{2}(?:[/–-]\d{2,4})?)?(?:\s*\([^()]*\))?(?:(?:,\s+(?:(?:up|down)\s+from|compared\s+(?:with|to)|(?:well\s+|just\s+|slightly\s+)?(?:below|above|behind|ahead\s+of)|(?:higher|lower)\s+than|(?:a|an)\s+(?:rise|fall|increase|decrease|drop|reduction)\s+(?:of|on))|,?\s+against)\s(?:[^;.()]|\.\d|\([^()]*\))*?)?\s*(?:[.;]|$|,\s+and\s+in\s)`)

// laterClauseFollowers gives the values after figure k in its later
// clause that borrowed its record before clausePlaced rewrote it (measure
// oldMeasure, people oldPeople) k's new measure, and, where they name no
// place of their own, its people and place: "; in Medway, 1,200 (up from
// 1,050)" has Medway's earlier value, "; in Medway, 58%, compared with
// 71% in England" England's 71% measured as the 58% is. Each keeps its
// own year. Before (hostile check 66), they were of "children in Kent",
// measured "in Medway".
func (s *sentence) laterClauseFollowers(k int, oldMeasure, oldPeople string) {
	figs := s.in.Figures
	f := figs[k]
	end := len(s.text)
	from := min(len(s.text), f.Offset+len(f.Text))
	if m := laterClauseOpenRe.FindStringIndex(s.text[from:]); m != nil {
		end = from + m[0]
	}
	for i := k + 1; i < len(figs) && figs[i].Offset < end; i++ {
		g := &figs[i]
		if g.Aim && g.Unit == f.Unit && g.Place == "" && strings.EqualFold(g.Population, oldPeople) {
			// "; in Medway, 58% against a plan of 65%": Medway's plan,
			// of its own words (hostile check 67: keyed as Kent's plan).
			g.Population, g.Place = f.Population, f.Place
			continue
		}
		if g.Role == evidence.RoleBase || g.Role == evidence.RoleThreshold || g.Unit != f.Unit || g.Measure != oldMeasure {
			continue
		}
		g.Measure = f.Measure
		if g.Place == "" && strings.EqualFold(g.Population, oldPeople) {
			g.Population, g.Place = f.Population, f.Place
		}
	}
}

// laterClauseOpenRe opens a clause after a later clause's value: a
// semicolon, or ", and in " of ", and in England as a whole, 95,000".
var laterClauseOpenRe = lazyre.New(`;|,\s+and\s+in\s`)

// laterPlaceGap finds the clause a bare value ending text's sentence part
// opens, where that clause says only its place: "; in Medway, ", and since
// hostile check 65 "; Medway " and ", while Medway saw ". sc is where the
// clause starts (its semicolon, or the comma or space before "while"), m
// the indexes of the match in text[sc:], group 1 the place; m is nil where
// no such clause ends text, or its name is a time ("; in March, 410").
// Before (hostile check 65), "In Kent, 1,400 children were referred in
// 2023; Medway 1,200" measured the 1,200 "medway", undated, and ", while
// Medway saw 1,200" "medway saw".
func laterPlaceGap(text string) (sc int, m []int) {
	sc = strings.LastIndexByte(text, ';')
	if c := strings.LastIndex(text, ", and in "); c > sc {
		sc = c // ", and in England as a whole, 95,000" (hostile check 66)
	}
	if !strings.Contains(text, " wh") && !strings.Contains(text, ", and ") || !endsInFigureVerb(text) {
		// no "while", "whilst", "whereas" or ", and", or no "was", "is"
		// or "stood at" ending text: no clause of contrast calling its
		// value the figure (", and" is common; the pattern is not run
		// on every such clause)
	} else if c := contrastFigureRe.FindStringIndex(text); c != nil && c[0] > sc {
		sc = c[0] // ", while in Medway the figure was 1,200" (hostile check 67)
	}
	if strings.Contains(text, ", where ") {
		if c := whereFigureRe.FindStringSubmatchIndex(text); c != nil && c[0] > sc && namesNoGroup(text[c[2]:c[3]]) && !isBodyName(text[c[2]:c[3]]) {
			sc = c[0]
			for i := range c {
				c[i] -= sc
			}
			return sc, c
		}
	}
	if sc >= 0 {
		gap := text[sc:]
		if m = clauseOpenPlaceGapRe.FindStringSubmatchIndex(gap); m != nil && ClauseOpensOnAPlace(gap) {
			return sc, m
		}
		if m = bareNamedClauseRe.FindStringSubmatchIndex(gap); m != nil && namesNoGroup(gap[m[2]:m[3]]) && !isBodyName(gap[m[2]:m[3]]) {
			return sc, m
		}
		for _, re := range figureWasClauseRes {
			if m = re.FindStringSubmatchIndex(gap); m != nil && namesNoGroup(gap[m[2]:m[3]]) && !isBodyName(gap[m[2]:m[3]]) {
				return sc, m
			}
		}
	}
	if c := contrastPlaceRe.FindStringSubmatchIndex(text); c != nil && namesNoGroup(text[c[2]:c[3]]) && !isBodyName(text[c[2]:c[3]]) {
		sc = c[0]
		for i := range c {
			c[i] -= sc
		}
		return sc, c
	}
	return -1, nil
}

// bareNamedClauseRe is a clause after a semicolon that gives its place
// with no comma before its value: "; Medway ", "; in Medway ". Group 1 is
// the place.
// A year may open the clause and a verb of doing follow the place, "; in
// 2022, Medway referred " (hostile check 66: the 1,200 was of "children
// in Kent", measured "medway referred").
// A label's colon, "; Medway: 58%", and "there were", "; in Medway there
// were 1,200", say the same (hostile check 67: of "children in Kent",
// measured "medway" or "in Medway there were", undated).
var bareNamedClauseRe = lazyre.New(`^;\s+(?:(?:in|during)\s+(?:19|20)\d{2}(?:[/–-]\d{2,4})?\s*,\s+)?(?:` + clausePlaceLead + `)?(` + ClausePlaceName + `)(?::|\s*,?\s+there\s+(?:were|was)|\s+(?:saw|had|recorded|reported|received|made|spent|logged|registered|referred|admitted|treated|assessed|supported|delivered|achieved))?\s+$`)

// figureWasClauseRes are clauses after a semicolon that name their
// place and call their value "the figure": "; the figure in Medway was ",
// "; Medway's figure was ", "; in Medway the number was ". Group 1 is the
// place. Before (hostile check 66), the value was of people "Medway's
// figure" or "Medway the number", undated.
// "The equivalent figure for Medway", "the comparable figure for England",
// "; for Medway, the number was", "; in Medway, the proportion was" and
// ", while in Medway the figure was" (hostile check 67: of people
// "equivalent figure for Medway" or "children in Kent", undated, and the
// first clause's 21% placed in England).
// A clause of contrast or one joined by ", and" says the same, ", while
// the figure for Medway was ", ", and the rate in Medway was ", and so
// does "it": "; in Medway, it was 58%" (hostile check 68: Medway's value
// of "children in Kent", measured "figure for Medway was", undated).
var figureWasClauseRes = []*lazyre.Regexp{
	lazyre.New(`^` + laterClauseLead + `\s+the\s+` + figureNoun + `\s+(?:in|for)\s+(` + ClausePlaceName + `)` + laterPlaceYear + `\s+(?:was|is|stood\s+at)\s+$`),
	lazyre.New(`^` + laterClauseLead + `\s+(` + ClausePlaceName + `)['’]s\s+` + figureNoun + `\s+(?:was|is|stood\s+at)\s+$`),
	lazyre.New(`^` + laterClauseLead + `\s+` + clausePlaceLead + `(` + ClausePlaceName + `)\s*,?\s+(?:the\s+` + figureNoun + `|it)\s+(?:was|is|stood\s+at)\s+$`),
}

// whereFigureRe ends the words of an aside on a place that gives that
// place's value of another year: "compared with 58% in Medway, where the
// figure was 55% in 2022". Group 1 is the place. Before (hostile check
// 68), the 55% was of "children in Kent", measured "in Medway".
var whereFigureRe = lazyre.New(`\s(?:in|for|across)\s+(` + ClausePlaceName + `)\s*,\s+where\s+(?:the\s+` + figureNoun + `|it)\s+(?:was|is|stood\s+at)\s+$`)

// laterClauseLead opens a later clause that calls its value "the figure":
// a semicolon, a word of contrast, or ", and".
const laterClauseLead = `(?:;|,?\s+(?:while|whilst|whereas)|,\s+and)`

// figureNoun is the word a clause calls another place's value by, with
// the word saying it is the same measure: "figure", "equivalent figure",
// "comparable proportion".
const figureNoun = `(?:(?:equivalent|comparable|corresponding|same)\s+)?(?:figure|number|total|rate|proportion|share|percentage)`

// endsInFigureVerb reports text ending in the verb contrastFigureRe ends
// with, "was", "is" or "stood at", and the space after it.
func endsInFigureVerb(text string) bool {
	t := strings.TrimRight(text, " \t\n")
	if len(t) == len(text) {
		return false
	}
	w := t[strings.LastIndexAny(t, " \t\n")+1:]
	return w == "was" || w == "is" || w == "at"
}

// contrastFigureRe ends the words of a clause of contrast calling its
// value "the figure": ", while in Medway the figure was ".
// ", while the figure for Medway was ", ", and the rate in Medway was "
// and ", while in Medway, it was " say the same (hostile check 68).
var contrastFigureRe = lazyre.New(`(?:,?\s+(?:while|whilst|whereas)|,\s+and)\s+(?:(?:in|for|across)\s+[^,;]*?\s+(?:the\s+` + figureNoun + `|it)|the\s+` + figureNoun + `\s+(?:in|for)\s+[^,;]*?)\s+(?:was|is|stood\s+at)\s+$`)

// contrastPlaceRe ends the words of a clause set against the one before
// it that gives only its place and a verb of having: ", while Medway saw
// ", " whereas in Medway, ", ", but Medway recorded ". Group 1 is the
// place.
var contrastPlaceRe = lazyre.New(`,?\s+(?:while|whilst|whereas|but)\s+(?:in\s+)?(` + ClausePlaceName + `)(?:\s*,)?\s+(?:(?:saw|had|recorded|reported|received|made|spent|logged|registered)\s+)?$`)

// isBodyName reports a body's name ("NHS England"), no place.
func isBodyName(name string) bool {
	for _, b := range bodyNames {
		if strings.HasPrefix(name, b) {
			return true
		}
	}
	return strings.HasPrefix(name, "NHS ")
}

// bareClauseEndRe follows a bare value that ends its clause: "1,200." or
// "1,200; ".
var bareClauseEndRe = lazyre.New(`^\s*(?:[.;]|$)`)

// openingPlaceRe is the place a sentence opens with: "In Kent, ". Group 1
// is the place.
// "Across Kent, " and "For Kent, " open on it too (hostile check 68:
// "; across Medway, 58%" was measured "across Kent, were seen within 18
// weeks in Medway", keyed with both places).
var openingPlaceRe = lazyre.New(`^\s*(?:In|Across|For)\s+(` + ListedName + `)\s*,`)

// shareListed gives values a+1..b, listed after one verb with value a,
// a's measure and population, and the last value's period to those with
// none: the list's subject and time are said once.
func (s *sentence) shareListed(a, b int) {
	figs := s.in.Figures
	p := figs[b].Period
	for k := a; k <= b; k++ {
		if k > a {
			figs[k].Measure = figs[a].Measure
			if figs[k].Population == "" {
				figs[k].Population = figs[a].Population
			}
		}
		if figs[k].Period == "" {
			figs[k].Period = p
		}
	}
}

// nameBeforeRe is the name written right before a listed sum: "Kent " in
// "Budgets (£000s): Kent 4,500". Group 1 is the name.
// A label's name after a semicolon, "; Medway: " in "Budget (£000s):
// 4,500; Medway: 1,200", too (hostile check 63: a count measuring
// "medway").
// A label's name after a comma or a spaced dash, "- Kent: 64%, Medway:
// 58%", too (hostile check 68: all three were England's).
// A name set apart from its value by a comma right after a colon or a
// semicolon, "2023: Kent, 1,400; Medway, 1,200", too (hostile check 68:
// Medway's 1,200 measured "medway"); "In Kent, 1,400" is no such label.
var nameBeforeRe = lazyre.New(`(?:^|[\s:;,])(` + ListedName + `)\s+$|(?:;|,|\s[-–—])\s*(` + ListedName + `):\s+$|[:;]\s*(` + ListedName + `),\s+$`)

// nameBefore is the bounds of the name nameBeforeRe finds at the end of
// text, or nil.
func nameBefore(text string) []int {
	m := nameBeforeRe.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	for g := 2; g < len(m); g += 2 {
		if m[g] >= 0 {
			return m[g : g+2]
		}
	}
	return nil
}

// forNameRe is a place's name after "for" within a measure: " for Kent".
var forNameRe = lazyre.New(`\s+for\s+` + ListedName + `\b`)

// inNameRe is a place's name after "in" within a measure: " in Kent".
var inNameRe = lazyre.New(`\s+in\s+` + ListedName + `\b`)

// labelDashBeforeRe ends the words before the first label of a list of
// labelled values set after a spaced dash: "… in 2023 - ".
var labelDashBeforeRe = lazyre.New(`\s[-–—]\s*$`)

// labelSumBeforeRe is a label line's opening up to its sum: "Budget
// (£000s): ", a label with no name, whose measure is the list's.
var labelSumBeforeRe = lazyre.New(`^[^:;]*:\s+$`)

// nameListed gives sums a..b, each written after its name ("Kent 4,500,
// Medway 1,200 and Surrey 3,300"), the measure of the list with that name
// as giveListed gives a listed change its place: a place the sentence
// names is the sum's place, another name part of its measure, "budgets
// (£000s) in Medway". Before (hostile check 59), the later sums measured
// "medway" and "surrey" alone. A label line's sum named by no place,
// "Budget (£000s): 4,500; Medway: 1,200", gives its measure whole.
func (s *sentence) nameListed(a, b int) {
	figs := s.in.Figures
	base := figs[a].Measure
	if m := nameBefore(s.text[:figs[a].Offset]); m != nil {
		first := s.text[m[0]:m[1]]
		if low, f := strings.ToLower(base), strings.ToLower(first); strings.HasSuffix(low, f) {
			base = base[:len(base)-len(f)]
		} else if i := strings.LastIndex(low, f); i > 0 && labelDashBeforeRe.MatchString(s.text[:m[0]]) {
			// "children seen within 18 weeks - Kent:, Medway": the
			// labels after the dash are none of the measure
			base = strings.TrimRight(base[:i], "-–— ")
		}
	} else if m := inNameRe.FindStringIndex(base); m != nil {
		// "Spending (£000s) in Kent was 4,500 and in Medway 1,200": the
		// first's place is in its measure, "spending (£000s) in Kent
		// was", and the list's measure is that without it.
		base = base[:m[0]] + base[m[1]:]
	} else if !labelSumBeforeRe.MatchString(s.text[:figs[a].Offset]) {
		return
	}
	base = strings.TrimRight(base, ":;, ")
	if base == "" {
		return
	}
	var names []string
	for k := a; k <= b; k++ {
		m := nameBefore(s.text[:figs[k].Offset])
		if m == nil {
			continue
		}
		it, end, ok := s.listedItemAt(m[0])
		if !ok || it.period != "" || strings.Trim(s.text[end:figs[k].Offset], ":, ") != "" {
			continue
		}
		s.giveListed(k, it, base)
		names = append(names, it.place+it.name)
	}
	for k := a; k <= b; k++ {
		// A name the list gives a value is no value's people: "Kent 64%
		// (n=1,200); Medway 58%" read past the sample gave the 64% the
		// people "Medway" (hostile check 68).
		for _, n := range names {
			if strings.EqualFold(figs[k].Population, n) {
				figs[k].Population = ""
			}
		}
	}
	for j := 0; j < a; j++ {
		// "seen within 18 weeks was: Kent 64%, …, England 71%": the time
		// the listed shares are counted within is of the list's measure
		// and of no place or people the list names (hostile check 68:
		// placed in England, measured "within 18 weeks was: Kent").
		g := &figs[j]
		if g.Role != evidence.RoleThreshold || len(names) == 0 {
			continue
		}
		g.Measure = base
		for _, n := range names {
			if strings.EqualFold(g.Place, n) {
				g.Place = ""
			}
			if strings.EqualFold(g.Population, n) {
				g.Population = ""
			}
		}
	}
}

// partWordsRe is the words before the parts of a sum: "; of this,", ",
// of which", ", including".
var partWordsRe = lazyre.New(`\b(?:of\s+(?:this|which|that)|including)\b|:`)

// sumBeforeColonRe is what may stand between a sum and the colon before
// its parts: its verb and year, "£1.5m was allocated in 2023: £1.2m to
// Kent and £300,000 to Medway".
var sumBeforeColonRe = lazyre.New(`^(?:\s+(?:was|were|has\s+been|had\s+been)\s+[a-z]+)?(?:\s+(?:in|for)\s+(?:19|20)\d{2}(?:[/–-]\d{2,4})?)?\s*$`)

// sumBeforePartsRe is what may stand between a sum and the words before
// its parts: a prior year's value in brackets and the clause's mark,
// "4,500 (2022: 4,200), of which".
var sumBeforePartsRe = lazyre.New(`^(?:\s+(?:in|for)\s+(?:19|20)\d{2}(?:[/–-]\d{2,4})?)?(?:\s*\((?:19|20)\d{2}(?:[/–-]\d{2,4})?:[^()]*\))?\s*[,;:]?\s*$`)

// partsOfSums dates the parts of a sum by the sum's year where they say
// none of their own: "Grant (£000s) in 2023 was 4,500, of which 1,200
// went to Kent and 300 to Medway" gives £1.2m and £300,000 of 2023, and
// a prior year's value in brackets between, "4,500 (2022: 4,200), of
// which 1,200", dates no part (hostile check 62: the parts were
// undated). Parts after a colon are the sum's too: "Funding of £1.5m was
// allocated in 2023: £1.2m to Kent and £300,000 to Medway" (hostile
// check 62: undated).
func (s *sentence) partsOfSums() {
	figs := s.in.Figures
	for k := range figs {
		f := &figs[k]
		if f.Unit != evidence.UnitGBP || f.Period != "" || f.Role == evidence.RoleChange || f.Role == evidence.RoleBase {
			continue
		}
		locs := partWordsRe.FindAllStringIndex(s.text[:f.Offset], -1)
		if locs == nil {
			continue
		}
		at := locs[len(locs)-1][0]
		before := sumBeforePartsRe
		if s.text[at] == ':' {
			before = sumBeforeColonRe
		}
		// the sum: the last money figure before the words, no part in
		// brackets; every figure between the words and this one a sum.
		j := -1
		ok := true
		for i := range figs {
			end := figs[i].Offset + len(figs[i].Text)
			switch {
			case i == k:
			case end <= at && figs[i].Unit == evidence.UnitGBP && figs[i].Period != "" && before.MatchString(s.text[end:at]):
				j = i
			case figs[i].Offset >= at && figs[i].Offset < f.Offset && figs[i].Unit != evidence.UnitGBP:
				ok = false
			}
		}
		if ok && j >= 0 {
			f.Period = figs[j].Period
		}
	}
}
