package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// `-o` with a name of 238 to 255 bytes writes the file (its temporary
// name is shortened to fit), and one of 256 bytes is refused in words:
// before, every name past 237 bytes was refused with the system's "open
// …: file name too long" of a temporary name.
func TestOutputOfTheLongestNamesIsWritten(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{240, 255} {
		path := filepath.Join(dir, strings.Repeat("w", n-3)+".md")
		_, stderr, code := cli(t, "export", "waiting", "-o", path)
		if code != 0 {
			t.Errorf("-o of %d bytes: exit %d, %s", n, code, stderr)
		}
		if st, err := os.Stat(path); err != nil || st.Size() == 0 {
			t.Errorf("-o of %d bytes: nothing written (%v)", n, err)
		}
	}
	long := filepath.Join(dir, strings.Repeat("w", 253)+".md")
	_, stderr, code := cli(t, "export", "waiting", "-o", long)
	if code != 1 || !strings.Contains(stderr, "the name is longer than the system allows a file's name (255 bytes)") {
		t.Errorf("-o of 256 bytes: exit %d, %q", code, stderr)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("%d files in the folder, want the 2 written", len(entries))
	}
}
