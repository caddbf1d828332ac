package corpus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// TestSourceOverTheBlockLimitIsRefused: a source of more blocks than
// MaxBlocks (here one-word paragraphs, which become no items but each cost
// a record) is skipped with a problem on the line where the limit was
// passed; one at the limit is read.
func TestSourceOverTheBlockLimitIsRefused(t *testing.T) {
	head := "---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\n---\n"
	body := func(n int) []byte {
		var b strings.Builder
		b.WriteString(head)
		for range n {
			b.WriteString("word\n\n")
		}
		return []byte(b.String())
	}
	doc, problems := corpus.Parse("sources/many.md", body(corpus.MaxBlocks))
	if len(problems) != 0 || len(doc.Blocks) != corpus.MaxBlocks {
		t.Fatalf("at the limit: %d blocks, problems %v", len(doc.Blocks), problems)
	}
	doc, problems = corpus.Parse("sources/many.md", body(corpus.MaxBlocks+1))
	// Front matter is lines 1-6; paragraph k (1-based) is on line 7+2(k-1).
	wantLine := 7 + 2*corpus.MaxBlocks
	if len(problems) != 1 || !problems[0].Skipped || problems[0].Line != wantLine || !strings.Contains(problems[0].Message, "split it into parts") || doc.Blocks != nil {
		t.Errorf("over the limit: %d blocks, problems %+v; want one skipping problem on line %d", len(doc.Blocks), problems, wantLine)
	}
}
