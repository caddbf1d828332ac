package yamlerr_test

import (
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/cypx/cypx/internal/yamlerr"
)

// TestSplit: the parser's own errors, with and without a line.
func TestSplit(t *testing.T) {
	var v any
	err := yaml.Unmarshal([]byte("a: 1\nb: c: d\n"), &v)
	if line, msg := yamlerr.Split(err); line != 2 || msg == "" || msg[:5] == "yaml:" {
		t.Errorf("line %d, %q from %v", line, msg, err)
	}
	err = yaml.Unmarshal([]byte("a: [1, 2\n"), &v)
	if err == nil {
		t.Fatal("no error for an unclosed list")
	}
	if _, msg := yamlerr.Split(err); len(msg) >= 5 && msg[:5] == "yaml:" {
		t.Errorf("prefix kept: %q", msg)
	}
}

// TestDocumentRefusesASecond: one document is read as yaml.Unmarshal
// reads it; a second, even an empty one, is a *SecondDocument at its
// "---", which Split gives as line and message.
func TestDocumentRefusesASecond(t *testing.T) {
	for data, wantLine := range map[string]int{
		"a: 1\n": 0, "---\na: 1\n": 0, "a: 1\n...\n": 0, "": 0, "# only a comment\n": 0,
		"a: 1\n---\nb: 2\n": 2, "a: 1\n\n---\n": 3,
	} {
		doc, err := yamlerr.Document([]byte(data))
		line, msg := 0, ""
		if err != nil {
			line, msg = yamlerr.Split(err)
		}
		if line != wantLine || doc == nil {
			t.Errorf("%q: line %d (%q), want %d", data, line, msg, wantLine)
		}
	}
}
