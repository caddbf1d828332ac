package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputOntoCypxsOwnFilesNotYetWritten: every path cypx owns is
// refused as -o's target whether or not it exists yet, with --force or
// without (hostile check 42). Before: `export -o …/state/saved.json` (the
// history, a basket not written yet, the settings) said "wrote 1 item"
// and exit 0, and `cypx saved list`, `history`, `config list` then
// failed, while once the file existed the same command was refused; and
// `-o …/state/basket.json.lock --force` replaced the basket's lock file,
// so a writer holding the old lock no longer excluded a new one.
func TestOutputOntoCypxsOwnFilesNotYetWritten(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	for _, d := range []string{"state", "config"} {
		if err := os.MkdirAll(filepath.Join(home, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "sources", "waits.md")
	os.MkdirAll(filepath.Dir(src), 0o755)
	const body = "---\ntitle: Waits\npublisher: P\ndate: 2024\ntype: report\n---\nIn 2024, 45% of children waited more than 18 weeks for an assessment.\n"
	if err := os.WriteFile(src, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	lock := filepath.Join(home, "state", "basket.json.lock")
	if err := os.WriteFile(lock, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	lockInfo, _ := os.Stat(lock)
	for _, c := range []struct {
		path, want string
		exists     bool
	}{
		{filepath.Join(home, "state", "saved.json"), "is cypx's saved searches", false},
		{filepath.Join(home, "state", "history.json"), "is cypx's history", false},
		{filepath.Join(home, "state", "basket.json"), "is cypx's basket", false},
		{filepath.Join(home, "config", "config.yaml"), "is cypx's settings file", false},
		{filepath.Join(home, "state", "history.json.lock"), "is cypx's history's lock file", false},
		{filepath.Join(home, "config", "config.yaml.lock"), "is cypx's settings file's lock file", false},
		{lock, "is cypx's basket's lock file", true},
		{filepath.Join(home, "state", "other.json"), "is in cypx's state folder", false},
	} {
		for _, force := range []bool{false, true} {
			args := []string{"export", "waited", "--corpus", dir, "-o", c.path}
			if force {
				args = append(args, "--force")
			}
			_, stderr, code := cli(t, args...)
			if code == 0 || !strings.Contains(stderr, c.want) {
				t.Errorf("%v: exit %d, %q; want refused, %q", args[5:], code, stderr, c.want)
			}
			if !c.exists {
				if _, err := os.Stat(c.path); err == nil {
					t.Errorf("%v: a pack was written to cypx's own %s", args[5:], c.path)
					os.Remove(c.path)
				}
			}
		}
	}
	if info, err := os.Stat(lock); err != nil || !os.SameFile(info, lockInfo) {
		t.Errorf("the basket's lock file was replaced")
	}
	// A name outside cypx's folders is still written.
	out := filepath.Join(t.TempDir(), "pack.md")
	if _, stderr, code := cli(t, "export", "waited", "--corpus", dir, "-o", out); code != 0 {
		t.Errorf("-o %s: exit %d, %s", out, code, stderr)
	}
}
