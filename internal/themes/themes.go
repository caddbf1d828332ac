// Package themes loads the theme taxonomy (themes.yaml) and tags evidence
// items with the themes whose signal terms they contain.
//
// Terms are matched on whole words, phrase by phrase, after English
// stemming, so "waiting lists", "waiting list" and "long waits" all match
// their terms; a term word written in capitals (ADHD, SEND, LTWP) is an
// acronym and matches only itself, so the verb "send" never signals SEND.
package themes

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/cypx/cypx/internal/evidence"
)

// Theme is one entry of the taxonomy.
type Theme struct {
	ID    string `yaml:"id" json:"id"`
	Label string `yaml:"label" json:"label"`
	// Short is the label in the explorer's theme bar; Label when empty.
	Short       string   `yaml:"short" json:"short,omitempty"`
	Description string   `yaml:"description" json:"description"`
	Terms       []string `yaml:"terms" json:"terms"`
}

// Taxonomy is a loaded themes.yaml, ready to tag text.
type Taxonomy struct {
	Themes []Theme
	byID   map[string]int
	// index maps the key of a term's first word to the terms starting with it.
	index map[string][]term
	stems stemCache
}

type term struct {
	theme int
	words []termWord
}

type termWord struct {
	key     string // the stem, or the acronym itself
	acronym bool
}

var idRe = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// Load reads themes.yaml from the top of a corpus folder.
func Load(fsys fs.FS, name string) (*Taxonomy, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	return Parse(name, data)
}

// Parse reads a taxonomy; errors name the file and line.
func Parse(file string, data []byte) (*Taxonomy, error) {
	var doc struct {
		Themes []yaml.Node `yaml:"themes"`
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%s: %v", file, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(doc.Themes) == 0 {
		return nil, fmt.Errorf("%s: no themes", file)
	}
	t := &Taxonomy{byID: map[string]int{}, index: map[string][]term{}, stems: stemCache{m: map[string]string{}}}
	for _, n := range doc.Themes {
		var th Theme
		if err := n.Decode(&th); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", file, n.Line, strings.TrimPrefix(err.Error(), "yaml: "))
		}
		switch {
		case !idRe.MatchString(th.ID):
			return nil, fmt.Errorf("%s:%d: theme id %q: use lower-case letters, digits and '-'", file, n.Line, th.ID)
		case th.Label == "":
			return nil, fmt.Errorf("%s:%d: theme %q has no label", file, n.Line, th.ID)
		case len(th.Terms) == 0:
			return nil, fmt.Errorf("%s:%d: theme %q has no terms", file, n.Line, th.ID)
		case evidence.HasUnsafe(strings.TrimSpace(th.Label) + strings.TrimSpace(th.Short) + strings.TrimSpace(th.Description)):
			// Labels are drawn on one line in the explorer, lists and packs.
			return nil, fmt.Errorf("%s:%d: theme %q: its label, short label or description holds a line break or an invisible or control character", file, n.Line, th.ID)
		}
		if _, dup := t.byID[th.ID]; dup {
			return nil, fmt.Errorf("%s:%d: theme id %q given twice", file, n.Line, th.ID)
		}
		if th.Short == "" {
			th.Short = th.Label
		}
		t.byID[th.ID] = len(t.Themes)
		for _, s := range th.Terms {
			tm := term{theme: len(t.Themes)}
			for _, tok := range tokenize(s) {
				tm.words = append(tm.words, t.termWord(tok))
			}
			if len(tm.words) == 0 {
				return nil, fmt.Errorf("%s:%d: theme %q has an empty term", file, n.Line, th.ID)
			}
			first := tm.words[0].indexKey()
			t.index[first] = append(t.index[first], tm)
		}
		t.Themes = append(t.Themes, th)
	}
	return t, nil
}

func (w termWord) indexKey() string {
	if w.acronym {
		return "A:" + w.key
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

// Check returns an error listing the valid ids when id is not a theme.
func (t *Taxonomy) Check(id string) error {
	if _, ok := t.byID[id]; ok {
		return nil
	}
	return fmt.Errorf("unknown theme %q (valid: %s)", id, strings.Join(t.IDs(), ", "))
}

// Tag returns the ids of the themes whose terms occur in text, in taxonomy order.
func (t *Taxonomy) Tag(text string) []string {
	toks := tokenize(text)
	stems := make([]string, len(toks))
	for i, tok := range toks {
		stems[i] = t.stems.stem(strings.ToLower(tok.text))
	}
	hit := make([]bool, len(t.Themes))
	for i, tok := range toks {
		for _, key := range []string{"S:" + stems[i], "A:" + tok.text, "A:" + strings.TrimSuffix(tok.text, "s")} {
			for _, tm := range t.index[key] {
				if !hit[tm.theme] && tm.matchesAt(toks, stems, i) {
					hit[tm.theme] = true
				}
			}
		}
	}
	out := []string{}
	for i, h := range hit {
		if h {
			out = append(out, t.Themes[i].ID)
		}
	}
	return out
}

// TagItems sets the themes of every item.
func (t *Taxonomy) TagItems(items []evidence.Item) {
	for i := range items {
		items[i].Themes = t.Tag(items[i].Text)
	}
}

func (tm term) matchesAt(toks []token, stems []string, i int) bool {
	if i+len(tm.words) > len(toks) {
		return false
	}
	for j, w := range tm.words {
		tok := toks[i+j]
		if w.acronym {
			if tok.text != w.key && tok.text != w.key+"s" {
				return false
			}
		} else if stems[i+j] != w.key {
			return false
		}
	}
	return true
}

// stemCache remembers stems: a corpus has a small vocabulary, and stemming
// each word again is most of the cost of tagging.
type stemCache struct {
	mu sync.Mutex
	m  map[string]string
}

func (c *stemCache) stem(w string) string {
	c.mu.Lock()
	s, ok := c.m[w]
	c.mu.Unlock()
	if ok {
		return s
	}
	s = Stem(w)
	c.mu.Lock()
	c.m[w] = s
	c.mu.Unlock()
	return s
}
