package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
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
