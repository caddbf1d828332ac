package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestUnterminatedSequenceInAnAuthorTagIsNoName: an author tag, a
// schema.org name or a front matter's author holding an escape sequence
// with no end keeps no name from its text, ESC and C1 forms alike; the
// field is said to be cleaned. Before, "Unterminated Title" was stored as
// an author (hostile check 51). Invented names.
func TestUnterminatedSequenceInAnAuthorTagIsNoName(t *testing.T) {
	for _, intro := range []string{"\x1b]", "\u009d"} {
		for _, c := range []struct{ head, want string }{
			{`<meta name="author" content="Mira Castell ` + intro + `8;;Unterminated Title">`, "Mira Castell"},
			{`<meta name="author" content="` + intro + `8;;Unterminated Title">`, ""},
			{`<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Mira Castell ` + strings.NewReplacer("\x1b", `\u001b`, "\u009d", `\u009d`).Replace(intro) + `8;;Unterminated Title"}}</script>`, "Mira Castell"},
		} {
			im, err := library.Import(write(t, "page.html", h50Page(c.head)), library.Meta{Type: "report"})
			if err != nil {
				t.Fatal(err)
			}
			if im.Source.Author != c.want || strings.Contains(im.Source.Author, "Title") {
				t.Errorf("%+q: author %q, want %q (warnings %q)", c.head, im.Source.Author, c.want, im.Warnings)
			}
			if c.want != "" && !strings.Contains(strings.Join(im.Warnings, "\n"), "author: ") {
				t.Errorf("%+q: the cleaning is not said: %q", c.head, im.Warnings)
			}
		}
	}
	md := []byte("---\ntitle: Waits\npublisher: NHS Providers\ndate: 2024-01-01\ntype: report\nauthor: \"Mira Castell\\e]8;;Unterminated Title\"\n---\nAround 40% of children waited more than 18 weeks in 2024.\n")
	im, err := library.Import(write(t, "r.md", md), library.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Author != "Mira Castell" || !strings.Contains(strings.Join(im.Warnings, "\n"), "r.md:6: author: ") {
		t.Errorf("front matter: author %q, warnings %q", im.Source.Author, im.Warnings)
	}
}
