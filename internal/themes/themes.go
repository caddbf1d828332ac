// Package themes loads the theme taxonomy (themes.yaml) and tags evidence
// items with the themes whose signal terms they contain.
//
// Terms are matched on whole words, phrase by phrase, after English
// stemming, so "waiting lists", "waiting list" and "long waits" all match
// their terms; a term word written in capitals (ADHD, SEND, LTWP) is an
// acronym and matches only itself, so the verb "send" never signals SEND.
//
// A term may leave room for a few words ("publish ... waiting times" is
// also "publish their community waiting times"), a phrase never ends on a
// possessive ("a survey of 118 children’s services" asked no children)
// though a name may ("the Department for Education’s strategy"),
// and a term written "~word" counts only in an item's own words, never in
// a heading or title, where such a word is a headline's.
//
// A table row takes the themes of its table's header row. An item whose
// own words signal no theme, such as a table row or a short statistic
// that leans on what comes before it, takes those of its section heading
// too, and, when it points back ("That is a rise of 53%"), those of the
// item before it; a bare share that says something ("Almost half (47%)
// said ...") takes the voice of the survey finding before it. A document's
// title lends only the subjects listed in title_themes (none in the
// bundled taxonomy), a heading that names a service area or population
// ("CAMHS", "Children with SEND") gives that theme to every item under it
// (scope_themes), a heading that says who spoke ("What young people told
// us") gives voice to a finding that reports what was said or counts
// those who answered ("61% had waited"), and a
// recommendation asked only of national bodies is national policy (asks).
package themes

import (
	"cmp"
	"errors"
	"fmt"
	"github.com/cypx/cypx/internal/lazyre"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/plainfile"
	"github.com/cypx/cypx/internal/yamlerr"
)

// Version changes whenever tagging would give other themes for the same
// taxonomy file, so that indexes tagged by an older tagger are rebuilt.
const Version = 28 // 21: words read through format characters (tokenize); 22: and through every invisible character (evidence.Ignorable); 23: themes round 60 (terms narrowed by sense, model retrained); 24: themes round 61 (terms narrowed by sense, region names, model retrained); 25: themes round 62 (terms narrowed by sense, model retrained); 26: themes round 63 (terms narrowed by sense, model retrained); 27: themes round 64 (terms narrowed by sense, four labels relabelled, model retrained); 28: themes round 100 (per-theme model thresholds for transitions and funding, prevention and voice terms, model retrained)

// Theme is one entry of the taxonomy.
type Theme struct {
	ID    string `yaml:"id" json:"id"`
	Label string `yaml:"label" json:"label"`
	// Short is the label in the explorer's theme bar; Label when empty.
	Short       string   `yaml:"short" json:"short,omitempty"`
	Description string   `yaml:"description" json:"description"`
	Terms       []string `yaml:"terms" json:"terms"`
}

// Name is a name that holds theme words but signals only its own themes:
// "Department of Health and Social Care" is national policy, not social
// care; "integrated care board" names a body, not integration.
type Name struct {
	Name   string   `yaml:"name" json:"name"`
	Themes []string `yaml:"themes" json:"themes"`
	// NoUnits marks a name that says whose money an item's sums are when
	// they are not a service's: an item whose own words hold it takes no
	// theme from its figures' units ("had paid for a private assessment,
	// at a median cost of £1,950" is what a family paid, not funding).
	NoUnits bool `yaml:"no_units" json:"no_units,omitempty"`
}

// Ask gives themes to a recommendation by whom it is addressed to: one
// asked only of national bodies (the Government, DHSC, NHS England) asks
// for national policy, whatever its verb ("fund youth-friendly drop-in
// services in every ICB area", listed under "We call on the Government
// to:"), unless its words signal one of the Unless themes (asking NHS
// England to publish waiting times asks for data, not policy).
type Ask struct {
	// Actors are the addressees; a recommendation takes the themes when
	// at least one of its actors is among them and every other is Other
	// (a body the extractor does not place, such as a ministry).
	Actors []evidence.Actor `yaml:"actors" json:"actors"`
	Themes []string         `yaml:"themes" json:"themes"`
	Unless []string         `yaml:"unless" json:"unless,omitempty"`
}

// Taxonomy is a loaded themes.yaml, ready to tag text.
type Taxonomy struct {
	Themes []Theme
	// Names are matched before terms; their words signal nothing else.
	Names []Name
	// UnitThemes tag an item by the units of its figures: a sum of money
	// is about funding whatever words surround it.
	UnitThemes map[evidence.Unit][]string
	// HeadingCarry maps a theme to the words that carry it from an item's
	// section heading to the item although the item's words have theme
	// words of their own: under "What young people told us", "58% said
	// they had waited too long" reports what young people said.
	HeadingCarry map[string][]string
	// carry holds HeadingCarry's words in lower case, by theme index.
	carry map[int]map[string]bool
	// Asks give themes to recommendations by their addressees.
	Asks []Ask
	// TitleThemes are the subjects (mental health, SEND...) an item takes
	// from its document's title when neither its words nor where it
	// stands name one.
	TitleThemes []string
	// ScopeThemes are the themes a section heading gives every item under
	// it, even one whose own words signal other themes. A heading that
	// names a service area or population ("CAMHS", "Children with SEND",
	// "Health visiting") says what each finding beneath it is about; one
	// that names a topic ("Waiting times", "Funding") does not, and lends
	// its themes only to an item with none of its own.
	ScopeThemes []string
	// Problems are the problems that left part of the file out (a theme
	// with a broken field, the themes past MaxThemes); they are warnings,
	// said by 'cypx check' and wherever the taxonomy is loaded.
	Problems []Problem
	// RulesOnly keeps the learned model out of tagging, so the rules can
	// be measured alone.
	RulesOnly bool
	byID      map[string]int
	// terms are the terms and names as written, in taxonomy order, each
	// checked by Parse; termIndex indexes them when tagging first needs
	// them. Stemming and indexing the 6,000 terms the bundled taxonomy
	// spells out was most of reading it, and most commands never tag (a
	// search of the cached index only names the themes).
	terms     []writtenTerm
	indexOnce sync.Once
	// index maps the key of a term's first word to the terms starting with
	// it; names are terms too, with several themes or none. Read it
	// through termIndex.
	index map[string][]term
	// alternatives counts the terms the taxonomy's braces spell out.
	alternatives int
	stems        stemCache
	// places remembers the themes of headers, headings and titles: every
	// item of a section asks for the same few.
	places sync.Map
	// learnOnce sets model, the learned model when it fits the taxonomy.
	learnOnce sync.Once
	model     *model
}

type term struct {
	themes []int
	words  []termWord
	// name marks a Name: its words are used up, not matched again.
	name bool
	// noUnits marks a Name whose item takes no theme from its figures'
	// units (Name.NoUnits).
	noUnits bool
	// own marks a term written "~word": it signals its theme only in an
	// item's own words, never from a heading or a title, where such a word
	// is a headline's ("Not just a crisis" is not about mental health).
	own bool
}

type termWord struct {
	key     string // the stem, the acronym itself, or the exact word
	acronym bool
	// gap lets up to maxGap other words stand before this one: "fewer
	// ... health visitors" is "30% fewer health visitors" and "fewer than
	// 60 health visitors".
	gap bool
	// exact words match as written (in any case), unstemmed: the stem of
	// "accountable" is "account", which "take into account" also has.
	exact bool
	// number stands for a number in digits, as "<n>" in a term: "survey
	// of <n> parents" is "survey of 1,018 parents" (a number grouped in
	// thousands is several words).
	number bool
}

// MaxFileBytes bounds a themes.yaml: the bundled taxonomy is some 40 KB.
const MaxFileBytes = 8 << 20

// MaxIDBytes bounds a theme's id. An id is a keyword of the index (one
// term of its dictionary, built a byte at a time): a 3 MB id took 29 s and
// 684 MB to index a single item. The bundled ids are at most 16 bytes.
const MaxIDBytes = 64

var idRe = lazyre.New(`^[a-z0-9][a-z0-9-]*$`)

// Load reads themes.yaml from the top of a corpus folder.
func Load(fsys fs.FS, name string) (*Taxonomy, error) {
	data, err := plainfile.ReadFS(fsys, name, MaxFileBytes)
	if err != nil {
		return nil, err
	}
	return Parse(name, data)
}

