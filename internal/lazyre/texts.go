package lazyre

import (
	"strings"
	"sync"
	"unsafe"
)

// The extractor runs hundreds of patterns over one sentence in a row,
// and many of them need the same words ("children", "per cent"): each
// filter looked for its words in the sentence again, case-folding as it
// went, and a pattern that met the same sentence twice (a rule and the
// rule that excuses it) ran twice. So the text a pattern is run over is
// remembered, in one of a few slots, with what was found out about it:
// which needed words it holds (each looked for once, in a lowered copy
// made once) and which patterns are known to find no match in it, or a
// match. The answers are those of the uncached path: a word's presence
// and a pattern's answer over the same bytes do not change.
//
// A text is known by where its bytes are and how many: Go's strings do
// not change, and a slot holds the text itself, so its bytes are not
// freed and given to another text while it is remembered.

// textSlots is how many texts are remembered at once: the sentence, its
// lower case and the parts of it being read, by several goroutines.
const textSlots = 64

// minCached and maxCached bound the length of a text worth remembering:
// a shorter one is looked through faster than remembered, and a longer
// one (a whole document) is met once.
const (
	minCached = 12
	maxCached = 8 << 10
)

// text is what is known about one text.
type text struct {
	mu sync.Mutex
	s  string
	// lower is s in ASCII lower case, made when a word in any case is
	// first looked for; lowered says it is made.
	lower   []byte
	lowered bool
	// folded is whether s holds the Kelvin sign or the long s (which (?i)
	// folds to k and s); foldKnown says it is found out.
	folded, foldKnown bool
	// pairs are the pairs of bytes next to each other in s's lower case,
	// by pairBit: a word one of whose pairs s lacks is not in s, known
	// without looking for it.
	pairs [pairBits / 64]uint64
	// looked and holds are bits by word number (see wordNumber): the word
	// was looked for, and found.
	looked, holds []uint64
	// answered and matches are bits by pattern number: the pattern was
	// run over s, and found a match.
	answered, matches []uint64
}

// texts are the remembered texts.
var texts [textSlots]text

// textOf returns the slot for s, locked, holding s; nil when s is not
// worth remembering. The caller unlocks it.
func textOf(s string) *text {
	if len(s) < minCached || len(s) > maxCached {
		return nil
	}
	p := uint64(uintptr(unsafe.Pointer(unsafe.StringData(s))))
	h := (p ^ uint64(len(s))<<48) * 0x9E3779B97F4A7C15
	t := &texts[h>>(64-6)]
	t.mu.Lock()
	if !same(t.s, s) {
		t.hold(s)
	}
	return t
}

// same reports whether a and b are the same bytes in memory.
func same(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}

// hold makes t remember s, forgetting what it knew.
func (t *text) hold(s string) {
	t.s = s
	t.lowered, t.foldKnown = false, false
	t.pairs = [pairBits / 64]uint64{}
	for i := 1; i < len(s); i++ {
		b := pairBit(s[i-1], s[i])
		t.pairs[b/64] |= 1 << (b % 64)
	}
	clear(t.looked)
	clear(t.holds)
	clear(t.answered)
	clear(t.matches)
}

// wordKey is how a remembered text knows a needed word: its number
// (see wordNumber) and the bits of its pairs of bytes (see pairBit).
type wordKey struct {
	id    int
	pairs []uint16
}

// keyOf is w's key.
func keyOf(w need) wordKey {
	k := wordKey{id: wordNumber(w), pairs: make([]uint16, 0, max(len(w.word)-1, 0))}
	for i := 1; i < len(w.word); i++ {
		k.pairs = append(k.pairs, uint16(pairBit(w.word[i-1], w.word[i])))
	}
	return k
}

// has reports whether t's text holds w, whose key is k.
func (t *text) has(w need, k wordKey) bool {
	i, bit := k.id/64, uint64(1)<<(k.id%64)
	if i < len(t.looked) && t.looked[i]&bit != 0 {
		return t.holds[i]&bit != 0
	}
	found := t.mayHold(k)
	if !found {
		// Not looked for: the answer is known.
	} else if w.exact {
		found = strings.Contains(t.s, w.word)
	} else {
		found = strings.Contains(t.lowerCase(), w.word)
	}
	t.looked, t.holds = grow(t.looked, i), grow(t.holds, i)
	t.looked[i] |= bit
	if found {
		t.holds[i] |= bit
	}
	return found
}

