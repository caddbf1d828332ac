package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// TestURLThatCannotBeALinkIsLeftOut: a record's URL (cypx add --meta
// r.json) or the file's own that is no http(s) address with a host
// (javascript:, data:, file:, vbscript:, ftp:, none at all) is not stored
// as the source's url; the import goes on, and its warning names where
// the URL was read (the record's file and line) and says it was left out
// and why. Before: kept, with a warning that it could not be a link, so
// `cypx check` then reported the library's own source.
func TestURLThatCannotBeALinkIsLeftOut(t *testing.T) {
	path := write(t, "r.txt", []byte("In 2024, 45% of children waited over 18 weeks for CAMHS, the longest wait on record.\n"))
	for _, url := range []string{"javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "vbscript:msgbox(1)", "ftp://example.org/r.pdf", "http://", "www.example.org/r"} {
		rec := evidence.Source{Title: "T", Publisher: "P", Date: evidence.Date{Year: 2024}, Type: evidence.Report, URL: url}
		im, err := library.Import(path, library.Meta{Record: &rec, RecordName: "r.json", RecordURLLine: 7})
		if err != nil {
			t.Errorf("record url %q: the import failed: %v", url, err)
			continue
		}
		if im.Source.URL != "" {
			t.Errorf("record url %q: stored as %q", url, im.Source.URL)
		}
		warned := strings.Join(im.Warnings, "\n")
		if !strings.Contains(warned, "url: r.json:7: ") || !strings.Contains(warned, ": left out; pass --url ") || !strings.Contains(warned, "http") {
			t.Errorf("record url %q: warnings %q, want the record's file and line, left out, and why", url, im.Warnings)
		}
	}
	md := write(t, "own.md", []byte("---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\nurl: \"javascript:alert(1)\"\n---\nIn 2024, 45% of children waited over 18 weeks for CAMHS, the longest wait on record.\n"))
	im, err := library.Import(md, library.Meta{})
	if err != nil {
		t.Fatalf("front matter url: %v", err)
	}
	if im.Source.URL != "" || !strings.Contains(strings.Join(im.Warnings, "\n"), "left out") {
		t.Errorf("front matter url: stored %q, warnings %q", im.Source.URL, im.Warnings)
	}
	rec := evidence.Source{Title: "T", Publisher: "P", Date: evidence.Date{Year: 2024}, Type: evidence.Report, URL: "https://example.org/a b"}
	if im, err := library.Import(path, library.Meta{Record: &rec, RecordName: "r.json"}); err != nil || im.Source.URL != "https://example.org/a b" || len(im.Warnings) != 1 || !strings.Contains(im.Warnings[0], "holds a space") {
		// Kept, and said since hostile check 51 (TestURLWithASpaceIsSaidByImportAsCheckSaysIt).
		t.Errorf("an http URL with a space: %v, url %q, warnings %q", err, im.Source.URL, im.Warnings)
	}
}
