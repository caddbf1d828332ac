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
