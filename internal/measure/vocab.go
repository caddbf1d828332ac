package measure

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/thesaurus"
)

// Vocabulary normalises the words of measures and populations: a form the
// thesaurus knows ("child and adolescent mental health services", "CYPMHS")
// becomes its entry's head ("camhs"), and other words their English stem,
// so "CAMHS waits" and "waiting for child and adolescent mental health
// services" share their terms. The zero Vocabulary (or nil) stems only.
type Vocabulary struct {
	// phrases maps a form's words, lower-cased and joined by spaces, to
	// the head token of its entry; longest is the most words of any form.
	phrases map[string]string
	// short are the forms of one or two letters (ED, LA, OT): read only
	// in capitals, as the thesaurus reads them.
	short map[string]bool
	// byFirst lists the forms by their first word, longest first, so a
	// word that begins none costs one lookup.
	byFirst map[string][]form
}

// form is a thesaurus form's words and its entry's head token.
type form struct {
	words []string
	head  string
}

// NewVocabulary reads the forms of a thesaurus. A form in two entries (ED:
// emergency department or eating disorder) says nothing certain and is
// left as a plain word.
func NewVocabulary(th *thesaurus.Thesaurus) *Vocabulary {
	v := &Vocabulary{phrases: map[string]string{}, short: map[string]bool{}, byFirst: map[string][]form{}}
	if th == nil {
		return v
	}
	ambiguous := map[string]bool{}
	for _, e := range th.Entries() {
		head := headToken(e.Head())
		for _, term := range e.Terms {
			words := wordsOf(term)
			if len(words) == 0 {
				continue
			}
			k := strings.Join(words, " ")
			if old, ok := v.phrases[k]; ok && old != head {
				ambiguous[k] = true
			}
			v.phrases[k] = head
			if len(words) == 1 && letters(term) <= 2 && strings.ToUpper(term) == term {
				v.short[k] = true
			}
		}
	}
	for k := range ambiguous {
		delete(v.phrases, k)
	}
	for k, head := range v.phrases {
		words := strings.Fields(k)
		v.byFirst[words[0]] = append(v.byFirst[words[0]], form{words: words, head: head})
	}
	for _, fs := range v.byFirst {
		sort.Slice(fs, func(i, j int) bool {
			if len(fs[i].words) != len(fs[j].words) {
				return len(fs[i].words) > len(fs[j].words)
			}
			return strings.Join(fs[i].words, " ") < strings.Join(fs[j].words, " ")
		})
	}
	return v
}

// namesBody: s is wholly one of the thesaurus's forms ("ONS", "NHS
// Digital"), a body a citation may give the date of (citePart).
func (v *Vocabulary) namesBody(s string) bool {
	return v != nil && v.phrases[strings.Join(wordsOf(s), " ")] != ""
}

// headToken is an entry's head as one token: "CAMHS" → "camhs", "A&E" →
// "ae", "EHC plan" → "ehc_plan".
func headToken(head string) string {
	return "=" + strings.Join(wordsOf(head), "_")
}

// wordsOf splits a term into lower-case words of letters and digits.
func wordsOf(s string) []string {
	var out []string
	for _, t := range tokenize(s) {
		out = append(out, t.lower)
	}
	return out
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
			n++
		}
	}
	return n
}

// token is one word of a text: letters, digits and inner apostrophes or
// hyphens, with its byte span.
type token struct {
	start, end int
	text       string // as written
	lower      string // lower case, curly apostrophes straightened, possessive 's dropped
}

// tokenize splits s into words. A word is a run of letters and digits,
// joined by inner hyphens, apostrophes, ampersands and slashes ("long-term",
// "children’s", "A&E", "2023/24") and the point and commas of a number
// ("50.3", "1,204"); "children’s" is read as "children".
func tokenize(s string) []token { return tokenizeInto(make([]token, 0, len(s)/6+1), s) }

// tokenizeInto is tokenize appending to dst, so a caller can reuse its
// memory.
func tokenizeInto(dst []token, s string) []token {
	out := dst
	for i := 0; ; {
		t, next, ok := nextToken(s, i)
		if !ok {
			return out
		}
		out = append(out, t)
		i = next
	}
}