// Parse reads a taxonomy; errors name the file and line.
func Parse(file string, data []byte) (*Taxonomy, error) {
	var doc struct {
		Themes       []yaml.Node          `yaml:"themes"`
		Names        []yaml.Node          `yaml:"names"`
		UnitThemes   map[string]yaml.Node `yaml:"unit_themes"`
		TitleThemes  yaml.Node            `yaml:"title_themes"`
		ScopeThemes  yaml.Node            `yaml:"scope_themes"`
		HeadingCarry map[string]yaml.Node `yaml:"heading_carry"`
		Asks         []yaml.Node          `yaml:"asks"`
	}
	// A line break or control written as it is is a problem at its line,
	// by the rule of a source's front matter (yamlerr.RawLines), as a
	// label's or term's escaped one is: YAML folded a raw NEL, U+2028,
	// U+2029 or lone carriage return inside a term or label into a space,
	// and one at its edge was trimmed, unsaid (hostile check 42). Within a
	// theme it leaves that theme out (below); elsewhere it is an error.
	raw := map[int]string{}
	var rawLines []int
	text := yamlerr.RawLines(string(data), func(n int, written, read string) {
		raw[n] = yamlerr.RawMessage("line", written, read)
		rawLines = append(rawLines, n)
	})
	root, err := yamlerr.Document([]byte(text))
	if err != nil {
		return nil, syntaxError(file, err)
	}
	if len(root.Content) == 0 {
		return nil, fmt.Errorf("%s: no themes", file)
	}
	// Every fault of the file is gathered, each at its line, and the
	// reading goes on past it: 'cypx check' told the first fault of a
	// file no command could use and stopped there, the others found one
	// fix at a time (hostile check 56). A fault outside a theme, or a
	// file with no theme left, still stops every other command.
	var errs []error
	fault := func(err error) { errs = append(errs, err) }
	for _, d := range yamlerr.Duplicates(root) {
		fault(fmt.Errorf("%s:%d: %s", file, d.Line, d.Message()))
	}
	for _, err := range decodeFields(file, root.Content[0], &doc) {
		fault(err)
	}
	if len(doc.Themes) == 0 {
		if len(errs) > 0 {
			return nil, newFileError(file, errs[0], nil, errs)
		}
		return nil, fmt.Errorf("%s: no themes", file)
	}
	t := &Taxonomy{byID: map[string]int{}, stems: stemCache{m: map[string]string{}}}
	// A theme with a problem is left out with a warning at its line, as a
	// source with a problem is: one broken entry stopped every command.
	// What names a theme left out (a name, an ask) passes over it.
	leftOut := map[string]bool{}
	// idLines is the line of each id's first theme, kept or left out: a
	// theme left out for another fault still holds its id, and the same
	// id again was told only once the first was mended (hostile check 59).
	idLines := map[string]int{}
	var firstErr error // the first problem as an error, for a file with no theme left
	for k := range doc.Themes {
		n := &doc.Themes[k]
		var twice error
		if id := fieldValue(n, "id"); id != "" {
			if first, ok := idLines[id]; ok {
				twice = fmt.Errorf("%s:%d: %s", file, n.Line, idTwice(id, first, t.has(id)))
			} else {
				idLines[id] = n.Line
			}
		}
		if len(t.Themes) == MaxThemes {
			t.Problems = append(t.Problems, Problem{File: file, Line: n.Line, Message: fmt.Sprintf(
				"more than %d themes: this theme and the %d after it are left out (a themes.yaml holds at most %d)", MaxThemes, len(doc.Themes)-k-1, MaxThemes)})
			for _, m := range doc.Themes[k:] {
				leftOut[fieldValue(&m, "id")] = true
			}
			break
		}
		first, last := n.Line, lastLine(n)
		if i := slices.IndexFunc(rawLines, func(l int) bool { return l >= first && l <= last }); i >= 0 {
			line := rawLines[i]
			firstErr = cmp.Or(firstErr, fmt.Errorf("%s:%d: %s", file, line, raw[line]))
			if twice != nil {
				t.Problems = append(t.Problems, problemOf(file, twice))
			}
			// Each of the theme's lines is said, not the first alone.
			for _, l := range rawLines[i:] {
				if l <= last {
					t.Problems = append(t.Problems, Problem{File: file, Line: l, Message: leftOutMessage(fieldValue(n, "id"), raw[l])})
				}
			}
			leftOut[fieldValue(n, "id")] = true
			rawLines = slices.DeleteFunc(rawLines, func(l int) bool { return l >= first && l <= last })
			continue
		}
		if errs := t.addTheme(file, n, twice); len(errs) > 0 {
			firstErr = cmp.Or(firstErr, errs[0])
			for _, err := range errs {
				p := problemOf(file, err)
				if err != twice { // it says itself which copy is left out
					p.Message = leftOutMessage(fieldValue(n, "id"), p.Message)
				}
				t.Problems = append(t.Problems, p)
			}
			if id := fieldValue(n, "id"); !t.has(id) {
				leftOut[id] = true
			}
		}
	}
	for _, l := range rawLines {
		fault(fmt.Errorf("%s:%d: %s", file, l, raw[l]))
	}
	// known keeps the ids of themes read, passing over those left out
	// (already warned of); any other id is unknown, a fault at line.
	// Every unknown id of the list is told, not the first alone.
	known := func(ids []string, line int, what string) ([]string, bool) {
		var out []string
		ok := true
		for _, id := range ids {
			switch {
			case t.has(id):
				out = append(out, id)
			case !leftOut[id]:
				fault(fmt.Errorf("%s:%d: %s: unknown theme %q", file, line, what, id))
				ok = false
			}
		}
		if !ok {
			return nil, false
		}
		return out, true
	}
	for _, n := range doc.Names {
		var nm Name
		if es := decodeFields(file, &n, &nm); len(es) > 0 {
			errs = append(errs, es...)
			continue
		}
		tm := term{name: true, noUnits: nm.NoUnits}
		var ok bool
		if nm.Themes, ok = known(nm.Themes, n.Line, fmt.Sprintf("name %q", nm.Name)); !ok {
			continue
		}
		for _, id := range nm.Themes {
			tm.themes = append(tm.themes, t.byID[id])
		}
		if err := cmp.Or(termProblem(nm.Name), t.countAlternatives(nm.Name)); err != nil {
			fault(fmt.Errorf("%s:%d: name %s %w", file, n.Line, evidence.QuoteInput(nm.Name), err))
			continue
		}
		t.addTerm(tm, nm.Name)
		t.Names = append(t.Names, nm)
	}
	t.UnitThemes = map[evidence.Unit][]string{}
	for unit, n := range doc.UnitThemes {
		var ids []string
		if err := n.Decode(&ids); err != nil {
			fault(fmt.Errorf("%s:%d: unit_themes: want a list, as in [a, b]", file, n.Line))
			continue
		}
		if !slices.Contains(evidence.Units, evidence.Unit(unit)) {
			fault(fmt.Errorf("%s:%d: unit_themes: unknown unit %q", file, n.Line, unit))
			continue
		}
		if ids, ok := known(ids, n.Line, "unit_themes"); ok {
			t.UnitThemes[evidence.Unit(unit)] = ids
		}
	}
	t.HeadingCarry = map[string][]string{}
	t.carry = map[int]map[string]bool{}
	for id, n := range doc.HeadingCarry {
		var words []string
		if err := n.Decode(&words); err != nil {
			fault(fmt.Errorf("%s:%d: heading_carry: want a list, as in [a, b]", file, n.Line))
			continue
		}
		kept, ok := known([]string{id}, n.Line, "heading_carry")
		if !ok || len(kept) == 0 {
			continue
		}
		i := t.byID[id]
		t.carry[i] = map[string]bool{}
		var carried []string
		for k, w := range words {
			if err := carryWordProblem(w); err != nil {
				line := n.Line
				if n.Kind == yaml.SequenceNode && k < len(n.Content) {
					line = n.Content[k].Line
				}
				t.Problems = append(t.Problems, Problem{File: file, Line: line, Message: fmt.Sprintf(
					"heading_carry: theme %q: word %s left out: it %v", id, evidence.QuoteInput(w), err)})
				continue
			}
			carried = append(carried, w)
			t.carry[i][strings.ToLower(tokenize(w)[0].text)] = true
		}
		t.HeadingCarry[id] = carried
	}
	for _, n := range doc.Asks {
		var a Ask
		if es := decodeFields(file, &n, &a); len(es) > 0 {
			errs = append(errs, es...)
			continue
		}
		// Each part of the ask is checked whatever the others hold: an
		// unknown theme in 'unless:' was told only once 'themes:' was
		// mended (hostile check 59).
		good := true
		if len(a.Actors) == 0 || len(a.Themes) == 0 {
			fault(fmt.Errorf("%s:%d: asks: an ask needs actors and themes", file, n.Line))
			good = false
		}
		if i := slices.IndexFunc(a.Actors, func(actor evidence.Actor) bool { return !slices.Contains(evidence.Actors, actor) }); i >= 0 {
			fault(fmt.Errorf("%s:%d: asks: unknown actor %q", file, n.Line, a.Actors[i]))
			good = false
		}
		themesOK, unlessOK := false, false
		a.Themes, themesOK = known(a.Themes, n.Line, "asks")
		a.Unless, unlessOK = known(a.Unless, n.Line, "asks: unless")
		if good && themesOK && unlessOK && len(a.Themes) > 0 {
			t.Asks = append(t.Asks, a)
		}
	}
	for _, l := range []struct {
		key string
		n   yaml.Node
		ids *[]string
	}{{"title_themes", doc.TitleThemes, &t.TitleThemes}, {"scope_themes", doc.ScopeThemes, &t.ScopeThemes}} {
		if l.n.Kind == 0 {
			continue
		}
		if err := l.n.Decode(l.ids); err != nil {
			fault(fmt.Errorf("%s:%d: %s: want a list, as in [a, b]", file, l.n.Line, l.key))
			continue
		}
		*l.ids, _ = known(*l.ids, l.n.Line, l.key)
	}
	if len(t.Themes) == 0 {
		// Nothing to tag with: the first problem is the file's error,
		// and every problem is told with it, those of the names and asks
		// too (they were not read before).
		return nil, newFileError(file, firstErr, t.Problems, errs)
	}
	if len(errs) > 0 {
		return nil, newFileError(file, errs[0], t.Problems, errs)
	}
	return t, nil
}

