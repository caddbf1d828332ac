// Package yamlerr reads the line out of the YAML parser's syntax errors,
// so that every file cypx reads as YAML (a source's front matter,
// themes.yaml, thesaurus.yaml, config.yaml) says a syntax error as
// file:line: message, in one way. The parser gives the line only inside
// its message ("yaml: line 3: mapping values are not allowed in this
// context").
package yamlerr

import (
	"regexp"
	"strconv"
	"strings"
)

var lineRe = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// Split returns the line a YAML error names (0 when it names none) and
// its message without the parser's "yaml: " prefix.
func Split(err error) (line int, msg string) {
	if m := lineRe.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		return line, m[2]
	}
	return 0, strings.TrimPrefix(err.Error(), "yaml: ")
}
