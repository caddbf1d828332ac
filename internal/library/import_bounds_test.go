package library

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

// TestImportCountsEveryItemButHoldsFew: a one-paragraph page of figure
// sentences yields an item a sentence (half a million for 24 MB, which
// held 480 MB and climbing); an import counts them all by kind but keeps
// only the first keptItems, so what it holds afterwards stays small.
func TestImportCountsEveryItemButHoldsFew(t *testing.T) {
	defer func(n int) { keptItems = n }(keptItems)
	keptItems = 100
	path := filepath.Join(t.TempDir(), "flat.html")
	if err := os.WriteFile(path, []byte(flatPage(1<<20)), 0o644); err != nil {
		t.Fatal(err)
	}
	// A small import first: what the package builds once and keeps (its
	// compiled patterns, the furniture model) is not what an import holds,
	// and run alone the test would count it.
	small := filepath.Join(t.TempDir(), "small.html")
	if err := os.WriteFile(small, []byte(flatPage(4<<10)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Import(small, Meta{Title: "Small", Publisher: "P", Date: "2024", Type: "report"}); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var done, total int64
	im, err := Import(path, Meta{Title: "Big", Publisher: "P", Date: "2024", Type: "report",
		Progress: func(d, t int64) { done, total = d, t }})
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	held := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	if len(im.Items) != 100 {
		t.Errorf("kept %d items, want the first 100", len(im.Items))
	}
	if n := im.Counts[evidence.Statistic]; n < 15000 || im.Total() < n {
		t.Errorf("counted %d statistics of %d items: every sentence is one", n, im.Total())
	}
	for i, it := range im.Items {
		if it.Seq != i {
			t.Fatalf("item %d has seq %d", i, it.Seq)
		}
	}
	if total != int64(len(im.Body))-1 && total != int64(len(im.Body)) || done != total {
		t.Errorf("progress ended at %d of %d, body %d bytes", done, total, len(im.Body))
	}
	// The body (1 MB) is held, and the kept items; not the 20,000 others
	// (26 MB live before).
	if held > 8<<20 {
		t.Errorf("an import of 1 MB holds %d MB afterwards", held>>20)
	}
	runtime.KeepAlive(im)
}

// TestImportRefusesASourceTheLoaderWouldSkip: a file under the import
// limit (100 MB) whose converted source is over the loader's limit for a
// source (32 MB) was written into the library and reported imported, then
// skipped at every start ("file is 33 MB, over the 32 MB limit"): the
// library said it was empty. The import is refused before anything is
// written, with the limit and the advice to split it.
func TestImportRefusesASourceTheLoaderWouldSkip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.md")
	body := "---\ntitle: Big\npublisher: X\ndate: 2024\ntype: report\n---\n" +
		"In 2024, 45% of children waited more than 18 weeks for treatment in England.\n\n" +
		strings.Repeat("x", corpus.MaxSourceBytes) + "\n"
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Import(path, Meta{})
	if err == nil || !strings.Contains(err.Error(), "32 MB") || !strings.Contains(err.Error(), "split") || !strings.Contains(err.Error(), "big.md") {
		t.Errorf("import of a 32 MB source: %v, want a refusal naming the file, the limit and what to do", err)
	}
}

// TestPageOverTheBlockLimitIsRefusedFirst: a page of more paragraphs than
// a source may hold is refused, naming the line where the limit was
// passed, by counting its tags before it is parsed into a tree (1.4
// million one-word paragraphs took 208 s and 1.8 GB to be refused after
// conversion). Wrappers (div) are not counted: a page of as many divs
// around one paragraph each is read.
func TestPageOverTheBlockLimitIsRefusedFirst(t *testing.T) {
	page := func(open, close string, n int) string {
		var b strings.Builder
		b.WriteString("<html><head><title>Many</title></head><body><main>\n")
		for range n {
			b.WriteString(open + "word" + close + "\n")
		}
		b.WriteString("<p>In 2024, 40% of children waited more than 18 weeks for an assessment of their needs.</p></main></body></html>\n")
		return b.String()
	}
	dir := t.TempDir()
	over := filepath.Join(dir, "over.html")
	if err := os.WriteFile(over, []byte(page("<p>", "</p>", corpus.MaxBlocks+1)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Import(over, Meta{Publisher: "P", Date: "2024", Type: "report"})
	// The page's first line holds <main>; paragraph k is on line k+1, and
	// the limit is passed on the paragraph after the last one allowed.
	if err == nil || !strings.Contains(err.Error(), "line 250002:") || !strings.Contains(err.Error(), "split it into parts") {
		t.Errorf("a page of %d paragraphs: %v", corpus.MaxBlocks+1, err)
	}
	if n, _, _ := blockTags([]byte(page("<div>", "</div>", corpus.MaxBlocks+1)), corpus.MaxBlocks); n != 1 {
		t.Errorf("a page of divs and one paragraph counts %d blocks, want 1", n)
	}
}

// TestDeeplyNestedPageIsRefusedPlainly: a page whose elements are nested
// deeper than the HTML parser follows (512) is refused in words a reader
// understands, naming the file and the line where the nesting passes 512;
// before, the parser's own "open stack of elements exceeds 512 nodes" came
// through, with no line.
func TestDeeplyNestedPageIsRefusedPlainly(t *testing.T) {
	// Paragraphs not closed close each other and are closed by the
	// section (the parser's implied end tags), so a count of tags would put
	// the depth past 512 by line 514; the divs, one a line from line 603,
	// are what pass it.
	page := "<html><body>\n" + strings.Repeat("<p>Unclosed paragraph\n", 600) + "<section>\n" +
		strings.Repeat("<div>\n", 600) + "<p>In 2024, 40% of children waited more than 18 weeks.</p>" +
		strings.Repeat("</div>", 600) + "</section></body></html>"
	path := filepath.Join(t.TempDir(), "deep.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Import(path, Meta{Publisher: "P", Date: "2024", Type: "report"})
	if err == nil || !strings.Contains(err.Error(), "nested more than 512 deep") || strings.Contains(err.Error(), "open stack") ||
		!strings.Contains(err.Error(), "deep.html") {
		t.Fatalf("a page nested 600 deep: %v", err)
	}
	// html, body, section and 510 divs are 513 open elements.
	if want := fmt.Sprintf("line %d:", 1+600+1+510); !strings.Contains(err.Error(), want) {
		t.Errorf("a page nested 600 deep: %v, want it to name %q", err, want)
	}
}

// TestSpanningCellsAreBoundedByTheSourceLimit: a cell spanning rows is
// written again in every row under it, so a page whose rows each open
// with a cell spanning the rest of the table writes every such cell above
// each row again: 500 rows of 400-byte cells (a 220 KB page) are 50 MB of
// Markdown, and 2,000 rows of cells spanning 1,000 columns (134 KB) were
// 580 MB, 220 s and 3.9 GB before the import refused them as too large.
// The writing (pageBody, for a web page and an e-mail's HTML part) stops
// once it passes the most a source may hold, and says why.
func TestSpanningCellsAreBoundedByTheSourceLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><h1>Children waiting</h1><table><tr><th>Area</th><th>2024</th></tr>")
	long := strings.Repeat("Northamptonshire-and-Peterborough ", 12)
	for i := range 500 {
		fmt.Fprintf(&b, `<tr><td rowspan="0">%s%d</td><td>%d%%</td></tr>`, long, i, i%100)
	}
	b.WriteString("</table></body></html>")
	doc, err := parseHTML(b.String())
	if err != nil {
		t.Fatal(err)
	}
	body, _, err := pageBody(doc, false, "")
	if err == nil || !strings.Contains(err.Error(), "spanning rows and columns (rowspan, colspan)") {
		t.Errorf("pageBody: %d bytes, error %v", len(body), err)
	}
	// A table that fits is written as before, its spanning cell in each row.
	doc, _ = parseHTML(`<table><tr><th>Area</th><th>2024</th></tr><tr><td rowspan="2">North</td><td>5%</td></tr><tr><td>6%</td></tr></table>`)
	if body, _, err := pageBody(doc, false, ""); err != nil || !strings.Contains(body, "| North | 6% |") {
		t.Errorf("small table: %q, %v", body, err)
	}
}

// TestRepeatsAreFoundWithoutComparingEveryPair: a page's blocks were each
// compared with every other to find pull quotes, so 20,000 paragraphs
// took 30 s to import and 200,000 (19 MB, within a source's limits) over
// ten minutes. A pull quote of a sentence 39,000 paragraphs away, an
// identical paragraph and a quote signed with a dash are still dropped;
// BenchmarkDropRepeats measures the time (well under a second for 40,000
// paragraphs), as a timed test fails on a busy machine.
func TestRepeatsAreFoundWithoutComparingEveryPair(t *testing.T) {
	blocks := manyParagraphs(40000)
	long := "In 2024, 45% of children in the North waited over 18 weeks for a first appointment."
	blocks[39500] = long
	blocks = append(blocks, "“45% of children in the North waited over 18 weeks” — Dr Jane Smith", blocks[7], "## A heading of five or more words", "## A heading of five or more words")
	out := dropRepeats(blocks)
	if len(out) != len(blocks)-2 || slices.Contains(out, blocks[40000]) {
		t.Errorf("kept %d of %d blocks, want all but the pull quote and the repeat", len(out), len(blocks))
	}
	if slices.Contains(out[40000:], blocks[7]) || !slices.Contains(out, long) {
		t.Errorf("the repeated paragraph kept, or the original dropped: %q", out[39998:])
	}
}

// manyParagraphs makes n distinct paragraphs of 15 words drawn from 3,000.
func manyParagraphs(n int) []string {
	r := rand.New(rand.NewPCG(1, 2))
	blocks := make([]string, 0, n)
	for i := range n {
		var b strings.Builder
		for range 14 {
			fmt.Fprintf(&b, "w%d ", r.IntN(3000))
		}
		fmt.Fprintf(&b, "item %d.", i)
		blocks = append(blocks, b.String())
	}
	return blocks
}

// BenchmarkDropRepeats: finding pull quotes and repeats among 40,000
// paragraphs, which compared every pair (30 s for 20,000) before.
func BenchmarkDropRepeats(b *testing.B) {
	blocks := manyParagraphs(40000)
	b.ReportAllocs()
	for b.Loop() {
		dropRepeats(blocks)
	}
}

// TestPageOfManyElementsIsRefused: a table's cells are no blocks of their
// own, so a page of a million cells (20,000 rows of 50, 12 MB) passed the
// count of blocks and took 34 s and a peak heap of 1.45 GB to import; a
// page of more than MaxPageElements elements is refused, with the line,
// before it is parsed. A table of 10,000 rows of 10 cells is read.
func TestPageOfManyElementsIsRefused(t *testing.T) {
	table := func(rows, cols int) []byte {
		var b strings.Builder
		b.WriteString("<html><head><title>Waits</title></head><body><h1>Waits</h1>\n<p>In 2023, 34% of children waited more than 18 weeks for a first appointment here.</p>\n<table>")
		for range rows {
			b.WriteString("<tr>" + strings.Repeat("<td>12%</td>", cols) + "</tr>\n")
		}
		b.WriteString("</table></body></html>\n")
		return []byte(b.String())
	}
	// Refused at the line where the count passed the limit: before the
	// page is parsed whole (how fast is BenchmarkPageOfManyElements's to
	// say, not a clock in a test).
	_, err := importHTML(table(20_000, 50))
	if err == nil || !strings.Contains(err.Error(), "more than 400000 elements") || !strings.HasPrefix(err.Error(), "line 7846:") {
		t.Errorf("a page of a million cells: %v", err)
	}
	if im, err := importHTML(table(10_000, 10)); err != nil || !strings.Contains(im.Body, "| 12% |") {
		t.Errorf("a table of 10,000 rows of 10: %v", err)
	}
}

// BenchmarkPageOfManyElements: a page of a million table cells (12 MB) is
// refused in a fraction of a second; it took 34 s and 1.45 GB to import.
func BenchmarkPageOfManyElements(b *testing.B) {
	var page strings.Builder
	page.WriteString("<html><body><table>")
	for range 20_000 {
		page.WriteString("<tr>" + strings.Repeat("<td>12%</td>", 50) + "</tr>\n")
	}
	page.WriteString("</table></body></html>\n")
	data := []byte(page.String())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := importHTML(data); err == nil {
			b.Fatal("imported")
		}
	}
}
