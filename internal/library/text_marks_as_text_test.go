package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// TestATextFilesMarkdownLikeLinesStayText: a plain-text file is read as
// its reader sees it: a line opening with "# ", "> " or "[^1]: ", "~~"
// around a figure, "&amp;" and stars are text, each sentence an item
// shown as written, with its figure, and a heading's "&amp;" is the
// section's as the title's. Before (hostile check 85, L12), the "#" line
// was a heading, "~~44%~~" was struck and "&amp;" shown "&".
func TestATextFilesMarkdownLikeLinesStayText(t *testing.T) {
	text := `School nursing &amp; *immunisation* update

Northfield School Nursing Service, January 2024

# 43% of pupils saw a hash sign at the start of the line in 2023.

Some ~~44%~~ of parents saw tildes around a figure in 2023.

> 45% of schools opened the line with an arrow in 2023.

[^1]: Around 46% of nurses wrote a line like a note in 2023.

Around 47% of clinics wrote Smith &amp; Sons in their letters in 2023.
`
	im, err := library.Import(write(t, "note.txt", []byte(text)), library.Meta{Type: "report", Publisher: "Northfield School Nursing Service", Date: "2024-01"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{
		"# 43% of pupils saw a hash sign at the start of the line in 2023.":      43,
		"Some ~~44%~~ of parents saw tildes around a figure in 2023.":            44,
		"> 45% of schools opened the line with an arrow in 2023.":                45,
		"[^1]: Around 46% of nurses wrote a line like a note in 2023.":           46,
		"Around 47% of clinics wrote Smith &amp; Sons in their letters in 2023.": 47,
	}
	got := map[string]evidence.Item{}
	for _, it := range im.Items {
		got[evidence.QuoteLine(it.Text)] = it
	}
	for text, value := range want {
		it, ok := got[text]
		if !ok {
			t.Errorf("no item shown %q; body:\n%s", text, im.Body)
			continue
		}
		if len(it.Figures) == 0 || it.Figures[0].Value != value {
			t.Errorf("%q: figures %+v, want %v first", text, it.Figures, value)
		}
		if title := "School nursing &amp; *immunisation* update"; it.Section != title || im.Source.Title != title {
			t.Errorf("%q: section %q, title %q, want both %q", text, it.Section, im.Source.Title, title)
		}
	}
	if strings.Contains(im.Body, "\n# 43%") {
		t.Errorf("the hash line is a heading:\n%s", im.Body)
	}
}
