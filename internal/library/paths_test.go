package library_test

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/library"
)

// TestSaveAndRemoveStayInTheLibrary: ids that are paths are refused, and a
// link planted in the library that points out of it is neither written
// through nor used as the trash.
func TestSaveAndRemoveStayInTheLibrary(t *testing.T) {
	root := t.TempDir()
	lib := library.Library{Dir: filepath.Join(root, "library")}
	outside := filepath.Join(root, "outside")
	os.MkdirAll(outside, 0o755)
	os.WriteFile(filepath.Join(outside, "keep.md"), []byte("keep"), 0o644)
	for _, id := range []string{"../../outside/notes", "../outside/keep", "a/b", "/abs", "", "x y", "-x"} {
		if _, err := lib.Save(id, []byte("data"), true); err == nil {
			t.Errorf("Save(%q) was allowed", id)
		}
		if _, err := lib.Remove(id, time.Now()); err == nil {
			t.Errorf("Remove(%q) was allowed", id)
		}
	}
	if entries, _ := os.ReadDir(outside); len(entries) != 1 {
		t.Errorf("files appeared outside the library: %v", entries)
	}
	if runtime.GOOS == "windows" {
		return // links need privileges there
	}
	// A link inside the library to a file outside it.
	sources := filepath.Join(lib.Dir, "sources")
	os.MkdirAll(sources, 0o755)
	if err := os.Symlink(filepath.Join(outside, "keep.md"), filepath.Join(sources, "planted.md")); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Save("planted", []byte("overwritten"), true); err == nil || !strings.Contains(err.Error(), "outside the library, which cypx never writes through") {
		t.Errorf("Save through a link out of the library: %v", err)
	}
	if data, _ := os.ReadFile(filepath.Join(outside, "keep.md")); string(data) != "keep" {
		t.Errorf("the file outside was written: %q", data)
	}
	// A link inside the library to a file inside it is replaced itself,
	// as a file of the source's own, and the file it led to is left as
	// it was (TestForcedSaveReplacesALinkNotItsFile).
	os.WriteFile(filepath.Join(lib.Dir, "real.md"), []byte("old"), 0o600)
	os.Symlink(filepath.Join(lib.Dir, "real.md"), filepath.Join(sources, "linked.md"))
	if _, err := lib.Save("linked", []byte("new"), true); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Lstat(filepath.Join(sources, "linked.md"))
	linked, _ := os.ReadFile(filepath.Join(sources, "linked.md"))
	data, _ := os.ReadFile(filepath.Join(lib.Dir, "real.md"))
	if !info.Mode().IsRegular() || string(linked) != "new" || string(data) != "old" {
		t.Errorf("linked source: a file %v holding %q, the link's file %q", info.Mode().IsRegular(), linked, data)
	}
	// A trash folder that is a link out of the library is not used (the
	// forced save above kept the link it replaced in a trash of its own,
	// moved aside here so the link can take its place).
	os.RemoveAll(filepath.Join(lib.Dir, "trash"))
	if err := os.Symlink(outside, filepath.Join(lib.Dir, "trash")); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(sources, "victim.md"), []byte("v"), 0o644)
	if _, err := lib.Remove("victim", time.Now()); err == nil {
		t.Error("Remove moved a source through a trash link out of the library")
	}
	if _, err := os.Stat(filepath.Join(sources, "victim.md")); err != nil {
		t.Errorf("the source was moved: %v", err)
	}
}

// TestSaveWithoutForceNeverReplaces: the existence check and the write
// are one step.
func TestSaveWithoutForceNeverReplaces(t *testing.T) {
	lib := library.Library{Dir: t.TempDir()}
	if _, err := lib.Save("one", []byte("first"), false); err != nil {
		t.Fatal(err)
	}
	_, err := lib.Save("one", []byte("second"), false)
	if !errors.Is(err, library.ErrExists) {
		t.Errorf("second save: %v, want ErrExists", err)
	}
	if data, _ := os.ReadFile(filepath.Join(lib.Dir, "sources", "one.md")); string(data) != "first" {
		t.Errorf("replaced without force: %q", data)
	}
}

// TestRemoveNeverReplacesInTheTrash: removals at the same instant get
// names of their own.
func TestRemoveNeverReplacesInTheTrash(t *testing.T) {
	lib := library.Library{Dir: t.TempDir()}
	now := time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)
	for i := range 3 {
		if _, err := lib.Save("same", []byte{byte('a' + i)}, true); err != nil {
			t.Fatal(err)
		}
		if _, err := lib.Remove("same", now); err != nil {
			t.Fatal(err)
		}
	}
	entries, _ := os.ReadDir(filepath.Join(lib.Dir, "trash"))
	seen := map[string]bool{}
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(lib.Dir, "trash", e.Name()))
		seen[string(data)] = true
	}
	if len(entries) != 3 || !seen["a"] || !seen["b"] || !seen["c"] {
		t.Errorf("trash: %d files, contents %v; want a, b and c kept", len(entries), seen)
	}
}

