package evidence

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// MaxIDBytes is the longest source id. A source is saved as ID.md and
// trashed as ID-TIMESTAMP-N.md, and most file systems cap a name at 255
// bytes.
const MaxIDBytes = 200

// CheckSourceID is the one rule for source ids, applied wherever an id
// arrives: the corpus loader (id: keys and file names), `cypx add --id`,
// `cypx remove`, and through CheckItemID the item ids of `show`, `cite`
// and the basket. An id is a file name in the library, so it is letters,
// digits, '.', '_' and '-', starting with a letter or digit: no separator,
// no "..", nothing a terminal would act on, and not a name Windows keeps
// for a device (con, nul, com1, ...).
func CheckSourceID(id string) error {
	switch {
	case id == "":
		return fmt.Errorf("empty id")
	case len(id) > MaxIDBytes:
		return fmt.Errorf("id of %d bytes: the limit is %d", len(id), MaxIDBytes)
	case !isIDStart(id[0]):
		return fmt.Errorf("id %q: start with a letter a-z or A-Z, or a digit", id)
	case id[len(id)-1] == '.':
		// Windows drops a name's trailing dots, and "ok." made "ok..md".
		return fmt.Errorf("id %q: end with a letter, digit, '_' or '-', not '.'", id)
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; !isIDStart(c) && c != '.' && c != '_' && c != '-' {
			// "letters" alone told "café" its é was no letter: ids are
			// file names, kept to ASCII so every system spells them alike.
			return fmt.Errorf("id %q: use a-z, A-Z, digits, '.', '_' and '-' only", id)
		}
	}
	base, _, _ := strings.Cut(strings.ToLower(id), ".")
	if windowsDevice(base) {
		return fmt.Errorf("id %q: Windows keeps that name for a device", id)
	}
	return nil
}

// IDKey is what ids naming one source or item share: ids differ in more
// than case (two source ids differing only in case are one source, one
// file on macOS and Windows, and an item's hash is hexadecimal), so an id
// typed or edited into capitals names what it named. The loader, add,
// remove, show, cite, the basket and the resolver compare ids by it.
func IDKey(id string) string { return strings.ToLower(id) }

func isIDStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// WindowsDeviceName reports a file name Windows opens as a device
// whatever its ending or case: "nul.docx", "CON", "com1.md", "lpt¹.json"
// (a superscript digit names the port too). The id rule refuses them
// (CheckSourceID) and so does a file an export writes.
func WindowsDeviceName(name string) bool {
	base, _, _ := strings.Cut(strings.ToLower(name), ".")
	base = strings.TrimRight(base, " ")
	if rest, ok := strings.CutPrefix(base, "com"); ok && (rest == "¹" || rest == "²" || rest == "³") {
		return true
	}
	if rest, ok := strings.CutPrefix(base, "lpt"); ok && (rest == "¹" || rest == "²" || rest == "³") {
		return true
	}
	return windowsDevice(base)
}

// windowsDevice reports the names Windows gives devices, with any
// extension: "nul.md" opens the null device there, not a file.
func windowsDevice(base string) bool {
	switch base {
	case "con", "prn", "aux", "nul", "conin$", "conout$":
		return true
	}
	if len(base) == 4 && (strings.HasPrefix(base, "com") || strings.HasPrefix(base, "lpt")) {
		return base[3] >= '0' && base[3] <= '9'
	}
	return false
}

// HashLen is the length of the hash part of an item id: SOURCE#9c090793.
const HashLen = 8

// minRefLen is the shortest hash prefix accepted for an item.
const minRefLen = 4

// ItemRef is how a user names an item: its whole id, or the start of the
// hash after '#' (four characters or more), which is unique in practice.
type ItemRef struct {
	// Source is the source id, or "" when only a hash was given.
	Source string
	// Hash is the hash, or a prefix of it, in lower case.
	Hash string
}

// ID is the whole item id the reference names, or "" for a hash prefix.
func (r ItemRef) ID() string {
	if !r.whole() {
		return ""
	}
	return r.Source + "#" + r.Hash
}

// whole reports whether the reference names a whole item id.
func (r ItemRef) whole() bool {
	base, _, _ := strings.Cut(r.Hash, "-")
	return r.Source != "" && len(base) == HashLen
}

// cmpOr is s, or def when s is empty.
func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// maxRepeatDigits bounds the number after a repeated text's hash: a
// source repeating one text a million times is past any source's limit.
const maxRepeatDigits = 6

