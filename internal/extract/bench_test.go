package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/extract"
)

// BenchmarkExtract measures items per second over the bundled corpus.
func BenchmarkExtract(b *testing.B) {
	docs, _ := corpus.Load(bundledFS())
	n := 0
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			n += len(extract.Extract(d))
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkWideTable extracts a table of 300 columns and 1,000 rows, each
// row one label cell and 299 empty ones, a shape a spreadsheet saved as a
// page makes. Each row read all 300 headers' patterns again: at 5,000 rows
// (3 MB) extraction took 69 s; each header is now read once a table.
func BenchmarkWideTable(b *testing.B) {
	var body strings.Builder
	body.WriteString("## Table\n\n|")
	for i := range 300 {
		fmt.Fprintf(&body, " Column %d of children seen within 18 weeks (%%) |", i)
	}
	body.WriteString("\n|" + strings.Repeat("---|", 300) + "\n")
	for r := range 1000 {
		fmt.Fprintf(&body, "| Area %d waited %d%% |%s\n", r, r%97, strings.Repeat(" |", 299))
	}
	doc, probs := corpus.Parse("sources/wide.md", []byte("---\ntitle: Wide\npublisher: P\ndate: 2024\ntype: report\n---\n"+body.String()))
	if len(probs) > 0 {
		b.Fatal(probs)
	}
	for b.Loop() {
		extract.Extract(doc)
	}
}

// longParagraph is a source of one paragraph of 200,000 unpunctuated
// words (1.4 MB), after a speaker's quotation.
func longParagraph() corpus.Document {
	var b strings.Builder
	b.WriteString("# Top\n\nShe said: “Trusts must publish waits.” In 2023, 34% of children waited ")
	for i := range 200_000 {
		fmt.Fprintf(&b, "x%d word ", i)
	}
	b.WriteString(".\n")
	doc, _ := corpus.Parse("sources/l.md", []byte("---\ntitle: Long\npublisher: P\ndate: 2024\ntype: report\n---\n"+b.String()))
	return doc
}

// TestLongParagraphIsReadOnce: a paragraph of 200,000 unpunctuated words
// is cut into hundreds of sentences. How long it takes is
// BenchmarkLongParagraph's to say (a time limit here failed on a loaded
// machine).
func TestLongParagraphIsReadOnce(t *testing.T) {
	if items := extract.Extract(longParagraph()); len(items) < 100 {
		t.Errorf("%d items, want the paragraph cut into hundreds", len(items))
	}
}

// BenchmarkLongParagraph: before each sentence, whether the block so far
// ends inside a speaker's quotation was asked of the whole block from its
// start, so the paragraph of longParagraph took 20 s to extract; it is
// read once (about 3 s).
func BenchmarkLongParagraph(b *testing.B) {
	doc := longParagraph()
	for b.Loop() {
		extract.Extract(doc)
	}
}
