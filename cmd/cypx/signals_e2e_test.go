//go:build linux

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/gen"
)

// signalItems is the size of the generated corpus the signal tests cut:
// its first search takes seconds to build (5 to 10 s on a loaded machine),
// so the signal lands while the index is being built.
const signalItems = 6000

// everyKindQuery is a query every item of a generated corpus matches: its total
// is the number of items the index holds.
const everyKindQuery = "kind:statistic OR kind:recommendation OR kind:excerpt"

// cypxEnv is the environment of a real cypx whose every folder is under home.
func cypxEnv(home string) []string {
	env := []string{"CYPX_HOME=" + home}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "CYPX_HOME=") && !strings.HasPrefix(kv, "XDG_") {
			env = append(env, kv)
		}
	}
	return env
}

// building reports whether a build of the index is under way in the cache
// under home: a temporary building-… folder in a corpus's cache folder.
func building(home string) bool {
	found, _ := filepath.Glob(filepath.Join(home, "cache", "index-*", "building-*", "index"))
	return len(found) > 0
}

// leftovers lists the temporary files and folders under home: a build's
// building-… folder, an atomic write's .tmp-… file.
func leftovers(home string) []string {
	var left []string
	filepath.WalkDir(home, func(path string, d fs.DirEntry, err error) error {
		if err == nil && (strings.HasPrefix(d.Name(), "building-") || strings.HasPrefix(d.Name(), ".tmp-")) {
			left = append(left, path)
		}
		return nil
	})
	return left
}

// cutWhile starts a real cypx with args, sends sig once ready says the
// moment has come, and returns its exit status and standard error. It fails
// the test if cypx ended by itself first.
func cutWhile(t *testing.T, bin, home string, sig syscall.Signal, ready func() bool, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = cypxEnv(home)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for deadline := time.Now().Add(patience); !ready(); time.Sleep(10 * time.Millisecond) {
		select {
		case <-done:
			t.Fatalf("cypx %v ended before the moment to send %v came (exit %d): %s", args, sig, cmd.ProcessState.ExitCode(), stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("the moment to send %v never came", sig)
		}
	}
	cmd.Process.Signal(sig)
	select {
	case <-done:
	case <-time.After(patience):
		cmd.Process.Kill()
		t.Fatalf("cypx %v still ran %v after %v", args, patience, sig)
	}
	return cmd.ProcessState.ExitCode(), stderr.String()
}

// countItems runs a real cypx search for every item of the corpus at dir
// and returns how many its index holds, and what it said on stderr.
func countItems(t *testing.T, bin, home, dir string) (int, string) {
	t.Helper()
	cmd := exec.Command(bin, "--corpus", dir, "search", everyKindQuery, "--format", "json", "--limit", "1")
	cmd.Env = cypxEnv(home)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("the run after the cut: %v\n%s", err, stderr.String())
	}
	var res struct {
		Total int `json:"total"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, stdout.String())
	}
	return res.Total, stderr.String()
}

// TestTermEndsACommandAsCtrlCDoes: SIGTERM (kill, a service manager) or
// SIGHUP (the terminal closed) sent to a real one-shot cypx while its first
// search builds the index ends it as ctrl+c does: the build stops and
// removes its temporary folder, cypx says why, and the exit status is 128
// + the signal; the next run builds the index whole, all of it, and calls
// nothing damaged. Before, both signals killed cypx outright: status by
// the signal alone (no exit), the half-built index left in a building-…
// folder, the progress line unfinished.
func TestTermEndsACommandAsCtrlCDoes(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	if err := gen.Write(dir, signalItems, 1); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		sig   syscall.Signal
		words string
	}{
		{syscall.SIGTERM, "cypx: terminated"},
		{syscall.SIGHUP, "cypx: hung up"},
	} {
		t.Run(c.sig.String(), func(t *testing.T) {
			home := t.TempDir()
			code, stderr := cutWhile(t, bin, home, c.sig, func() bool { return building(home) },
				"--corpus", dir, "search", "waiting", "--format", "json")
			if code != 128+int(c.sig) || !strings.Contains(stderr, c.words) {
				t.Errorf("%v during the build: exit %d (want %d), stderr %q (want %q)", c.sig, code, 128+int(c.sig), lastLines(stderr), c.words)
			}
			if left := leftovers(home); len(left) > 0 {
				t.Errorf("%v left temporary files: %v", c.sig, left)
			}
			n, stderr := countItems(t, bin, home, dir)
			if n != signalItems {
				t.Errorf("the run after %v finds %d items, want %d", c.sig, n, signalItems)
			}
			if strings.Contains(stderr, "damaged") || strings.Contains(stderr, "warning") {
				t.Errorf("the run after %v warned: %q", c.sig, lastLines(stderr))
			}
		})
	}
}

// lastLines is the end of a command's stderr, for a message: progress
// lines make it long.
func lastLines(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return fmt.Sprint(lines[max(0, len(lines)-3):])
}

// TestTermDuringAnUpdateIsNoDamage: SIGTERM sent to a real cypx while it
// updates the index in place (half the sources changed, their items
// deleted and the new ones not yet added) ends it as ctrl+c does, 143, and
// the next run rebuilds the index whole without a word. Before, the
// manifest of before stayed beside an index short of half its items, and
// the next run said "the cached index is damaged (… it holds 3000 items,
// its manifest 6000): rebuilding" (ctrl+c's end did the same).
func TestTermDuringAnUpdateIsNoDamage(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	t.Parallel() // a home, a library and processes of its own
	bin := buildBinary(t)
	dir, home := t.TempDir(), t.TempDir()
	if err := gen.Write(dir, signalItems, 1); err != nil {
		t.Fatal(err)
	}
	if n, stderr := countItems(t, bin, home, dir); n != signalItems {
		t.Fatalf("the first build holds %d items: %s", n, lastLines(stderr))
	}
	stores, _ := filepath.Glob(filepath.Join(home, "cache", "index-*", "index", "store", "root.bolt"))
	if len(stores) != 1 {
		t.Fatalf("no index store in the cache: %v", stores)
	}
	before, err := os.Stat(stores[0])
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "sources", "*.md"))
	for i, f := range files {
		if i%2 == 0 {
			b, _ := os.ReadFile(f)
			os.WriteFile(f, bytes.ReplaceAll(b, []byte("children"), []byte("young people")), 0o644)
		}
	}
	// The store is written once the changed sources' items are deleted:
	// from then on the index on disk is half updated.
	changed := func() bool {
		now, err := os.Stat(stores[0])
		return err == nil && (now.Size() != before.Size() || !now.ModTime().Equal(before.ModTime()))
	}
	code, stderr := cutWhile(t, bin, home, syscall.SIGTERM, changed, "--corpus", dir, "search", "waiting", "--format", "json")
	if code != 143 || !strings.Contains(stderr, "cypx: terminated") {
		t.Errorf("SIGTERM during the update: exit %d, stderr %q", code, lastLines(stderr))
	}
	if left := leftovers(home); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	n, stderr := countItems(t, bin, home, dir)
	if n != signalItems {
		t.Errorf("the run after the cut update finds %d items, want %d", n, signalItems)
	}
	if strings.Contains(stderr, "damaged") || strings.Contains(stderr, "warning") {
		t.Errorf("the run after the cut update warned: %q", lastLines(stderr))
	}
}
