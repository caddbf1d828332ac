package extract

import (
	"strings"
	"unicode"
)

// phraseCell reports a cell of evidence told in a phrase, its figures in
// words around them: "51% issued within 20 weeks in 2024/25", "Median
// wait 64 weeks; 1,190 children waiting", "46% of surveyed families
// agree" under "Evidence" in a self-assessment's table. Read as a value
// it held none, and read as a label it made the row an excerpt; its
// figures are read as a sentence's. A cell that is one value
// ("51%", "£3,400") is read as one, a label naming ages or years
// ("Children aged 5 to 10") holds no figure a sentence would read, and a
// cell of whole sentences makes the row prose.
func phraseCell(text string, col column) bool {
	t := strings.TrimSpace(text)
	words := 0
	for _, w := range strings.Fields(t) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words++
		}
	}
	if words < 2 || len(strings.Fields(t)) < 3 || !strings.ContainsAny(t, "0123456789") || len(cellFigures(t, col)) > 0 {
		return false
	}
	if len(strings.Fields(t)) >= 6 && (sentenceEndRe.MatchString(t) || strings.Contains(t, ". ")) {
		// Sentences: the row is prose, read sentence by sentence
		// (proseRow).
		return false
	}
	return len(Figures(t)) > 0
}
