package extract_test

import "github.com/cypx/cypx/internal/evidence"

// figurePairOf finds, among an item's figures, the two ends of a change
// by their text: the earlier value's figure and the later one's, nil
// where there is none.
func figurePairOf(figs []evidence.Figure, earlier, later string) (e, l *evidence.Figure) {
	for i := range figs {
		switch figs[i].Text {
		case earlier:
			e = &figs[i]
		case later:
			l = &figs[i]
		}
	}
	return e, l
}
