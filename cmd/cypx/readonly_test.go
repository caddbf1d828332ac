//go:build linux

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// readOnlyDisk mounts a tmpfs holding an empty folder home, then makes it
// read-only, or skips where that is not allowed (not root, no mount
// namespace): root writes through a folder's permissions.
func readOnlyDisk(t *testing.T) string {
	t.Helper()
	dir := tinyDisk(t, "1m")
	if err := os.Mkdir(filepath.Join(dir, "home"), 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot make the tmpfs read-only (%v: %s)", err, bytes.TrimSpace(out))
	}
	return dir
}

// TestSmallWritesAreRefusedBeforeTheIndex: the commands that write a small
// file after a search (saved add, basket add), an export with -o and
// 'add' say that they cannot write before they open the index or read
// the file: on a read-only disk 'saved add' built the whole index (5.9 s
// for 4,000 items), then failed to write, and 'add' read and extracted a
// 5 MB report for 30 s; an export to a read-only folder, or to a file
// there without --force, built the index and found every item's links
// first.
func TestSmallWritesAreRefusedBeforeTheIndex(t *testing.T) {
	disk := readOnlyDisk(t)
	t.Setenv("CYPX_HOME", filepath.Join(disk, "home"))
	for _, args := range [][]string{
		{"saved", "add", "waits", "waiting"},
		{"basket", "add", "nhsp-2024-forgotten-generation-recommendations#9c090793"},
	} {
		_, stderr, code := cli(t, args...)
		if code == 0 || !strings.Contains(stderr, "read-only file system") {
			t.Errorf("%s on a read-only disk: exit %d, %q", args, code, stderr)
		}
		if strings.Contains(stderr, "indexing in memory") {
			t.Errorf("%s opened the index before failing to write: %q", args, stderr)
		}
	}
	// 'add' reads a file and finds its items before it writes: a report
	// with no publisher given is refused for the disk, not asked for its
	// publisher after the reading.
	report := filepath.Join(t.TempDir(), "report.txt")
	if err := os.WriteFile(report, []byte("Waiting times\n\nIn 2024, 45% of children waited more than 18 weeks.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := cli(t, "add", report); code == 0 || !strings.Contains(stderr, "cannot be written") || !strings.Contains(stderr, "read-only file system") {
		t.Errorf("add on a read-only disk: exit %d, %q", code, stderr)
	}

	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	existing := filepath.Join(home, "old.md")
	if err := os.WriteFile(existing, []byte("keep\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		out, want string
	}{
		{filepath.Join(disk, "pack.md"), "read-only file system"},
		{existing, "pass --force"},
	} {
		_, stderr, code := cli(t, "export", "waiting", "-o", c.out)
		if code == 0 || !strings.Contains(stderr, c.want) {
			t.Errorf("export -o %s: exit %d, %q", c.out, code, stderr)
		}
		if _, err := os.Stat(filepath.Join(home, "cache")); err == nil {
			t.Errorf("export -o %s built the index before it was refused", c.out)
		}
	}
	if b, _ := os.ReadFile(existing); string(b) != "keep\n" {
		t.Errorf("the existing file was changed: %q", b)
	}
}

// TestSavedRunOnAReadOnlyDiskWarns: a saved search run from a read-only
// disk prints its results, says once that the run is not recorded and
// exits 0. It printed them, then failed with "lock file: … read-only file
// system" alone, as if the run had not happened.
func TestSavedRunOnAReadOnlyDiskWarns(t *testing.T) {
	dir := tinyDisk(t, "8m")
	t.Setenv("CYPX_HOME", filepath.Join(dir, "home"))
	if _, stderr, code := cli(t, "saved", "add", "waits", "waiting"); code != 0 {
		t.Fatalf("saved add: exit %d, %q", code, stderr)
	}
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot make the tmpfs read-only (%v: %s)", err, bytes.TrimSpace(out))
	}
	stdout, stderr, code := cli(t, "saved", "run", "waits")
	if code != 0 || !strings.Contains(stdout, "waits: waiting") {
		t.Fatalf("saved run on a read-only disk: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if n := strings.Count(stderr, "could not be recorded"); n != 1 || !strings.Contains(stderr, "read-only file system") {
		t.Errorf("saved run on a read-only disk warned %d times that it was not recorded: %q", n, stderr)
	}
}
