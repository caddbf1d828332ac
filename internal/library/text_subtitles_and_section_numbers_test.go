package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestTextTitleBlockKeepsItsSubtitle: a plain-text report whose title
// block is a title over its subtitle is cited "Title: subtitle", as a PDF
// title page is; a date, or a line naming only the paper's kind, under the
// title is no subtitle. Before (held-out set 87), the title was the first
// line alone: a quotation, "\"We're just left to get on with it\"".
func TestTextTitleBlockKeepsItsSubtitle(t *testing.T) {
	const rest = "\n\nPublished: 4 March 2026\n\nJust 22% of parents said their child had received any help at school while waiting.\n"
	for _, c := range []struct{ name, block, title string }{
		{"quote.txt", "\"We're just left to get on with it\"\nFamilies' experiences of waiting for an autism assessment in Wexley", "\"We're just left to get on with it\": families' experiences of waiting for an autism assessment in Wexley"},
		{"kind.txt", "Waiting for an autism assessment in Wexley\nAnnual review", "Waiting for an autism assessment in Wexley"},
		{"date.txt", "Waiting for an autism assessment in Wexley\nMarch 2026", "Waiting for an autism assessment in Wexley"},
	} {
		im, err := library.Guess(write(t, c.name, []byte(c.block+rest)))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if im.Source.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, im.Source.Title, c.title)
		}
	}
}

// TestTextSectionNumberHeadings: "3.1 Support while waiting" alone on its
// line over its text is a heading, its number kept; a numbered paragraph,
// "3.2 The ICB should publish its waits.", is text. Before (held-out set
// 87), such headings were kept as paragraphs of their own, excerpts.
func TestTextSectionNumberHeadings(t *testing.T) {
	text := "Waiting in Wexley\n\nPublished: 4 March 2026\n\n3. WHAT FAMILIES TOLD US\n\n3.1 Support while waiting\n\nJust 22% of parents said their child had received any help at school while waiting.\n\n3.2 The ICB should publish its waits.\n\n3.2.1 Going private\n\nOne in five families had paid for a private assessment.\n"
	im, err := library.Guess(write(t, "sections.txt", []byte(text)))
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"## 3.1 Support while waiting\n", "## 3.2.1 Going private\n"} {
		if !strings.Contains(im.Body, h) {
			t.Errorf("no heading %q in:\n%s", h, im.Body)
		}
	}
	if strings.Contains(im.Body, "## 3.2 The ICB") {
		t.Errorf("a numbered paragraph became a heading:\n%s", im.Body)
	}
}