// repeatSuffix reports s as the number a text's second and later
// occurrences in one source add to its hash ("2" in "4471e77c-2"): a
// whole number from 2, written without leading zeros.
func repeatSuffix(s string) bool {
	if s == "" || len(s) > maxRepeatDigits || s[0] == '0' || s == "1" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// typedIDAdvice ends ParseItemRef's refusal of an id someone typed.
const typedIDAdvice = ": give SOURCE#HASH or the first four or more characters of the hash, as 'cypx items' lists them"

// ParseItemRef checks an item reference against the id rule: a valid
// source id, '#', and four to eight hexadecimal digits (eight make the whole
// id); or the digits alone, with or without the '#'. Blanks around it are
// left out, as pasted with an id (" 22e3", "22e3 "), which was refused as
// "not an item id" (hostile check 62); a basket file's ids are checked
// without them (CheckItemID).
func ParseItemRef(ref string) (ItemRef, error) {
	ref = strings.TrimSpace(ref)
	src, hash, whole := strings.Cut(ref, "#")
	if !whole {
		src, hash = "", ref
	}
	bad := func(why string) error {
		return fmt.Errorf("%s is not an item id (%s)%s", QuoteInput(ref), why, typedIDAdvice)
	}
	if ref == "" {
		return ItemRef{}, bad("it is empty")
	}
	// A source's id alone (no '#') names no item: it was read as a hash
	// and told about repeated texts, for its '-' (hostile check 64 L4).
	if base, _, _ := strings.Cut(hash, "-"); !whole && !hexDigits(base) && CheckSourceID(ref) == nil {
		return ItemRef{}, bad("it names a source and no item of it: an item id is SOURCE#HASH")
	}
	if strings.Contains(hash, "#") {
		return ItemRef{}, bad("an item id has one '#', between the source and the hash")
	}
	if src != "" {
		if err := CheckSourceID(src); err != nil {
			return ItemRef{}, bad(err.Error())
		}
	}
	// A text repeated in its source is told apart by a number after its
	// whole hash ("4471e77c-2"), as 'cypx items' lists it: refused, such
	// an item could not be shown, cited or added to the basket, and a
	// basket the explorer had marked it in could not be read.
	digits, repeat, repeated := strings.Cut(hash, "-")
	if repeated && (len(digits) != HashLen || !repeatSuffix(repeat)) {
		return ItemRef{}, bad(fmt.Sprintf("a text repeated in its source is its whole hash of %d characters and a number from 2 after a '-', as in %s#%s-2", HashLen, cmpOr(src, "SOURCE"), strings.Repeat("0", HashLen)))
	}
	// What the hash holds is said before its length: "w1#f5fb5747." (a
	// full stop pasted with it) and "w1＃f5fb" (a full-width '#') were
	// told "a hash has 4 to 8 characters", of eight hex digits and seven.
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			if !whole {
				return ItemRef{}, bad("it has no '#', and a hash alone is hexadecimal digits")
			}
			return ItemRef{}, bad(fmt.Sprintf("a hash is hexadecimal digits, not %s", QuoteInput(digits[i:i+utf8Len(digits[i:])])))
		}
	}
	if len(digits) < minRefLen || len(digits) > HashLen {
		return ItemRef{}, bad(fmt.Sprintf("a hash has %d to %d characters", minRefLen, HashLen))
	}
	return ItemRef{Source: src, Hash: strings.ToLower(hash)}, nil
}

// Matches reports whether the reference names an item id: the id's hash
// starts with the reference's, in any case, and its source is the
// reference's when the reference names one. The index finds the library's
// items by this rule (index.Lookup) and 'basket remove' the basket's
// (MatchItemRef), so an id 'basket add' takes is one remove takes.
func (r ItemRef) Matches(id string) bool {
	src, hash, ok := strings.Cut(id, "#")
	if !ok || r.Source != "" && !strings.EqualFold(src, r.Source) {
		return false
	}
	return len(hash) >= len(r.Hash) && strings.EqualFold(hash[:len(r.Hash)], r.Hash)
}

// AmbiguousRefError is a reference that matches more than one item, said
// with the ids it matches: when they share the whole hash (one sentence
// in two sources), no more of it tells them apart, only SOURCE#HASH does.
type AmbiguousRefError struct {
	// Ref is the reference as given.
	Ref string
	// IDs are some of the ids it matches.
	IDs []string
	// Total is how many it matches, len(IDs) or more.
	Total int
}

// Error names the reference, the ids it matches and how to tell them
// apart.
func (e *AmbiguousRefError) Error() string {
	more := ""
	if e.Total > len(e.IDs) {
		more = fmt.Sprintf(" and %d more", e.Total-len(e.IDs))
	}
	if e.oneHash() {
		return fmt.Sprintf("%s matches %d items (%s%s): the same sentence is in %d sources, and no more of the hash tells them apart: give the whole id SOURCE#HASH", QuoteInput(e.Ref), e.Total, strings.Join(e.IDs, ", "), more, e.Total)
	}
	return fmt.Sprintf("%s matches %d items (%s%s): give more of the hash, or the whole id SOURCE#HASH", QuoteInput(e.Ref), e.Total, strings.Join(e.IDs, ", "), more)
}

