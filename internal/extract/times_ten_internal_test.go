package extract

import (
	"testing"

	"github.com/cypx/cypx/internal/testtext"
)

// TestTimesTenAnswersAsScientificRe: timesTen, the cheap test before
// scientificRe, passes every text the pattern matches in, over every text
// of up to five pieces of digits, signs, spaces, a stop and an exponent's
// marks, and over sentences.
func TestTimesTenAnswersAsScientificRe(t *testing.T) {
	pieces := []string{"3", "10", "0", "x", "X", "×", " ", ".", "^", "⁴"}
	texts := testtext.Every(pieces, 5)
	texts = append(texts, "3.2 x 10^4 cells", "3.2 × 10⁴", "3.2x104 children", "3 x 10 sessions", "the next 10 years", "1.5 X 10<sup>-3</sup>")
	passed := 0
	for _, s := range texts {
		if scientificRe.MatchString(s) {
			if !timesTen(s) {
				t.Fatalf("timesTen(%q) = false, but scientificRe matches", s)
			}
			passed++
		}
	}
	if passed < 100 {
		t.Errorf("only %d texts matched scientificRe: the test reads too few", passed)
	}
	if timesTen("the next 10 years") || timesTen("experience of 10 weeks") {
		t.Error("timesTen passes a text with no digit, sign and 10 together")
	}
}
