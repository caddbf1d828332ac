package library_test

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/cypx/cypx/internal/library"
)

// TestUTF16TextIsImported: text saved as UTF-16 with a byte-order mark
// (Notepad's "Unicode", Windows PowerShell's redirect) is read as the
// text it is, in either byte order; cut short, it is refused saying so.
func TestUTF16TextIsImported(t *testing.T) {
	text := "Waits in Fenwold\n\nThe children and families in the area waited 12 weeks for an appointment with the speech and language team.\n"
	for name, order := range map[string]binary.AppendByteOrder{"le": binary.LittleEndian, "be": binary.BigEndian} {
		data := order.AppendUint16(nil, 0xfeff)
		for _, u := range utf16.Encode([]rune(text)) {
			data = order.AppendUint16(data, u)
		}
		im, err := library.Import(write(t, name+".txt", data), library.Meta{Publisher: "Fenwold Council", Date: "2024", Type: "report"})
		if err != nil || !strings.Contains(im.Body, "waited 12 weeks") {
			t.Errorf("%s: %v; body %.80q", name, err, im.Body)
		}
		if _, err := library.Import(write(t, name+"cut.txt", data[:len(data)-1]), library.Meta{Publisher: "Fenwold Council", Date: "2024", Type: "report"}); err == nil || !strings.Contains(err.Error(), "UTF-16") {
			t.Errorf("%s cut short: %v", name, err)
		}
	}
}

// TestEmailWithNoClosingBoundaryIsRead: a multipart e-mail whose closing
// boundary never comes is read up to its end, with a warning, not refused
// whole with "unexpected EOF".
func TestEmailWithNoClosingBoundaryIsRead(t *testing.T) {
	mail := "From: Jane Okafor <jane@fenwold.gov.uk>\nTo: forum@example.org\nSubject: Waits\nDate: Tue, 1 Oct 2024 10:00:00 +0100\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"zz\"\n\n--zz\nContent-Type: text/plain\n\nThe children and families in the area waited 12 weeks for an appointment with the speech and language team.\n"
	im, err := library.Import(write(t, "cut.eml", []byte(mail)), library.Meta{Publisher: "Fenwold Council", Type: "report"})
	if err != nil || !strings.Contains(im.Body, "waited 12 weeks") || !strings.Contains(strings.Join(im.Warnings, "\n"), "ends part way") {
		t.Errorf("%v; body %.80q; warnings %q", err, im.Body, im.Warnings)
	}
}

// TestNoEvidenceSaysWhy: a file whose long paragraphs are all furniture
// is not said to have none, and an e-mail whose text was left out as
// damaged says so in the refusal.
func TestNoEvidenceSaysWhy(t *testing.T) {
	meta := library.Meta{Publisher: "Fenwold Council", Date: "2024", Type: "report"}
	_, err := library.Import(write(t, "furn.txt", []byte("Newsletter\n\nThanks for reading Wait Watch! Subscribe for free to receive new posts and support my work.\n\nIf you are waiting too, I would love to hear from you: reply to this email or leave a comment below.\n")), meta)
	if err == nil || !strings.Contains(err.Error(), "2 paragraphs of eight words or more are all page furniture") {
		t.Errorf("furniture: %v", err)
	}
	mail := "From: Jane Okafor <jane@fenwold.gov.uk>\nSubject: Waits\nDate: Tue, 1 Oct 2024 10:00:00 +0100\nMIME-Version: 1.0\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!!not base64!!!!\nThe children and families in the area waited 12 weeks for an appointment.\n"
	_, err = library.Import(write(t, "b64.eml", []byte(mail)), meta)
	if err == nil || !strings.Contains(err.Error(), "damaged base64") {
		t.Errorf("damaged base64: %v", err)
	}
	_, err = library.Import(write(t, "short.txt", []byte("Waits\n\nChildren waited.\n")), meta)
	if err == nil || !strings.Contains(err.Error(), "no paragraph of eight words or more") {
		t.Errorf("short: %v", err)
	}
}

