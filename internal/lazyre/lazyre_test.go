package lazyre_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/lazyre"
)

// TestCompileAllNamesTheBadPattern: the expressions are compiled on first
// use; CompileAll compiles them all and, at one that does not compile,
// says how many did and which pattern failed, whole (regexp's own error
// quotes only the part it could not parse).
func TestCompileAllNamesTheBadPattern(t *testing.T) {
	good := lazyre.New(`\d+ weeks`)
	if n, err := lazyre.CompileAll(); n != 1 || err != nil {
		t.Fatalf("one good pattern: %d, %v", n, err)
	}
	if !good.MatchString("18 weeks") || good.MatchString("weeks") {
		t.Error("the good pattern does not match as compiled")
	}
	lazyre.New(`waiting (lists`)
	n, err := lazyre.CompileAll()
	if n != 1 || err == nil || !strings.Contains(err.Error(), "waiting (lists") {
		t.Errorf("with a bad pattern: %d compiled, %v", n, err)
	}
}
