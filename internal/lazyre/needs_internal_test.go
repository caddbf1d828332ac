package lazyre

import (
	"regexp"
	"regexp/syntax"
	"testing"

	"github.com/cypx/cypx/internal/testtext"
)

// TestFilterAnswersAsRegexp: a pattern's filter turns away only texts
// regexp finds no match in, over the spellings that make a text match
// without holding a needed word byte for byte: another case, the Kelvin
// sign and the long s (which (?i) folds to k and s), a byte that is not
// UTF-8 (which regexp reads as U+FFFD), and words a pattern needs only
// as the openings of a run of parts.
func TestFilterAnswersAsRegexp(t *testing.T) {
	for _, c := range []struct {
		pattern string
		texts   []string
		// filtered says the pattern is worth a filter.
		filtered bool
	}{
		{`(?i)\b(?:request|ask)s?\s+that\s+\w+\s+reports?`, []string{"We ask that they report", "WE ASK THAT THEY REPORT", "we a\u017fk that they report", "they asked", "ask that no one reports"}, true},
		{`(?i)\bwork(?:ing)?\s+together`, []string{"working together", "wor\u212aing together", "WORK TOGETHER", "work alone"}, true},
		{`\bOf(?:sted|com)\b`, []string{"Ofsted said", "Ofcom said", "ofsted said", "Of the"}, true},
		{`(?i)x\x{FFFD}yz`, []string{"x\xffyz", "x\ufffdyz", "xyz"}, false}, // folds beyond ASCII
		{`\x{FFFD}abc`, []string{"\xffabc", "\ufffdabc", "abc"}, false},
		{`caf\x{e9}s?`, []string{"cafés", "cafe"}, false}, // a fixed prefix: regexp looks for it itself
		{`(?i)\b\w+\s+caf\x{e9}`, []string{"the café", "THE CAFÉ", "the CAFé", "the cafe"}, false},
		{`(?i)\b(?:tested|set)\s+an?\s+(?:aim|target)\s+that\b`, []string{"They set a target that all", "SET AN AIM THAT", "se\u212a a target that", "a target that", "set a target", "they tested an aim"}, true},
		{`(?i)\b(?:(?:request|ask)s?\s+that\s+\w+\s+reports?|invite\s+\w+\s+to\s+report)`, []string{"asks that it reports", "INVITE them TO REPORT", "invite them to provide", "they report"}, true},
		{`(?i)\b(?:child(?:ren)?|young\s+people)\s+waited\b`, []string{"Children waited", "YOUNG PEOPLE WAITED", "young  people waited", "adults waited"}, true},
		{`^(?:the|this)\s+plan\s+should`, []string{"the plan should", "so the plan should"}, false}, // tried at the start only
		{`(?i)(?:\d+|no)\s+weeks?`, []string{"12 weeks", "no wee\u212a", "12 days"}, true},
	} {
		re := regexp.MustCompile(c.pattern)
		f := filterOf(c.pattern)
		if (f != nil) != c.filtered {
			t.Errorf("%s: filtered %v, want %v", c.pattern, f != nil, c.filtered)
		}
		for _, s := range c.texts {
			if re.MatchString(s) && !f.may(s) {
				t.Errorf("%s: the filter turns away %q, which matches", c.pattern, s)
			}
		}
	}
}

func TestContainsFold(t *testing.T) {
	for _, c := range []struct {
		s, lower string
		want     bool
	}{
		{"Waiting List", "waiting list", true},
		{"WAITING", "waiting", true},
		{"wait", "waiting", false},
		{"the ICB's plan", "icb's", true},
		{"xyzABC", "abc", true},
		{"ab", "abc", false},
		{"caf\u00c9", "caf\u00e9", false}, // only ASCII letters fold
	} {
		if got := containsFold(c.s, c.lower); got != c.want {
			t.Errorf("containsFold(%q, %q) = %v", c.s, c.lower, got)
		}
	}
}

// containsFoldByByte is containsFold as it was written before, testing
// every byte of s in turn: the answers containsFold must give.
func containsFoldByByte(s, lower string) bool {
	first := lower[0]
	up := first
	if 'a' <= first && first <= 'z' {
		up = first - 'a' + 'A'
	}
	for i := 0; i+len(lower) <= len(s); i++ {
		if c := s[i]; c != first && c != up {
			continue
		}
		j := 1
		for ; j < len(lower); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != lower[j] {
				break
			}
		}
		if j == len(lower) {
			return true
		}
	}
	return false
}

