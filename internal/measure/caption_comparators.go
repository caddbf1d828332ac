package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// A table's caption may give, in brackets, a place's value to compare
// its rows with: "Table 3: Uptake in Medway, 2022/23 to 2023/24 (England:
// 89%)". No figure stands before the bracket for it to be set beside, so
// it was read as the caption's own: no place, measuring "table 3: Uptake
// in Medway", keyed with Medway's name (hostile check 67). It is the
// labelled place's value of what the caption measures.

// captionNumberRe opens a caption with its number: "Table 3:",
// "Figure 2.1 –".
var captionNumberRe = lazyre.New(`^(?i:table|figure|chart|graph|exhibit)\s+[A-Z]?\d{1,3}[a-z]?(?:\.\d{1,2})*\s*[:.–—-]\s*`)

// captionComparators gives each value of a caption's bracket labelled
// by a place the list knows, with no figure before the bracket, the
// label's place and the caption's measure without its own place ("uptake"
// of "Uptake in Medway"); a span of years the caption's table covers
// ("2022/23 to 2023/24") is no year of the one value, which keeps none.
func (s *sentence) captionComparators() {
	if !captionLead(s.text) || !strings.Contains(s.text, "(") || !captionNumberRe.MatchString(s.text) {
		return
	}
	figs := s.in.Figures
	// knownIn marks the brackets (by their opening) holding a value of a
	// place the list knows: beside it, another label written as a
	// place's names a place too ("(England: 71%, Medway: 64%)").
	knownIn := map[int]bool{}
	for j := range figs {
		if c, ok := s.inComparator(j); ok && c.Kind == ComparatorPlace && wholePlace(captionPlaceLabel(c.Label)) {
			knownIn[c.Open] = true
		}
	}
	for j := range figs {
		c, ok := s.inComparator(j)
		if !ok {
			// "Kent compared with England (89%)": England's value.
			p, open := placeValueBracket(s.text, figs[j].Offset)
			if p == "" {
				continue
			}
			c = Comparator{Kind: ComparatorPlace, Label: p, Open: open}
		}
		// "England", "England average", "South East region".
		label, place := captionPlaceLabel(c.Label), ""
		switch {
		case c.Kind == ComparatorPlace && wholePlace(label):
			place = findPlaces(label)[0].name
		case knownIn[c.Open] && (c.Kind == ComparatorPlace || c.Kind == ComparatorNone):
			place = bracketAreaLabel(label) // (hostile check 68)
		}
		if place == "" {
			continue
		}
		if s.comparatorLevel(c.Open) >= 0 || s.figureBefore(c.Open) {
			continue
		}
		f := &figs[j]
		f.Place = place
		// "MMR1 uptake at 24 months, Kent compared with England": what
		// the subject's table measures, without its place.
		before, _ := titleSubject(s.text[:c.Open])
		m := titleMeasure(before)
		if sub := titlePlaceTailRe.FindStringSubmatchIndex(m); sub != nil {
			m = tidy(m[:sub[0]]) // "uptake in Medway": Medway's is the table's
		}
		f.Measure, f.Population, f.Change = m, "", ""
		f.Period = c.Period
		if f.Period == "" {
			if p := onlyPeriod(s.text[:c.Open]); p != "" && !strings.ContainsAny(p, "–-") {
				f.Period = p
			}
		}
	}
}

// captionPlaceLabel is a caption's bracket label without what a place's
// value may say beside the place: "England average", "South East
// region".
func captionPlaceLabel(label string) string {
	return strings.TrimSpace(columnWholeRe.ReplaceAllString(strings.TrimSpace(label), ""))
}

// figureBefore reports a figure of the sentence before byte k, a
// threshold ("within 18 weeks") or a base aside.
func (s *sentence) figureBefore(k int) bool {
	for _, f := range s.in.Figures {
		if f.Offset < k && f.Role != evidence.RoleThreshold && f.Role != evidence.RoleBase {
			return true
		}
	}
	return false
}

// captionLead reports text opening with a caption's word, "Table",
// "Figure", "Chart", "Graph" or "Exhibit", in any case: a cheap test
// before captionNumberRe, which most sentences then never meet.
func captionLead(text string) bool {
	for _, w := range []string{"table", "figure", "chart", "graph", "exhibit"} {
		if len(text) > len(w) && strings.EqualFold(text[:len(w)], w) {
			return true
		}
	}
	return false
}
