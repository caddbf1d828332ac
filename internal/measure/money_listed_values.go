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
// "; Medway: ", a place's label pair after a money label's, too.
var namedListGapRe = lazyre.New(`^\s*(?:,|;|,?\s+and|,?\s+or)\s+(?:in\s+)?` + ListedName + `(?:\s+|:\s+)$`)

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
				f.Unit == evidence.UnitOther && (strings.Contains(f.Text, " per ") || isNumber(f.Text)))
	}
	for a := 0; a < len(figs); {
		b, named, interleaved, parallel := a, false, false, false
		money, timed := figs[a].Unit == evidence.UnitGBP, isDurationUnit(figs[a].Unit)
	list:
		for b+1 < len(figs) && level(figs[b]) && level(figs[b+1]) && figs[b+1].Unit == figs[b].Unit && figs[b+1].Offset >= figs[b].Offset+len(figs[b].Text) {
			gap := s.text[figs[b].Offset+len(figs[b].Text) : figs[b+1].Offset]
			switch {
			case !named && !interleaved && pointsListGapRe.MatchString(gap):
			case timed:
				// Times pair only as a plain list does, "14 and 11
				// weeks in Q1 and Q2 2024 respectively".
				break list
			case (b == a || named) && money && namedListGapRe.MatchString(gap):
				named = true
			case (b == a || interleaved) && (money || s.placesListed(a, gap)) && interleavedGapRe.MatchString(gap):
				interleaved = true
			case (b == a || parallel) && !named && !interleaved && ClauseOpensOnAPlace(gap):
				parallel = true
			default:
				break list
			}
			b++
		}
		if b > a {
			if named || interleaved || parallel {
				// The year after the list dates it, or, where none
				// follows, the year before it the first took: "Budgets
				// for 2023/24 (£000s): Kent 4,500 and Medway 1,200"
				// (hostile check 60: Medway's was undated).
				p := figs[b].Period
				if p == "" {
					p = figs[a].Period
				}
				if p != "" {
					for k := a; k <= b; k++ {
						if figs[k].Period == "" {
							figs[k].Period = p
						}
					}
				}
			}
			if parallel {
				s.clauseListed(a, b)
			} else if named {
				s.nameListed(a, b)
			} else if interleaved {
				first, _ := s.interleavedPlace(a)
				base := withoutPlace(figs[a].Measure, first)
				for k := a; k <= b; k++ {
					if it, ok := s.interleavedPlace(k); ok {
						s.giveListed(k, it, base)
					}
				}
			} else if !s.pairLeadListed(a, b) && !s.pairGroupsListed(a, b) {
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
				} else if items != nil && (items[0].period != "" || !money) || s.periodsListedAfter(pos) {
					s.pairListed(a, b, figs[a].Measure)
				}
			}
		}
		a = b + 1
	}
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
var clauseOpenPlaceGapRe = lazyre.New(`^(?:\s+(?:in|for)\s+(?:19|20)\d{2}(?:[/–-]\d{2,4})?)?\s*;\s+in\s+(` + ClausePlaceName + `)\s*,\s+$`)

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
	if e < end {
		// "in Medway and Swale,": both are the clause's place
		it = listedItem{name: strings.TrimPrefix(s.text[start:end], "the ")}
	}
	opening := ""
	if m := openingPlaceRe.FindStringSubmatch(s.text); m != nil {
		opening = m[1]
	}
	first := &figs[a]
	f := &figs[k]
	if strings.EqualFold(f.Population, first.Population) {
		f.Population = "" // borrowed: the later clause names no people of its own
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
		if m := openingInMeasureRe.FindStringIndex(first.Measure); m != nil && strings.EqualFold(strings.TrimSpace(strings.Trim(first.Measure[m[0]:m[1]], " ,"))[3:], opening) {
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
	if m := inNameRe.FindStringIndex(base); m != nil {
		// "Spending (£000s) in Kent was 4,500 in 2023; in Medway, 1,200":
		// the first's place is in its measure, and the later's measure
		// is that without it (hostile check 63: keyed "kent medway"), the
		// later's place where the first's stood (hostile check 65).
		base, own = squeeze(base[:m[0]]+base[m[1]:]), squeeze(first.Measure[:m[0]]+" in \x00"+first.Measure[m[1]:])
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
	if f.Period == "" {
		f.Period = first.Period
	}
	return true
}

// statesPlace reports a place the sentence itself names (or the place it
// opens with), not one its section heading or source note gave.
func (s *sentence) statesPlace(name string) bool {
	for _, p := range s.places {
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
var openingInMeasureRe = lazyre.New(`^in\s+` + ListedName + `\s*,\s*`)

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
	for k := 1; k < len(figs); k++ {
		f := figs[k]
		after := s.text[min(len(s.text), f.Offset+len(f.Text)):]
		if !level(f) || !bareClauseEndRe.MatchString(after) {
			continue
		}
		sc, m := laterPlaceGap(s.text[:f.Offset])
		if m == nil {
			continue
		}
		prev := figs[k-1]
		if level(prev) && prev.Unit == f.Unit && prev.Offset+len(prev.Text) <= sc && clauseOpenPlaceGapRe.MatchString(s.text[prev.Offset+len(prev.Text):f.Offset]) {
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
			if level(g) && g.Unit == f.Unit {
				j = i
				break
			}
		}
		if j >= 0 {
			s.clausePlaced(j, k, sc+m[2], sc+m[3])
		}
	}
}

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
	if sc = strings.LastIndexByte(text, ';'); sc >= 0 {
		gap := text[sc:]
		if m = clauseOpenPlaceGapRe.FindStringSubmatchIndex(gap); m != nil && ClauseOpensOnAPlace(gap) {
			return sc, m
		}
		if m = bareNamedClauseRe.FindStringSubmatchIndex(gap); m != nil && namesNoGroup(gap[m[2]:m[3]]) && !isBodyName(gap[m[2]:m[3]]) {
			return sc, m
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
var bareNamedClauseRe = lazyre.New(`^;\s+(?:in\s+)?(` + ClausePlaceName + `)\s+$`)

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
var openingPlaceRe = lazyre.New(`^\s*In\s+(` + ListedName + `)\s*,`)

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
var nameBeforeRe = lazyre.New(`(?:^|[\s:;,])(` + ListedName + `)\s+$|;\s*(` + ListedName + `):\s+$`)

// nameBefore is the bounds of the name nameBeforeRe finds at the end of
// text, or nil.
func nameBefore(text string) []int {
	m := nameBeforeRe.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	if m[2] < 0 {
		return m[4:6]
	}
	return m[2:4]
}

// inNameRe is a place's name after "in" within a measure: " in Kent".
var inNameRe = lazyre.New(`\s+in\s+` + ListedName + `\b`)

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
	for k := a; k <= b; k++ {
		m := nameBefore(s.text[:figs[k].Offset])
		if m == nil {
			continue
		}
		it, end, ok := s.listedItemAt(m[0])
		if !ok || it.period != "" || strings.Trim(s.text[end:figs[k].Offset], ": ") != "" {
			continue
		}
		s.giveListed(k, it, base)
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
