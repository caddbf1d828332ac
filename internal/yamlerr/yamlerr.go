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
		return line, m[2]
	}
	return 0, strings.TrimPrefix(err.Error(), "yaml: ")
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
