// Package yamlerr reads the line out of the YAML parser's syntax errors,
// so that every file cypx reads as YAML (a source's front matter,
// themes.yaml, thesaurus.yaml, config.yaml) says a syntax error as
// file:line: message, in one way. The parser gives the line only inside
// its message ("yaml: line 3: mapping values are not allowed in this
// context"). Document reads a file's one YAML document, and refuses a
// second, and aliases that would repeat more than the file holds.
package yamlerr

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/cypx/cypx/internal/lazyre"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

var lineRe = lazyre.New(`^yaml: line (\d+): (.*)$`)

// Split returns the line a YAML error names (0 when it names none) and
// its message without the parser's "yaml: " prefix.
func Split(err error) (line int, msg string) {
	if sd, ok := errors.AsType[*SecondDocument](err); ok {
		return sd.Line, sd.message()
	}
	if ar, ok := errors.AsType[*AliasRepeat](err); ok {
		return ar.Line, ar.message()
	}
	if c, ok := errors.AsType[*Control](err); ok {
		return c.Line, c.message()
	}
	if m := lineRe.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		if parserProblems[m[2]] {
			line++
		}
		return line, m[2]
	}
	return 0, strings.TrimPrefix(err.Error(), "yaml: ")
}

// parserProblems are the messages of the parser's own errors (those of
// its scanner are not among them), which it gives with the line counted
// from 0, where a scanner's error is counted from 1: "date: [2024" on the
// fourth line of a file was told at its third ("did not find expected ','
// or ']'"). The line is the one where the list, mapping or node it could
// not close starts.
var parserProblems = map[string]bool{
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"did not find expected '-' indicator":    true,
	"did not find expected <document start>": true,
	"did not find expected <stream-start>":   true,
	"did not find expected key":              true,
	"did not find expected node content":     true,
	"found duplicate %TAG directive":         true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found undefined tag handle":             true,
}

// SecondDocument is a file holding a second YAML document: a "---" line
// and more after the first.
type SecondDocument struct {
	// Line is the line of the "---" that starts it.
	Line int
}

func (e *SecondDocument) message() string {
	return "a second YAML document starts here ('---'): cypx reads one document a file, and would lose what follows; join the two, or remove the '---'"
}

func (e *SecondDocument) Error() string {
	return fmt.Sprintf("yaml: line %d: %s", e.Line, e.message())
}

// Document reads data as yaml.Unmarshal does (an empty file is a node
// with no content), but a second document is an error, a *SecondDocument,
// returned with the first: yaml.Unmarshal reads the first document and
// drops the rest without a word, and a settings file saved from it lost
// them for good. A caller that keeps what it can read (the thesaurus) may
// use the first document and report the error.
func Document(data []byte) (*yaml.Node, error) {
	if err := findControl(data); err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return &yaml.Node{}, nil
		}
		return nil, err
	}
	if err := checkAliases(&doc, len(data)); err != nil {
		return nil, err
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
		return &doc, nil
	case err != nil:
		// A syntax error in the second document says its own line.
		return &doc, err
	}
	return &doc, &SecondDocument{Line: next.Line}
}

// AliasRepeat is a document whose aliases (*name) would repeat more
// than the file holds: each alias is read as a copy of what its anchor
// names, so a file of a few kilobytes could stand for gigabytes of terms.
type AliasRepeat struct {
	// Line is the line of the alias that passes the limit.
	Line int
	// Name is the anchor it names.
	Name string
	// Limit is the bytes the aliases may repeat: the file's size.
	Limit int
}

func (e *AliasRepeat) message() string {
	return fmt.Sprintf("the aliases up to this one (*%s) repeat more than the file's own %d bytes: write the values out, or use fewer aliases", printableName(e.Name), e.Limit)
}

func (e *AliasRepeat) Error() string {
	return fmt.Sprintf("yaml: line %d: %s", e.Line, e.message())
}

// printableName is an anchor's name cut to 40 bytes of printable ASCII,
// as the parser takes any non-space character into a name.
func printableName(name string) string {
	var b strings.Builder
	for _, r := range name {
		if b.Len() >= 40 {
			b.WriteString("…")
			break
		}
		if r > ' ' && r < 0x7f {
			b.WriteRune(r)
		} else {
			b.WriteByte('?')
		}
	}
	return b.String()
}

// checkAliases refuses a document whose aliases, each counted as the
// copy the decoder makes of its anchor's value (scalars by their bytes,
// every node as one more), add more than limit bytes. The parser bounds
// the nodes an alias may stand for only in ratio to the document's, so a
// 850 KB themes.yaml naming one 800 KB description as 2,000 terms passed,
// and took 75 s to read. A size is computed once per anchored node.
func checkAliases(doc *yaml.Node, limit int) error {
	sizes := map[*yaml.Node]int{}
	var size func(n *yaml.Node) int
	size = func(n *yaml.Node) int {
		if s, ok := sizes[n]; ok {
			return s
		}
		sizes[n] = limit + 1 // an anchor holding itself is over any limit
		s := 1 + len(n.Value)
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			s += size(n.Alias)
		}
		for _, c := range n.Content {
			s = min(s+size(c), limit+1)
		}
		sizes[n] = min(s, limit+1)
		return sizes[n]
	}
	total := 0
	var walk func(n *yaml.Node) error
	walk = func(n *yaml.Node) error {
		if n.Kind == yaml.AliasNode {
			if n.Alias != nil {
				total += size(n.Alias)
			}
			if total > limit {
				return &AliasRepeat{Line: n.Line, Name: n.Value, Limit: limit}
			}
			return nil
		}
		for _, c := range n.Content {
			if err := walk(c); err != nil {
				return err
			}
		}
		return nil
	}
	return walk(doc)
}

