package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
)

// separators split a sentence between two figures, strongest first: a
// clause of each figure ("53% said fairly, while 10% said very").
var separators = [][]string{
	{";"},
	{" while ", " whereas ", ", but ", " but ", " although ", ", compared with ", " compared with ", ", compared to ", " compared to ", " against ", " versus ", ", up from ", ", down from "},
	{", and ", ", with ", ", ", " – ", " — ", ": "},
	{" and ", " or "},
}

// clauseSpans gives each figure the part of the sentence that is its own:
// between two measured figures (bases belong to no one) the sentence is cut
// at the strongest separator, at its last place before the second figure.
// Figures with no separator between them share a clause: "seen within one
// week", "rose from 9% to 13%".
func clauseSpans(text string, figs []evidence.Figure) []span {
	var measured []int
	for i, f := range figs {
		if f.Role != evidence.RoleBase {
			measured = append(measured, i)
		}
	}
	cuts := []int{0}
	for k := 0; k+1 < len(measured); k++ {
		a, b := figs[measured[k]], figs[measured[k+1]]
		from := a.Offset + len(a.Text)
		to := b.Offset
		if to <= from {
			continue
		}
		gap := text[from:to]
		for _, group := range separators {
			best := -1
			for _, sep := range group {
				if j := strings.LastIndex(gap, sep); j >= 0 && j > best && !insideBrackets(gap, j) {
					best = j
				}
			}
			if best >= 0 {
				cuts = append(cuts, from+best)
				break
			}
		}
	}
	cuts = append(cuts, len(text))
	out := make([]span, len(figs))
	for i, f := range figs {
		if f.Role == evidence.RoleBase {
			out[i] = span{0, len(text)}
			continue
		}
		for k := 0; k+1 < len(cuts); k++ {
			if f.Offset >= cuts[k] && (f.Offset < cuts[k+1] || k+2 == len(cuts)) {
				out[i] = span{cuts[k], cuts[k+1]}
				break
			}
		}
	}
	return out
}

// insideBrackets reports a position inside brackets opened earlier in s.
func insideBrackets(s string, j int) bool {
	return strings.Count(s[:j], "(") > strings.Count(s[:j], ")")
}