// TestSaveRefusesAnIDDifferingOnlyInCase: add --id Ok-Id then --id ok-id
// were both accepted; on macOS and Windows the second replaces the first.
func TestSaveRefusesAnIDDifferingOnlyInCase(t *testing.T) {
	lib := library.Library{Dir: t.TempDir()}
	if _, err := lib.Save("Ok-Id", []byte("first"), false); err != nil {
		t.Fatal(err)
	}
	for _, force := range []bool{false, true} {
		if _, err := lib.Save("ok-id", []byte("second"), force); err == nil || !strings.Contains(err.Error(), `"Ok-Id", which differs only in case`) {
			t.Errorf("force %v: %v", force, err)
		}
	}
	if _, err := lib.Save("ok.", []byte("dot"), false); err == nil {
		t.Error("an id ending in a dot was saved")
	}
	if entries, _ := os.ReadDir(filepath.Join(lib.Dir, "sources")); len(entries) != 1 {
		t.Errorf("sources: %v", entries)
	}
	if data, _ := os.ReadFile(filepath.Join(lib.Dir, "sources", "Ok-Id.md")); string(data) != "first" {
		t.Errorf("Ok-Id now holds %q", data)
	}
}

// TestIDsAreTheLoadersNotTheFileNames: a source's id is its id: key when
// it has one (as the loader and 'cypx library' read it), not its file
// name. With alpha.md saying "id: beta2" and beta.md saying "id: alpha",
// 'cypx remove alpha' moved alpha.md — the source listed as beta2 — and
// left the one listed as alpha; 'cypx add --id beta2' wrote beta2.md,
// which the loader then skipped as a duplicate of alpha.md's, after the
// import had been reported.
func TestIDsAreTheLoadersNotTheFileNames(t *testing.T) {
	lib := library.Library{Dir: t.TempDir()}
	sources := filepath.Join(lib.Dir, "sources")
	os.MkdirAll(sources, 0o755)
	src := func(title, id string) []byte {
		return []byte("---\ntitle: " + title + "\nid: " + id + "\npublisher: X\ndate: 2024\ntype: report\n---\nIn 2024, 45% of children waited more than 18 weeks for treatment in England.\n")
	}
	os.WriteFile(filepath.Join(sources, "alpha.md"), src("Alpha", "beta2"), 0o644)
	os.WriteFile(filepath.Join(sources, "beta.md"), src("Beta", "alpha"), 0o644)

	if _, err := lib.Save("beta2", []byte("new"), false); !errors.Is(err, library.ErrExists) {
		t.Errorf("Save of an id another file holds: %v, want ErrExists", err)
	}
	if _, err := os.Stat(filepath.Join(sources, "beta2.md")); err == nil {
		t.Error("beta2.md was written beside alpha.md, whose id is beta2")
	}
	if _, err := lib.Remove("beta", time.Now()); err == nil {
		t.Error("Remove(beta) moved beta.md, whose id is alpha")
	}
	removed, err := lib.Remove("alpha", time.Now())
	dest := removed.Trash
	if err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(dest); !strings.Contains(string(data), "title: Beta") {
		t.Errorf("Remove(alpha) moved the wrong source:\n%s", data)
	}
	left, _ := lib.Sources()
	if len(left) != 1 || left[0].ID != "beta2" {
		t.Errorf("left in the library: %v, want beta2 alone", left)
	}
	// A file that does not load (a bad date) is still removed by its name.
	os.WriteFile(filepath.Join(sources, "broken.md"), []byte("---\ntitle: B\npublisher: X\ndate: 20x4\ntype: report\n---\nText of it here.\n"), 0o644)
	if _, err := lib.Remove("broken", time.Now()); err != nil {
		t.Errorf("Remove of a source that does not load: %v", err)
	}
}

// TestRemoveOfAFolderSaysSo: a folder named like a source (sources/x.md/)
// was refused in the system's words, "rename …/sources/x.md
// …/trash/x-….md: not a directory"; it is named as a folder, left where
// it is, and nothing is left in the trash.
func TestRemoveOfAFolderSaysSo(t *testing.T) {
	lib := library.Library{Dir: filepath.Join(t.TempDir(), "library")}
	folder := filepath.Join(lib.Dir, "sources", "x.md")
	os.MkdirAll(folder, 0o755)
	os.WriteFile(filepath.Join(folder, "inner"), []byte("keep"), 0o644)
	_, err := lib.Remove("x", time.Now())
	if err == nil || !strings.Contains(err.Error(), "sources/x.md is a folder") || strings.Contains(err.Error(), "rename") {
		t.Errorf("remove of a folder: %v", err)
	}
	if _, err := os.Stat(filepath.Join(folder, "inner")); err != nil {
		t.Errorf("the folder was moved: %v", err)
	}
	if entries, _ := os.ReadDir(filepath.Join(lib.Dir, "trash")); len(entries) != 0 {
		t.Errorf("left in the trash: %v", entries)
	}
}

