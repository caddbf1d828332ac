package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// ofPeopleInterleavedGapRe is the text between the first two values of a
// list where the first names the people and its place and each later
// value only its place: " of children in Kent and " of "64% of children
// in Kent and 58% in Medway were seen within 18 weeks". Group 1 is the
// people, group 2 the first value's place.
var ofPeopleInterleavedGapRe = lazyre.New(`^\s+of\s+((?:all\s+)?(?:the\s+)?[a-z][a-z'’ -]{0,40}?)\s+in\s+(` + ListedName + `)(?:\s*,|,?\s+and)\s+$`)

// ofPeopleInterleaved reports the gap after value b one of a list of
// values each of its place, the first naming the people they are of
// (ofPeopleInterleavedGapRe): a later gap is one interleavedGapRe
// matches, " in Medway and ".
func (s *sentence) ofPeopleInterleaved(a, b int, gap string) bool {
	if b > a {
		return interleavedGapRe.MatchString(gap)
	}
	if !strings.Contains(gap, " of ") {
		return false
	}
	m := ofPeopleInterleavedGapRe.FindStringSubmatchIndex(gap)
	if m == nil {
		return false
	}
	at := s.in.Figures[a].Offset + len(s.in.Figures[a].Text) + m[4]
	it, _, ok := s.listedItemAt(at)
	return ok && it.period == "" && it.group == ""
}

// giveOfPeopleInterleaved gives values a..b, "64% of children in Kent and
// 58% in Medway were seen within 18 weeks", each its own place, the
// people the first names, and the measure the words after the last
// place: 64% of "children" in Kent, 58% of "children" in Medway, both
// "were seen within 18 weeks". Before (hostile check 68: F50, F90), every
// value was of "children in Kent", measured "in Medway were seen", so
// Medway's 58% was keyed as Kent's. Where a value's place cannot be read,
// none is given.
func (s *sentence) giveOfPeopleInterleaved(a, b int) {
	figs := s.in.Figures
	end := figs[a].Offset + len(figs[a].Text)
	gap := s.text[end:figs[a+1].Offset]
	m := ofPeopleInterleavedGapRe.FindStringSubmatchIndex(gap)
	if m == nil {
		return
	}
	items := []listedItem{}
	first, _, ok := s.listedItemAt(end + m[4])
	if !ok {
		return
	}
	items = append(items, first)
	for k := a + 1; k <= b; k++ {
		it, ok := s.interleavedPlace(k)
		if !ok {
			return
		}
		items = append(items, it)
	}
	last := figs[b].Offset + len(figs[b].Text)
	pm := ownPlaceAfterRe.FindStringIndex(s.text[last:])
	if pm == nil {
		return
	}
	base := withoutFold(figs[b].Measure, strings.TrimSpace(s.text[last:last+pm[1]]))
	people := gap[m[2]:m[3]]
	for k, it := range items {
		figs[a+k].Population = people
		s.giveListed(a+k, it, base)
	}
}

// pairedLevelsBefore are the n levels stated before value a, of its unit,
// a list "respectively" after the values a..a+n-1 pairs them with in
// order: "64% of children in Kent …, compared with 71% in England; the
// figures for 2022 were 58% and 69% respectively". No base, threshold,
// change or bracket's value is such a level; nil where they are not n.
func (s *sentence) pairedLevelsBefore(a, n int) []int {
	figs := s.in.Figures
	var levels []int
	for k := 0; k < a; k++ {
		g := figs[k]
		if g.Role == evidence.RoleBase || g.Role == evidence.RoleThreshold || g.Role == evidence.RoleChange || g.Unit != figs[a].Unit || g.Aim {
			continue
		}
		if _, in := s.inComparator(k); in {
			continue
		}
		levels = append(levels, k)
	}
	if len(levels) != n {
		return nil
	}
	return levels
}

// pairLevelsRespectively gives values a..b, "respectively" after them
// and no list they pair with but the levels before them
// (pairedLevelsBefore), each the record of its level, of the one year
// their own clause states: "In 2023, 64% of children in Kent were seen
// within 18 weeks, compared with 71% in England; the figures for 2022
// were 58% and 69% respectively" gives 58% Kent's record of 2022 and 69%
// England's; "…, against 71% and 69% respectively in 2022" so too.
// Before (hostile check 68: F50, F63), England's 69% of 2022 was keyed as
// Kent's and undated. A list whose clause states no year of its own is
// paired but left undated, "the figures were 58% and 69% respectively";
// levels whose records are not each their own pair with nothing.
func (s *sentence) pairLevelsRespectively(a, b int) bool {
	figs := s.in.Figures
	pos := figs[b].Offset + len(figs[b].Text)
	if respectivelyAhead(s.text[pos:]) < 0 {
		return false
	}
	levels := s.pairedLevelsBefore(a, b-a+1)
	if levels == nil {
		return false
	}
	seen := map[string]bool{}
	for _, k := range levels {
		g := figs[k]
		r := strings.ToLower(g.Place + "|" + g.Population + "|" + g.Measure)
		if seen[r] {
			return false
		}
		seen[r] = true
	}
	// The list's own year: one period stated after the last level and
	// within the list's clause, none of the levels' own.
	from := figs[levels[len(levels)-1]].Offset + len(figs[levels[len(levels)-1]].Text)
	to := len(s.text)
	if i := strings.IndexByte(s.text[pos:], ';'); i >= 0 {
		to = pos + i
	}
	year := ""
	for _, p := range s.periods {
		if p.start < from || p.start >= to || p.since || p.Text == "" {
			continue
		}
		if year != "" && year != p.Text {
			return false
		}
		year = p.Text
	}
	for _, k := range levels {
		if year != "" && figs[k].Period == year {
			return false
		}
	}
	for i, k := range levels {
		f, g := &figs[a+i], figs[k]
		f.Measure, f.Population, f.Place, f.Change, f.Period = g.Measure, g.Population, g.Place, "", year
		if g.Place != "" && strings.EqualFold(g.Population, g.Place) {
			// "980 in Medway": the place, which a later reader takes
			// out of the level's people, is no people of the value.
			f.Population = ""
		}
	}
	return true
}
