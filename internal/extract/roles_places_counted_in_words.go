package extract

import (
	"unicode"

	"github.com/cypx/cypx/internal/evidence"
)

// countAfterWordCountLeads makes the headline a count written in digits
// that follows, in its own clause, a small count written in words: in
// "Kelby's three family hubs had 9,400 visits" the hubs are counted (the
// development set keeps them a figure) but the visits are what the
// sentence reports. Before, the hubs, the first figure, led. A sentence
// with a headline already is left alone.
func countAfterWordCountLeads(lower string, figs []evidence.Figure) {
	for _, f := range figs {
		if f.Role == evidence.RoleHeadline {
			return
		}
	}
	clause := clauseIndexes(lower, figs)
	for i := 0; i+1 < len(figs); i++ {
		w, d := figs[i], &figs[i+1]
		if w.Unit != evidence.UnitCount || w.Role != "" || w.IsRange() || w.Value > 20 || w.Text == "" || !unicode.IsLetter(rune(w.Text[0])) {
			continue
		}
		if d.Unit != evidence.UnitCount || d.Role != "" || d.IsRange() || d.Text == "" || !unicode.IsDigit(rune(d.Text[0])) || clause[i] != clause[i+1] {
			continue
		}
		d.Role = evidence.RoleHeadline
		return
	}
}