// TestRemovedLinkStillLeadsToItsFile: a source that is a link with a
// relative target (sources/a.md → a-v2.md, beside it) was moved into the
// trash as it was, where "a-v2.md" names nothing: the trash held a
// dangling link. The trash now holds a link that leads to the same file,
// relative from the trash, and the two removals of a second such source
// in the same instant do not collide.
func TestRemovedLinkStillLeadsToItsFile(t *testing.T) {
	lib := library.Library{Dir: filepath.Join(t.TempDir(), "library")}
	sources := filepath.Join(lib.Dir, "sources")
	os.MkdirAll(sources, 0o755)
	body := "---\ntitle: A\npublisher: P\ndate: 2024\ntype: report\n---\nIn 2024, 12% waited.\n"
	if err := os.WriteFile(filepath.Join(sources, "a-v2.txt"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a-v2.txt", filepath.Join(sources, "a.md")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	now := time.Now()
	removed, err := lib.Remove("a", now)
	dest := removed.Trash
	if err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(dest); err != nil || string(got) != body {
		t.Errorf("the trashed link %s does not lead to the source's file: %q, %v", dest, got, err)
	}
	if target, _ := os.Readlink(dest); filepath.IsAbs(target) {
		t.Errorf("the trashed link is absolute (%s): the library could not be moved whole", target)
	}
	if _, err := os.Lstat(filepath.Join(sources, "a.md")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the source's link is still there: %v", err)
	}
	os.Symlink("a-v2.txt", filepath.Join(sources, "a.md"))
	removed, err = lib.Remove("a", now)
	again := removed.Trash
	if err != nil || again == dest {
		t.Errorf("a second removal in the same instant: %s, %v (the first %s)", again, err, dest)
	}
}

// TestRemoveMovesALinkLeadingOut: a source that is a link to a file
// outside the library (absolute or climbing out with "..") is removed as
// the link: the link goes to the trash, still leading where it led, and
// the file it leads to is untouched. Before, it was refused ("… leads out
// of …/library"), so a planted link could not be removed with cypx.
func TestRemoveMovesALinkLeadingOut(t *testing.T) {
	root := t.TempDir()
	lib := library.Library{Dir: filepath.Join(root, "library")}
	sources := filepath.Join(lib.Dir, "sources")
	os.MkdirAll(sources, 0o755)
	outside := filepath.Join(root, "outside.md")
	body := "---\ntitle: A\npublisher: P\ndate: 2024\ntype: report\n---\nIn 2024, 12% waited.\n"
	if err := os.WriteFile(outside, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(outside)
	for name, target := range map[string]string{"abs": outside, "rel": "../../outside.md"} {
		if err := os.Symlink(target, filepath.Join(sources, name+".md")); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
		removed, err := lib.Remove(name, time.Now())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := os.Lstat(filepath.Join(sources, name+".md")); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s: the link is still among the sources: %v", name, err)
		}
		if info, err := os.Lstat(removed.Trash); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s: the trash holds no link at %s: %v", name, removed.Trash, err)
		}
		if got, err := os.ReadFile(removed.Trash); err != nil || string(got) != body {
			t.Errorf("%s: the trashed link does not lead to the file: %q, %v", name, got, err)
		}
		after, err := os.Stat(outside)
		got, _ := os.ReadFile(outside)
		if err != nil || string(got) != body || after.Mode() != before.Mode() || !after.ModTime().Equal(before.ModTime()) {
			t.Errorf("%s: the link's target was touched: %v, %q", name, err, got)
		}
	}
}

// TestSourcesFolderLinkedOutIsNamedAsItself: a sources folder that is a
// link leading out of the library is refused naming that folder, on a
// check before a save (CanSave) and on the save of a given id, not a
// file inside it nobody gave ("new-source.md").
func TestSourcesFolderLinkedOutIsNamedAsItself(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	root := t.TempDir()
	lib := library.Library{Dir: filepath.Join(root, "library")}
	outside := filepath.Join(root, "outside")
	os.MkdirAll(outside, 0o755)
	os.MkdirAll(lib.Dir, 0o755)
	if err := os.Symlink(outside, filepath.Join(lib.Dir, "sources")); err != nil {
		t.Fatal(err)
	}
	for name, err := range map[string]error{"CanSave": lib.CanSave(), "Save": func() error { _, err := lib.Save("so1", []byte("x"), false); return err }()} {
		if err == nil || strings.Contains(err.Error(), "new-source") || strings.Contains(err.Error(), "so1.md") || !strings.Contains(err.Error(), "sources") {
			t.Errorf("%s: %v, want a refusal naming the sources folder", name, err)
		}
	}
	if entries, _ := os.ReadDir(outside); len(entries) != 0 {
		t.Errorf("something was written outside: %v", entries)
	}
}
