package library_test

import (
	"os"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPageBuilderBlocksAreOneArticle checks that an article a page builder
// sets in sibling content blocks (Squarespace's "sqs-block") is read
// whole: readability kept the best-scoring block alone and dropped the
// introduction before it and the asks under their own heading after a
// pull quote.
func TestPageBuilderBlocksAreOneArticle(t *testing.T) {
	data, err := os.ReadFile("testdata/builder_blocks.html")
	if err != nil {
		t.Fatal(err)
	}
	im, err := library.Import(write(t, "page.html", data), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"We heard from 88 families in Marlow Vale",
		"## Breaks promised, breaks given",
		"## What we are asking for",
		"1. Councils should publish how many allocated short break nights were delivered each year",
		"3. The Department for Education should set a national minimum offer",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lost %q:\n%s", want, im.Body)
		}
	}
	for _, not := range []string{"LinkedIn", "Registered charity", "Previous:"} {
		if strings.Contains(im.Body, not) {
			t.Errorf("body holds the page's furniture %q:\n%s", not, im.Body)
		}
	}
}
