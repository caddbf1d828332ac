// Package thesaurus holds the vocabulary of children and young people's
// health services in England: acronyms and their spelled-out forms
// (CAMHS, child and adolescent mental health services), synonyms, and the
// names of bodies that have been renamed (CCGs became ICBs in July 2022).
// Officers type acronyms and reports spell them out, or use a body's old
// name; a search widens a term to its entry's other forms and says so.
//
// The bundled thesaurus is corpus/thesaurus.yaml; a library may add entries
// or replace one with a thesaurus.yaml of its own. Problems are reported as
// file:line: message, as for sources.
package thesaurus

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/plainfile"
	"github.com/cypx/cypx/internal/yamlerr"
)

// File is the name of the thesaurus in a corpus folder.
const File = "thesaurus.yaml"

// MaxFileBytes bounds a thesaurus file: the bundled one is some 20 KB.
const MaxFileBytes = 8 << 20

// MaxEntryTerms bounds the terms of one entry, and MaxForms the forms a
// typed term widens to (a term may be in several entries). Each form is
// one more clause of every search of the term: an entry of 2,000 terms,
// 300 of them in a query, took 14 s and 990 MB to search. The bundled
// entries hold at most 8 terms.
const (
	MaxEntryTerms = 64
	MaxForms      = 256
)

// Entry is one set of terms that name the same thing.
type Entry struct {
	// Terms are the forms, the usual one first.
	Terms []string
	// Gloss says in one line what the terms name.
	Gloss string
	// Source is where the meaning is defined.
	Source string
	// Note tells of a rename or an ambiguity, when there is one.
	Note string
	// File and Line say where the entry was written.
	File string
	Line int
}

// Head is the entry's usual term.
func (e Entry) Head() string { return e.Terms[0] }

// Problem is something wrong in a thesaurus file.
type Problem struct {
	File    string
	Line    int
	Message string
}

func (p Problem) Error() string { return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Message) }

// Thesaurus is a set of entries, looked up by any of their terms.
type Thesaurus struct {
	entries []Entry
	byTerm  map[string][]int // by key(term)
}

// Entries lists every entry, in the order written (library entries last).
func (t *Thesaurus) Entries() []Entry { return t.entries }