// FileError is a themes.yaml no command can use, with every fault found
// in it: those that stop it (a key outside a theme, a name of an unknown
// theme, no theme left) and the themes it would have left out. Its
// message is its first fault's, as a command says it; 'cypx check' tells
// them all, each at its line, and goes on to the corpus's sources.
type FileError struct {
	// Problems are every fault, in the order of their lines.
	Problems []Problem
	first    error
}

// Error is the first fault, and how many more there are.
func (e *FileError) Error() string {
	if more := len(e.Problems) - 1; more > 0 {
		s := "s"
		if more == 1 {
			s = ""
		}
		return fmt.Sprintf("%v (and %d more problem%s in it: 'cypx check' lists them all)", e.first, more, s)
	}
	return e.first.Error()
}

// newFileError makes the FileError whose message is first, of the themes
// left out (problems) and the faults that stop the file (errs).
func newFileError(file string, first error, problems []Problem, errs []error) *FileError {
	e := &FileError{first: first, Problems: slices.Clone(problems)}
	for _, err := range errs {
		e.Problems = append(e.Problems, problemOf(file, err))
	}
	slices.SortStableFunc(e.Problems, func(a, b Problem) int { return cmp.Compare(a.Line, b.Line) })
	return e
}

// MaxLabelRunes bounds a theme's label and short label, in characters.
// Both are drawn whole on one line (the explorer's theme bar and picker,
// 'cypx themes', packs and exports), where a label of megabytes was drawn
// and written as it was; a theme with a longer one is left out with a
// warning at its line, as a theme with any other broken field is.
const MaxLabelRunes = 120

// MaxThemes bounds the themes a themes.yaml holds: those past it are left
// out with one warning. Tagging looks at every theme whose term starts
// with a word of the item, so its time grows with the themes (3,000 themes
// whose terms are common words took 2 to 5 s to tag 664 items; 10,000
// took 26 s); the bundled taxonomy has 15.
const MaxThemes = 3000

// Problem is a problem with a themes.yaml that left part of it out: a
// theme with a broken field, or the themes past MaxThemes. The rest is
// read.
type Problem struct {
	File    string
	Line    int
	Message string
}

// Error formats the problem as file:line: message.
func (p Problem) Error() string { return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Message) }

// leftOutMessage says a theme is left out, and why.
func leftOutMessage(id, why string) string {
	if id == "" {
		return why + ": the theme is left out"
	}
	return fmt.Sprintf("%s: theme %s is left out", why, evidence.QuoteInput(id))
}

// idTwice says a theme id given twice, first on line first, and which
// copy is left out: this one, the first kept, or both when the first was
// left out for a fault of its own. Before, "theme "waiting" is left out"
// did not say which of the two (hostile check 60).
func idTwice(id string, first int, firstKept bool) string {
	q := evidence.QuoteInput(id)
	if firstKept {
		return fmt.Sprintf("theme id %s given twice: this theme is left out, and the first theme %s, on line %d, is kept", q, q, first)
	}
	return fmt.Sprintf("theme id %s given twice: both themes %s are left out, this one and the first, on line %d (left out for its own fault)", q, q, first)
}

// problemOf makes a Problem of an error Parse says as "file:line: …".
func problemOf(file string, err error) Problem {
	msg, _ := strings.CutPrefix(err.Error(), file+":")
	num, rest, ok := strings.Cut(msg, ": ")
	line, convErr := strconv.Atoi(num)
	if !ok || convErr != nil {
		return Problem{File: file, Message: strings.TrimPrefix(msg, " ")}
	}
	return Problem{File: file, Line: line, Message: rest}
}

// fieldValue is the value of a mapping node's key, "" when it has none
// or it is not a single value.
func fieldValue(n *yaml.Node, key string) string {
	if v := fieldNode(n, key); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return ""
}

// lastLine is the last line a node's text reaches.
func lastLine(n *yaml.Node) int {
	last := n.Line
	for _, c := range n.Content {
		last = max(last, lastLine(c))
	}
	return last
}

func (t *Taxonomy) has(id string) bool {
	_, ok := t.byID[id]
	return ok
}

// addTheme reads one theme of the themes list; on errors, each said at
// its line, nothing of it is kept. Every problem of the theme is said:
// before, the first alone was, and a theme with a bad label and three bad
// terms was one line, its terms' problems found one fix at a time
// (hostile check 47). twice, when not nil, says the theme's id was given
// before, told with the theme's other problems.
func (t *Taxonomy) addTheme(file string, n *yaml.Node, twice error) []error {
	var th Theme
	var errs []error
	bad := func(err error) { errs = append(errs, err) }
	if twice != nil {
		bad(twice)
	}
	if es := decodeFields(file, n, &th); len(es) > 0 {
		return append(errs, es...)
	}
	switch {
	case len(th.ID) > MaxIDBytes:
		bad(fmt.Errorf("%s:%d: theme id of %d bytes: at most %d", file, n.Line, len(th.ID), MaxIDBytes))
	case !idRe.MatchString(th.ID):
		bad(fmt.Errorf("%s:%d: theme id %q: use lower-case letters, digits and '-'", file, n.Line, th.ID))
	}
	if th.Label == "" {
		bad(fmt.Errorf("%s:%d: theme %q has no label", file, n.Line, th.ID))
	}
	if len(th.Terms) == 0 {
		bad(fmt.Errorf("%s:%d: theme %q has no terms", file, n.Line, th.ID))
	}
	// Labels are drawn on one line in the explorer, lists and packs: a
	// problem at the field's own line, naming the field and character.
	for _, f := range []struct{ key, value string }{{"label", th.Label}, {"short", th.Short}, {"description", th.Description}} {
		if v := strings.TrimSpace(f.value); evidence.HasUnsafe(v) {
			bad(fmt.Errorf("%s:%d: theme %q: its %s holds a line break or an invisible or control character (%s)", file, fieldLine(n, f.key), th.ID, f.key, unsafeRune(v)))
		}
	}
	for _, f := range []struct{ key, value string }{{"label", th.Label}, {"short", th.Short}} {
		if r := utf8.RuneCountInString(f.value); r > MaxLabelRunes {
			bad(fmt.Errorf("%s:%d: theme %q: its %s has %d characters: at most %d", file, fieldLine(n, f.key), th.ID, f.key, r, MaxLabelRunes))
		}
	}
	if th.Short == "" {
		th.Short = th.Label
	}
	terms, alternatives := len(t.terms), t.alternatives
	counting := true // past the taxonomy's bound, once said
	for k, s := range th.Terms {
		// A term with a control or invisible character matches nothing
		// a reader can see, and is shown in 'cypx themes': a problem
		// at the term's own line, as in the thesaurus.
		if evidence.HasUnsafe(strings.TrimSpace(s)) {
			bad(fmt.Errorf("%s:%d: theme %q: term %q holds a control or invisible character", file, termLine(n, k), th.ID, s))
			continue
		}
		if err := termProblem(s); err != nil {
			bad(fmt.Errorf("%s:%d: theme %q: term %s %w", file, termLine(n, k), th.ID, evidence.QuoteInput(s), err))
			continue
		}
		if counting {
			if err := t.countAlternatives(s); err != nil {
				bad(fmt.Errorf("%s:%d: theme %q: term %s %w", file, termLine(n, k), th.ID, evidence.QuoteInput(s), err))
				counting = t.alternatives <= MaxSpelled
				continue
			}
		}
		t.addTerm(term{themes: []int{len(t.Themes)}}, s)
	}
	if len(errs) > 0 {
		t.terms, t.alternatives = t.terms[:terms], alternatives
		return errs
	}
	t.byID[th.ID] = len(t.Themes)
	t.Themes = append(t.Themes, th)
	return nil
}

