package library_test

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/damagetest"
	"github.com/cypx/cypx/internal/library"
)

// TestLibraryLoopIsSaidInTheOneWording: the library's folder, or its
// sources folder, made a loop of symbolic links is a problem in the words
// of every other loop (atomicfile.LinkLoopError), naming the link, as
// `cypx add` and `cypx remove` already said it. Before, the library's
// problem had a wording of its own: "a symbolic link loop: the library
// cannot be read; remove the link, or point it at a folder".
func TestLibraryLoopIsSaidInTheOneWording(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	loop := func(a, b string) { damagetest.LinkLoop(t, a, b) }
	top := t.TempDir()
	whole := library.Library{Dir: filepath.Join(top, "library")}
	loop(whole.Dir, filepath.Join(top, "l2"))
	sources := library.Library{Dir: filepath.Join(t.TempDir(), "library")}
	os.MkdirAll(sources.Dir, 0o755)
	loop(filepath.Join(sources.Dir, "sources"), filepath.Join(sources.Dir, "s2"))
	for _, c := range []struct {
		lib  library.Library
		link string
	}{{whole, whole.Dir}, {sources, filepath.Join(sources.Dir, "sources")}} {
		want := &atomicfile.LinkLoopError{Path: c.link}
		probs := c.lib.NotAFolder()
		if len(probs) != 1 || probs[0].File != c.link || probs[0].File+" is "+probs[0].Message != want.Error() {
			t.Errorf("%s: %+v, want %q", c.link, probs, want.Error())
		}
		// And as a command that writes says it.
		if _, err := c.lib.Save("new-source", []byte("x"), false); err == nil || err.Error() != want.Error() {
			t.Errorf("%s: Save: %v, want %q", c.link, err, want.Error())
		}
		if _, err := c.lib.Remove("new-source", time.Now()); err == nil || err.Error() != want.Error() {
			t.Errorf("%s: Remove: %v, want %q", c.link, err, want.Error())
		}
	}
}
