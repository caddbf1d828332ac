package extract_test

import "testing"

// TestMarkdownHardLineBreaksReadAsOneLine: a hard line break inside a
// figure, two trailing spaces or a backslash before the line's end, reads
// as the sentence on one line: "Roughly 38␠␠⏎per cent" is 38%, "from 6
// and␠␠⏎20 weeks" the range, and the backslash is never shown (hostile
// check 85, M6: an excerpt, the high end alone, "38\ per cent" shown).
func TestMarkdownHardLineBreaksReadAsOneLine(t *testing.T) {
	readsAsUnmarked(t, []string{
		"Roughly 38  \nper cent of families were still waiting for a home visit in 2022.",
		"Roughly 39\\\nper cent of families were still waiting for a hearing test in 2022.",
		"Toddlers waited between 6 and  \n20 weeks for a dental check in 2024.",
		"Toddlers waited between 7 and\\\n21 weeks for a hearing check in 2024.",
	}, []string{
		"Roughly 38 per cent of families were still waiting for a home visit in 2022.",
		"Roughly 39 per cent of families were still waiting for a hearing test in 2022.",
		"Toddlers waited between 6 and 20 weeks for a dental check in 2024.",
		"Toddlers waited between 7 and 21 weeks for a hearing check in 2024.",
	})
}
