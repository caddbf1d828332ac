// Package yamlerr reads the line out of the YAML parser's syntax errors,
// so that every file cypx reads as YAML (a source's front matter,
// themes.yaml, thesaurus.yaml, config.yaml) says a syntax error as
// file:line: message, in one way. The parser gives the line only inside
// its message ("yaml: line 3: mapping values are not allowed in this
// context"). Document reads a file's one YAML document, and refuses a
// second.
package yamlerr

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

var lineRe = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// Split returns the line a YAML error names (0 when it names none) and
// its message without the parser's "yaml: " prefix.
func Split(err error) (line int, msg string) {
	if sd, ok := errors.AsType[*SecondDocument](err); ok {
		return sd.Line, sd.message()
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
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return &yaml.Node{}, nil
		}
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
