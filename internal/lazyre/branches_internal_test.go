package lazyre

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// TestBranchesAnswerAsTheWholePattern: a large pattern opening or
// closing on a choice is answered by its branches in turn, with the
// whole pattern's answer: over random texts of its words in several
// cases, the Kelvin sign and the long s, and at word edges.
func TestBranchesAnswerAsTheWholePattern(t *testing.T) {
	words := []string{"aims", "aimed", "target", "plans to", "the 2024 plan", "will", "WOULD",
		"should", "pledged", "promise", "expects", "standard", "hopes to", "must make sure",
		"forecast to", "ta\u017fk", "\u212aey", "key", "task", "planned", "willow", "a plan of"}
	r := rand.New(rand.NewSource(3))
	// Words of no use but the program's size, past bigProg.
	for range 34 {
		b := make([]byte, 12)
		for i := range b {
			b[i] = byte('a' + r.Intn(26))
		}
		words = append(words, string(b))
	}
	var choice []string
	for _, w := range words {
		choice = append(choice, strings.ReplaceAll(regexp.QuoteMeta(w), " ", `\s+`))
	}
	patterns := []string{
		`(?i)\b(?:` + strings.Join(choice, "|") + `|(?:is|are)\s+hoping\s+to|recommend(?:s|ed|ation|ations)?|commit(?:s|ted|ment)?|(?:19|20)\d{2}\s+plans?)\b`,
		`(?i)(?:` + strings.Join(choice, "|") + `|\d+\s+weeks?|intends?|forecasts?|projected|predicted|trajector(?:y|ies))\s+\w+$`,
		`(?i)^(?:` + strings.Join(choice, "|") + `|references?|bibliography|endnotes|notes|sources|further\s+reading|glossary)`,
	}
	for _, p := range patterns {
		l, re := &Regexp{pattern: p}, regexp.MustCompile(p)
		l.Get()
		if l.branches == nil {
			t.Fatalf("%s: not split into branches", p[:40])
		}
		for range 3000 {
			parts := make([]string, 1+r.Intn(8))
			for i := range parts {
				parts[i] = words[r.Intn(len(words))]
				if r.Intn(3) == 0 {
					parts[i] = strings.ToUpper(parts[i])
				}
				if r.Intn(4) == 0 {
					parts[i] += "x"
				}
			}
			s := strings.Join(parts, " ")
			if got, want := l.MatchString(s), re.MatchString(s); got != want {
				t.Errorf("%s over %q: %v, want %v", p, s, got, want)
			}
		}
	}
}
