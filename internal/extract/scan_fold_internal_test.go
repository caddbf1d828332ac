package extract

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/testtext"
)

// hasAnyFoldByByte is hasAnyFold as it was written before: the answers
// hasAnyFold must give.
func hasAnyFoldByByte(s string, lits ...string) bool {
	for _, lit := range lits {
		if strings.ContainsAny(lit, "ks") && (strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f")) {
			return true
		}
	}
	var first [256]bool
	for _, lit := range lits {
		first[lit[0]] = true
		first[upperByte(lit[0])] = true
	}
	for i := 0; i < len(s); i++ {
		if !first[s[i]] {
			continue
		}
		c := lowerByte(s[i])
		for _, lit := range lits {
			if lit[0] != c || len(s)-i < len(lit) {
				continue
			}
			j := 1
			for j < len(lit) && lowerByte(s[i+j]) == lit[j] {
				j++
			}
			if j == len(lit) {
				return true
			}
		}
	}
	return false
}

// TestHasAnyFoldAnswersAsAByteLoop: hasAnyFold, which tests a text for
// the Kelvin sign and the long s once, answers as it did when it tested
// them for each lit, for one lit, a few opening with one byte or
// several, lits opening with a space or a capital, over
// every text of up to six bytes of their letters in both cases, and the
// Kelvin sign and long s that (?i) folds to k and s.
func TestHasAnyFoldAnswersAsAByteLoop(t *testing.T) {
	litSets := [][]string{{"a"}, {"ab"}, {"ab", "ba"}, {"ab", "abb", "b a"}, {" a", " b"}, {"a", "b", "1", " ", "ba"},
		{"Ab"}, {"ks"}, {"aab", "bab", "abab"}}
	alphabet := "aAbB1 "
	texts := testtext.Every(testtext.Bytes(alphabet), 6)
	texts = append(texts, "\u212a", "a\u017fb", "The Kent AB report")
	for _, s := range texts {
		for _, lits := range litSets {
			if got, want := hasAnyFold(s, lits...), hasAnyFoldByByte(s, lits...); got != want {
				t.Fatalf("hasAnyFold(%q, %q) = %v, want %v", s, lits, got, want)
			}
		}
	}
}