// writtenTerm is a term or name as the taxonomy writes it, with what it
// signals.
type writtenTerm struct {
	tm   term
	text string
}

// carryWordProblem says why a heading_carry word can carry nothing, nil
// when it can: carries matches each token of a heading (tokenize) against
// the words as written, so a word carries only if it is one token as
// written. Braces, a space, a gap or other characters that are not a
// word's ("{said,reported}", "said them", "...") and an invisible
// character ("sa\u200bid", which tokenize reads as "said") each made a
// word no heading could hold, which 'cypx check' passed (hostile check 50).
func carryWordProblem(w string) error {
	toks := tokenize(w)
	switch {
	case strings.ContainsAny(w, "{}"):
		return errors.New("holds braces, which heading_carry does not spell out: list each word, as in [said, reported]")
	case len(toks) == 0:
		return errors.New("has no word: a heading_carry word is one word of letters or digits")
	case len(toks) > 1:
		return fmt.Errorf("is %d words (%s): a heading_carry word is one word, matched alone; list each word", len(toks), tokenTexts(toks))
	case toks[0].text == w || toks[0].text == norm.NFC.String(w):
		// Read as tokenize reads a heading's words: composed.
		return nil
	case evidence.HasUnsafe(w):
		return fmt.Errorf("holds a control or invisible character (%s), which no heading's word holds", unsafeRune(w))
	}
	return fmt.Errorf("holds characters that are not a word's: write the word alone (%s)", evidence.QuoteInput(toks[0].text))
}

// tokenTexts lists tokens' words, for a message.
func tokenTexts(toks []token) string {
	words := make([]string, len(toks))
	for i, tok := range toks {
		words[i] = evidence.QuoteInput(tok.text)
	}
	return strings.Join(words, ", ")
}

// addTerm keeps a term or name for termIndex; termProblem has passed it.
func (t *Taxonomy) addTerm(tm term, text string) {
	t.terms = append(t.terms, writtenTerm{tm, text})
}

// termProblem says what is wrong with a term or name as written, nil when
// nothing is: a brace left open, closed without opening or opened inside
// another, which expand would keep as written, so the term matched
// nothing; or an alternative spelled out to nothing ("{waiting,}", "{}"),
// with no word ("...", "=", "~", an emoji), or opening with a number
// ("<n> waits"), each said so (wordProblem). Each is said naming the
// term (hostile check 48: an unclosed brace passed 'cypx check', and an
// empty term was said at its theme's line without naming it).
func termProblem(text string) error {
	open := false
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '{':
			if open {
				return errors.New("opens a brace inside a brace: alternatives are not nested")
			}
			open = true
		case '}':
			if !open {
				return errors.New("closes a brace it never opened")
			}
			open = false
		}
	}
	if open {
		return errors.New("opens a brace it never closes")
	}
	if err := wordProblem("", text, text, noEmpty); err != nil {
		return err
	}
	return trailingGapProblem(text, "", text)
}

// emptyKind is the last empty alternative wordProblem has followed: none,
// one of several in its braces left empty, or the one of braces holding
// nothing. It says why a term spelled out to nothing matches nothing.
type emptyKind int

const (
	noEmpty emptyKind = iota
	emptyAlternative
	emptyBraces
)

// wordProblem says why an alternative of head followed by tail's spelled
// out does not open with a word, or nil when every one does: spelled out
// to nothing by an empty alternative ("{waiting,}", "{}"), with no word
// ("..."), or opening with a number ("<n> waits"). term is the whole term
// as written; empty is the kind of the last empty alternative followed.
// Braces in head are written, not alternatives. Once head holds a word,
// every alternative opens with it (a word running on into what follows
// stays a word), unless head ends where a "<n>" could be completed; those
// that share their opening are not spelled out: most terms open with a
// brace, and one may spell out hundreds. It was a yes or no, said in all
// three cases as "no word to match: each alternative must open with a
// word, not a number", of "{waiting,}" too (hostile check 49).
func wordProblem(head, tail, term string, empty emptyKind) error {
	if !strings.HasSuffix(head, "<") && !strings.HasSuffix(head, "<n") {
		if words, _ := phraseWords(head, nil); len(words) > 0 {
			if err := numberProblem(words, head+tail, term); err != nil || !leadingGap(head) {
				return err
			}
			return gapProblem("opens", head+tail, term)
		}
	}
	open := strings.IndexByte(tail, '{')
	end := -1
	if open >= 0 {
		end = strings.IndexByte(tail[open:], '}')
	}
	if end < 0 {
		spelled := head + tail
		words, _ := phraseWords(spelled, nil)
		switch {
		case len(words) > 0:
			if err := numberProblem(words, spelled, term); err != nil || !leadingGap(spelled) {
				return err
			}
			return gapProblem("opens", spelled, term)
		case strings.TrimSpace(spelled) == "" && empty == emptyBraces:
			return errors.New("has empty braces, which spell out nothing to match: write the words between them")
		case strings.TrimSpace(spelled) == "" && empty == emptyAlternative:
			return errors.New("has an empty alternative, which spells out nothing to match: remove it (an empty alternative stands for a word left out only beside words outside its braces, as in \"{long,} waits\")")
		case spelled != term:
			return fmt.Errorf("has an alternative with no word to match (%s)", evidence.QuoteInput(strings.TrimSpace(spelled)))
		}
		return errors.New("has no word to match")
	}
	end += open
	alts := strings.Split(tail[open+1:end], ",")
	for _, alt := range alts {
		alt = strings.TrimSpace(alt)
		kind := empty
		if alt == "" {
			kind = emptyAlternative
			if len(alts) == 1 {
				kind = emptyBraces
			}
		}
		if err := wordProblem(head+tail[:open]+alt, tail[end+1:], term, kind); err != nil {
			return err
		}
	}
	return nil
}

// leadingGap reports whether text, a term or the opening of one, holds a
// "..." before its first word: phraseWords passes over it, so the gap
// stood for nothing and the term matched as if it were not written.
func leadingGap(text string) bool {
	text = strings.TrimPrefix(strings.TrimPrefix(text, "~"), "=")
	before, _, found := strings.Cut(text, "...")
	if !found {
		return false
	}
	words, _ := phraseWords(before, nil)
	return len(words) == 0
}

// trailingGapProblem says whether an alternative of head followed by
// tail's spelled out ends with a "..." after its last word, which stands
// for nothing as one at the opening does (leadingGap); wordProblem has
// passed the term, so each alternative has a word. It works from the
// term's end as wordProblem from its opening: once tail holds a word
// after its last "...", every alternative ends with it, and those that
// share their ending are not spelled out.
func trailingGapProblem(head, tail, term string) error {
	if strings.Contains(tail, "...") {
		if _, after := lastCut(tail, "..."); !hasWord(after) {
			return gapProblem("ends", head+tail, term)
		}
		return nil
	}
	if hasWord(tail) {
		return nil
	}
	end := strings.LastIndexByte(head, '}')
	open := -1
	if end >= 0 {
		open = strings.LastIndexByte(head[:end], '{')
	}
	if open < 0 {
		spelled := head + tail
		if _, after := lastCut(spelled, "..."); strings.Contains(spelled, "...") && !hasWord(after) {
			return gapProblem("ends", spelled, term)
		}
		return nil
	}
	for _, alt := range strings.Split(head[open+1:end], ",") {
		if err := trailingGapProblem(head[:open], strings.TrimSpace(alt)+head[end+1:]+tail, term); err != nil {
			return err
		}
	}
	return nil
}

