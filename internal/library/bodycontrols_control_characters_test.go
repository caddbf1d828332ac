package library

import (
	"github.com/cypx/cypx/internal/evidence"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportedTextLosesItsControlCharacters: a page or a text whose body
// holds raw control characters or terminal escape sequences is stored
// without them (a sequence dropped whole, not left as "]0;..." text), with
// a warning; the words and figures around them are kept. Before (hostile
// check 56), the stored source held raw ESC and BEL, which any `cat` of
// the library sent to the terminal, and quotes carried them escaped into
// every pack.
func TestImportedTextLosesItsControlCharacters(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	os.WriteFile(page, []byte("<html><head><title>Speech therapy waits in Hollin</title></head><body>"+
		"<h1>Waits &#27;[2J in Hollin</h1><p>In 2024, 42% of children waited &#27;]0;owned&#7; more than 18 weeks.</p>"+
		"<p>A bell\x07 and a DEL\x7f in plain words.</p></body></html>"), 0o644)
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("Speech therapy waits\n\nIn 2024, 310 children\x1b[31m were waiting\x1b[0m in Hollin.\x08\n"), 0o644)
	for _, path := range []string{page, text} {
		im, err := Import(path, Meta{Title: "Speech therapy waits", Publisher: "Hollin Parents Forum", Date: "2024", Type: "report"})
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if i := strings.IndexFunc(im.Body, evidence.TextControl); i >= 0 {
			t.Errorf("%s: the stored text holds a control character at %d: %q", filepath.Base(path), i, im.Body)
		}
		for _, left := range []string{"]0;", "[2J", "[31m", "owned"} {
			if strings.Contains(im.Body, left) {
				t.Errorf("%s: a sequence's remains %q are stored: %q", filepath.Base(path), left, im.Body)
			}
		}
		if !strings.Contains(im.Body, "42% of children waited more than 18 weeks") && !strings.Contains(im.Body, "310 children were waiting in Hollin.") {
			t.Errorf("%s: the sentence around the sequence is not kept whole: %q", filepath.Base(path), im.Body)
		}
		if !strings.Contains(strings.Join(im.Warnings, "\n"), "control characters or terminal escape sequences") {
			t.Errorf("%s: no warning of the dropped controls: %q", filepath.Base(path), im.Warnings)
		}
	}
	// A text with none is stored as it was, with no warning; a form feed
	// is a page's end, stored as a paragraph break, and no warning either
	// (`cypx check` names a form feed in a body: hostile check 86, F5).
	if got, dropped := withoutControls("Tabs\tand\nbreaks stay."); dropped || got != "Tabs\tand\nbreaks stay." {
		t.Errorf("withoutControls changed clean text: %q, %v", got, dropped)
	}
	if got, dropped := withoutControls("Tabs\tand\nbreaks\f stay."); dropped || got != "Tabs\tand\nbreaks\n\n stay." {
		t.Errorf("withoutControls of a form feed: %q, %v", got, dropped)
	}
}