// Digest is a hash of the entries' terms: what extraction reads of the
// thesaurus (the forms it normalises figure records with), so an index
// cache can tell when its records were normalised with other forms. A nil
// thesaurus has the digest of none.
func (t *Thesaurus) Digest() string {
	h := sha256.New()
	if t != nil {
		for _, e := range t.entries {
			for _, term := range e.Terms {
				h.Write([]byte(term))
				h.Write([]byte{0})
			}
			h.Write([]byte{1})
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// Parse reads a thesaurus file. Entries with problems are left out and
// the rest kept, so one typo never hides the whole vocabulary.
func Parse(file string, data []byte) (*Thesaurus, []Problem) {
	var problems []Problem
	bad := func(line int, format string, args ...any) {
		problems = append(problems, Problem{File: file, Line: line, Message: fmt.Sprintf(format, args...)})
	}
	// A line break or control written as it is is a problem at its line,
	// and the line read without it, as in a source's front matter
	// (yamlerr.RawLines): YAML folded a raw NEL, U+2028, U+2029 or lone
	// carriage return inside a term into a space, and one at a term's
	// edge was trimmed, unsaid (hostile check 42).
	data = []byte(yamlerr.RawLines(string(data), func(n int, written, read string) {
		bad(n, "%s", yamlerr.RawMessage("line", written, read))
	}))
	root, err := yamlerr.Document(data)
	if err != nil {
		line, msg := yamlerr.Split(err)
		bad(max(line, 1), "%s", msg)
		// A second document is reported; the first is read, as a
		// broken entry leaves the others.
		if _, second := errors.AsType[*yamlerr.SecondDocument](err); !second {
			return build(nil), problems
		}
	}
	// A key given twice is told at its line; the entry is read as the
	// parser leaves it (the last of the two).
	for _, d := range yamlerr.Duplicates(root) {
		bad(d.Line, "%s", d.Message())
	}
	if len(root.Content) == 0 {
		bad(1, "empty thesaurus: want 'entries:' and a list")
		return build(nil), problems
	}
	top := root.Content[0]
	var list *yaml.Node
	for i := 0; top.Kind == yaml.MappingNode && i+1 < len(top.Content); i += 2 {
		if k := top.Content[i]; k.Value == "entries" {
			list = top.Content[i+1]
		} else {
			bad(k.Line, "unknown key %q (known: entries)", k.Value)
		}
	}
	if list == nil || list.Kind != yaml.SequenceNode {
		bad(top.Line, "want 'entries:' and a list of entries")
		return build(nil), problems
	}
	var entries []Entry
	for _, n := range list.Content {
		// An entry with a key of the wrong shape is left out, its other
		// problems reported too: every problem of an entry is said at
		// once, not the first alone (hostile check 47).
		raw, ok := entryFields(n, bad)
		// A line break or an escape sequence in a gloss, source or note is
		// a problem, and it is cleaned here too (as a source's metadata is),
		// so that 'cypx thesaurus' and the explorer never print fake lines
		// from a library's file that is used despite the problem.
		e := Entry{File: file, Line: n.Line}
		unsafe := false
		for _, f := range [...]struct{ in, out *string }{{&raw.Gloss, &e.Gloss}, {&raw.Source, &e.Source}, {&raw.Note, &e.Note}} {
			v := strings.TrimSpace(*f.in)
			clean, changed := evidence.CleanLine(v)
			unsafe = unsafe || changed
			*f.out = clean
		}
		seen := map[string]bool{}
		for _, term := range raw.Terms {
			// The control is looked for before the term's spaces are
			// folded: folding made "long\u2028wait" (or a NEL, a tab, a
			// vertical tab, a form feed, a carriage return or a line feed
			// inside a term) "long wait" unsaid, where an escape was a
			// problem at its line and a themes.yaml term's line break an
			// error (round 41, held-out check). Only the spaces and line
			// breaks a YAML file is laid out with, at a term's ends, go
			// unsaid.
			written := strings.Trim(term, " \t\r\n")
			term = strings.Join(strings.Fields(term), " ")
			switch {
			case term == "":
				bad(n.Line, "an empty term")
			case evidence.HasUnsafe(written):
				bad(n.Line, "term %q holds a line break or a control or invisible character", written)
			case seen[key(term)]:
				bad(n.Line, "term %q given twice in one entry", term)
			default:
				seen[key(term)] = true
				e.Terms = append(e.Terms, term)
			}
		}
		if len(e.Terms) > MaxEntryTerms {
			bad(n.Line, "entry %q has %d terms: at most %d are read (split it into entries of one meaning each)", e.Head(), len(e.Terms), MaxEntryTerms)
			e.Terms = e.Terms[:MaxEntryTerms]
		}
		// Each problem is its own: before, one switch said the first
		// alone, and a gloss's control character went unsaid beside a
		// bad term (hostile check 47). What a key of the wrong shape
		// left empty is not reported missing.
		entry := "the entry"
		if len(e.Terms) > 0 {
			entry = fmt.Sprintf("entry %q", e.Head())
		}
		if ok {
			switch {
			case len(e.Terms) == 0:
				bad(n.Line, "an entry needs terms")
			case len(e.Terms) == 1 && e.Note == "":
				bad(n.Line, "entry %q has one term: give its other forms, or a note saying why it stands alone", e.Terms[0])
			}
			if e.Gloss == "" {
				bad(n.Line, "%s needs a gloss: one line saying what it names", entry)
			}
			if e.Source == "" {
				bad(n.Line, "%s needs a source: where its meaning is defined", entry)
			}
		}
		if unsafe {
			bad(n.Line, "%s: its gloss, source or note holds a control or invisible character (removed)", entry)
		}
		if !ok || len(e.Terms) == 0 {
			continue
		}
		entries = append(entries, e)
	}
	return build(entries), problems
}

// rawEntry is an entry as written.
type rawEntry struct {
	Terms               []string
	Gloss, Source, Note string
}

// entryFields reads one entry's keys, reporting unknown keys and values of
// the wrong shape at their own lines.
func entryFields(n *yaml.Node, bad func(int, string, ...any)) (rawEntry, bool) {
	var raw rawEntry
	if n.Kind != yaml.MappingNode {
		bad(n.Line, "an entry must be keys (terms, gloss, source, note), not %q", n.Value)
		return raw, false
	}
	ok := true
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case "terms":
			if v.Kind != yaml.SequenceNode {
				bad(k.Line, "terms: want a list, as in [CAMHS, CYPMHS]")
				ok = false
				continue
			}
			for _, t := range v.Content {
				if t.Kind != yaml.ScalarNode {
					bad(t.Line, "terms: each term is a word or phrase")
					ok = false
					continue
				}
				// Its value is the base64 as written, which passed
				// for a term: "!!binary SGVsbG8=" searched "SGVsbG8=".
				if msg := yamlerr.Binary("terms", t); msg != "" {
					bad(t.Line, "%s", msg)
					ok = false
					continue
				}
				raw.Terms = append(raw.Terms, t.Value)
			}
		case "gloss", "source", "note":
			if v.Kind != yaml.ScalarNode {
				bad(k.Line, "%s: want one line of text", k.Value)
				ok = false
				continue
			}
			if msg := yamlerr.Binary(k.Value, v); msg != "" {
				bad(v.Line, "%s", msg)
				ok = false
				continue
			}
			*map[string]*string{"gloss": &raw.Gloss, "source": &raw.Source, "note": &raw.Note}[k.Value] = v.Value
		default:
			bad(k.Line, "unknown key %q (known: terms, gloss, source, note)", k.Value)
			ok = false
		}
	}
	return raw, ok
}

// Load reads a thesaurus file from a file system.
func Load(fsys fs.FS, name string) (*Thesaurus, []Problem, error) {
	data, err := plainfile.ReadFS(fsys, name, MaxFileBytes)
	if err != nil {
		return nil, nil, err
	}
	t, probs := Parse(name, data)
	return t, probs, nil
}

// With returns the thesaurus with another's entries added: an entry whose
// head is the head of one of t's replaces it, the others are added.
func (t *Thesaurus) With(more *Thesaurus) *Thesaurus {
	if more == nil {
		return t
	}
	replaced := map[string]bool{}
	for _, e := range more.entries {
		replaced[key(e.Head())] = true
	}
	var out []Entry
	for _, e := range t.entries {
		if !replaced[key(e.Head())] {
			out = append(out, e)
		}
	}
	return build(append(out, more.entries...))
}

func build(entries []Entry) *Thesaurus {
	t := &Thesaurus{entries: entries, byTerm: map[string][]int{}}
	for i, e := range entries {
		for _, term := range e.Terms {
			k := key(term)
			if n := len(t.byTerm[k]); n == 0 || t.byTerm[k][n-1] != i {
				t.byTerm[k] = append(t.byTerm[k], i)
			}
		}
	}
	return t
}

// key is how terms are compared: case and curly apostrophes folded, and
// the invisible characters left out (see read).
func key(term string) string {
	return strings.ToLower(strings.ReplaceAll(read(term), "’", "'"))
}

// read is a typed term as a reader sees it: without the characters drawn
// as nothing inside a word (evidence.Ignorable: a soft hyphen, a zero-width
// space or joiner, a variation selector), which the search index leaves out
// of its words too. "au\u00adtism" typed or pasted was in no entry, so a
// search for it was not widened to ASD though it found autism's items
// (hostile check 48).
func read(term string) string { return evidence.WithoutIgnorable(term) }

// isAcronym reports a term written in capitals (CAMHS, A&E, NHSE/I, SENCo).
func isAcronym(term string) bool {
	upper, letters := 0, 0
	for _, r := range term {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
		if unicode.IsSpace(r) {
			return false
		}
	}
	return letters > 0 && upper*2 > letters
}

// Lookup finds the entries a typed term belongs to. Case does not matter,
// except that an acronym of one or two letters (ED, LA, OT) matches only
// when typed in capitals: "la" or "ot" typed in lower case are more likely
// words than bodies ("a&e", joined, is no word: it matches A&E).
func (t *Thesaurus) Lookup(typed string) []Entry {
	typed = strings.Join(strings.Fields(read(typed)), " ")
	var out []Entry
	for _, i := range t.byTerm[key(typed)] {
		e := t.entries[i]
		if t.matches(e, typed) {
			out = append(out, e)
		}
	}
	return out
}

// matches reports whether the typed form may stand for one of the entry's
// terms under the case rule of Lookup.
func (t *Thesaurus) matches(e Entry, typed string) bool {
	for _, term := range e.Terms {
		if key(term) != key(typed) {
			continue
		}
		letters := 0
		for _, r := range term {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		// Letters joined by '&' or '+' ("a&e") are no word in any case.
		if isAcronym(term) && letters <= 2 && typed != term && !strings.ContainsAny(term, "&+") {
			continue
		}
		return true
	}
	return false
}

// Expansion is what a typed term widens to.
type Expansion struct {
	// Typed is the term as typed.
	Typed string
	// Forms are the other terms of its entries, without the typed one.
	Forms []string
	// Entries are the entries it belongs to; more than one means the term
	// is ambiguous (ED: emergency department or eating disorder).
	Entries []Entry
}

// Ambiguous reports a term that belongs to more than one entry.
func (x Expansion) Ambiguous() bool { return len(x.Entries) > 1 }

// Expand widens a typed term to the other forms of its entries; the zero
// Expansion when the term is in none.
func (t *Thesaurus) Expand(typed string) Expansion {
	entries := t.Lookup(typed)
	if len(entries) == 0 {
		return Expansion{}
	}
	x := Expansion{Typed: typed, Entries: entries}
	seen := map[string]bool{key(typed): true}
	for _, e := range entries {
		for _, term := range e.Terms {
			if len(x.Forms) == MaxForms {
				return x
			}
			if !seen[key(term)] {
				seen[key(term)] = true
				x.Forms = append(x.Forms, term)
			}
		}
	}
	return x
}

// Find lists the entries any of whose terms, glosses or notes hold the
// text (case folded), for 'cypx thesaurus TERM'; every entry when the text
// is empty.
func (t *Thesaurus) Find(text string) []Entry {
	k := strings.TrimSpace(key(text))
	if k == "" && strings.TrimSpace(text) != "" {
		return nil // only invisible characters: no term, not every entry
	}
	var exact, partial []Entry
	for i, e := range t.entries {
		if k == "" {
			exact = append(exact, e)
			continue
		}
		if _, ok := t.byTerm[k]; ok && contains(t.byTerm[k], i) {
			exact = append(exact, e)
			continue
		}
		if strings.Contains(key(strings.Join(e.Terms, "\n")+"\n"+e.Gloss+"\n"+e.Note), k) {
			partial = append(partial, e)
		}
	}
	sort.SliceStable(partial, func(a, b int) bool { return key(partial[a].Head()) < key(partial[b].Head()) })
	return append(exact, partial...)
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