// hasWord reports whether text, part of a term, holds a word or a "<n>".
func hasWord(text string) bool {
	words, _ := phraseWords(text, nil)
	return len(words) > 0
}

// lastCut is strings.Cut at sep's last occurrence; before is s and after
// all of s when s has no sep.
func lastCut(s, sep string) (before, after string) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return "", s
	}
	return s[:i], s[i+len(sep):]
}

// gapProblem says a term, or an alternative of it (spelled, its opening
// or ending at least), opens or ends with a gap: a "..." stands for words
// between two of the term's, and before the first or after the last it
// matched nothing more, passed by 'cypx check' where "{waits,...}" was an
// error (hostile check 50).
func gapProblem(where, spelled, term string) error {
	const why = `a gap stands for words between two of a term's, as in "waits ... assessment"`
	if spelled = strings.TrimSpace(spelled); spelled != term {
		return fmt.Errorf("%s with a gap (\"...\") in an alternative (%s): %s", where, evidence.QuoteInput(spelled), why)
	}
	return fmt.Errorf("%s with a gap (\"...\"): %s", where, why)
}

// numberProblem is wordProblem's answer for an alternative (spelled, its
// opening at least) whose words are words: nil, unless the first is a
// number.
func numberProblem(words []termWord, spelled, term string) error {
	if !words[0].number {
		return nil
	}
	if spelled = strings.TrimSpace(spelled); spelled != term {
		return fmt.Errorf("opens with a number in an alternative (%s): each alternative must open with a word, not a number", evidence.QuoteInput(spelled))
	}
	return errors.New("opens with a number: each alternative must open with a word, not a number")
}

// termIndex is index, built on first use from the terms Parse checked:
// each term or name by its first word, once for each of its alternatives.
// A term written "=word" matches its words exactly, unstemmed.
func (t *Taxonomy) termIndex() map[string][]term {
	t.indexOnce.Do(func() {
		t.index = map[string][]term{}
		spelled := map[string]bool{}
		for _, w := range t.terms {
			for _, alt := range expand(w.text) {
				t.addPhrase(w.tm, alt, spelled)
			}
		}
	})
	return t.index
}

// MaxAlternatives bounds how many terms one term's braces spell out, and
// MaxSpelled how many a taxonomy's terms and names spell out in all. Each
// brace multiplies them: twenty "{a,b,c,d}" are 4^20, a trillion phrases,
// which held 'cypx check' and every start at 100% of a core without end.
// The bundled taxonomy's largest term spells out 576, and all of them
// 6,248.
const (
	MaxAlternatives = 10000
	MaxSpelled      = 200000
)

// countAlternatives adds the alternatives of a term or name to the
// taxonomy's count, an error past either bound.
func (t *Taxonomy) countAlternatives(text string) error {
	n := alternatives(text)
	if n > MaxAlternatives {
		return fmt.Errorf("spells out more than %d alternatives: split it", MaxAlternatives)
	}
	t.alternatives += n
	if t.alternatives > MaxSpelled {
		return fmt.Errorf("takes the taxonomy past %d terms, counting each alternative its braces spell out: use fewer terms or braces", MaxSpelled)
	}
	return nil
}

// alternatives is how many terms expand spells text out to, counted
// without spelling them, and capped past MaxAlternatives so the count
// cannot overflow.
func alternatives(text string) int {
	n := 1
	for {
		open := strings.IndexByte(text, '{')
		if open < 0 {
			return n
		}
		end := strings.IndexByte(text[open:], '}')
		if end < 0 {
			return n
		}
		n *= strings.Count(text[open:open+end], ",") + 1
		if n > MaxAlternatives {
			return MaxAlternatives + 1
		}
		text = text[open+end+1:]
	}
}

// expand spells out the alternatives of a term: "{parents,young people}
// told us" is "parents told us" and "young people told us". Who is speaking
// is what makes a finding the voice of children and families ("parents told
// us", not "managers told us"), and a list of every subject with every verb
// would bury the taxonomy; a brace without its partner (which termProblem
// refuses) is kept as written.
func expand(text string) []string {
	open := strings.IndexByte(text, '{')
	if open < 0 {
		return []string{text}
	}
	end := strings.IndexByte(text[open:], '}')
	if end < 0 {
		return []string{text}
	}
	end += open
	var out []string
	for _, alt := range strings.Split(text[open+1:end], ",") {
		for _, rest := range expand(text[end+1:]) {
			out = append(out, text[:open]+strings.TrimSpace(alt)+rest)
		}
	}
	return out
}

// maxGap is how many words a "..." in a term stands for at most: enough
// for "lost around 40% of its health visitors", few enough that the words
// stay in one clause.
const maxGap = 4

// addPhrase indexes one spelled-out term by its first word, unless
// spelled already holds its form; addTerm has checked it has words.
func (t *Taxonomy) addPhrase(tm term, text string, spelled map[string]bool) {
	var own bool
	tm.words, own = phraseWords(text, t.termWord)
	tm.own = tm.own || own
	first := tm.words[0].indexKey()
	// Alternatives that stem alike ("{require,requires,required}") spell
	// out the same term: keep it once, so that tagging does not try it
	// again at every word that starts it.
	// Keyed by the term's whole form, not by comparing it with every term
	// of its first word: a taxonomy may spell out thousands under one.
	key := tm.spelling()
	if spelled[key] {
		return
	}
	spelled[key] = true
	t.index[first] = append(t.index[first], tm)
}

// phraseWords spells one alternative of a term into its words, each
// token made a word by word (nil, for checking a term: only its first
// word, with no key); own says the term was written "~word". A "..."
// between words lets up to maxGap other words stand there.
func phraseWords(text string, word func(token) termWord) (words []termWord, own bool) {
	if strings.HasPrefix(text, "~") {
		own = true
		text = text[1:]
	}
	exact := strings.HasPrefix(text, "=")
	for k, part := range strings.Split(strings.TrimPrefix(text, "="), "...") {
		// The first word after a "..." may stand after a gap.
		gap := k > 0 && len(words) > 0
		add := func(w termWord) {
			w.gap, gap = gap, false
			words = append(words, w)
		}
		for m, piece := range strings.Split(part, "<n>") {
			if m > 0 {
				add(termWord{number: true})
			}
			for _, tok := range tokenize(piece) {
				if word == nil {
					add(termWord{})
					break
				}
				w := word(tok)
				if exact && !w.acronym {
					w = termWord{key: strings.ToLower(tok.text), exact: true}
				}
				add(w)
			}
			if word == nil && len(words) > 0 {
				return words, own
			}
		}
	}
	return words, own
}

// spelling is a term's whole form as a map key: its themes, its marks and
// each word with its own. It replaced fmt.Sprint of the term, which took a
// third of reading the taxonomy, and every start of cypx reads it. A field
// added to term or termWord must be added here too.
func (tm term) spelling() string {
	var b strings.Builder
	for _, id := range tm.themes {
		b.WriteString(strconv.Itoa(id))
		b.WriteByte(',')
	}
	b.WriteByte(flagByte(tm.name, tm.own, false, false))
	for _, w := range tm.words {
		b.WriteByte(0)
		b.WriteByte(flagByte(w.acronym, w.gap, w.exact, w.number))
		b.WriteString(w.key)
	}
	return b.String()
}

// flagByte packs up to four marks into one printable byte.
func flagByte(a, b, c, d bool) byte {
	f := byte('@')
	if a {
		f |= 1
	}
	if b {
		f |= 2
	}
	if c {
		f |= 4
	}
	if d {
		f |= 8
	}
	return f
}

func (w termWord) indexKey() string {
	switch {
	case w.acronym:
		return "A:" + w.key
	case w.exact:
		return "E:" + w.key
	}
	return "S:" + w.key
}

func (t *Taxonomy) termWord(tok token) termWord {
	if isAcronym(tok.text) {
		return termWord{key: tok.text, acronym: true}
	}
	return termWord{key: t.stems.stem(strings.ToLower(tok.text))}
}

// Theme returns the theme with an id.
func (t *Taxonomy) Theme(id string) (Theme, bool) {
	i, ok := t.byID[id]
	if !ok {
		return Theme{}, false
	}
	return t.Themes[i], true
}

// IDs lists the theme ids in taxonomy order.
func (t *Taxonomy) IDs() []string {
	ids := make([]string, len(t.Themes))
	for i, th := range t.Themes {
		ids[i] = th.ID
	}
	return ids
}

