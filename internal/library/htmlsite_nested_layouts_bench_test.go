package library

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// nestedLayouts is a page builder's page whose content blocks nest
// depth deep: each layout holds two blocks of a paragraph each and a
// third holding the next layout. The sentences are made up for the
// benchmark.
func nestedLayouts(depth int) string {
	var b strings.Builder
	b.WriteString("<html><body>")
	for i := 0; i < depth; i++ {
		b.WriteString(`<div class="layout">`)
		for k := 0; k < 2; k++ {
			fmt.Fprintf(&b, `<div class="block"><p>In area %d, %d children were seen by the team in block %d, and the parents of each one were asked how the first visit went for them.</p></div>`, i, 10*i+k, k)
		}
		b.WriteString(`<div class="block">`)
	}
	for i := 0; i < depth; i++ {
		b.WriteString("</div></div>")
	}
	b.WriteString("</body></html>")
	return b.String()
}

// BenchmarkWholeArticleNestedLayouts reads the whole article of a page
// of 60 nested layouts, readability having kept the innermost layout's
// first paragraph: the innermost layout holding it and 30 words more
// (the two layouts innermost, four paragraphs) is the article.
func BenchmarkWholeArticleNestedLayouts(b *testing.B) {
	doc, err := html.Parse(strings.NewReader(nestedLayouts(60)))
	if err != nil {
		b.Fatal(err)
	}
	setAtoms(doc)
	kept := []string{"In area 59, 590 children were seen by the team in block 0, and the parents of each one were asked how the first visit went for them."}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if got := wholeArticle(doc, kept); len(got) != 4 {
			b.Fatalf("got %d blocks: %q", len(got), got)
		}
	}
}