// pairBits is the number of bits pairs of bytes are spread over.
const pairBits = 1024

// pairBit is the bit of the pair of bytes a, b in either's ASCII case.
func pairBit(a, b byte) uint {
	return (uint(lowerByte(a))*31 + uint(lowerByte(b))) % pairBits
}

// lowerByte is c in ASCII lower case.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// mayHold reports whether t's text holds every pair of bytes of the
// word whose key is k (in any case): when it does not, it does not hold
// the word.
func (t *text) mayHold(k wordKey) bool {
	for _, b := range k.pairs {
		if t.pairs[b/64]&(1<<(b%64)) == 0 {
			return false
		}
	}
	return true
}

// lowerCase is t's text in ASCII lower case, to read while t is locked:
// its bytes are t's own and change when t holds another text.
func (t *text) lowerCase() string {
	if !t.lowered {
		t.lower = append(t.lower[:0], t.s...)
		for i, c := range t.lower {
			t.lower[i] = lowerByte(c)
		}
		t.lowered = true
	}
	return unsafe.String(unsafe.SliceData(t.lower), len(t.lower))
}

// folds reports whether t's text holds the Kelvin sign or the long s.
func (t *text) folds() bool {
	if !t.foldKnown {
		t.folded = strings.Contains(t.s, "\u212a") || strings.Contains(t.s, "\u017f")
		t.foldKnown = true
	}
	return t.folded
}

// answer is what is known of pattern id's answer over t's text: whether
// it was run, and whether it found a match.
func (t *text) answer(id int) (known, match bool) {
	i, bit := id/64, uint64(1)<<(id%64)
	if i >= len(t.answered) || t.answered[i]&bit == 0 {
		return false, false
	}
	return true, t.matches[i]&bit != 0
}

// record records pattern id's answer over t's text; t is locked.
func (t *text) record(id int, match bool) {
	i, bit := id/64, uint64(1)<<(id%64)
	t.answered, t.matches = grow(t.answered, i), grow(t.matches, i)
	t.answered[i] |= bit
	if match {
		t.matches[i] |= bit
	}
}

// grow returns bits long enough to hold bit word i, with room for more
// (the numbers given so far), so that a slot grows once, not at every
// number.
func grow(bits []uint64, i int) []uint64 {
	if i < len(bits) {
		return bits
	}
	return append(bits, make([]uint64, max(i+1, 2*len(bits), 64)-len(bits))...)
}

// wordNumbers number the words filters look for, so that a text can
// remember which it holds in bits.
var wordNumbers struct {
	sync.Mutex
	of map[need]int
}

// wordNumber is w's number, given on first asking.
func wordNumber(w need) int {
	wordNumbers.Lock()
	defer wordNumbers.Unlock()
	if wordNumbers.of == nil {
		wordNumbers.of = map[need]int{}
	}
	id, ok := wordNumbers.of[w]
	if !ok {
		id = len(wordNumbers.of)
		wordNumbers.of[w] = id
	}
	return id
}

// mayIn is may over a remembered text: each word looked for once.
func (f *filter) mayIn(t *text) bool {
	if f == nil {
		return true
	}
	for j, n := range f.all {
		if !n.inText(t, f.keys[j]) {
			return f.folds && t.folds()
		}
	}
	return true
}

// inText is in over a remembered text; keys are n's words' keys.
func (n needs) inText(t *text, keys []wordKey) bool {
	for i, w := range n {
		if t.has(w, keys[i]) {
			return true
		}
	}
	return false
}

// known compiles l (once) and tells what is known of its answer over s
// before running it: known when s was met by l before, or lacks the
// words a match needs (then match is false). t is s's slot, for
// remembering the answer once run; nil when s is not remembered.
func (l *Regexp) known(s string) (t *text, known, match bool) {
	l.Get()
	t = textOf(s)
	if t == nil {
		return nil, !l.filter.may(s), false
	}
	if known, match = t.answer(l.id); !known && !l.filter.mayIn(t) {
		known, match = true, false
		t.record(l.id, false)
	}
	t.mu.Unlock()
	return t, known, match
}

// learnt remembers l's answer over s in t, when it was not known; t
// may be nil (s is not remembered).
func (l *Regexp) learnt(t *text, known bool, s string, match bool) {
	if t == nil || known {
		return
	}
	t.mu.Lock()
	if same(t.s, s) {
		t.record(l.id, match)
	}
	t.mu.Unlock()
}
