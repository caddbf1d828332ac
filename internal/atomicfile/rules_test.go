//go:build !windows

package atomicfile_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/cypx/cypx/internal/atomicfile"
)

// TestWriteKeepsModeAndLinks: a replaced file keeps its mode, a new one is
// 0644 under the umask, a link's target is replaced and the link stays,
// and a folder or a device is never replaced.
func TestWriteKeepsModeAndLinks(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	dir := t.TempDir()
	fresh := filepath.Join(dir, "sub", "new.json")
	if err := atomicfile.Write(fresh, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(fresh); info.Mode().Perm() != 0o640 {
		t.Errorf("new file under umask 027: %v, want 0640", info.Mode().Perm())
	}
	kept := filepath.Join(dir, "kept")
	os.WriteFile(kept, []byte("old"), 0o604)
	os.Chmod(kept, 0o604)
	atomicfile.Write(kept, []byte("new"))
	if info, _ := os.Stat(kept); info.Mode().Perm() != 0o604 {
		t.Errorf("replaced file: %v, want 0604 kept", info.Mode().Perm())
	}
	target := filepath.Join(dir, "target")
	os.WriteFile(target, []byte("old"), 0o600)
	chain := filepath.Join(dir, "link2")
	os.Symlink(target, filepath.Join(dir, "link1"))
	os.Symlink("link1", chain) // relative, through another link
	if err := atomicfile.Write(chain, []byte("via links")); err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{chain, filepath.Join(dir, "link1")} {
		if info, _ := os.Lstat(l); info.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link", l)
		}
	}
	if data, _ := os.ReadFile(target); string(data) != "via links" {
		t.Errorf("target holds %q", data)
	}
	if err := atomicfile.Write(dir, []byte("x")); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("writing over a folder: %v", err)
	}
	if err := atomicfile.Write(os.DevNull, []byte("x")); !errors.Is(err, atomicfile.ErrNotRegular) {
		t.Errorf("replacing a device: %v", err)
	}
	loop := filepath.Join(dir, "loop")
	os.Symlink(loop, loop)
	if err := atomicfile.Write(loop, []byte("x")); err == nil {
		t.Error("a link loop was written")
	}
}

