package main

import (
	"testing"

	"github.com/cypx/cypx/internal/lazyre"
)

// TestEveryPatternCompiles: the program's package-level expressions are
// compiled on first use (lazyre), so a pattern that does not compile would
// panic only on the path that first uses it; this test compiles them all.
func TestEveryPatternCompiles(t *testing.T) {
	n, err := lazyre.CompileAll()
	if err != nil {
		t.Fatal(err)
	}
	// The importers and the measure reader hold well over a hundred.
	if n < 150 {
		t.Errorf("only %d expressions registered: the program's patterns are not all made with lazyre.New", n)
	}
	t.Logf("%d expressions compile", n)
}
