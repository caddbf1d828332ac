//go:build linux

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestRelativeCypxHomeIsTheStartFolders: `CYPX_HOME=notes cypx add r.txt`
// keeps the library in ./notes, and says so with the absolute folder:
// the file it wrote, the library `cypx library` lists, the settings file
// `cypx config path` prints. Before, each named "notes/…", a path that
// meant another folder wherever it was read.
func TestRelativeCypxHomeIsTheStartFolders(t *testing.T) {
	start := t.TempDir()
	t.Chdir(start)
	t.Setenv("CYPX_HOME", "notes")
	home := filepath.Join(start, "notes")
	report := filepath.Join(start, "r.txt")
	if err := os.WriteFile(report, []byte("Some 45% of children waited more than 18 weeks.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := cli(t, "add", report, "--title", "T", "--publisher", "P", "--date", "2024", "--type", "report", "--id", "r")
	saved := filepath.Join(home, "data", "library", "sources", "r.md")
	if code != 0 || !strings.Contains(out+stderr, saved) {
		t.Errorf("add with CYPX_HOME=notes: exit %d, want %s named\n%s%s", code, saved, out, stderr)
	}
	if _, err := os.Stat(saved); err != nil {
		t.Errorf("the source is not in ./notes: %v", err)
	}
	if out, stderr, _ := cli(t, "library"); !strings.Contains(out, filepath.Join(home, "data", "library")) {
		t.Errorf("library with CYPX_HOME=notes names no absolute folder:\n%s%s", out, stderr)
	}
	if out, _, _ := cli(t, "config", "path"); strings.TrimSpace(out) != filepath.Join(home, "config", "config.yaml") {
		t.Errorf("config path with CYPX_HOME=notes: %q", out)
	}
}

// TestExplorerStartsWithTheStartFoldersHome: the explorer started with
// CYPX_HOME=notes runs in a child process with CYPX_HOME the absolute
// folder, ./notes of where it was started, and keeps its index there.
// Before, the child got "notes" as it was, to be read against whatever
// folder was current.
func TestExplorerStartsWithTheStartFoldersHome(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	start := t.TempDir()
	home := filepath.Join(start, "notes")
	out := t.TempDir()
	status := filepath.Join(out, "status")
	s := startTmux(t, 120, 40, fmt.Sprintf("cd %s && env CYPX_HOME=notes TERM=xterm-256color %s; echo $? > %s; sleep 60", start, bin, status))
	s.waitFor("of 82 items")
	// The supervisor's own environment, as the kernel shows it, is the
	// one it was started with: only the child's tells.
	for deadline := time.Now().Add(patience); !childWithHome(bin, home); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no explorer process runs with CYPX_HOME=%s", home)
		}
	}
	s.keys("C-c") // quits wherever the focus is
	for deadline := time.Now().Add(patience); ; time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(status); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the explorer did not quit:\n%s", s.screen())
		}
	}
	if found, _ := filepath.Glob(filepath.Join(home, "cache", "index-*")); len(found) == 0 {
		t.Errorf("no index cache under %s", home)
	}
}

// childWithHome reports whether a process of bin, started by another
// process of bin (the explorer under its supervisor), has CYPX_HOME=home.
func childWithHome(bin, home string) bool {
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		cmdline, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		environ, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "environ"))
		if !strings.HasPrefix(string(cmdline), bin+"\x00") || !strings.Contains("\x00"+string(environ), "\x00CYPX_HOME="+home+"\x00") {
			continue
		}
		pid, _ := strconv.Atoi(e.Name())
		parent, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", parentOf(pid)))
		if strings.HasPrefix(string(parent), bin+"\x00") {
			return true
		}
	}
	return false
}
