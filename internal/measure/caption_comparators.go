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
	for j := range figs {
		c, ok := s.inComparator(j)
		if !ok || c.Kind != ComparatorPlace {
			continue
		}
		// "England", "England average", "South East region".
		label := strings.TrimSpace(columnWholeRe.ReplaceAllString(strings.TrimSpace(c.Label), ""))
		if !wholePlace(label) {
			continue
		}
		if s.comparatorLevel(c.Open) >= 0 || s.figureBefore(c.Open) {
			continue
		}
		f := &figs[j]
		f.Place = findPlaces(label)[0].name
		m := titleMeasure(s.text[:c.Open])
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
