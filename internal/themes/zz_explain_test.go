package themes_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

func TestZZExplain(t *testing.T) {
	text := os.Getenv("ZZ_TEXT")
	if text == "" {
		t.Skip()
	}
	for _, s := range taxonomy(t).Explain(evidence.Item{Text: text}) {
		fmt.Printf("%s <- %q\n", s.Theme, s.Words)
	}
}
