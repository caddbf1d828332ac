package yamlerr_test

import (
	"errors"
	"strings"
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

// TestAliasesRepeatingMoreThanTheFileAreRefused: an alias is read as a
// copy of its anchor's value, so 2,000 aliases of one 800 KB scalar made
// an 850 KB themes.yaml stand for 1.6 GB of terms (75 s to read). Aliases
// adding more than the file's own size are an *AliasRepeat at the alias
// that passes it; a list named twice, or nested anchors within the size,
// are read as before.
func TestAliasesRepeatingMoreThanTheFileAreRefused(t *testing.T) {
	big := strings.Repeat("waiting ", 10000)
	bomb := "a: &a \"" + big + "\"\nb: [" + strings.Repeat("*a, ", 200) + "*a]\n"
	_, err := yamlerr.Document([]byte(bomb))
	if _, ok := errors.AsType[*yamlerr.AliasRepeat](err); !ok {
		t.Fatalf("err = %.200v, want an *AliasRepeat", err)
	}
	if line, msg := yamlerr.Split(err); line != 2 || !strings.Contains(msg, "(*a)") || len(msg) > 200 {
		t.Errorf("line %d, %q", line, msg)
	}
	// Nested anchors, each a list of nine of the one before: 9^6 scalars
	// from a file of some 200 bytes.
	nested := "a: &a [x, x, x, x, x, x, x, x, x]\n"
	for i, n := range "bcdef" {
		prev := string("abcdef"[i])
		nested += string(n) + ": &" + string(n) + " [" + strings.Repeat("*"+prev+", ", 8) + "*" + prev + "]\n"
	}
	if _, err := yamlerr.Document([]byte(nested)); err == nil {
		t.Error("nested anchors of 9^6 scalars read")
	}
	for _, ok := range []string{
		"common: &c [wait, delay]\nx: {terms: *c}\ny: {terms: *c}\n",
		"a: &a [x, y]\nb: &b [*a, *a]\nc: *b\n",
	} {
		if _, err := yamlerr.Document([]byte(ok)); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
}