// oneHash reports ids that all share one whole hash, as far as can be
// told: each id listed has it, and none is left unlisted or the reference
// gives the whole hash (which every id it matches then has). Before
// (hostile check 69 F18), one sentence in two sources was told to give
// more of a hash already given whole.
func (e *AmbiguousRefError) oneHash() bool {
	var hash string
	for i, id := range e.IDs {
		_, h, ok := strings.Cut(id, "#")
		if !ok || i > 0 && !strings.EqualFold(h, hash) {
			return false
		}
		hash = h
	}
	_, ref, ok := strings.Cut(e.Ref, "#")
	if !ok {
		ref = e.Ref
	}
	return len(e.IDs) > 1 && (e.Total == len(e.IDs) || len(strings.TrimSpace(ref)) == len(hash))
}

// MatchItemRef is the one id among ids that a reference names: a whole id
// itself (in any case) before the ids its hash begins, else the one id
// the reference matches (ItemRef.Matches). It is "" when none matches, and
// an *AmbiguousRefError, naming two of them, when more than one does. A
// reference that breaks the id rule is refused with the rule
// (ParseItemRef).
func MatchItemRef(ref string, ids []string) (string, error) {
	r, err := ParseItemRef(ref)
	if err != nil {
		return "", err
	}
	if whole := r.ID(); whole != "" {
		for _, id := range ids {
			if strings.EqualFold(id, whole) {
				return id, nil
			}
		}
	}
	var found []string
	total := 0
	for _, id := range ids {
		if r.Matches(id) {
			if total++; len(found) < 2 {
				found = append(found, id)
			}
		}
	}
	switch total {
	case 0:
		return "", nil
	case 1:
		return found[0], nil
	}
	return "", &AmbiguousRefError{Ref: ref, IDs: found, Total: total}
}

// utf8Len is the length in bytes of the character s starts with.
func utf8Len(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	return max(n, 1)
}

// CheckItemID checks a whole item id, SOURCE#HASH, as the basket stores them.
func CheckItemID(id string) error {
	r, err := ParseItemRef(id)
	if err != nil {
		// A file's entry was written, not typed: advice on what to type
		// reads as if the user had (hostile check 63 L4).
		return errors.New(strings.TrimSuffix(err.Error(), typedIDAdvice))
	}
	// Each says what is wrong with an id that has the form: a short hash
	// and a blank after it were both "not a whole item id (SOURCE#HASH)"
	// (hostile check 64 L4). whole, not ID: the id made again was an
	// allocation per id of a basket file of 700,000 read afresh.
	switch base, _, _ := strings.Cut(r.Hash, "-"); {
	case id != strings.TrimSpace(id):
		return fmt.Errorf("%s has a blank before or after it: an entry is the item id SOURCE#HASH alone", QuoteInput(id))
	case r.Source == "":
		return fmt.Errorf("%s is a hash with no source: an entry is the whole item id, SOURCE#HASH", QuoteInput(id))
	case !r.whole():
		return fmt.Errorf("%s is not a whole item id: its hash has %d characters of the %d a whole id has (SOURCE#HASH)", QuoteInput(id), len(base), HashLen)
	}
	return nil
}

// hexDigits reports whether s is hexadecimal digits alone (and not empty).
func hexDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return s != ""
}

// MaxQuotedBytes bounds how much of what someone typed an error message
// repeats.
const MaxQuotedBytes = 80

// QuoteInput is %q of what someone typed, for an error message: whole if
// short, else its first MaxQuotedBytes (cut at a character) and its
// length. An id, a term or a name of 100 KB (a pasted file, a runaway
// script) was repeated whole in the message that refused it.
func QuoteInput(s string) string {
	return Shorten(s, MaxQuotedBytes, func(s string) string { return fmt.Sprintf("%q", s) })
}

// Shorten is show(s) when s is at most n bytes, else show of its first n
// bytes (cut at a character) followed by "…" and its length: how every
// message and report repeats a value that may be huge (a 4 MB title, an
// 8 MB PDF author) without repeating it whole.
func Shorten(s string, n int, show func(string) string) string {
	if len(s) <= n {
		return show(s)
	}
	return fmt.Sprintf("%s… (%d bytes)", show(Prefix(s, n)), len(s))
}

// Prefix is s, or its first n bytes when it is longer, cut back to where a
// character starts so that no character is split.
func Prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
