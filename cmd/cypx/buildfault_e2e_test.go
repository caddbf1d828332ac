//go:build linux

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/gen"
)

// TestBuildCutShortIsSaidAndCleared: a real one-shot cypx whose index's
// root.bolt is cut to nothing by another program while its first search
// builds it faults on bleve's own goroutine, where nothing in the process
// can recover; the watcher the build runs under (watchBuild) says in words
// that the index was changed on disk while it was built, and removes the
// building-… folder, with no runtime report: standard error went through
// the watcher while the build ran. The next run builds the index whole.
// Before: the runtime's report alone (some 420 lines, "fatal error: fault
// [signal SIGBUS …]"), exit 2, and the folder left until the next start;
// then the words after the report.
func TestBuildCutShortIsSaidAndCleared(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	t.Parallel() // a home, a library and processes of its own
	bin := buildBinary(t)
	dir := t.TempDir()
	if err := gen.Write(dir, 3*signalItems, 1); err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	cmd, done, root, stderr := startBuild(t, bin, dir, home)
	time.Sleep(time.Second) // some batches in
	if err := os.Truncate(root, 0); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(patience):
		cmd.Process.Kill()
		t.Fatalf("cypx still ran %v after its index was cut short", patience)
	}
	if cmd.ProcessState.Success() {
		t.Skip("the build ended before it read the file cut short")
	}
	// Read the moment the process has ended: the watcher's words came
	// while the crashing process still wrote its report.
	said, _ := os.ReadFile(stderr)
	if !strings.Contains(string(said), "cypx: the index being built was changed on disk while it was built") {
		t.Errorf("exit %d, stderr ends %q: want the change said in words before it ended", cmd.ProcessState.ExitCode(), lastLines(string(said)))
	}
	// The words alone: the runtime's report (some 420 lines) came first.
	noReport(t, stderr)
	if left := leftovers(home); len(left) > 0 {
		t.Errorf("the fault left temporary files: %v", left)
	}
	if n, _ := countItems(t, bin, home, dir); n != 3*signalItems {
		t.Errorf("the run after finds %d items, want %d", n, 3*signalItems)
	}
}

// startBuild starts a one-shot search whose first run builds the index of
// dir, its standard error a file (what is in it the moment the process
// ends is what it wrote before it ended), and waits for the build's
// root.bolt.
func startBuild(t *testing.T, bin, dir, home string) (cmd *exec.Cmd, done chan error, root, stderr string) {
	t.Helper()
	stderr = filepath.Join(t.TempDir(), "stderr")
	f, err := os.Create(stderr)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cmd = exec.Command(bin, "--corpus", dir, "search", "waiting", "--limit", "1")
	cmd.Env = cypxEnv(home)
	cmd.Stderr = f
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done = make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for deadline := time.Now().Add(patience); root == ""; time.Sleep(10 * time.Millisecond) {
		found, _ := filepath.Glob(filepath.Join(home, "cache", "index-*", "building-*", "index", "store", "root.bolt"))
		if len(found) > 0 {
			root = found[0]
		}
		select {
		case <-done:
			said, _ := os.ReadFile(stderr)
			t.Fatalf("cypx ended before its build began: %s", lastLines(string(said)))
		default:
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("no build began")
		}
	}
	return cmd, done, root, stderr
}

// noReport fails the test if the file holds the runtime's crash report
// (some 440 lines).
func noReport(t *testing.T, stderr string) {
	t.Helper()
	said, _ := os.ReadFile(stderr)
	for _, report := range []string{"unexpected fault address", "fatal error:", "goroutine ", "SIGBUS: bus error", "PC=", "SIGSEGV: ", "SIGILL: ", "SIGTRAP: ", "SIGABRT: "} {
		if strings.Contains(string(said), report) {
			t.Errorf("stderr holds the runtime's report (%q), %d lines:\n%s", report, strings.Count(string(said), "\n"), lastLines(string(said)))
			return
		}
	}
}

// TestSentSIGBUSIsNoFault: a SIGBUS sent with kill to a one-shot build is
// no fault on its index: the watcher says where it came from in a line,
// before the process has ended, and writes nothing after; the half-built
// folder is removed. Before (hostile check 48): the runtime's report,
// some 440 lines, then "the index being built was changed on disk while
// it was built (a file of it was cut short by another program…)", a false
// cause.
func TestSentSIGBUSIsNoFault(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	sentSignalIsNoFault(t, buildBinary(t), syscall.SIGBUS)
}