// TestContainsFoldAnswersAsAByteLoop: containsFold, which looks for a
// word's first byte with strings.IndexByte, answers as a test of every
// byte in turn does, for words opening with a letter or not, of one
// byte or more, at a text's start, end and anywhere between, over
// every text of up to six bytes of an alphabet of a word's letters in
// both cases, a digit and a space.
func TestContainsFoldAnswersAsAByteLoop(t *testing.T) {
	words := []string{"a", "ab", "ba", "aab", "b", "1a", " a", "abab"}
	alphabet := "aAbB1 "
	texts := testtext.Every(testtext.Bytes(alphabet), 6)
	texts = append(texts, "The REPORT was", "caf\u00e9 report", "\u212aent", "10 x 10")
	for _, s := range texts {
		for _, w := range append(words, "report", "kent", "10") {
			if got, want := containsFold(s, w), containsFoldByByte(s, w); got != want {
				t.Fatalf("containsFold(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestLargeProgramsAreFiltered: a large program is tested for its words
// even when it is tried only at the text's start or opens with a fixed
// prefix, and may need a word shorter than minNeed (a colon): regexp's
// backtracker clears a bit for each of its instructions and each byte of
// the text before trying either, which costs more than the test. A small
// program so anchored is not (see TestFilterAnswersAsRegexp).
func TestLargeProgramsAreFiltered(t *testing.T) {
	for _, c := range []struct {
		pattern string
		texts   []string
	}{
		{`(?i)^(?:the|this|each|every|any|all|our|your)\s+(?:[\w’'-]+\s+){0,2}?(?:guidance|guidelines|plans?|strateg(?:y|ies)|framework|polic(?:y|ies))\s+(?:should|ought\s+to)\s+(?:also\s+|clearly\s+)?(?:set\s+out|include|say)\b`,
			[]string{"The local plan should set out", "THE PLAN OUGHT TO INCLUDE", "The plan \u017fhould say", "The plan sets out", "so the plan should say"}},
		{`(?i)\b(?:to|should|must|shall|will|need\s+to|needs\s+to|ought\s+to|are\s+(?:asked|expected|invited|encouraged)\s+to)\s*:\s*$`,
			[]string{"Schools should:", "SCHOOLS ARE ASKED TO :", "Schools should", "Schools should: act"}},
		{`Recommendation\s+(?:\d{1,2}(?:\.\d{1,2})?|[A-Z]{1,3}/\d{4}/\d{1,4})\s*[:.–—-]\s*(?:The|All|Every|Each)\s+\p{Lu}[\p{L}'’-]+`,
			[]string{"Recommendation 4: The Trust", "Recommendation AB/2024/12 - All Schools", "recommendation 4: The Trust", "Recommendations"}},
	} {
		re := regexp.MustCompile(c.pattern)
		prog, _ := syntax.Compile(mustParse(t, c.pattern).Simplify())
		if len(prog.Inst) <= smallProg {
			t.Errorf("%s: %d instructions, not a large program", c.pattern, len(prog.Inst))
		}
		f := filterOf(c.pattern)
		if f == nil {
			t.Errorf("%s: not filtered", c.pattern)
			continue
		}
		turned := false
		for _, s := range c.texts {
			if re.MatchString(s) && !f.may(s) {
				t.Errorf("%s: the filter turns away %q, which matches", c.pattern, s)
			}
			turned = turned || !f.may(s)
		}
		if !turned {
			t.Errorf("%s: the filter turns away none of %q", c.pattern, c.texts)
		}
	}
}

func mustParse(t *testing.T, pattern string) *syntax.Regexp {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	return re
}

// TestLargeProgramsTestManyWords: a program past largeProg instructions
// is filtered on up to maxNeedsLarge words, its repeats and the words
// holding another ("planned" beside "plan") dropped; before, a choice of
// 32 words had no filter and ran the backtracker on every text.
func TestLargeProgramsTestManyWords(t *testing.T) {
	pattern := `(?i)\b(?:aims?|targets?|plans?\s+to|(?:the|our)\s+(?:20\d{2}\s+)?plan|planned\s+(?:to|for)|(?:is|are)\s+planned|planning\s+to|pledged?|promised?|recommend(?:s|ed|ation)?|will|would|should|commit(?:s|ted|ment)?|goal|ambition|intends?|propose[sd]?|expects?|standard|maximum|minimum|hopes\s+to|(?:must|shall)\s+ensure|(?:forecast|projected|predicted)\s+to)\b`
	re := regexp.MustCompile(pattern)
	prog, _ := syntax.Compile(mustParse(t, pattern).Simplify())
	if len(prog.Inst) <= largeProg {
		t.Fatalf("%d instructions, not past largeProg", len(prog.Inst))
	}
	f := filterOf(pattern)
	if f == nil {
		t.Fatal("not filtered")
	}
	for _, w := range f.all[0] {
		if w.word == "planned" || w.word == "planning" {
			t.Errorf("%q kept beside \"plan\"", w.word)
		}
	}
	turned := 0
	for _, s := range []string{"The trust aims to see 90%", "OUR 2025 PLAN", "it was planned for May", "Minimum staffing", "We \u017fhall ensure",
		"45% of children waited", "Referrals rose by 12%", "The plan", "Staff numbers fell"} {
		if re.MatchString(s) && !f.may(s) {
			t.Errorf("the filter turns away %q, which matches", s)
		}
		if !f.may(s) {
			turned++
		}
	}
	if turned < 2 {
		t.Errorf("the filter turned away %d texts, want the two that hold none of the words", turned)
	}
}

// TestPrunedKeepsTheTest: dropping repeats and words holding another
// never changes which texts a set of words passes.
func TestPrunedKeepsTheTest(t *testing.T) {
	n := needs{{"plan", false}, {"planned", false}, {"Plan", true}, {"plan", false}, {"PLANNING", true}, {"aim", false}, {"aims", true}}
	p := n.pruned()
	if len(p) != 2 {
		t.Errorf("pruned %v, want plan and aim", p)
	}
	for _, s := range []string{"planned", "PLAN", "Plan", "aims", "AIM", "none", "pla n"} {
		if n.in(s) != p.in(s) {
			t.Errorf("%q: %v before pruning, %v after", s, n.in(s), p.in(s))
		}
	}
}