// TestWriteNewIsExclusive: of many writers racing for one new name,
// exactly one wins and the file is whole.
func TestWriteNewIsExclusive(t *testing.T) {
	path := filepath.Join(t.TempDir(), "briefing.md")
	var wg sync.WaitGroup
	var mu sync.Mutex
	won := 0
	for i := range 16 {
		wg.Go(func() {
			err := atomicfile.WriteNew(path, []byte{byte('a' + i)})
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				won++
			case !errors.Is(err, fs.ErrExist):
				t.Errorf("writer %d: %v", i, err)
			}
		})
	}
	wg.Wait()
	data, _ := os.ReadFile(path)
	if won != 1 || len(data) != 1 {
		t.Errorf("%d writers won, file %q", won, data)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".tmp-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestWithinRefusesPathsOut: names and links that lead out of a folder.
func TestWithinRefusesPathsOut(t *testing.T) {
	root := t.TempDir()
	lib := filepath.Join(root, "lib")
	os.MkdirAll(lib, 0o755)
	os.Symlink(root, filepath.Join(lib, "up"))
	for _, p := range []string{filepath.Join(lib, "..", "x"), filepath.Join(lib, "up", "x"), "/etc/passwd", root} {
		if _, err := atomicfile.Within(lib, p); err == nil {
			t.Errorf("Within(%s) allowed", p)
		}
	}
	if _, err := atomicfile.Within(lib, filepath.Join(lib, "..x.md")); err != nil {
		t.Errorf("a name starting with dots inside: %v", err)
	}
}

// TestWriteNewRefusesAnyNameTaken: WriteNew writes only where nothing is,
// and a symbolic link is something, even one leading nowhere yet. Before,
// a dangling link planted in a shared folder under the name the explorer's
// export would take made cypx create the file the link pointed at, outside
// that folder, and say it had exported to the link's name.
func TestWriteNewRefusesAnyNameTaken(t *testing.T) {
	dir := t.TempDir()
	elsewhere := filepath.Join(t.TempDir(), "planted.md")
	link := filepath.Join(dir, "briefing.md")
	if err := os.Symlink(elsewhere, link); err != nil {
		t.Fatal(err)
	}
	if err := atomicfile.WriteNew(link, []byte("pack")); !errors.Is(err, fs.ErrExist) {
		t.Errorf("WriteNew through a dangling link: %v, want fs.ErrExist", err)
	}
	if _, err := os.Lstat(elsewhere); err == nil {
		t.Error("the file the dangling link points at was created")
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
}

// TestReplaceNeverWritesThrough: Replace puts its file in place of a link
// or a FIFO at the name, leaving what the link led to untouched, refuses a
// folder, and still follows links in the folders above the name.
func TestReplaceNeverWritesThrough(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir, outside := t.TempDir(), t.TempDir()
	victim := filepath.Join(outside, "victim")
	os.WriteFile(victim, []byte("keep"), 0o600)
	link := filepath.Join(dir, "table")
	if err := os.Symlink(victim, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if err := atomicfile.Replace(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(victim); string(got) != "keep" {
		t.Errorf("the link's target was written: %q", got)
	}
	if info, err := os.Lstat(link); err != nil || !info.Mode().IsRegular() || info.Mode().Perm() != 0o644 {
		t.Errorf("the link should be a new file now: %v, %v", info.Mode(), err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err == nil {
		if err := atomicfile.Replace(fifo, []byte("new")); err != nil {
			t.Errorf("a FIFO should be replaced: %v", err)
		} else if got, _ := os.ReadFile(fifo); string(got) != "new" {
			t.Errorf("after replacing the FIFO: %q", got)
		}
	}
	os.Mkdir(filepath.Join(dir, "folder"), 0o755)
	if err := atomicfile.Replace(filepath.Join(dir, "folder"), []byte("x")); err == nil {
		t.Error("a folder should be refused")
	}
	// A folder that is a link is followed, as a cache moved elsewhere is.
	moved := filepath.Join(dir, "moved")
	os.Symlink(outside, moved)
	if err := atomicfile.Replace(filepath.Join(moved, "f"), []byte("in")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(outside, "f")); string(got) != "in" {
		t.Errorf("through a linked folder: %q", got)
	}
}

// TestAPathThroughAFileNamesTheFile: a path that must lead through a
// folder where a file stands (a library set under a file) is refused
// naming the file, still ENOTDIR for errors.Is. Before: the bare "not a
// directory" of filepath.EvalSymlinks, naming nothing ("cypx add" said
// "r.txt: not a directory"; "cypx remove" "not a directory").
func TestAPathThroughAFileNamesTheFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "notes")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{filepath.Join(file, "library", "x.md"), filepath.Join(file, "library", "sources", "x.md")} {
		_, err := atomicfile.Within(filepath.Join(file, "library"), path)
		var nf *atomicfile.NotAFolderError
		if !errors.As(err, &nf) || nf.File != file || !errors.Is(err, syscall.ENOTDIR) || !strings.Contains(err.Error(), file+" is a file, not a folder") {
			t.Errorf("%s: %v", path, err)
		}
	}
}

// TestLinkIntoAMissingFolderIsRefused: a basket.json (or history, saved
// searches, settings) that is a link to a file in a folder not made yet
// was written through, the folders created on the way, wherever the link
// led. It is refused naming the link and the folder; a link to a file not
// made yet in a folder that is there is still written through.
func TestLinkIntoAMissingFolderIsRefused(t *testing.T) {
	dir := t.TempDir()
	far := filepath.Join(t.TempDir(), "nosuch", "deeper")
	link := filepath.Join(dir, "basket.json")
	if err := os.Symlink(filepath.Join(far, "basket.json"), link); err != nil {
		t.Fatal(err)
	}
	err := atomicfile.Write(link, []byte("{}\n"))
	if err == nil || !strings.Contains(err.Error(), "whose folder") || !strings.Contains(err.Error(), far) {
		t.Errorf("Write through a link into a missing folder: %v", err)
	}
	if _, err := os.Stat(filepath.Dir(far)); err == nil {
		t.Errorf("%s was created", filepath.Dir(far))
	}
	there := filepath.Join(t.TempDir(), "new.json")
	os.Remove(link)
	os.Symlink(there, link)
	if err := atomicfile.Write(link, []byte("{}\n")); err != nil {
		t.Fatalf("Write through a link to a new file: %v", err)
	}
	if b, _ := os.ReadFile(there); string(b) != "{}\n" {
		t.Errorf("the link's target holds %q", b)
	}
	// A path that is no link still gets its folders.
	if err := atomicfile.Write(filepath.Join(dir, "state", "cypx", "h.json"), []byte("{}\n")); err != nil {
		t.Errorf("Write into folders not made yet: %v", err)
	}
}
