package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// TestAPagesTextThatLooksLikeMarkdownStaysText: a web page's paragraphs
// that open as Markdown's blocks do ("# 12% …", "[^3]: …", "> 19% …",
// "- 21% …", an HTML comment written as text) or hold a
// strike's tildes, a "<del>" written as text or a backslash before
// punctuation are imported as text, each an item shown as the page shows
// it, with its figure. Before (hostile check 85, M3), the hash made a
// heading and the section of every item after it, the comment and the
// definition vanished, "~~28%~~" was struck out of the reading, and the
// list and quote marks were dropped.
func TestAPagesTextThatLooksLikeMarkdownStaysText(t *testing.T) {
	want := map[string]float64{ // each paragraph as the page shows it, and its figure (-1: any)
		"# 12% of carers began their note with a hash sign in 2023.":                 12,
		"<!-- Nearly 34% of clinics left comments in the text in 2023. -->":          34,
		"[^2]: Some 41% of survey answers were written like notes in 2023.":          41,
		"Some ~~28%~~ of parents saw tildes around a figure in 2023.":                28,
		"Some <del>29%</del> of parents saw a tag written as text in 2023.":          29,
		"> 19% of schools opened the line with an arrow in 2023.":                    19,
		"- 21% of forms opened the line with a dash in 2023.":                        21,
		"Around 47\\% of clinics wrote a backslash before the sign in 2023.":         -1,
		"Roughly 36% of trusts wrote C:\\data\\ and a line ending in a backslash \\": 36,
	}
	var paras strings.Builder
	for text := range want {
		paras.WriteString("<p>" + strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(text) + "</p>\n")
	}
	page := `<html><head><title>Marks - Fen Trust</title><meta property="og:site_name" content="Fen Trust"></head><body><main><article><h1>Marks</h1>
<h2>Access</h2>
` + paras.String() + `<p>Waits for a first appointment fell to 9 weeks for 31% of children in 2023.</p>
</article></main></body></html>`
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "news", Date: "2024"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]evidence.Item{}
	for _, it := range im.Items {
		got[evidence.QuoteLine(it.Text)] = it
		if it.Section != "Access" {
			t.Errorf("%q: section %q, want Access", evidence.QuoteLine(it.Text), it.Section)
		}
	}
	for text, value := range want {
		shown := text
		it, ok := got[shown]
		if !ok {
			t.Errorf("no item shown %q; body:\n%s", shown, im.Body)
			continue
		}
		if value >= 0 && (len(it.Figures) == 0 || it.Figures[0].Value != value) {
			t.Errorf("%q: figures %+v, want %v first", text, it.Figures, value)
		}
	}
}
