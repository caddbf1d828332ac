package lazyre

import (
	"fmt"
	"math/rand"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// rememberedPatterns are patterns with filters of words in any case,
// exact words, short words and none, for TestRememberedTextsAnswerAsRegexp.
var rememberedPatterns = []string{
	`(?i)\b(?:request|ask)s?\s+that\s+\w+\s+reports?`,
	`(?i)\bwork(?:ing)?\s+together`,
	`\bOf(?:sted|com)\b`,
	`(?i)(?:\d+|no)\s+weeks?`,
	`(?i)\b(?:child(?:ren)?|young\s+people)\s+waited\b`,
	`(?i)\b(?:tested|set)\s+an?\s+(?:aim|target)\s+that\b`,
	`(\d+)%\s+of\s+(children|pupils)`,
	`(?i)(?:compared\s+(?:with|to)|than|versus|vs\.?)\s+(\d+)`,
	`x*`,
	`\d+`,
}

// rememberedWords are what random texts are made of: the patterns'
// words in several cases, the Kelvin sign and the long s, numbers.
var rememberedWords = []string{
	"ask", "ASKS", "that", "they", "report", "REPORTS", "a\u017fk", "working", "wor\u212aing",
	"together", "Ofsted", "ofsted", "Ofcom", "12", "no", "weeks", "WEEK", "children", "young",
	"people", "waited", "set", "a", "target", "aim", "40%", "of", "pupils", "compared", "with",
	"than", "vs.", "versus", "\xff", "café", "x", "xx",
}

// randomText joins random words.
func randomText(r *rand.Rand) string {
	words := make([]string, 2+r.Intn(14))
	for i := range words {
		words[i] = rememberedWords[r.Intn(len(rememberedWords))]
	}
	return strings.Join(words, " ")
}

// TestRememberedTextsAnswerAsRegexp: every method answers over a
// remembered text what regexp answers, the first time a pattern meets
// it and again (its answer remembered), over a text and the parts of it
// sharing its bytes, by goroutines at once (run with -race).
func TestRememberedTextsAnswerAsRegexp(t *testing.T) {
	lazy := make([]*Regexp, len(rememberedPatterns))
	plain := make([]*regexp.Regexp, len(rememberedPatterns))
	for i, p := range rememberedPatterns {
		// Not made by New, which counts what it made for CompileAll; a
		// number past those the package's tests make.
		lazy[i], plain[i] = &Regexp{pattern: p, id: 1000 + i}, regexp.MustCompile(p)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewSource(int64(g)))
			for range 150 {
				s := randomText(r)
				texts := []string{s, s[:len(s)/2], s[len(s)/3:], s}
				for range 3 {
					for _, s := range texts {
						i := r.Intn(len(lazy))
						if got, want := answers(lazy[i], s), answers(plain[i], s); !reflect.DeepEqual(got, want) {
							select {
							case errs <- fmt.Sprintf("%s over %q: %v, want %v", rememberedPatterns[i], s, got, want):
							default:
							}
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// matcher is what Regexp and regexp.Regexp both answer.
type matcher interface {
	MatchString(string) bool
	FindString(string) string
	FindStringIndex(string) []int
	FindStringSubmatch(string) []string
	FindStringSubmatchIndex(string) []int
	FindAllStringIndex(string, int) [][]int
	FindAllStringSubmatchIndex(string, int) [][]int
	FindAllStringSubmatch(string, int) [][]string
	FindAllString(string, int) []string
}

// answers are every method's answers over s, each asked twice.
func answers(m matcher, s string) []any {
	var out []any
	for range 2 {
		out = append(out, m.MatchString(s), m.FindString(s), m.FindStringIndex(s),
			m.FindStringSubmatch(s), m.FindStringSubmatchIndex(s), m.FindAllStringIndex(s, -1),
			m.FindAllStringSubmatchIndex(s, 2), m.FindAllStringSubmatch(s, -1), m.FindAllString(s, 0),
			m.FindAllString(s, -1))
	}
	return out
}

// TestPairsNeverHideAWord: a text holds every pair of bytes of each word
// it holds, in any case, so the pairs turn away only words it lacks.
func TestPairsNeverHideAWord(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for range 2000 {
		s := randomText(r)
		var tx text
		tx.hold(s)
		for _, w := range rememberedWords {
			for _, n := range []need{{w, true}, {ASCIILower(w), false}} {
				want := n.exact && strings.Contains(s, n.word) || !n.exact && containsFold(s, n.word)
				if got := tx.has(n, keyOf(n)); got != want {
					t.Fatalf("%q holds %+v: %v, want %v", s, n, got, want)
				}
			}
		}
	}
}
