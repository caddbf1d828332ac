package extract

import (
	"testing"

	"github.com/cypx/cypx/internal/testtext"
)

// TestFirstPersonAnswersAsItsPattern: firstPerson, which runs
// firstPersonRe only on a text holding an "I", "my" or "My" that no
// word byte follows, answers as the pattern does, over every text of up
// to five pieces of "I", "m", "M", "y", "d", apostrophes, a space, a
// digit and an underscore, and over sentences.
func TestFirstPersonAnswersAsItsPattern(t *testing.T) {
	pieces := []string{"I", "m", "M", "y", "d", "'", "’", " ", "1", "_"}
	texts := testtext.Every(pieces, 5)
	texts = append(texts, "In 2023, 64% of children waited.", "My son waited two years.", "I’ve waited", "It is my view", "Amy said", "Myself",
		"“I waited,” she said.", "The NHS Kent and Medway ICB", "army of volunteers", "I.", "(I)")
	for _, s := range texts {
		if got, want := firstPerson(s), firstPersonRe.MatchString(s); got != want {
			t.Fatalf("firstPerson(%q) = %v, want %v", s, got, want)
		}
	}
}
