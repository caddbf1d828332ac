package library_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// TestAuthorTagBylinesAndPosts: an author tag is read as a byline is
// written — its "By", "BY", "by", "Posted by" or "Written by" stripped
// even behind a character no one sees or an escape sequence, a date after
// a bar or "on" no name, a post after a comma (singular or plural, or a
// team) left out and said — and citation_author tags and schema.org names
// by the same rule. A name all in capitals or all in lower case is a
// name, stored as written. Before, an invisible character before "By"
// kept it ("Smith, B. J."), "By Jane Smith | 4 May 2024" was cited
// "May, B.J.S.", "Policy Officers" was an author, "Jane Smith,
// Communications Team", "by jane smith" and "Posted by Jane Smith on 4
// May 2024" gave no author, and a citation_author "Jane Smith, Policy
// Officer" was cited "Policy Officer Jane Smith" (hostile check 49).
func TestAuthorTagBylinesAndPosts(t *testing.T) {
	const cleaned = "control characters removed"
	tag := func(name, v string) []byte { return h49Page(`<meta name="` + name + `" content="` + v + `">`) }
	ld := func(v string) []byte {
		return h49Page(`<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"` + v + `"}}</script>`)
	}
	for _, c := range []struct {
		name         string
		page         []byte
		author, warn string
		cited        string // the Harvard reference's author, when not the stored author's
	}{
		{"invisible before By", tag("author", "\u200bBy Jane Smith"), "Jane Smith", cleaned, "Smith, J."},
		{"a colour before By", tag("author", "\x1b[31mBy Jane Smith"), "Jane Smith", cleaned, "Smith, J."},
		{"bidi control before Posted by", tag("author", "\u202ePosted by Jane Smith"), "Jane Smith", cleaned, "Smith, J."},
		{"a date after a bar", tag("author", "By Jane Smith | 4 May 2024"), "Jane Smith", "", "Smith, J."},
		{"a date after on", tag("author", "Posted by Jane Smith on 4 May 2024"), "Jane Smith", "", "Smith, J."},
		{"all capitals", tag("author", "BY JANE SMITH"), "JANE SMITH", "", "SMITH, J."},
		{"all lower case", tag("author", "by jane smith"), "jane smith", "", "smith, J."},
		{"written by", tag("author", "Written by Jane Smith"), "Jane Smith", "", "Smith, J."},
		{"a plural post", tag("author", "Jane Smith, Policy Officers"), "Jane Smith", `"Policy Officers" in the page's author meta tag`, "Smith, J."},
		{"a team", tag("author", "Jane Smith, Communications Team"), "Jane Smith", `"Communications Team" in the page's author meta tag`, "Smith, J."},
		{"two people a line each", tag("author", "Jane Smith\u2028Bob Lee"), "Jane Smith; Bob Lee", cleaned, "Smith, J. and Lee, B."},
		{"an account in lower case", tag("author", "wordpress user"), "", "names no person: left out", "Northfield Institute"},
		{"citation_author with By", tag("citation_author", "By Jane Smith"), "Jane Smith", "", "Smith, J."},
		{"citation_author with a post", tag("citation_author", "Jane Smith, Policy Officer"), "Jane Smith", "", "Smith, J."},
		{"citation_author surname first", tag("citation_author", "Smith, Jane"), "Jane Smith", "", "Smith, J."},
		{"citation_author surname first, a post", tag("citation_author", "Smith, Jane, Policy Officer"), "Jane Smith", "", "Smith, J."},
		{"schema.org with By", ld("By Jane Smith"), "Jane Smith", "", "Smith, J."},
		{"schema.org surname first, a post", ld("Smith, Jane, Policy Officer"), "Jane Smith", "", "Smith, J."},
		{"schema.org, a date", ld("Jane Smith | 4 May 2024"), "Jane Smith", "", "Smith, J."},
	} {
		im, err := library.Import(write(t, "page.html", c.page), library.Meta{Type: "report", Date: "2024"})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		w := strings.Join(im.Warnings, "\n")
		if im.Source.Author != c.author || c.warn == "" && strings.Contains(w, "author:") || c.warn != "" && !strings.Contains(w, c.warn) {
			t.Errorf("%s: author %+q (want %+q), warnings:\n%s", c.name, im.Source.Author, c.author, w)
		}
		if ref := evidence.Reference(im.Source, time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)); !strings.HasPrefix(ref, c.cited+" (2024)") {
			t.Errorf("%s: cited %q, want it to open %q", c.name, ref, c.cited+" (2024)")
		}
	}
}
