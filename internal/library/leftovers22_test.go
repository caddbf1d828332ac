package library_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/cypx/cypx/internal/corpus"

	"github.com/cypx/cypx/internal/library"
)

// TestFrontMatterValueNotReadIsSaid: an imported Markdown file whose
// front matter gives a value cypx cannot read (a !!binary title, a date
// with month 13) has it completed by a flag or a guess only with a warning
// naming its line; when nothing completes it, the refusal names that line
// too, not only "could not tell".
func TestFrontMatterValueNotReadIsSaid(t *testing.T) {
	body := "\nChildren and young people waited longer than 18 weeks for community paediatrics in 2024, and 4,120 children were waiting.\n"
	md := "---\ntitle: !!binary SGVsbG8gd29ybGQ=\npublisher: NHS Providers\ndate: 2024-13-01\n---\n" + body
	_, err := library.Import(write(t, "bin.md", []byte(md)), library.Meta{Type: "report"})
	if err == nil || !strings.Contains(err.Error(), "could not tell the date") || !strings.Contains(err.Error(), "line 4: date: bad date") {
		t.Errorf("refusal: %v, want it to name line 4's date", err)
	}
	im, err := library.Import(write(t, "bin2.md", []byte(md)), library.Meta{Type: "report", Date: "2024-03"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Source.Title, "SGVsbG8") {
		t.Errorf("the base64 became the title: %q", im.Source.Title)
	}
	warned := strings.Join(im.Warnings, "\n")
	for _, want := range []string{"line 2: title: a YAML !!binary value", "line 4: date: bad date \"2024-13-01\""} {
		if !strings.Contains(warned, want) {
			t.Errorf("warnings %q, want %q", warned, want)
		}
	}
}

// TestLinksThroughTheMergeAreChecked: the library merged with the bundled
// corpus, as searches read it, checks a source that is a link as a corpus
// folder does: one leading out of the library is not read, one leading to
// nothing is said so once. Before, the merge hid that they were links: a
// link to any file the user can read was indexed and quoted.
func TestLinksThroughTheMergeAreChecked(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(t.TempDir(), "secret.md")
	os.WriteFile(secret, []byte("---\ntitle: Secret\npublisher: X\ndate: 2024\ntype: report\n---\n\nThe secret is that 4,120 squirrels were waiting at the end of March across England.\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.Symlink(secret, filepath.Join(dir, "sources", "evil.md"))
	os.Symlink("gone.md", filepath.Join(dir, "sources", "y.md"))
	docs, probs := corpus.Load(library.Merge{First: os.DirFS(dir), Second: fstest.MapFS{}})
	for _, d := range docs {
		if d.Source.ID == "evil" {
			t.Errorf("the link out of the library was read: %q", d.Source.Title)
		}
	}
	want := map[string]string{"sources/evil.md": "a link to " + secret + ", outside the folder of sources", "sources/y.md": "a link to gone.md, which leads to no file"}
	for _, p := range probs {
		if w, ok := want[p.File]; ok && strings.HasPrefix(p.Message, w) {
			delete(want, p.File)
		}
	}
	if len(want) > 0 {
		t.Errorf("missing problems %v; got %v", want, probs)
	}
}

// TestLibraryThatIsALinkToNothingIsNamedOnce: adding to or removing from
// a library whose folder (or sources folder) is a link to nothing names
// the link once, with where it leads and what to do.
func TestLibraryThatIsALinkToNothingIsNamedOnce(t *testing.T) {
	for _, at := range []string{"", "sources"} {
		lib := library.Library{Dir: filepath.Join(t.TempDir(), "library")}
		link := filepath.Join(lib.Dir, at)
		os.MkdirAll(filepath.Dir(link), 0o755)
		os.Symlink("/nonexistent/lib", link)
		want := link + " is a link to /nonexistent/lib, which is no folder: create that folder, or remove the link"
		err := lib.CanSave()
		if err == nil || !strings.Contains(err.Error(), want) || strings.Count(err.Error(), lib.Dir) != 1 {
			t.Errorf("%q: add: %v, want %q", at, err, want)
		}
		_, err = lib.Remove("x", time.Now())
		if err == nil || err.Error() != want {
			t.Errorf("%q: remove: %v, want %q", at, err, want)
		}
	}
}

// TestFileAboveTheLibraryIsNamed: a file where a folder above the library
// must be ($CYPX_HOME/data) is the library's problem, naming that file, as
// a library that is a file is; it was listed as an empty library.
func TestFileAboveTheLibraryIsNamed(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	os.WriteFile(data, []byte("x"), 0o644)
	lib := library.Library{Dir: filepath.Join(data, "library")}
	_, probs := lib.Sources()
	if len(probs) != 1 || probs[0].File != data || !strings.HasPrefix(probs[0].Message, "a file, not a folder: the library "+lib.Dir+" cannot be read; move the file aside") {
		t.Errorf("%+v", probs)
	}
	if len(lib.NotAFolder()) != 1 {
		t.Errorf("NotAFolder: %v", lib.NotAFolder())
	}
}
