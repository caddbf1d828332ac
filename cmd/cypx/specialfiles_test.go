//go:build !windows

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
	"time"
)

// TestFilesThatAreDevicesOrPipesAreRefused: every file cypx reads by name —
// a --meta record, the settings, the basket, the history, the saved
// searches, a corpus's themes.yaml and thesaurus.yaml — made a link to
// /dev/zero or a FIFO. Each command must fail within seconds, naming the
// file and why. Before, os.ReadFile read /dev/zero until memory ran out
// (a Go "out of memory" stack trace under a 2 GB limit) and waited for
// ever on a FIFO.
func TestFilesThatAreDevicesOrPipesAreRefused(t *testing.T) {
	if testing.Short() {
		t.Skip("process test skipped in -short mode")
	}
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	report := filepath.Join(dir, "report.txt")
	os.WriteFile(report, []byte("Waits for children\n\nIn 2024, 45% of children waited more than 18 weeks for mental health treatment in England.\n"), 0o644)
	corpusDir := filepath.Join(dir, "corpus")
	os.MkdirAll(filepath.Join(corpusDir, "sources"), 0o755)
	os.WriteFile(filepath.Join(corpusDir, "sources", "waits.md"), []byte("---\ntitle: Waits\npublisher: X\ndate: 2024\ntype: report\n---\nIn 2024, 45% of children waited more than 18 weeks for mental health treatment in England.\n"), 0o644)

	for _, special := range []string{"zero", "fifo"} {
		for _, c := range []struct {
			file string // relative to CYPX_HOME, or to dir for the corpus
			args []string
			// warns: a problem in a thesaurus is a warning, its entries
			// left out, and the command answers.
			warns bool
		}{
			{"meta.ris", []string{"add", report, "--type", "report", "--meta", "META"}, false},
			{"config/config.yaml", []string{"cite", "cqc-2018-are-we-listening#4e11fc39"}, false},
			{"state/basket.json", []string{"basket", "list"}, false},
			{"state/history.json", []string{"history"}, false},
			{"state/saved.json", []string{"saved", "list"}, false},
			{"corpus/themes.yaml", []string{"check", corpusDir}, false},
			{"corpus/thesaurus.yaml", []string{"--corpus", corpusDir, "thesaurus", "autism"}, true},
		} {
			t.Run(special+" "+c.file, func(t *testing.T) {
				home := t.TempDir()
				path := filepath.Join(home, c.file)
				if strings.HasPrefix(c.file, "corpus/") {
					path = filepath.Join(dir, c.file)
				}
				os.MkdirAll(filepath.Dir(path), 0o755)
				if special == "zero" {
					os.Symlink("/dev/zero", path)
				} else if err := syscall.Mkfifo(path, 0o644); err != nil {
					t.Skip("cannot make a FIFO:", err)
				}
				defer os.Remove(path)
				args := append([]string(nil), c.args...)
				for i, a := range args {
					if a == "META" {
						args[i] = path
					}
				}
				ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
				defer cancel()
				// An address-space limit keeps a read without end from
				// taking the machine's memory before the timeout.
				cmd := exec.CommandContext(ctx, "sh", append([]string{"-c", `ulimit -v 2000000; exec "$0" "$@"`, bin}, args...)...)
				cmd.Env = append(os.Environ(), "CYPX_HOME="+home)
				var stderr bytes.Buffer
				cmd.Stderr = &stderr
				cmd.Stdout = &bytes.Buffer{}
				done := make(chan error, 1)
				go func() { done <- cmd.Run() }()
				var err error
				select {
				case err = <-done:
				case <-time.After(15 * time.Second):
					cmd.Process.Kill()
					<-done
					t.Fatalf("cypx %v: still running after 15 s (reading %s without end)", c.args, c.file)
				}
				var ee *exec.ExitError
				if failed := errors.As(err, &ee) && ee.ExitCode() != 0; failed == c.warns {
					t.Errorf("cypx %v: %v, want a failure unless it warns (%v)", c.args, err, c.warns)
				}
				msg := stderr.String()
				if !strings.Contains(msg, filepath.Base(c.file)) || !strings.Contains(msg, "not a regular file") || strings.Contains(msg, "goroutine") {
					t.Errorf("cypx %v: the message does not name %s and why:\n%s", c.args, c.file, msg)
				}
			})
		}
	}
}
