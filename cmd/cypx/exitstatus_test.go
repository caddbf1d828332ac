package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/cypx/cypx/internal/history"
)

// fullWriter fails every write, as /dev/full does.
type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

// TestExitStatusWhenOutputIsLost: every command exits non-zero when its
// standard output cannot be written, and says so on standard error.
func TestExitStatusWhenOutputIsLost(t *testing.T) {
	id := idOf(t, "hcl-2024-trusts-work-with-icbs", "Nearly all respondents (97%)")
	for _, args := range [][]string{
		{"items"}, {"items", "--format", "json"}, {"items", "--format", "csv"}, {"items", "--format", "md"},
		{"search", "waiting"}, {"search", "waiting", "--format", "json"}, {"show", id}, {"cite", id}, {"links", id},
		{"map"}, {"map", "--format", "csv"}, {"chart"}, {"themes"}, {"check"}, {"library"}, {"basket", "list"},
		{"export", "waiting"}, {"export", "waiting", "--format", "docx"}, {"--help"}, {"search", "--help"},
	} {
		var errOut bytes.Buffer
		code := run(context.Background(), args, stdio{in: strings.NewReader(""), out: fullWriter{}, err: &errOut})
		if code == 0 || !strings.Contains(errOut.String(), "cannot write the output") {
			t.Errorf("%q to a full device: exit %d, %q", args, code, errOut.String())
		}
	}
}

// TestExitStatusOnDevFull runs the real binary with standard output on
// /dev/full.
func TestExitStatusOnDevFull(t *testing.T) {
	if testing.Short() {
		t.Skip("process test skipped in -short mode")
	}
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here")
	}
	defer full.Close()
	bin := buildBinary(t)
	for _, args := range [][]string{{"map"}, {"check"}, {"chart"}, {"search", "autism"}, {"themes"}} {
		cmd := exec.Command(bin, args...)
		cmd.Stdout = full
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() == 0 || !strings.Contains(stderr.String(), "no space left") {
			t.Errorf("cypx %v > /dev/full: %v, %q", args, err, stderr.String())
		}
	}
}

// TestExitStatusWhenAWarningIsLost: a warning that cannot be written is
// output lost too.
func TestExitStatusWhenAWarningIsLost(t *testing.T) {
	dir := hostileCorpus(t) // its metadata draws warnings
	var out bytes.Buffer
	code := run(context.Background(), []string{"--corpus", dir, "items"}, stdio{in: strings.NewReader(""), out: &out, err: fullWriter{}})
	if code == 0 || out.Len() == 0 {
		t.Errorf("warnings lost: exit %d, output %d bytes", code, out.Len())
	}
}

// TestActionsSayWhatTheyDidWhenOutputIsLost: a command that acts and
// then confirms says what it did on standard error, so with standard
// output on a full device it acts, says so and exits 0 (history --clear
// cleared the history, then exited 1). A command whose output is its
// result and which records that it was shown (saved run moves "last run"
// on) records nothing when the output is lost: what was new stays new.
func TestActionsSayWhatTheyDidWhenOutputIsLost(t *testing.T) {
	home := ownHome(t)
	full := func(args ...string) (string, int) {
		t.Helper()
		var errOut bytes.Buffer
		code := run(context.Background(), args, stdio{in: strings.NewReader(""), out: fullWriter{}, err: &errOut})
		return errOut.String(), code
	}
	expect := func(want string, args ...string) {
		t.Helper()
		if stderr, code := full(args...); code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("%q with standard output full: exit %d, %q; want exit 0 and %q", args, code, stderr, want)
		}
	}
	for _, q := range []string{"autism", "camhs"} {
		if _, err := history.Record(filepath.Join(home, "state", "history.json"), history.Entry{Query: q, At: clock()}); err != nil {
			t.Fatal(err)
		}
	}
	expect("cleared 2 queries", "history", "--clear")
	if out, _, _ := cli(t, "history"); !strings.Contains(out, "The history is empty") {
		t.Errorf("history after --clear: %q", out)
	}
	id := idOf(t, "hcl-2024-trusts-work-with-icbs", "Nearly all respondents (97%)")
	expect("added 1, basket holds 1", "basket", "add", id)
	expect("removed 1, basket holds 0", "basket", "remove", id)
	expect("basket", "basket", "clear")
	expect(`saved "Autism waits": 1 item now`, "saved", "add", "Autism waits", "autism", "--kind", "statistic", "--kind", "recommendation")
	expect("imported   cn-2025-autism-assessment-waits-double", "add", writeNewsPage(t), "--type", "news")
	if stderr, code := full("saved", "run", "Autism waits"); code != 1 || !strings.Contains(stderr, "cannot write the output") {
		t.Errorf("saved run with its output lost: exit %d, %q", code, stderr)
	}
	if out, _, _ := cli(t, "saved", "run", "Autism waits"); !strings.Contains(out, "1 of 2 items new since the last run") {
		t.Errorf("the run whose output was lost was recorded: what was new is new no more:\n%s", out)
	}
	expect("removed saved search \"Autism waits\"", "saved", "rm", "Autism waits")
	expect("moved cn-2025-autism-assessment-waits-double to ", "remove", "cn-2025-autism-assessment-waits-double")
}

// TestInterruptedCommandSaysSo: ctrl+c during a command (a build of the
// index under way) says "interrupted" and exits 130, as a shell reports
// an interrupted program, not Go's "context canceled" with status 1
// (red-team round 15).
func TestInterruptedCommandSaysSo(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := hostileCorpus(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	code := run(ctx, []string{"--corpus", dir, "search", "waiting"}, stdio{in: strings.NewReader(""), out: &out, err: &errOut})
	if code != 130 || !strings.Contains(errOut.String(), "cypx: interrupted") || strings.Contains(errOut.String(), "context canceled") {
		t.Errorf("interrupted: exit %d, %q", code, errOut.String())
	}
}
