//go:build unix

package main

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// chunks is a reader giving its chunks one read each, as a pipe gives
// the writes made to it.
type chunks []string

func (c *chunks) Read(p []byte) (int, error) {
	if len(*c) == 0 {
		return 0, io.EOF
	}
	n := copy(p, (*c)[0])
	*c = (*c)[1:]
	return n, nil
}

// TestRelayHoldsTheCrashReport: what comes through the watcher's standard
// error is passed on as it comes (a progress line with no newline too),
// and from the line that begins a crash report on, held and returned.
func TestRelayHoldsTheCrashReport(t *testing.T) {
	for _, c := range []struct {
		name      string
		in        chunks
		out, held string
	}{
		{"no crash", chunks{"\rbuilding 10%", "\rbuilding 20%", "\nwarning: x\n"}, "\rbuilding 10%\rbuilding 20%\nwarning: x\n", ""},
		{"a fault after a progress line", chunks{"\rbuilding 40%", "unexpected fault address ", "0xc0001", "\n", "fatal error: fault\n[signal SIGBUS: bus error]\n\ngoroutine 7 [running]:\n"}, "\rbuilding 40%", "unexpected fault address 0xc0001\nfatal error: fault\n[signal SIGBUS: bus error]\n\ngoroutine 7 [running]:\n"},
		{"a panic after a warning", chunks{"warning: y\npanic: boom\n", "\ngoroutine 1 [running]:\n"}, "warning: y\n", "panic: boom\n\ngoroutine 1 [running]:\n"},
		{"a word inside a line is no report", chunks{"note: a panic: attack\n"}, "note: a panic: attack\n", ""},
	} {
		var out bytes.Buffer
		in := c.in
		held := relayUntilCrash(&in, &out)
		if out.String() != c.out || string(held) != c.held {
			t.Errorf("%s: passed on %q, held %q; want %q and %q", c.name, out.String(), held, c.out, c.held)
		}
	}
	if strings.Contains(buildChangedWords, "report above") {
		t.Errorf("the words point to a report no longer shown: %q", buildChangedWords)
	}
}