// Label is the label of a theme id, or the id itself when unknown.
func (t *Taxonomy) Label(id string) string {
	if th, ok := t.Theme(id); ok {
		return th.Label
	}
	return id
}

// ParseID is the theme id a flag or a filter names, read in any case as
// theme:SEND in a query is. The error quotes the value as it was given:
// lowered first, a byte of invalid UTF-8 became U+FFFD and the message
// showed "\ufffd" where --source and every other flag show "\x9b".
func (t *Taxonomy) ParseID(s string) (string, error) {
	id := strings.ToLower(s)
	if _, ok := t.byID[id]; ok {
		return id, nil
	}
	return "", fmt.Errorf("unknown theme %q (valid: %s)", s, ListIDs(t.IDs()))
}

// MaxListed bounds the theme ids an error lists: with thousands of themes
// (up to MaxThemes) the message was tens of KB.
const MaxListed = 30

// ListIDs writes theme ids for a message, the first MaxListed of them and
// how many more there are.
func ListIDs(ids []string) string {
	if len(ids) <= MaxListed {
		return strings.Join(ids, ", ")
	}
	return fmt.Sprintf("%s and %d more: 'cypx themes' lists them", strings.Join(ids[:MaxListed], ", "), len(ids)-MaxListed)
}

// Check returns an error listing the valid ids when id is not a theme.
func (t *Taxonomy) Check(id string) error {
	if _, ok := t.byID[id]; ok {
		return nil
	}
	return fmt.Errorf("unknown theme %q (valid: %s)", id, ListIDs(t.IDs()))
}

// Tag returns the ids of the themes whose terms occur in text, in taxonomy order.
func (t *Taxonomy) Tag(text string) []string {
	return t.tag(text, true, nil)
}

// Signal is why an item carries a theme: the words that matched one of
// the theme's terms or names, as they appear in the text, or the text of a
// figure whose unit signals it, or the addressee of an ask.
type Signal struct {
	Theme string
	Words string
	// From is where the words were found when not in the item's own
	// text: "header" (the header row of its table), "section" (its
	// section heading), "title" (its document's title), "figure" (a
	// figure's unit), "actor" (a recommendation's addressee, under
	// asks:) or "model" (the learned model, whose Words give its
	// probability: it added the theme); empty for its text.
	From string
}

// Explain lists the signals behind an item's themes, in the order TagItem
// weighs them, so a reader can see why it was filed where it was; the
// learned model's say comes last. It sees
// the item alone: the themes TagItems adds to an item that points back to
// the one before it are not among them.
func (t *Taxonomy) Explain(it evidence.Item) []Signal {
	var out []Signal
	t.itemThemes(it, func(s Signal) { out = append(out, s) })
	return out
}

// placeTags is tag for a header, heading or title, which many items share:
// it remembers the answer, except when seen must be told each match.
func (t *Taxonomy) placeTags(text string, seen func(theme int, words string)) []string {
	if seen != nil || len(text) > 512 {
		return t.tag(text, false, seen)
	}
	if ids, ok := t.places.Load(text); ok {
		return slices.Clone(ids.([]string))
	}
	ids := t.tag(text, false, nil)
	// A place that signals more themes than an item may hold is not
	// kept: with thousands of themes of common words each heading's list
	// held thousands of ids, for as long as the taxonomy is used.
	if len(ids) <= MaxItemThemes {
		t.places.Store(text, ids)
	}
	return slices.Clone(ids)
}

// tag finds the themes of text, telling seen (when set) each match; own
// says text is an item's own words, where terms written "~word" count too.
func (t *Taxonomy) tag(text string, own bool, seen func(theme int, words string)) []string {
	ids, _ := t.tagUnits(text, own, seen)
	return ids
}

// tagUnits is tag, also reporting whether a name that takes away the
// themes of the item's figures' units (Name.NoUnits) was found.
func (t *Taxonomy) tagUnits(text string, own bool, seen func(theme int, words string)) (ids []string, noUnits bool) {
	toks := tokenize(text)
	stems := make([]string, len(toks))
	for i, tok := range toks {
		stems[i] = t.stems.stem(strings.ToLower(tok.text))
	}
	hit := make([]bool, len(t.Themes))
	// Names first: the words of "Department of Health and Social Care"
	// are used up by the name, so "social care" is not matched in them.
	used := make([]bool, len(toks))
	// The terms that may start at each word, looked up once for both
	// passes: by its stem, as an acronym (only a word of capitals can
	// be one, with or without a plural "s") and as written.
	starts := make([][4][]term, len(toks))
	index := t.termIndex()
	for i, tok := range toks {
		st := &starts[i]
		st[0] = index["S:"+stems[i]]
		if isAcronym(tok.text) {
			st[1] = index["A:"+tok.text]
		}
		if trim := strings.TrimSuffix(tok.text, "s"); trim != tok.text && isAcronym(trim) {
			st[2] = index["A:"+trim]
		}
		st[3] = index["E:"+strings.ToLower(tok.text)]
	}
	for pass := range 2 {
		for i := range toks {
			if used[i] {
				continue
			}
			for _, terms := range starts[i] {
				for _, tm := range terms {
					if tm.name != (pass == 0) || tm.own && !own {
						continue
					}
					end := tm.matchAt(toks, stems, i)
					if end < 0 || anyUsed(used, i, end-i) {
						continue
					}
					for _, th := range tm.themes {
						hit[th] = true
						if seen != nil {
							seen(th, strings.Join(tokTexts(toks[i:end]), " "))
						}
					}
					if tm.name {
						noUnits = noUnits || tm.noUnits
						for j := i; j < end; j++ {
							used[j] = true
						}
					}
				}
			}
		}
	}
	ids = []string{}
	for i, h := range hit {
		if h {
			ids = append(ids, t.Themes[i].ID)
		}
	}
	return ids, noUnits
}

// TagItem returns an item's themes, in taxonomy order: those of its
// words and of the header row of its table, which is read with the row;
// when its words signal none, those of its section heading too, since a
// statistic whose own words are thin (a row "| London | 82.0% |", "Girls
// made up eight in 10 of them") takes its subject from where it stands;
// and those its figures' units signal (money is funding). With the
// bundled taxonomy's themes, the learned model then adds a theme it is
// nearly sure of (AddAbove) and, from a short item, takes away one it is
// nearly sure is wrong (DropBelow).
func (t *Taxonomy) TagItem(it evidence.Item) []string {
	return t.itemThemes(it, nil)
}

// itemThemes is TagItem, telling seen (when set) each signal.
func (t *Taxonomy) itemThemes(it evidence.Item, seen func(Signal)) []string {
	return t.sorted(t.strongest(it, t.applyModel(it, t.ruleThemes(it, seen), nil, seen)))
}

// MaxItemThemes bounds the themes one item is tagged with: more than the
// bundled taxonomy's 15, so no item it tags loses one. A themes.yaml of
// thousands of themes whose terms are common words ("children",
// "services") tagged every item with all of them: 3,000 themes on 664
// items were two million values in the index, and the first search took
// 1.7 GB.
const MaxItemThemes = 16

// strongest keeps at most MaxItemThemes of an item's themes, the rule
// every tagging path ends with (and the rules' own step, so that an item
// waiting for the learned model holds no more). When there are more,
// those whose terms the item's own words hold most often are kept; then
// those its header row and section heading name most often; then the
// taxonomy's order. ids are returned as given when there are not more.
func (t *Taxonomy) strongest(it evidence.Item, ids []string) []string {
	if len(ids) <= MaxItemThemes {
		return ids
	}
	own, place := make([]int, len(t.Themes)), make([]int, len(t.Themes))
	t.tagUnits(it.Text, true, func(theme int, _ string) { own[theme]++ })
	for _, text := range []string{it.Header, it.Section} {
		t.tag(text, false, func(theme int, _ string) { place[theme]++ })
	}
	ids = t.sorted(ids)
	slices.SortStableFunc(ids, func(a, b string) int {
		i, j := t.byID[a], t.byID[b]
		if own[i] != own[j] {
			return own[j] - own[i]
		}
		return place[j] - place[i]
	})
	return t.sorted(ids[:MaxItemThemes])
}

