package library_test

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

func write(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func needPoppler(t *testing.T) {
	if _, err := exec.LookPath("pdftohtml"); err != nil {
		t.Skip("poppler-utils (pdftohtml) is not installed: PDF import is not tested here")
	}
}

func TestImportPDFKeepsPagesForCitations(t *testing.T) {
	needPoppler(t)
	im, err := library.Import(write(t, "review.pdf", twoPagePDF()), library.Meta{Type: "review"})
	if err != nil {
		t.Fatal(err)
	}
	s := im.Source
	if s.Title != "Community services for children: a review" || s.Publisher != "Care Quality Commission" || s.Date.String() != "2023-05-14" || im.Pages != 2 {
		t.Errorf("metadata %+v pages %d", s, im.Pages)
	}
	if len(im.Guessed) != 3 {
		t.Errorf("guessed %v", im.Guessed)
	}
	if strings.Contains(im.Body, "community services review") || strings.Contains(im.Body, "\n1\n") || strings.Contains(im.Body, "\n2\n") {
		t.Errorf("running header or page numbers kept:\n%s", im.Body)
	}
	if !strings.Contains(im.Body, "<!-- page 2 -->") || !strings.Contains(im.Body, "the intervention offered") {
		t.Errorf("body:\n%s", im.Body)
	}
	var stat, rec evidence.Item
	for _, it := range im.Items {
		switch it.Kind {
		case evidence.Statistic:
			stat = it
		case evidence.Recommendation:
			rec = it
		}
	}
	if got := evidence.Cite(stat, evidence.Harvard, evidence.FormatFigure, time.Time{}); got != "42% (Care Quality Commission, 2023, p. 2)" {
		t.Errorf("figure citation %q", got)
	}
	if rec.Page != 2 || len(rec.Actors) != 1 || rec.Actors[0] != evidence.OtherActor {
		t.Errorf("recommendation %+v", rec)
	}
}

func TestImportHTMLKeepsTheArticleOnly(t *testing.T) {
	im, err := library.Import(write(t, "story.html", []byte(newsPage)), library.Meta{Type: "news"})
	if err != nil {
		t.Fatal(err)
	}
	for _, noise := range []string{"cookies", "Home", "Jobs", "Related articles", "Hospital bed numbers", "Copyright", "Privacy"} {
		if strings.Contains(im.Body, noise) {
			t.Errorf("page furniture %q kept:\n%s", noise, im.Body)
		}
	}
	for _, want := range []string{"## What the charities want", "- Ministers should set a maximum waiting time standard",
		"published this week.", "Nearly four in 10 of those referred"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	if strings.Contains(im.Body, "NHS data") == false {
		t.Errorf("inline markup split a sentence:\n%s", im.Body)
	}
	s := im.Source
	if !strings.HasPrefix(s.Title, "Waits for children's mental health care grow") || s.Publisher != "Health News Daily" || s.Date.String() != "2024-03-05" {
		t.Errorf("metadata %+v", s)
	}
	kinds := map[evidence.Kind]int{}
	for _, it := range im.Items {
		kinds[it.Kind]++
	}
	if kinds[evidence.Statistic] < 2 || kinds[evidence.Recommendation] != 2 {
		t.Errorf("items by kind %v", kinds)
	}
}

func TestImportRefusesBadInputWithAReason(t *testing.T) {
	big := filepath.Join(t.TempDir(), "huge.txt")
	f, _ := os.Create(big)
	f.Truncate(library.MaxImportBytes + 1)
	f.Close()
	cases := []struct {
		name, file string
		data       []byte
		meta       library.Meta
		want       string
	}{
		{"empty", "empty.txt", []byte("  \n"), library.Meta{}, "empty file"},
		{"garbage named pdf", "fake.pdf", []byte("\x00\x01\x02garbage\xff\xfe"), library.Meta{}, "not a PDF"},
		{"binary", "data.bin", []byte("\x00\x01\x02\x03\x04\x05 binary"), library.Meta{}, "holds binary data"},
		{"no metadata", "notes.txt", []byte("Waiting times for children's services grew again this year across England.\n"), library.Meta{}, `pass --publisher "NAME" --date YYYY-MM-DD (or YYYY-MM, YYYY) --type TYPE`},
		{"no evidence", "short.txt", []byte("Hello.\n"), library.Meta{Publisher: "P", Date: "2024", Type: "report"}, "no evidence found"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := library.Import(write(t, c.file, c.data), c.meta)
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.file) {
				t.Errorf("error %v, want one naming %s and saying %q", err, c.file, c.want)
			}
		})
	}
	if _, err := library.Import(big, library.Meta{}); err == nil || !strings.Contains(err.Error(), "over the 100 MB limit") {
		t.Errorf("100 MB file: %v", err)
	}
	needPoppler(t)
	scanned := makePDF([][]string{{""}, {""}}, "Scan", "Someone", "20200101")
	if _, err := library.Import(write(t, "scan.pdf", scanned), library.Meta{}); err == nil || !strings.Contains(err.Error(), "no text layer: run OCR first") {
		t.Errorf("scanned PDF: %v", err)
	}
}

