package extract

import "testing"

// TestFirstPersonAnswersAsItsPattern: firstPerson, which runs
// firstPersonRe only on a text holding an "I", "my" or "My" that no
// word byte follows, answers as the pattern does, over every text of up
// to five pieces of "I", "m", "M", "y", "d", apostrophes, a space, a
// digit and an underscore, and over sentences.
func TestFirstPersonAnswersAsItsPattern(t *testing.T) {
	pieces := []string{"I", "m", "M", "y", "d", "'", "’", " ", "1", "_"}
	var texts []string
	var grow func(s string, n int)
	grow = func(s string, n int) {
		texts = append(texts, s)
		if n < 5 {
			for _, p := range pieces {
				grow(s+p, n+1)
			}
		}
	}
	grow("", 0)
	texts = append(texts, "In 2023, 64% of children waited.", "My son waited two years.", "I’ve waited", "It is my view", "Amy said", "Myself",
		"“I waited,” she said.", "The NHS Kent and Medway ICB", "army of volunteers", "I.", "(I)")
	for _, s := range texts {
		if got, want := firstPerson(s), firstPersonRe.MatchString(s); got != want {
			t.Fatalf("firstPerson(%q) = %v, want %v", s, got, want)
		}
	}
}
