package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/library"
)

// TestURLWithASpaceIsSaidByImportAsCheckSaysIt: a url holding a space,
// from a front matter or --url, is kept and its import warns of it in the
// words `cypx check` uses (corpus.URLSpaceNote), at the front matter's
// line; a url that is two addresses is not stored joined (hostile check
// 51).
func TestURLWithASpaceIsSaidByImportAsCheckSaysIt(t *testing.T) {
	note := corpus.URLSpaceNote("https://ex.org/a b")
	if note == "" {
		t.Fatal("no note for a url with a space")
	}
	md := []byte("---\ntitle: Waits\npublisher: NHS Providers\ndate: 2024-01-01\ntype: report\nurl: https://ex.org/a b\n---\nAround 40% of children waited more than 18 weeks in 2024.\n")
	path := write(t, "r.md", md)
	im, err := library.Import(path, library.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	w := strings.Join(im.Warnings, "\n")
	if im.Source.URL != "https://ex.org/a b" || strings.Count(w, note) != 1 || !strings.Contains(w, "r.md:6: "+note) {
		t.Errorf("front matter: url %q, warnings:\n%s\nwant once, at line 6: %s", im.Source.URL, w, note)
	}
	body := []byte("Around 40% of children waited more than 18 weeks for community paediatrics in 2024.\n")
	im, err = library.Import(write(t, "r.txt", body), library.Meta{Title: "Waits", Publisher: "NHS Providers", Date: "2024", Type: "report", URL: "https://ex.org/a b"})
	if err != nil {
		t.Fatal(err)
	}
	if w := strings.Join(im.Warnings, "\n"); im.Source.URL != "https://ex.org/a b" || !strings.Contains(w, "url: --url: "+note) {
		t.Errorf("--url: url %q, warnings:\n%s", im.Source.URL, w)
	}
	// Two addresses, on one line or parted by a line break, are refused
	// as --url, never joined.
	for _, raw := range []string{"https://ex.org/a https://ex.org/b", "https://ex.org/a\u2028https://ex.org/b"} {
		im, err = library.Import(write(t, "r.txt", body), library.Meta{Title: "Waits", Publisher: "NHS Providers", Date: "2024", Type: "report", URL: raw})
		if err == nil || !strings.Contains(err.Error(), "two addresses") {
			t.Errorf("%+q: url %q, err %v: want refused as two addresses", raw, im.Source.URL, err)
		}
	}
}