func TestWindows1252TextIsDecodedWithAWarning(t *testing.T) {
	data := []byte("Nearly half of services said \x93long waits\x94 were getting worse \x96 a fall of 12% since 2019.\n")
	im, err := library.Import(write(t, "old.txt", data), library.Meta{Publisher: "P", Date: "2020", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "“long waits”") || !strings.Contains(im.Body, "worse – a fall") || len(im.Warnings) != 1 {
		t.Errorf("body %q warnings %v", im.Body, im.Warnings)
	}
}

func TestSaveNeverOverwritesAndRemoveKeepsATrashCopy(t *testing.T) {
	lib := library.Library{Dir: t.TempDir()}
	im, err := library.Import(write(t, "story.html", []byte(newsPage)), library.Meta{Type: "news"})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := im.File()
	path, err := lib.Save(im.Source.ID, data, false)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	if _, err := lib.Save(im.Source.ID, []byte("other"), false); !errors.Is(err, library.ErrExists) {
		t.Errorf("second save: %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("a refused save changed the file")
	}
	if _, err := lib.Save(im.Source.ID, data, true); err != nil {
		t.Errorf("--force: %v", err)
	}
	srcs, probs := lib.Sources()
	if len(srcs) != 1 || len(probs) != 0 || srcs[0].Publisher != "Health News Daily" {
		t.Errorf("library sources %v %v", srcs, probs)
	}
	removed, err := lib.Remove(im.Source.ID, time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC))
	dest := removed.Trash
	if err != nil {
		t.Fatal(err)
	}
	if kept, _ := os.ReadFile(dest); string(kept) != string(before) || !strings.Contains(dest, "trash") {
		t.Errorf("removed file not kept in the trash: %s", dest)
	}
	if srcs, _ := lib.Sources(); len(srcs) != 0 {
		t.Error("removed source still listed")
	}
}

// TestMergeListsBothCorpora: globbing and reading the sources folder of a
// merged corpus give the files of both, the first's winning a shared name,
// even when one corpus's folder is empty or missing.
func TestMergeListsBothCorpora(t *testing.T) {
	lib := fstest.MapFS{
		"sources/a.md":      {Data: []byte("library a")},
		"sources/shared.md": {Data: []byte("library copy")},
	}
	bundledFS := fstest.MapFS{
		"sources/b.md":      {Data: []byte("bundled b")},
		"sources/shared.md": {Data: []byte("bundled copy")},
		"themes.yaml":       {Data: []byte("themes")},
	}
	emptyLib := fstest.MapFS{"sources": {Mode: fs.ModeDir | 0o755}}
	for name, m := range map[string]library.Merge{
		"both":             {First: lib, Second: bundledFS},
		"empty library":    {First: emptyLib, Second: bundledFS},
		"no library":       {First: fstest.MapFS{}, Second: bundledFS},
		"no second corpus": {First: lib},
	} {
		t.Run(name, func(t *testing.T) {
			var want []string
			for _, f := range []fs.FS{m.First, m.Second} {
				if f == nil {
					continue
				}
				names, _ := fs.Glob(f, "sources/*.md")
				for _, n := range names {
					if !slices.Contains(want, path.Base(n)) {
						want = append(want, path.Base(n))
					}
				}
			}
			slices.Sort(want)
			entries, err := fs.ReadDir(m, "sources")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range entries {
				got = append(got, e.Name())
			}
			if !slices.Equal(got, want) {
				t.Errorf("ReadDir: %v, want %v", got, want)
			}
			globbed, err := fs.Glob(m, "sources/*.md")
			if err != nil || len(globbed) != len(want) {
				t.Errorf("Glob: %v (%v), want %d files", globbed, err, len(want))
			}
			if name == "both" {
				if data, err := fs.ReadFile(m, "sources/shared.md"); err != nil || string(data) != "library copy" {
					t.Errorf("shared.md read %q (%v): the first corpus's copy should win", data, err)
				}
			}
		})
	}
	if _, err := fs.ReadDir(library.Merge{First: fstest.MapFS{}, Second: fstest.MapFS{}}, "sources"); err == nil {
		t.Error("a folder missing from both corpora should be an error")
	}
}

func TestGuessLeavesWhatTheFileDoesNotSayEmpty(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notes.txt")
	os.WriteFile(path, []byte("Waiting times for children\n\nAbout 40% of children waited more than 18 weeks for their first appointment last year.\n"), 0o644)
	if _, err := library.Import(path, library.Meta{AssumeType: true}); err == nil || !strings.Contains(err.Error(), "--publisher") {
		t.Fatalf("Import without metadata should ask for --publisher: %v", err)
	}
	im, err := library.Guess(path)
	if err != nil {
		t.Fatal(err)
	}
	s := im.Source
	if s.Title != "Waiting times for children" || s.Publisher != "" || !s.Date.IsZero() || s.Type != evidence.Report || im.Format != "text" {
		t.Errorf("guess: %+v (format %s)", s, im.Format)
	}
	if strings.Join(im.Guessed, "; ") != "title (the first line); type (assumed: report)" {
		t.Errorf("guessed: %q", im.Guessed)
	}
	// What the form completes imports.
	full, err := library.Import(path, library.Meta{Title: s.Title, Publisher: "Local Trust", Date: "2024-05", Type: string(s.Type)})
	if err != nil || full.Source.Publisher != "Local Trust" || len(full.Items) == 0 {
		t.Errorf("import with the form's fields: %v %+v", err, full.Source)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("Guess or Import wrote files: %v", entries)
	}
}

// TestMarkdownFrontMatterTheLoaderRefusesIsNotDropped: a Markdown file
// whose front matter holds a value the loader would skip the source for (a
// list for a note, a key given twice, a date it cannot read in accessed:)
// is refused at its line, as an unknown key is; a missing or unreadable
// title, publisher, date or type is still asked for with the flags. Before,
// the import dropped such a value without a word, and wrote a source
// without the user's note, second note or access date.
func TestMarkdownFrontMatterTheLoaderRefusesIsNotDropped(t *testing.T) {
	const body = "In 2023, 45% of children waited more than 18 weeks for help here.\n"
	meta := library.Meta{Publisher: "P", Date: "2024", Type: "report"}
	for _, c := range []struct{ name, fm, want string }{
		{"list note", "note: [first point, second point]\n", "line 5: note: want a single value"},
		{"map url", "url: {href: x}\n", "line 5: url: want a single value"},
		{"note twice", "note: a\nnote: b\n", `line 6: key "note" given twice`},
		{"accessed unread", "accessed: yesterday\n", "line 5: accessed: "},
		{"empty place", "place: \"\"\n", "line 5: place: empty value"},
		{"title twice", "title: U\n", `line 5: key "title" given twice`},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := "---\ntitle: T\npublisher: P\ndate: 2024-01-01\n" + c.fm + "---\n" + body
			_, err := library.Import(write(t, "r.md", []byte(data)), meta)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want one saying %q", err, c.want)
			}
		})
	}
	for _, fm := range []string{"date: 15/07/2024\n", "type: blogpost\n", ""} {
		data := "---\ntitle: T\npublisher: P\n" + fm + "---\n" + body
		im, err := library.Import(write(t, "ok.md", []byte(data)), meta)
		if err != nil || im.Source.Date.Year != 2024 || im.Source.Type != "report" {
			t.Errorf("%q completed by the flags: %v, source %+v", fm, err, im.Source)
		}
	}
}

