package themes_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

func TestZZExplain(t *testing.T) {
	data, err := os.ReadFile("/tmp/explain.txt")
	if err != nil {
		t.Skip()
	}
	tax := taxonomy(t)
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		text, sec, _ := strings.Cut(line, "|")
		it := evidence.Item{Text: text, Section: sec}
		fmt.Printf("%q\n  => %v\n", text, tax.TagItem(it))
		for _, s := range tax.Explain(it) {
			fmt.Printf("     %+v\n", s)
		}
	}
}
