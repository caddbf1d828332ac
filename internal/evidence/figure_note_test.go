package evidence

import (
	"strings"
	"testing"
)

// TestAFiguresNoteSaysWhyItIsCitedApart: the note beside a figure cited
// apart from its quote says why, for coverage whose primary was not seen
// to state it and for a headline before the phrase a named body sources
// (CitesFrom); a figure cited as its quote is has none.
func TestAFiguresNoteSaysWhyItIsCitedApart(t *testing.T) {
	const text = "In 2024, 45% of children in Whitstable waited, compared with 38% across England according to NHS England."
	story := Source{ID: "wg", Publisher: "Whitstable Gazette", Author: "Nia Cole", Date: Date{Year: 2025}, Type: News}
	report := Source{ID: "kcc", Publisher: "Kent County Council", Date: Date{Year: 2025}, Type: Report}
	fig := func(v string, value float64) Figure {
		return Figure{Text: v, Value: value, Unit: UnitPercent, Offset: strings.Index(text, v)}
	}
	base := Item{ID: "wg#1", Kind: Statistic, Text: text, Source: story, Figures: []Figure{fig("45%", 45), fig("38%", 38)}}
	cited := base
	cited.Cites, cited.CitesFrom = "NHS England", strings.Index(text, "compared")
	covered := base
	covered.Primary, covered.PrimaryValues = &report, []float64{38}
	stated := covered
	stated.PrimaryValues = []float64{45, 38}
	for name, c := range map[string]struct {
		it   Item
		want string
	}{
		"body for the compared value": {cited, "the figure 45% is cited without NHS England, which is named for another value"},
		"primary not stating it":      {covered, "the figure 45% is cited to Cole, 2025 alone: Kent County Council, 2025 was not seen to state it"},
		"primary stating it":          {stated, ""},
		"no attribution":              {base, ""},
	} {
		if got := c.it.FigureNote(Harvard); got != c.want {
			t.Errorf("%s: note %q, want %q", name, got, c.want)
		}
	}
}