// TestSentSignalsAreToldInALine: every other signal a process sends that
// ends Go with its report (SIGSEGV, SIGILL, SIGTRAP, SIGABRT) is told as
// a sent SIGBUS is, in a line naming it, the half-built folder removed.
// Before (hostile check 49): a 34 KB report of every goroutine, exit 2,
// and the building-… folder left for the next run to delete.
func TestSentSignalsAreToldInALine(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGSEGV, syscall.SIGILL, syscall.SIGTRAP, syscall.SIGABRT} {
		t.Run(signalName(sig), func(t *testing.T) { sentSignalIsNoFault(t, bin, sig) })
	}
}

// signalName is a signal's name as the runtime's report gives it.
func signalName(sig syscall.Signal) string {
	return map[syscall.Signal]string{syscall.SIGBUS: "SIGBUS", syscall.SIGSEGV: "SIGSEGV", syscall.SIGILL: "SIGILL", syscall.SIGTRAP: "SIGTRAP", syscall.SIGABRT: "SIGABRT"}[sig]
}

// sentSignalIsNoFault sends sig to a one-shot build and checks it is told
// in a line, before the process has ended, nothing written after, no
// report, and no temporary files left.
func sentSignalIsNoFault(t *testing.T, bin string, sig syscall.Signal) {
	dir := t.TempDir()
	if err := gen.Write(dir, 3*signalItems, 1); err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	cmd, done, _, stderr := startBuild(t, bin, dir, home)
	time.Sleep(300 * time.Millisecond) // some batches in
	if err := cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(patience):
		cmd.Process.Kill()
		t.Fatalf("cypx still ran %v after a %s", patience, signalName(sig))
	}
	said, _ := os.ReadFile(stderr)
	if cmd.ProcessState.Success() {
		t.Skip("the build ended before the signal came")
	}
	// Linux gives the sender in the report of a SIGBUS or SIGSEGV only.
	from := "another process"
	if runtime.GOOS == "linux" && (sig == syscall.SIGBUS || sig == syscall.SIGSEGV) {
		from += fmt.Sprintf(" (pid %d)", os.Getpid())
	}
	want := fmt.Sprintf("cypx: ended by a %s sent by %s, not by a fault", signalName(sig), from)
	if !strings.Contains(string(said), want) {
		t.Errorf("exit %d, stderr ends %q: want %q before it ended", cmd.ProcessState.ExitCode(), lastLines(string(said)), want)
	}
	if cmd.ProcessState.ExitCode() == 0 {
		t.Errorf("exit status 0 after a %s", signalName(sig))
	}
	if strings.Contains(string(said), buildChangedWords) {
		t.Errorf("a sent signal was called a file cut short: %q", lastLines(string(said)))
	}
	noReport(t, stderr)
	time.Sleep(500 * time.Millisecond)
	if later, _ := os.ReadFile(stderr); len(later) != len(said) {
		t.Errorf("%d bytes written after the process ended: %q", len(later)-len(said), later[min(len(said), len(later)):])
	}
	if left := leftovers(home); len(left) > 0 {
		t.Errorf("the signal left temporary files: %v", left)
	}
}

// TestInheritedBuildWatchMarkIsIgnored: the watcher's mark in the
// environment of a cypx no build started (exported in a shell, passed on
// by a program cypx started) made every command a silent no-op with exit
// 0, and with a file on descriptor 3 holding a fault's words removed the
// folder it named. The mark is believed only from the parent that set it,
// with its pipe, and names only a building-… folder.
func TestInheritedBuildWatchMarkIsIgnored(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	home := t.TempDir()
	victim := filepath.Join(t.TempDir(), "keep")
	if err := os.MkdirAll(victim, 0o755); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(t.TempDir(), "report")
	if err := os.WriteFile(report, []byte("unexpected fault address 0x0\nfatal error: fault\n[signal SIGBUS: bus error code=0x2 addr=0x0 pc=0x0]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, mark := range []string{victim, "1:" + victim, strconv.Itoa(os.Getpid()) + ":" + victim} {
		f, err := os.Open(report)
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "search", "waiting", "--limit", "1")
		cmd.Env = append(cypxEnv(home), "CYPX_BUILD_WATCH="+mark)
		cmd.ExtraFiles = []*os.File{f}
		out, err := cmd.Output()
		f.Close()
		if err != nil {
			t.Fatalf("mark %q: %v", mark, err)
		}
		if !strings.Contains(string(out), "waiting") {
			t.Errorf("mark %q: the search printed nothing (the command was taken for a watcher): %q", mark, out)
		}
		if _, err := os.Stat(victim); err != nil {
			t.Fatalf("mark %q: the folder it named is gone: %v", mark, err)
		}
	}
}
