package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// timeListedValuesRe is a bracket's inside giving one time's label and
	// a list of values, "2022: 89.0%, 86.1% and 85.7%": group 1 the label,
	// 2 the values.
	timeListedValuesRe = lazyre.New(`(?i)^\s*(` + ComparatorPeriodLabel + `)\s*:\s*(` + comparatorValueExpr + `(?:,\s+` + comparatorValueExpr + `)*(?:,?\s+and\s+` + comparatorValueExpr + `|(?:,\s+` + comparatorValueExpr + `)))\s*$`)
	// listedValueRe is one value of such a list.
	listedValueRe = lazyre.New(comparatorValueExpr)
)

// timeListedValues reads a bracket of one time's values listed after as
// many levels listed before it, "88.1% in Kent, 85.4% in Medway and
// 84.5% in England (2022: 89.0%, 86.1% and 85.7%)": each value is of
// that time, the earlier value of the level listed in its place
// (Comparator.Listed, listedLevel). Nil for any other inside.
func timeListedValues(s string, open, shut int) []Comparator {
	inner := s[open+1 : shut]
	if strings.IndexByte(inner, ':') < 0 || strings.Count(inner, ",")+strings.Count(inner, " and ") < 1 {
		return nil
	}
	m := timeListedValuesRe.FindStringSubmatchIndex(inner)
	if m == nil {
		return nil
	}
	label := inner[m[2]:m[3]]
	if p := labelPeriod(label); p != "" {
		label = p
	}
	var out []Comparator
	at := open + 1 + m[4]
	for _, v := range listedValueRe.FindAllStringIndex(inner[m[4]:m[5]], -1) {
		end := v[1]
		for end > v[0] && inner[m[4]+end-1] == ',' {
			end--
		}
		out = append(out, Comparator{Kind: ComparatorPeriod, Label: strings.TrimSpace(label), Open: open, Close: shut, ValueStart: at + v[0], ValueEnd: at + end, Listed: len(out) + 1})
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// listedLevel is the level a listed value of a time's bracket, c, is the
// earlier value of: of the levels of its unit listed before the bracket
// in its sentence, as many as the bracket lists, the one in its place;
// -1 where fewer are listed, so that no value is given the wrong level's
// place. Before (hostile check 67), each was England's, measured "in
// Medway", and only the first dated.
func (s *sentence) listedLevel(c Comparator, j int) int {
	n := 0
	for _, cs := range s.comparatorSpans() {
		if len(cs) > 0 && cs[0].Open == c.Open {
			n = len(cs)
		}
	}
	var levels []int
	for k, g := range s.in.Figures {
		if g.Offset+len(g.Text) > c.Open || g.Role == evidence.RoleBase || g.Role == evidence.RoleThreshold || g.Role == evidence.RoleChange || g.Unit != s.in.Figures[j].Unit {
			continue
		}
		if _, in := s.inComparator(k); in {
			continue
		}
		levels = append(levels, k)
	}
	if n < 2 || len(levels) != n || c.Listed > n {
		return -1
	}
	return levels[c.Listed-1]
}

// colonNameBeforeRe ends the words before the first value of a list of
// values each written after its name, opened by a colon: "was: Kent ",
// "2023: Kent ".
// A list of labels after a spaced dash, "in 2023 - Kent: ", too
// (hostile check 68).
var colonNameBeforeRe = lazyre.New(`(?::\s+` + ListedName + `,?\s+|\s[-–—]\s*` + ListedName + `:\s+)$`)

// colonNamed reports figure a the first of values listed after a colon
// each after its name, "the share of children seen within 18 weeks was:
// Kent 64%, Medway 58%, England 71%": a list of names and values as a
// money list is (valueLists, nameListed), each value its name's. Before
// (hostile check 67), all three were placed in England, Medway's and
// England's 58% and 71% keyed alike, measuring "medway".
func (s *sentence) colonNamed(a int) bool {
	before := s.text[:s.in.Figures[a].Offset]
	return strings.IndexByte(before, ':') >= 0 && colonNameBeforeRe.MatchString(before)
}

// ofPeoplePlacesLeadRe follows the last of a list of shares with the
// people they are of and the places listed for them: " of children in "
// of "64% and 58% of children in Kent and Medway respectively". Group 1
// the people.
var ofPeoplePlacesLeadRe = lazyre.New(`^\s+of\s+(?:all\s+)?(?:the\s+)?([a-z][a-z'’ -]{0,40}?)\s+(?:in|across)\s+`)

// pairOfPeopleListed gives values a..b, shares of one people in places
// listed after them with "respectively", "In 2023, 64% and 58% of
// children in Kent and Medway respectively were seen within 18 weeks",
// each its place's people, "children in Kent", "children in Medway" (a
// place the place list knows its place, its people the people alone),
// of the measure and year of the list. The places must be as many as the
// values; else nothing is paired. Before (hostile check 67), both were of
// "children in Kent and Medway", one key, the 58% undated.
func (s *sentence) pairOfPeopleListed(a, b int) bool {
	figs := s.in.Figures
	pos := figs[b].Offset + len(figs[b].Text)
	if !strings.Contains(s.text[pos:], "respectively") {
		return false
	}
	m := ofPeoplePlacesLeadRe.FindStringSubmatchIndex(s.text[pos:])
	if m == nil {
		return false
	}
	items, end := s.listedAt(pos+m[1], b-a+1)
	if items == nil || items[0].kind() != 3 || !respectivelyAfterRe.MatchString(s.text[end:]) {
		return false
	}
	people := s.text[pos+m[2] : pos+m[3]]
	base := ""
	for k := a; k <= b && base == ""; k++ {
		base = strings.TrimSpace(strings.TrimPrefix(withoutRespectively(figs[k].Measure), "respectively"))
	}
	p := figs[a].Period
	for k, it := range items {
		f := &figs[a+k]
		f.Measure, f.Period = base, p
		if it.place != "" {
			f.Population, f.Place = people, it.place
			continue
		}
		f.Population, f.Place = people+" in "+it.name, ""
	}
	return true
}

// comparedListed gives figure i, a value compared with the local value
// and paired with its place by a list after it, "compared with 58% and
// 71% in Medway and England respectively", that place (a name the place
// list does not know as written, as "compared with 58% in Medway" is),
// and the local value's measure, base, and people without the local
// place: compared values are dated by their level (comparedPeopleApart).
// Before (hostile check 67), Medway's 58% was of "children in Kent",
// keyed with Kent, undated.
func (s *sentence) comparedListed(i int, it listedItem, base string) {
	name := it.place
	if name == "" && it.period == "" && it.group == "" && otherPlaceLabel(it.name) {
		name = it.name
	}
	if name == "" {
		return
	}
	f := &s.in.Figures[i]
	f.Place = name
	f.Population = withoutLocalPlace(f.Population)
	f.Measure = s.withoutLocalSubject(withoutLocalPlace(withoutRespectively(base)))
	if s.besidePlaces == nil {
		s.besidePlaces = map[int]string{}
	}
	s.besidePlaces[i] = name
}

// labelYearBracketRe is a label's year in brackets of its own before the
// label's colon, "(2022):" of "(England average (2022): 71%)".
var labelYearBracketRe = lazyre.New(`^\(\s*(?:19|20)\d{2}(?:[/–-]\d{2,4})?\s*\)\s*:`)

// labelYearBracketed reads a comparator bracket whose labels name their
// years in brackets of their own, "(England average (2022): 71%)", as
// "(England average  2022 : 71%)": t is s with those years' brackets
// written as spaces (every offset holds) and end the offset of the
// outer bracket's close; end is 0 for any other bracket, shut its first
// close. Before (hostile check 67), the bracket was no comparator: Kent's
// 64% measured "were seen within 18 weeks ( average:)" and England's 71%
// was dated the level's year. Each label may have its year so,
// "(England average (2022/23): 71%; Medway (2022): 58%)" (hostile check
// 68: with two, Kent's 64% of 2023 was dated 2022/23 and Medway's 58%
// placed in England).
func labelYearBracketed(s string, open, shut int) (string, int) {
	t, blanked := s, false
	limit := min(len(s), open+MaxComparatorBytes)
	for {
		inner := t[open+1 : shut]
		k := strings.LastIndexByte(inner, '(')
		if k < 0 {
			break
		}
		if strings.IndexByte(inner[:k], '(') >= 0 || !labelYearBracketRe.MatchString(t[open+1+k:]) || shut+1 >= limit {
			return "", 0
		}
		end := strings.IndexByte(t[shut+1:limit], closerOf(s[open]))
		if end < 0 {
			return "", 0
		}
		b := []byte(t)
		b[open+1+k], b[shut] = ' ', ' '
		t, blanked, shut = string(b), true, shut+1+end
	}
	if !blanked {
		return "", 0
	}
	return t, shut
}