// ruleThemes are the themes the taxonomy's rules give an item alone,
// before the learned model's say, telling seen (when set) each signal.
func (t *Taxonomy) ruleThemes(it evidence.Item, seen func(Signal)) []string {
	var from string
	var tell func(theme int, words string)
	if seen != nil {
		tell = func(theme int, words string) {
			seen(Signal{Theme: t.Themes[theme].ID, Words: words, From: from})
		}
	}
	ids, noUnits := t.tagUnits(it.Text, true, tell)
	// A table row is read with its header row, which is part of the
	// table rather than a heading over it: "| Seen within a year | 61% |
	// 79% |" under "| Indicator | Core20 areas | Least deprived |"
	// compares areas, though its own words are about a wait.
	own := len(ids) > 0
	from = "header"
	for _, id := range t.placeTags(it.Header, tell) {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	// Only an item with no signal words of its own borrows all its
	// section heading's themes: one that names its own subject is not
	// also about its section's (on the development set, borrowing for
	// every item cost more precision than it gave recall).
	if !own {
		from = "section"
		for _, id := range t.placeTags(it.Section, tell) {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	if own && (len(t.carry) > 0 || len(t.ScopeThemes) > 0) {
		// An item with words of its own still takes its heading's scope
		// themes ("Children with SEND") and a heading's theme that its
		// words carry: "58% said they had waited too long" under "What
		// young people told us". A bare share of people ("61% had waited
		// more than 18 weeks", "almost a third (31%) were still waiting")
		// carries it too: under such a heading it can only count the
		// people who answered, whatever its verb.
		// A heading that names several service areas ("CAMHS and
		// neurodevelopmental services") files each item under the one its
		// own words name: a CAMHS wait beneath it is not about autism. So
		// when the item's words already name one of the heading's scope
		// themes, the heading lends it none of the others (on the
		// development set such loans were wrong more often than right).
		placed := slices.ContainsFunc(t.placeTags(it.Section, nil), func(id string) bool {
			return slices.Contains(ids, id) && slices.Contains(t.ScopeThemes, id)
		})
		lends := func(theme int) bool {
			return !placed && slices.Contains(t.ScopeThemes, t.Themes[theme].ID) || t.carry[theme] != nil && (t.carries(theme, it.Text) || opensWithShare(it.Text))
		}
		var secTell func(int, string)
		if tell != nil {
			from = "section"
			secTell = func(theme int, words string) {
				if !slices.Contains(ids, t.Themes[theme].ID) && lends(theme) {
					tell(theme, words)
				}
			}
		}
		for _, id := range t.placeTags(it.Section, secTell) {
			if !slices.Contains(ids, id) && lends(t.byID[id]) {
				ids = append(ids, id)
			}
		}
	}
	// An item whose words, header and section name no subject (mental
	// health, SEND...) is about what its document is about: "270,300
	// children were still waiting" in a report on children's mental health
	// services is about mental health too. It takes the subjects its title
	// names, and only those, since a title's other words (a "crisis",
	// "waits") say what the report argues, not what each finding is.
	if !slices.ContainsFunc(ids, t.isTitleTheme) {
		from = "title"
		title := strings.TrimSpace(it.Source.Title + " " + it.Source.Section)
		var titleTell func(int, string)
		if tell != nil {
			titleTell = func(theme int, words string) {
				if t.isTitleTheme(t.Themes[theme].ID) {
					tell(theme, words)
				}
			}
		}
		for _, id := range t.placeTags(title, titleTell) {
			if t.isTitleTheme(id) && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	if it.Kind == evidence.Recommendation {
		for _, a := range t.Asks {
			if !a.addressed(it.Actors) || slices.ContainsFunc(a.Unless, func(id string) bool { return slices.Contains(ids, id) }) {
				continue
			}
			to := it.Actors[slices.IndexFunc(it.Actors, func(x evidence.Actor) bool { return slices.Contains(a.Actors, x) })]
			for _, id := range a.Themes {
				if seen != nil {
					seen(Signal{Theme: id, Words: string(to), From: "actor"})
				}
				if !slices.Contains(ids, id) {
					ids = append(ids, id)
				}
			}
		}
	}
	// A name in the item's own words may say its sums are a family's
	// ("had paid for a private assessment"), not a service's money.
	for _, f := range it.Figures {
		if noUnits {
			break
		}
		for _, id := range t.UnitThemes[f.Unit] {
			if seen != nil {
				seen(Signal{Theme: id, Words: f.Text, From: "figure"})
			}
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return t.strongest(it, ids)
}

// sorted puts theme ids in the taxonomy's order.
func (t *Taxonomy) sorted(ids []string) []string {
	if len(ids) > 1 {
		slices.SortFunc(ids, func(a, b string) int { return t.byID[a] - t.byID[b] })
	}
	return ids
}

// addressed reports whether a recommendation with these actors is asked
// of the ask's addressees: at least one of them, and no actor but them
// and Other.
func (a Ask) addressed(actors []evidence.Actor) bool {
	found := false
	for _, actor := range actors {
		switch {
		case slices.Contains(a.Actors, actor):
			found = true
		case actor != evidence.OtherActor:
			return false
		}
	}
	return found
}

// isCarried reports whether a theme is carried by words (heading_carry).
func (t *Taxonomy) isCarried(id string) bool { return t.carry[t.byID[id]] != nil }

func (t *Taxonomy) isTitleTheme(id string) bool { return slices.Contains(t.TitleThemes, id) }

// carries reports whether text holds one of the words that carry a theme
// from a heading, as written: "said" reports what was said, where "This
// report describes" does not.
func (t *Taxonomy) carries(theme int, text string) bool {
	for _, tok := range tokenize(text) {
		if t.carry[theme][strings.ToLower(tok.text)] {
			return true
		}
	}
	return false
}

// TagItems sets the themes of every item, items in document order. An
// item whose own words name no theme and which opens by pointing back
// ("That is a rise of 53% over the period.", "Of these, 89% had waited")
// continues the item before it in the same section, and takes its rule
// themes too; TagItem, seeing one item alone, cannot. The learned model
// has its say last, knowing the themes the rules gave much of the item's
// document (DocThemes): a borderline wait in a report on eating disorders
// services is likelier to be about them.
func (t *Taxonomy) TagItems(items []evidence.Item) {
	rules := t.RuleTagger()
	for i := range items {
		rules.Tag(&items[i])
	}
	for start := 0; start < len(items); {
		end := start + 1
		for end < len(items) && items[end].Source.ID == items[start].Source.ID {
			end++
		}
		var doc []string
		if t.learned() != nil {
			doc = DocThemes(items[start:end])
		}
		for i := start; i < end; i++ {
			t.FinishTag(&items[i], doc)
		}
		start = end
	}
}

// RuleTagger gives items their rule themes one at a time, in document
// order, as the first step of TagItems does: an item may continue the
// one before it (continueFrom). A document too large to hold all its
// items at once is tagged with it twice over, its items made again:
// once to count its themes (DocCount), once to finish each (FinishTag).
type RuleTagger struct {
	t    *Taxonomy
	prev evidence.Item
	has  bool
}

// RuleTagger starts tagging items by the taxonomy's rules.
func (t *Taxonomy) RuleTagger() *RuleTagger { return &RuleTagger{t: t} }

// Tag sets it's themes to those the rules give it, after the item tagged
// before it.
func (r *RuleTagger) Tag(it *evidence.Item) {
	it.Themes = r.t.ruleThemes(*it, nil)
	if r.has {
		r.t.continueFrom(r.prev, it)
	}
	// The rule themes are kept apart from what FinishTag makes of them,
	// which may change them in place.
	r.prev, r.has = *it, true
	r.prev.Themes = slices.Clone(it.Themes)
}

// FinishTag gives an item tagged by the rules (RuleTagger) the learned
// model's say, knowing its document's themes (DocThemes), and puts its
// themes in the taxonomy's order.
func (t *Taxonomy) FinishTag(it *evidence.Item, doc []string) {
	if t.learned() == nil {
		it.Themes = t.sorted(t.strongest(*it, it.Themes))
		return
	}
	it.Themes = t.sorted(t.strongest(*it, t.applyModel(*it, it.Themes, doc, nil)))
}

// Learned reports whether the taxonomy has a learned model, which needs
// each document's themes (DocThemes) before it can tag the document's
// items.
func (t *Taxonomy) Learned() bool { return t.learned() != nil }

// continueFrom gives an item the themes it borrows from the item before
// it (prev) in the same section, when it points back to it or reports a
// share of the people prev heard from.
func (t *Taxonomy) continueFrom(prev evidence.Item, it *evidence.Item) {
	if prev.Source.ID != it.Source.ID || prev.Section != it.Section {
		return
	}
	var add []string
	switch {
	case pointsBack(it.Text) && len(t.tag(it.Text, true, nil)) == 0:
		add = prev.Themes
	default:
		// A bare share that says something ("Almost half (47%) said
		// they had missed an appointment", "Of those, 28 said...")
		// reports the same people as the finding before it: when
		// that one carries a theme the verb also carries (voice: "We
		// heard from 186 young carers"), so does this one. A share
		// that names its people ("one in five teachers said") is
		// read by its own words.
		if !slices.ContainsFunc(prev.Themes, t.isCarried) {
			return
		}
		m := shareRe.FindStringSubmatch(strings.TrimSpace(it.Text))
		if m == nil {
			return
		}
		verb := strings.ToLower(m[1])
		for th, words := range t.carry {
			if id := t.Themes[th].ID; words[verb] && slices.Contains(prev.Themes, id) {
				add = append(add, id)
			}
		}
	}
	for _, id := range add {
		if !slices.Contains(it.Themes, id) {
			it.Themes = append(it.Themes, id)
		}
	}
}

// DocShare is the part of a document's items the rules must give a theme
// for it to be one of the document's themes (DocThemes). Chosen by
// cross-validating the learned model over the development set's
// documents: a fifth to a half all helped, a third the most.
const DocShare = 0.35

// DocThemes are the themes the rules gave at least DocShare of a
// document's items (items is every item of one document, tagged by the
// rules alone), in the order the items name them. The learned model weighs
// them as features of each of the document's items.
func DocThemes(items []evidence.Item) []string {
	var c DocCount
	for _, it := range items {
		c.Add(it.Themes)
	}
	return c.Themes()
}

// DocCount counts the rule themes of a document's items one item at a
// time, for DocThemes without holding the items.
type DocCount struct {
	count map[string]int
	order []string
	items int
}

// Add counts one item's rule themes.
func (c *DocCount) Add(themes []string) {
	if c.count == nil {
		c.count = map[string]int{}
	}
	c.items++
	for _, id := range themes {
		if c.count[id] == 0 {
			c.order = append(c.order, id)
		}
		c.count[id]++
	}
}

// Themes are DocThemes of the items counted.
func (c *DocCount) Themes() []string {
	return slices.DeleteFunc(slices.Clone(c.order), func(id string) bool {
		return float64(c.count[id]) < DocShare*float64(c.items)
	})
}

// shareRe matches the opening of a sentence whose subject is a bare
// share of people named before it (a number or percentage, a fraction,
// "one in four", after "Of those who ...," or a paragraph number such as
// "2.3"), and gives the verb that follows it.
var shareRe = lazyre.New(`^(?:\d+(?:\.\d+)*\s+)?(?i:Of [^,]{1,80},\s+)?(?i:(?:almost|nearly|more than|over|around|about|just over|just under|fewer than|less than|only|some)\s+)?(?i:\d[\d,.]*%?|a third|a quarter|a fifth|half|two thirds|three quarters|most|many|several|a few|(?:one|two|three|four|five|six|seven|eight|nine|\d+) in \w+)(?:\s*\([^)]*\))?(?i:\s+of them)?\s+(?i:were\s+)?(\pL+)`)

// opensWithShare reports whether text opens with a bare share of people
// and its verb ("61% had waited", "Most were still waiting"), not with an
// adverb that only looks like one ("Most importantly, ...").
func opensWithShare(text string) bool {
	text = strings.TrimSpace(text)
	loc := shareRe.FindStringSubmatchIndex(text)
	return loc != nil && !strings.HasPrefix(text[loc[3]:], ",")
}

// backRe matches the openings of a sentence that continues the one before
// it: a demonstrative or pronoun subject, or "of these" and its kin, after
// a paragraph number such as "2.3".
var backRe = lazyre.New(`^(?:\d+(?:\.\d+)*\s+)?(?:That|This|These|Those|It|They|(?:Of|Most of|Many of|Some of|Half of|All of|Among|None of) (?:these|those|them|this|that))\b`)

func pointsBack(text string) bool { return backRe.MatchString(strings.TrimSpace(text)) }

func tokTexts(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text
	}
	return out
}

func anyUsed(used []bool, i, n int) bool {
	for j := i; j < i+n && j < len(used); j++ {
		if used[j] {
			return true
		}
	}
	return false
}

// matchAt returns the end of the term's match starting at token i, or -1.
func (tm term) matchAt(toks []token, stems []string, i int) int {
	gaps := 0
	for _, w := range tm.words {
		if w.gap {
			gaps++
		}
	}
	if gaps < 2 {
		return tm.matchFrom(toks, stems, 0, i, nil)
	}
	// Each gap tries its word at maxGap+1 places, and the rest of the
	// term at each: a term of forty "wait ..." over a run of the word
	// was 5^40 tries. Where the rest failed from a place it fails again.
	return tm.matchFrom(toks, stems, 0, i, map[[2]int]bool{})
}

// matchFrom matches the term's words from the j-th on at token i; a word
// after a gap is tried at each of the next maxGap+1 tokens. failed, when
// not nil, holds the (j, i) already tried in vain.
func (tm term) matchFrom(toks []token, stems []string, j, i int, failed map[[2]int]bool) int {
	if j == len(tm.words) {
		// A phrase does not end on a possessive: "a survey of 118
		// children’s services" asked services, not children. A name
		// may: "the Department for Education’s strategy" is the
		// department's own.
		if j > 1 && toks[i-1].poss && !tm.name {
			return -1
		}
		return i
	}
	if failed[[2]int{j, i}] {
		return -1
	}
	w := tm.words[j]
	last := i
	if w.gap {
		last = i + maxGap
	}
	for k := i; k <= last && k < len(toks); k++ {
		if next := w.matchesAt(toks, stems, k); next > k {
			if end := tm.matchFrom(toks, stems, j+1, next, failed); end >= 0 {
				return end
			}
		}
	}
	if failed != nil {
		failed[[2]int{j, i}] = true
	}
	return -1
}

// matchesAt returns the token after the word's match at token k, or k
// when it does not match there. A number is its digits and the groups of
// thousands after them ("1,018" is two tokens).
func (w termWord) matchesAt(toks []token, stems []string, k int) int {
	if !w.number {
		if w.matches(toks[k], stems[k]) {
			return k + 1
		}
		return k
	}
	if !allDigits(toks[k].text) {
		return k
	}
	k++
	for k < len(toks) && len(toks[k].text) == 3 && allDigits(toks[k].text) {
		k++
	}
	return k
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func (w termWord) matches(tok token, stem string) bool {
	switch {
	case w.acronym:
		return tok.text == w.key || tok.text == w.key+"s"
	case w.exact:
		return strings.ToLower(tok.text) == w.key
	}
	return stem == w.key
}

// stemCache remembers stems: a corpus has a small vocabulary, and stemming
// each word again is most of the cost of tagging.
type stemCache struct {
	mu sync.Mutex
	m  map[string]string
}

// stem stems a word in lower case; a word written with capitals is
// remembered as written, so the learned model need not lower it again.
func (c *stemCache) stem(w string) string {
	c.mu.Lock()
	s, ok := c.m[w]
	c.mu.Unlock()
	if ok {
		return s
	}
	s = Stem(strings.ToLower(w))
	c.mu.Lock()
	c.m[w] = s
	c.mu.Unlock()
	return s
}

// fieldLine is the line of a theme's field key, or the theme's line.
func fieldLine(n *yaml.Node, key string) int {
	if v := fieldNode(n, key); v != nil {
		return v.Line
	}
	return n.Line
}

// fieldNode is the value of a theme's field key, or nil.
func fieldNode(n *yaml.Node, key string) *yaml.Node {
	for i := 0; n.Kind == yaml.MappingNode && i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// unsafeRune is the first character of s that evidence.HasUnsafe refuses,
// as a terminal may show it ("U+202E").
func unsafeRune(s string) string {
	for _, r := range s {
		if evidence.HasUnsafe(string(r)) {
			return fmt.Sprintf("U+%04X", r)
		}
	}
	return "a line break"
}

// termLine is the line of a theme's k-th term, or the theme's line when
// the terms are not a plain list.
func termLine(n *yaml.Node, k int) int {
	if v := fieldNode(n, "terms"); v != nil && v.Kind == yaml.SequenceNode && k < len(v.Content) {
		return v.Content[k].Line
	}
	return n.Line
}
