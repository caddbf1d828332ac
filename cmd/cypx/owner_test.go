//go:build unix

package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestForceKeepsTheReplacedFilesOwner: 'cypx export … -o FILE --force',
// run as root over a file of another user's (uid 65534), keeps the file's
// owner, group and mode. Before, the atomic write put a root-owned file
// in its place.
func TestForceKeepsTheReplacedFilesOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to give a file to another user (uid 65534): run as root to check -o --force keeps its owner")
	}
	cli(t, "basket", "clear")
	rec := idOf(t, "nhsp-2024-forgotten-generation-recommendations", "review of transitions")
	if _, stderr, code := cli(t, "basket", "add", rec); code != 0 {
		t.Fatal(stderr)
	}
	defer cli(t, "basket", "clear")
	for _, format := range []string{"md", "ris", "docx"} {
		path := filepath.Join(t.TempDir(), "theirs."+format)
		os.WriteFile(path, []byte("old"), 0o600)
		if err := os.Chown(path, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		if _, stderr, code := cli(t, "export", "--basket", "--format", format, "-o", path, "--force"); code != 0 {
			t.Fatalf("%s: %s", format, stderr)
		}
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		st := info.Sys().(*syscall.Stat_t)
		if info.Size() <= 3 || st.Uid != 65534 || st.Gid != 65534 || info.Mode().Perm() != 0o600 {
			t.Errorf("%s: %d bytes, owner %d:%d, mode %v; want the pack, 65534:65534, -rw-------", format, info.Size(), st.Uid, st.Gid, info.Mode())
		}
	}
}