// TestMarkdownFrontMattersIDIsKept: a Markdown file's own id: key (the
// corpus format's, which a story's about: may name) is the id it is
// imported under, unless --id is given; a bad one is refused at its line.
// Before, it was dropped without a word and an id made from the metadata
// used instead ("id: my-chosen-id" imported as p-2024-t9), breaking every
// about: that named it.
func TestMarkdownFrontMattersIDIsKept(t *testing.T) {
	const body = "In 2023, 45% of children waited more than 18 weeks for help here.\n"
	data := "---\ntitle: T9\npublisher: P\ndate: 2024\ntype: report\nid: my-chosen-id\n---\n" + body
	im, err := library.Import(write(t, "r.md", []byte(data)), library.Meta{})
	if err != nil || im.Source.ID != "my-chosen-id" {
		t.Errorf("front matter's id: %q, %v", im.Source.ID, err)
	}
	if im, err = library.Import(write(t, "r.md", []byte(data)), library.Meta{ID: "flag-id"}); err != nil || im.Source.ID != "flag-id" {
		t.Errorf("--id wins: %q, %v", im.Source.ID, err)
	}
	bad := "---\ntitle: T9\npublisher: P\ndate: 2024\ntype: report\nid: a/b\n---\n" + body
	if _, err = library.Import(write(t, "r.md", []byte(bad)), library.Meta{}); err == nil || !strings.Contains(err.Error(), "line 6:") {
		t.Errorf("a bad id in the front matter: %v, want a refusal at line 6", err)
	}
	if im, err = library.Import(write(t, "r.md", []byte(strings.Replace(data, "id: my-chosen-id\n", "", 1))), library.Meta{}); err != nil || im.Source.ID != "p-2024-t9" {
		t.Errorf("no id: %q, %v, want one made from the metadata", im.Source.ID, err)
	}
}
