//go:build linux

package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/gen"
)

// TestBrokenPipeEndsABuildAsASignalDoes: a real one-shot cypx whose
// standard error is a pipe closed while its first search builds the index
// ('2>&1 | head -c 20') ends as SIGTERM ends it: the build stops and
// removes its building-… folder, and the status is 141 (128 + SIGPIPE),
// said by no message, as a program SIGPIPE ends. Before, the next
// progress line's write killed it outright, the half-built index left.
func TestBrokenPipeEndsABuildAsASignalDoes(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	if err := gen.Write(dir, 3*signalItems, 1); err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--corpus", dir, "search", "waiting", "--limit", "1")
	cmd.Env = cypxEnv(home)
	cmd.Stdout, cmd.Stderr = w, w
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	// The first progress line, then the reader goes, as head's does.
	head := make([]byte, 20)
	if _, err := io.ReadFull(r, head); err != nil {
		t.Fatalf("no progress line: %v", err)
	}
	if !building(home) {
		t.Fatalf("the build was over before the pipe closed: %q", head)
	}
	r.Close()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(patience):
		cmd.Process.Kill()
		t.Fatalf("cypx still ran %v after its output's reader went", patience)
	}
	if code := cmd.ProcessState.ExitCode(); code != 141 {
		t.Errorf("exit %d (%v), want 141", code, cmd.ProcessState)
	}
	if left := leftovers(home); len(left) > 0 {
		t.Errorf("the broken pipe left temporary files: %v", left)
	}
}

// TestAddWithItsReportUnreadSavesNothing: 'cypx add' whose standard error
// has lost its reader before the import commits ('2>&1 | head -0') ends
// as a broken pipe ends a command, exit 141, and adds nothing. Before, it
// wrote nothing until its report, so the source was saved and only the
// report's write found the pipe gone: the file was in the library and
// the status said the command failed.
func TestAddWithItsReportUnreadSavesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	home := t.TempDir()
	report := filepath.Join(t.TempDir(), "waits.txt")
	text := "Waiting lists for children's community services\n\nAround 40% of children waited more than 18 weeks for community paediatrics in March 2025.\n"
	if err := os.WriteFile(report, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	cmd := exec.Command(bin, "add", report, "--publisher", "Test Trust", "--date", "2025-04", "--type", "report")
	cmd.Env = cypxEnv(home)
	cmd.Stdout, cmd.Stderr = w, w
	err = cmd.Run()
	w.Close()
	if code := cmd.ProcessState.ExitCode(); code != 141 {
		t.Errorf("exit %d (%v), want 141", code, err)
	}
	saved, _ := filepath.Glob(filepath.Join(home, "data", "library", "sources", "*"))
	if len(saved) > 0 {
		t.Errorf("the import was saved with its report unread: %v", saved)
	}
	// The same command read to its end imports the file: the refusal
	// above was the pipe's, not the file's.
	cmd = exec.Command(bin, cmd.Args[1:]...)
	cmd.Env = cypxEnv(home)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the import itself fails: %v: %s", err, out)
	}
	if saved, _ = filepath.Glob(filepath.Join(home, "data", "library", "sources", "*")); len(saved) != 1 {
		t.Errorf("read to its end, the import saved %v, want one source", saved)
	}
}

// TestBasketAddWithItsOutputUnreadChangesNothing: 'cypx basket add' whose
// output has lost its reader while it looked the ids up (a first search's
// build) ends as a broken pipe ends a command, exit 141, and leaves the
// basket as it was; read to its end, the same command adds the item.
func TestBasketAddWithItsOutputUnreadChangesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	home := t.TempDir()
	const id = "cqc-2018-are-we-listening#543e96bf"
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	cmd := exec.Command(bin, "basket", "add", id)
	cmd.Env = cypxEnv(home)
	cmd.Stdout, cmd.Stderr = w, w
	err = cmd.Run()
	w.Close()
	if code := cmd.ProcessState.ExitCode(); code != 141 {
		t.Errorf("exit %d (%v), want 141", code, err)
	}
	file := filepath.Join(home, "state", "basket.json")
	if _, err := os.Stat(file); err == nil {
		t.Errorf("the basket was written with the command's output unread")
	}
	cmd = exec.Command(bin, "basket", "add", id)
	cmd.Env = cypxEnv(home)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the basket add itself fails: %v: %s", err, out)
	}
	if data, err := os.ReadFile(file); err != nil || !strings.Contains(string(data), id) {
		t.Errorf("read to its end, the basket holds %q (%v), want %s", data, err, id)
	}
}

// TestChangesWithTheirOutputUnreadAreNotMade: every command that changes
// what cypx keeps (settings, saved searches, the basket, the library),
// run with its output's reader already gone, ends 141 and changes
// nothing; so a script can tell from the status that the change was not
// made. Before, all but 'add' made it and then ended 141.
func TestChangesWithTheirOutputUnreadAreNotMade(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	home := t.TempDir()
	report := filepath.Join(t.TempDir(), "waits.txt")
	if err := os.WriteFile(report, []byte("Waits\n\nAround 40% of children waited more than 18 weeks in March 2025.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(unread bool, args ...string) (int, string) {
		cmd := exec.Command(bin, args...)
		cmd.Env = cypxEnv(home)
		if !unread {
			out, _ := cmd.CombinedOutput()
			return cmd.ProcessState.ExitCode(), string(out)
		}
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		r.Close()
		cmd.Stdout, cmd.Stderr = w, w
		cmd.Run()
		w.Close()
		return cmd.ProcessState.ExitCode(), ""
	}
	const id = "cqc-2018-are-we-listening#543e96bf"
	for _, setup := range [][]string{
		{"add", report, "--publisher", "Test Trust", "--date", "2025-04", "--type", "report", "--id", "tt-waits"},
		{"saved", "add", "kept", "waiting"},
		{"basket", "add", id},
	} {
		if code, out := run(false, setup...); code != 0 {
			t.Fatalf("%v: exit %d: %s", setup, code, out)
		}
	}
	state := func() string {
		var b strings.Builder
		for _, f := range []string{"config/config.yaml", "state/saved.json", "state/basket.json", "data/library/sources/tt-waits.md"} {
			data, err := os.ReadFile(filepath.Join(home, f))
			fmt.Fprintf(&b, "%s %v %q\n", f, err == nil, data)
		}
		return b.String()
	}
	before := state()
	if n := strings.Count(before, " true "); n != 3 {
		t.Fatalf("the set-up kept %d of the saved searches, basket and source, want 3:\n%s", n, before)
	}
	for _, args := range [][]string{
		{"config", "set", "style", "vancouver"},
		{"saved", "add", "another", "autism"},
		{"saved", "rm", "kept"},
		{"basket", "remove", id},
		{"remove", "tt-waits"},
	} {
		if code, _ := run(true, args...); code != 141 {
			t.Errorf("%v with its output unread: exit %d, want 141", args, code)
		}
		if after := state(); after != before {
			t.Errorf("%v with its output unread changed what cypx keeps:\nbefore %s\nafter  %s", args, before, after)
			before = after
		}
	}
}
