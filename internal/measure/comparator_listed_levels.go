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
var colonNameBeforeRe = lazyre.New(`:\s+` + ListedName + `\s+$`)

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
