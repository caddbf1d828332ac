package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

// labelLimit reads the time limit a table row's label states its values
// are counted against ("| New EHC plans issued within 20 weeks | 29% |",
// "| Waiting more than 18 weeks | 305 | 212 |"): the limit is a figure of
// the row, its threshold, as "64% seen within 18 weeks" holds one in
// prose (the development set's convention). Only a limit after the words
// of what is counted is one ("within" anything, or "over", "more than",
// "longer than" after a wait): a label opening on its duration ("Under 18
// weeks", "Over 52 weeks") is one band of a distribution, and a period
// ("Total cost over two years", "rolling 12 months") or an age ("MMR dose
// one by 24 months") bounds nothing. cell is the label's cell as written;
// the figure's offset is within it.
func labelLimit(cell string) (evidence.Figure, bool) {
	lower := strings.ToLower(cell)
	within := strings.Contains(lower, "within")
	if !within && !strings.Contains(lower, "wait") {
		return evidence.Figure{}, false // the cheap test: most labels name no limit
	}
	figs := Figures(cell)
	if len(figs) != 1 || !limitWorded(lower, figs[0]) {
		return evidence.Figure{}, false
	}
	f := figs[0]
	lead := strings.TrimSpace(lower[:f.Offset])
	lead = strings.TrimSpace(strings.TrimSuffix(lead, "within"))
	if strings.IndexFunc(lead, isLetterRune) < 0 || strings.Contains(lead, "(") {
		return evidence.Figure{}, false // a band, or a bracketed definition
	}
	if !strings.HasSuffix(strings.TrimSpace(lower[:f.Offset]), "within") && !waitWordRe.MatchString(lead) {
		return evidence.Figure{}, false
	}
	f.Role = evidence.RoleThreshold
	return f, true
}

// isLetterRune reports an ASCII letter.
func isLetterRune(r rune) bool { return r < 128 && isLetter(byte(r)) }

// rowLabelLimit is the threshold a row's first label states (labelLimit),
// placed in the row's text, where the row's values are counted against it:
// counts or shares, none a duration of its own.
func rowLabelLimit(b corpus.Block, labelCells []int, figs []evidence.Figure) (evidence.Figure, bool) {
	if len(labelCells) == 0 || len(figs) == 0 || len(figs) >= MaxFigures {
		return evidence.Figure{}, false
	}
	counted := false
	for _, f := range figs {
		if limitDuration(f) {
			return evidence.Figure{}, false // "| Median wait within 18 weeks | 14 weeks |"
		}
		counted = counted || f.Unit == evidence.UnitCount || f.Unit == evidence.UnitPercent
	}
	c := b.Cells[labelCells[0]]
	f, ok := labelLimit(c.Text)
	if !counted || !ok {
		return evidence.Figure{}, false
	}
	f.Offset += c.Offset
	return f, true
}