// TestTrashThatIsNoFolderSaysWhat: a trash that is a file, or a link to a
// folder that is gone, is named for what it is, and the source stays.
func TestTrashThatIsNoFolderSaysWhat(t *testing.T) {
	for name, c := range map[string]struct {
		make func(trash string)
		want string
	}{
		"file": {func(trash string) { os.WriteFile(trash, []byte("x"), 0o644) }, "is a file, not a folder"},
		"link": {func(trash string) { os.Symlink("/nonexistent/trash", trash) }, "is a link to /nonexistent/trash, which is no folder"},
	} {
		lib := library.Library{Dir: filepath.Join(t.TempDir(), "library")}
		src := filepath.Join(lib.Dir, "sources", "x.md")
		os.MkdirAll(filepath.Dir(src), 0o755)
		os.WriteFile(src, []byte("keep"), 0o644)
		c.make(filepath.Join(lib.Dir, "trash"))
		_, err := lib.Remove("x", time.Now())
		if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "mkdir") {
			t.Errorf("%s: %v, want it to say %s", name, err, c.want)
		}
		if _, err := os.Stat(src); err != nil {
			t.Errorf("%s: the source was moved: %v", name, err)
		}
	}
}

// TestLibraryThatIsNoFolderIsNotEmpty: a library, or its sources folder,
// that is a file or a link to nothing is a problem naming it, not an empty
// library.
func TestLibraryThatIsNoFolderIsNotEmpty(t *testing.T) {
	for name, c := range map[string]struct {
		make func(dir string) string
		want string
	}{
		"library a file": {func(dir string) string { os.WriteFile(dir, []byte("x"), 0o644); return dir }, "a file, not a folder"},
		"library a link": {func(dir string) string { os.Symlink("/nonexistent/lib", dir); return dir }, "a link to /nonexistent/lib, which is no folder"},
		"sources a file": {func(dir string) string {
			os.MkdirAll(dir, 0o755)
			p := filepath.Join(dir, "sources")
			os.WriteFile(p, []byte("x"), 0o644)
			return p
		}, "a file, not a folder"},
	} {
		dir := filepath.Join(t.TempDir(), "library")
		at := c.make(dir)
		_, probs := library.Library{Dir: dir}.Sources()
		if len(probs) != 1 || probs[0].File != at || !strings.Contains(probs[0].Message, c.want) {
			t.Errorf("%s: %v, want %s: %s", name, probs, at, c.want)
		}
	}
	if _, probs := (library.Library{Dir: filepath.Join(t.TempDir(), "none")}).Sources(); len(probs) != 0 {
		t.Errorf("a library not made yet: %v", probs)
	}
}

// TestTrashThatIsALinkLoopSaysSo: a trash that is a link leading round to
// itself (trash → t2 → trash) is said to be a symbolic link loop, named
// (check33). Before: "is a link to t2, which is no folder", as if t2 were
// missing.
func TestTrashThatIsALinkLoopSaysSo(t *testing.T) {
	lib := library.Library{Dir: filepath.Join(t.TempDir(), "library")}
	src := filepath.Join(lib.Dir, "sources", "x.md")
	os.MkdirAll(filepath.Dir(src), 0o755)
	os.WriteFile(src, []byte("keep"), 0o644)
	trash := filepath.Join(lib.Dir, "trash")
	os.Symlink("t2", trash)
	os.Symlink("trash", filepath.Join(lib.Dir, "t2"))
	_, err := lib.Remove("x", time.Now())
	if err == nil || !strings.Contains(err.Error(), trash+" is a symbolic link loop") || strings.Contains(err.Error(), "no folder") {
		t.Errorf("a trash that loops: %v", err)
	}
	if _, err := os.Stat(src); err != nil {
		t.Errorf("the source was moved: %v", err)
	}
}