// nextToken reads the first word of s at or after byte i.
func nextToken(s string, i int) (token, int, bool) {
	for i < len(s) {
		r, n := runeAt(s, i)
		if isWordRune(r) {
			break
		}
		i += n
	}
	if i >= len(s) {
		return token{}, i, false
	}
	start := i
	_, n := runeAt(s, i)
	i += n
	invisible := false // the word holds an invisible character
	for i < len(s) {
		r, n := runeAt(s, i)
		if isWordRune(r) {
			i += n
			continue
		}
		// An invisible character (a soft hyphen, a zero-width space, a
		// variation selector) followed by more of the word neither ends
		// the word nor is part of it, as the index and the themes read
		// it: "wait\u00ading" is "waiting", and the key holds no character
		// a reader cannot see.
		if evidence.Ignorable(r) {
			j := i + n
			for j < len(s) {
				r2, n2 := runeAt(s, j)
				if !evidence.Ignorable(r2) {
					break
				}
				j += n2
			}
			if j < len(s) {
				if r2, _ := runeAt(s, j); isWordRune(r2) {
					invisible = true
					i = j
					continue
				}
			}
			break
		}
		// An inner joiner followed by a letter or digit stays in the word,
		// as do the point and commas of a number.
		if i+n < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[i+n:])
			if isJoiner(r) && isWordRune(r2) || (r == '.' || r == ',') && isDigit(s[i-1]) && unicode.IsDigit(r2) {
				i += n
				continue
			}
		}
		break
	}
	text := s[start:i]
	lower := text
	if invisible {
		lower = evidence.WithoutIgnorable(text)
	}
	return token{start: start, end: i, text: text, lower: lowerWord(lower)}, i, true
}

// isWordRune is a letter or digit a reader can see: a Hangul filler is a
// letter drawn as nothing (evidence.Ignorable), no word of its own.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !evidence.Ignorable(r)
}

// runeAt decodes the character at byte i, ASCII without the decoder.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isJoiner is a character that may sit inside a word: a hyphen, an
// apostrophe (straight or curly), an ampersand, a slash.
func isJoiner(r rune) bool { return r == '-' || r == '\'' || r == '’' || r == '&' || r == '/' }

// lowerWord lower-cases a word, straightens its apostrophes and drops a
// possessive ending.
func lowerWord(w string) string {
	lower := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 || c == '\'' {
			lower = false
			break
		}
	}
	if lower {
		return w
	}
	w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	w = strings.TrimSuffix(w, "'s")
	return strings.TrimSuffix(w, "s'")
}

// terms turns words into normalised terms: thesaurus forms into their
// head, other words into their stem; words in drop are left out.
func (v *Vocabulary) terms(toks []token, drop func(string) bool) []string {
	out := make([]string, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		if v != nil && len(v.phrases) > 0 {
			if head, n := v.phraseAt(toks, i); n > 0 {
				if !drop(head) {
					out = append(out, head)
				}
				i += n - 1
				continue
			}
		}
		w := toks[i].lower
		if drop(w) {
			continue
		}
		if isNumber(w) {
			continue
		}
		out = append(out, stem(canonicalWord(w)))
	}
	return out
}

// phraseAt finds the longest thesaurus form starting at toks[i]: its head
// and its length in words.
func (v *Vocabulary) phraseAt(toks []token, i int) (string, int) {
	for _, f := range v.byFirst[toks[i].lower] {
		n := len(f.words)
		if i+n > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < n; k++ {
			// The last word may be plural: "education, health and care
			// plans" is a form of "education, health and care plan".
			if w := toks[i+k].lower; w != f.words[k] && (k < n-1 || w != f.words[k]+"s") {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if n == 1 && v.short[toks[i].lower] && strings.ToUpper(toks[i].text) != toks[i].text {
			continue // "la", "ed" in lower case are words, not bodies
		}
		return f.head, n
	}
	return "", 0
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != ',' && w[i] != '.' && w[i] != '/' && w[i] != '-' {
			return false
		}
	}
	return true
}

// scaledNumber reports a number with its scale glued after it, "3.2k",
// "2.5m", "1bn": a count's number, no word of what it counts, so "3.2k
// children" is a count of children as "3,200 children" is (hostile check
// 53: its key's group was "3.2k").
func scaledNumber(w string) bool {
	for _, scale := range []string{"bn", "m", "k"} {
		if n, ok := strings.CutSuffix(w, scale); ok && isNumber(n) {
			return true
		}
	}
	return false
}

var stems sync.Map // word → stem: the vocabulary of reports is small

// stem is the English (Snowball) stem of a lower-case word.
func stem(w string) string {
	if s, ok := stems.Load(w); ok {
		return s.(string)
	}
	env := snowballstem.NewEnv(w)
	english.Stem(env)
	s := env.Current()
	stems.Store(w, s)
	return s
}
