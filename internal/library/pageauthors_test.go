package library_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// TestPageAuthorsAreEveryPersonTagged: a page whose citation_author tags
// or schema.org authors name several people keeps them all, in the page's
// order, as an author field parts them, so the citation names the
// paper's authors as its own suggested citation does; a list holding an
// organisation names no author, and a page with hundreds of tags keeps
// the first twenty. Before, several tags gave no author at all (hostile
// check 47).
func TestPageAuthorsAreEveryPersonTagged(t *testing.T) {
	body := "<body><article><h2>Waits</h2>" +
		"<p>Around 40% of children waited more than 18 weeks for a first appointment with community paediatrics in 2024.</p></article></body></html>"
	citation := func(names ...string) string {
		var b strings.Builder
		b.WriteString(`<html><head><title>Waits for community paediatrics</title><meta property="og:site_name" content="Northfield Institute">`)
		for _, n := range names {
			fmt.Fprintf(&b, `<meta name="citation_author" content="%s">`, n)
		}
		return b.String() + "</head>" + body
	}
	ld := func(authors string) string {
		return `<html><head><title>Waits for community paediatrics</title><meta property="og:site_name" content="Northfield Institute">` +
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Waits for community paediatrics","author":[` +
			authors + `]}</script></head>` + body
	}
	many := make([]string, 300)
	for i := range many {
		many[i] = fmt.Sprintf("Surname%c%c, Jane", 'a'+i/26%26, 'a'+i%26)
	}
	for _, c := range []struct {
		name, page, author string
		people             int
	}{
		{"two tags", citation("Hale, Isobel", "Marsh, Daniel"), "Isobel Hale; Daniel Marsh", 2},
		{"three tags, one twice", citation("Hale, Isobel", "Osei, Nadia", "Hale, Isobel", "Marsh, Daniel"), "Isobel Hale; Nadia Osei; Daniel Marsh", 3},
		{"a body among them", citation("Hale, Isobel", "Northfield Institute Research Unit"), "", 0},
		{"one tag", citation("Hale, Isobel"), "Isobel Hale", 1},
		{"two schema.org people", ld(`{"@type":"Person","name":"Isobel Hale"},{"@type":"Person","name":"Daniel Marsh"}`), "Isobel Hale; Daniel Marsh", 2},
		{"300 tags", citation(many...), "", 20},
		// Each tag read by the one rule of an author tag (hostile check 49).
		{"a byline's By", citation("By Jane Smith", "Bob Lee"), "Jane Smith; Bob Lee", 2},
		{"a post after a comma", citation("Jane Smith, Policy Officer", "Bob Lee"), "Jane Smith; Bob Lee", 2},
		{"schema.org names surname first", ld(`{"@type":"Person","name":"Smith, Jane"},{"@type":"Person","name":"Lee, Bob"}`), "Jane Smith; Bob Lee", 2},
	} {
		im, err := library.Import(write(t, "page.html", []byte(c.page)), library.Meta{Type: "report", Date: "2024"})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		got := im.Source.Author
		if c.author != "" && got != c.author {
			t.Errorf("%s: author %q, want %q", c.name, got, c.author)
		}
		if n := len(evidence.Authors(got)); n != c.people {
			t.Errorf("%s: author %q reads as %d authors, want %d", c.name, got, n, c.people)
		}
	}
}
