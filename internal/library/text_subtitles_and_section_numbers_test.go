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

// TestTextAboutThePublisherIsFurniture: a plain-text report's closing
// "ABOUT HEALTHWATCH WEXLEY" section, the publisher on itself, is dropped
// as a web page's "About us" is; a section about anything else ("About the
// survey") stays. Before (held-out set 87), "Healthwatch Wexley is your
// local health and social care champion." was an excerpt.
func TestTextAboutThePublisherIsFurniture(t *testing.T) {
	text := "HEALTHWATCH WEXLEY\n\nWaiting in Wexley\n\nPublished: 4 March 2026\n\nJust 22% of parents said their child had received any help at school while waiting.\n\nABOUT THE SURVEY\n\nWe heard from 212 parents between May and July.\n\nABOUT HEALTHWATCH WEXLEY\n\nHealthwatch Wexley is your local health and social care champion.\n"
	im, err := library.Guess(write(t, "about.txt", []byte(text)))
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Healthwatch Wexley" {
		t.Fatalf("publisher %q", im.Source.Publisher)
	}
	if strings.Contains(im.Body, "champion") || strings.Contains(im.Body, "ABOUT HEALTHWATCH") {
		t.Errorf("the publisher's description of itself kept:\n%s", im.Body)
	}
	if !strings.Contains(im.Body, "We heard from 212 parents") {
		t.Errorf("the survey's section dropped:\n%s", im.Body)
	}
}
