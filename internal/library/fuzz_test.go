package library_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/library"
)

// importInvariants: an import either fails with an error naming the file,
// or gives a source that loads back as a valid corpus file with items.
func importInvariants(t *testing.T, path string) {
	im, err := library.Import(path, library.Meta{Publisher: "P", Date: "2024", Type: "report", Title: "T"})
	if err != nil {
		if !strings.Contains(err.Error(), filepath.Base(path)) && !strings.Contains(err.Error(), "poppler") {
			t.Fatalf("error does not name the file: %v", err)
		}
		return
	}
	data, err := im.File()
	if err != nil {
		t.Fatal(err)
	}
	_, problems := corpus.Parse("sources/x.md", data)
	for _, p := range problems {
		if p.Skipped {
			t.Fatalf("imported source does not load: %v\n%s", p, data)
		}
	}
	if len(im.Items) == 0 {
		t.Fatal("import succeeded with no items")
	}
}

func FuzzImportHTML(f *testing.F) {
	f.Add(newsPage)
	f.Add("<html><body><p>Nearly half of all children waited more than 18 weeks for help.</p></body></html>")
	f.Add("<!doctype html><html><head><title>x</title></head><body><script>alert(1)</script><p>\x1b[31m red \x07</p></body></html>")
	// Templates whose metadata is JSON-LD, a labelled date, a title
	// suffix or a logo.
	for _, name := range []string{"guardian-liveblog.html", "ons-bulletin.html", "sharepoint-intranet.html"} {
		data, err := os.ReadFile(filepath.Join("testdata", "import", "web", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Fuzz(func(t *testing.T, page string) {
		if len(page) > 1<<15 {
			t.Skip()
		}
		p := filepath.Join(t.TempDir(), "page.html")
		os.WriteFile(p, []byte(page), 0o644)
		importInvariants(t, p)
	})
}

func FuzzImportEmail(f *testing.F) {
	for _, name := range []string{"multipart-qp.eml", "reply.eml", "forwarded.eml", "signature.eml", "newsletter.eml"} {
		data, err := os.ReadFile(filepath.Join("testdata", "import", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("From: a@b\nSubject: x\nDate: y\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: message/rfc822\n\nFrom: c\n\n--b--"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<15 {
			t.Skip()
		}
		p := filepath.Join(t.TempDir(), "message.eml")
		os.WriteFile(p, data, 0o644)
		importInvariants(t, p)
	})
}

func FuzzImportText(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("testdata", "import", "review.txt"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte("TITLE\n=====\n\n1.\tItem\nThe figure rose by 12% to 4,000 children this year.\n\u00b7  a bullet\n(2) another\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<15 {
			t.Skip()
		}
		p := filepath.Join(t.TempDir(), "notes.txt")
		os.WriteFile(p, data, 0o644)
		importInvariants(t, p)
	})
}

func FuzzImportPDF(f *testing.F) {
	if _, err := exec.LookPath("pdftohtml"); err != nil {
		f.Skip("poppler-utils is not installed")
	}
	f.Add(twoPagePDF())
	f.Add([]byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<15 {
			t.Skip()
		}
		p := filepath.Join(t.TempDir(), "doc.pdf")
		os.WriteFile(p, data, 0o644)
		importInvariants(t, p)
	})
}