// Binary is the problem of a value written as YAML's !!binary
// (base64-encoded bytes) where key wants text, or "" for any other value.
// The node's value is the base64 as written, which would pass for the
// text: "title: !!binary SGVsbG8=" was the title "SGVsbG8=", and "style:
// !!binary YXBh" an unknown citation style "YXBh". One wording for every
// YAML file cypx reads.
func Binary(key string, v *yaml.Node) string {
	if v.ShortTag() != "!!binary" {
		return ""
	}
	return fmt.Sprintf("%s: a YAML !!binary value (base64-encoded bytes), where %s is text: write the text itself, without the tag", key, key)
}

// Control is a character the parser refuses written as it is in a file
// (C0 and C1 controls but tab, newline, carriage return and NEL; DEL;
// U+FFFE and U+FFFF), which it reports with no line: "yaml: control
// characters are not allowed".
type Control struct {
	// Line is the line that holds it.
	Line int
	// Rune is the character, or utf8.RuneError for bytes that are no
	// UTF-8.
	Rune rune
}

func (e *Control) message() string {
	if e.Rune == utf8.RuneError {
		return "bytes that are not UTF-8 text: save the file as UTF-8"
	}
	return fmt.Sprintf("a control character (U+%04X) written as it is, which YAML does not read: remove it, or write it escaped in double quotes (\"\\u%04x\")", e.Rune, e.Rune)
}

func (e *Control) Error() string {
	return fmt.Sprintf("yaml: line %d: %s", e.Line, e.message())
}

// findControl returns the first character of data the parser refuses, as
// a *Control, or nil. Bytes that are no UTF-8 are refused too, a *Control
// with Rune utf8.RuneError: the parser said "invalid leading UTF-8 octet"
// with no line, or the wrong one.
func findControl(data []byte) error {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r <= 0x9f && r != 0x85 || r == 0xfffe || r == 0xffff || r == utf8.RuneError && size == 1 {
			return &Control{Line: bytes.Count(data[:i], []byte("\n")) + 1, Rune: r}
		}
		i += size
	}
	return nil
}

// Duplicate is a key given twice in one mapping of a YAML document.
type Duplicate struct {
	// Key is the key as written.
	Key string
	// Line is the line of its second (or later) use; First is the line
	// of its first.
	Line, First int
	// Column and FirstColumn are the columns of the two, for a key of a
	// flow mapping ("{themes: [a], themes: [b]}"), where Flow is set.
	Column, FirstColumn int
	Flow                bool
}

// Message says the key given twice, without a file or line. In a flow
// mapping it gives the columns too: both keys were said to be on the one
// line the problem was told at, "given twice (first on line 19)" at line
// 19 (hostile check 60).
func (d Duplicate) Message() string {
	switch {
	case !d.Flow:
		return Twice(d.Key, d.First)
	case d.Line == d.First:
		return fmt.Sprintf("key %q given twice in one line, at columns %d and %d", d.Key, d.FirstColumn, d.Column)
	}
	return fmt.Sprintf("key %q given twice, at column %d (first on line %d, column %d)", d.Key, d.Column, d.First, d.FirstColumn)
}

// Twice is the one wording of a key given twice in one mapping, first at
// line first. The parser keeps the last of the two without a word when it
// reads into nodes, so which one a file meant is not for cypx to guess.
func Twice(key string, first int) string {
	return fmt.Sprintf("key %q given twice (first on line %d)", key, first)
}

// Duplicates lists every key given twice in one mapping of n or under it,
// in the order of the file. yaml.Unmarshal refuses a key given twice only
// when it decodes into a map or struct; read into nodes, as every file
// cypx reads is, both are kept, and a reader that goes key by key took the
// last: 'title_themes:' written twice in a themes.yaml was read as the
// second, unsaid (hostile check 59).
func Duplicates(n *yaml.Node) []Duplicate {
	var out []Duplicate
	seen := map[*yaml.Node]bool{}
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n == nil || seen[n] {
			return
		}
		seen[n] = true
		if n.Kind == yaml.MappingNode {
			first := map[string]*yaml.Node{}
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				if k.Kind != yaml.ScalarNode {
					continue
				}
				if f, ok := first[k.Value]; ok {
					d := Duplicate{Key: k.Value, Line: k.Line, First: f.Line}
					if n.Style&yaml.FlowStyle != 0 {
						d.Column, d.FirstColumn, d.Flow = k.Column, f.Column, true
					}
					out = append(out, d)
					continue
				}
				first[k.Value] = k
			}
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(n)
	slices.SortStableFunc(out, func(a, b Duplicate) int { return a.Line - b.Line })
	return out
}
