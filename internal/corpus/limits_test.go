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

// TestProblemsQuoteAHugeValueCut: a 4 MB title holding a control
// character, a 4 MB publisher holding a tab and an unknown key of 1,000 bytes were
// each quoted whole, twice (as written and as read): 16 MB on standard
// error at every search of a corpus holding the file. A problem quotes a
// value's first 80 bytes and its length.
func TestProblemsQuoteAHugeValueCut(t *testing.T) {
	big := strings.Repeat("Waiting ", 500_000)
	src := "---\ntitle: \"" + big + "\\a\"\npublisher: \"P\\tQ " + big + "\"\n" + strings.Repeat("k", 1000) + ": x\n" +
		"date: 2024\ntype: report\n---\nSome 45% of children waited more than 18 weeks in 2023.\n"
	_, problems := corpus.Parse("sources/big.md", []byte(src))
	// Three, and the title and publisher each past its length's limit
	// (evidence.TooLong), which quotes the value's start.
	if len(problems) != 5 {
		t.Fatalf("want 5 problems, got %d: %.300v", len(problems), problems)
	}
	for _, p := range problems {
		if len(p.Message) > 600 || !strings.Contains(p.Message, " bytes)") && !strings.Contains(p.Message, " characters, more than a source's") {
			t.Errorf("line %d: a problem of %d bytes: %.200s", p.Line, len(p.Message), p.Message)
		}
	}
}
