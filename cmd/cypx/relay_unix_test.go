//go:build unix

package main

import (
	"bytes"
	"io"
	"runtime"
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
// error is passed on as it comes (a progress line with no newline too);
// a crash report's first lines are held until they say what it is: a
// SIGBUS the kernel raised (a fault on a mapped file) or one another
// process sent is not passed on but said, once, with where it came from;
// any other report is passed on whole (hostile check 48: a SIGBUS sent
// by kill, whose report begins "SIGBUS: bus error", was passed on as it
// came, some 440 lines, and then called a file cut short).
func TestRelayHoldsTheCrashReport(t *testing.T) {
	pid := 22530 // 0x5802: where Linux puts the sender's id
	if runtime.GOOS != "linux" {
		pid = 0
	}
	trace := "\ngoroutine 0 gp=0x1 m=0 [idle]:\nruntime.futex(0x1)\n"
	for _, c := range []struct {
		name   string
		in     chunks
		out    string
		kind   busKind
		sender int
	}{
		{"no crash", chunks{"\rbuilding 10%", "\rbuilding 20%", "\nwarning: x\n"}, "\rbuilding 10%\rbuilding 20%\nwarning: x\n", busUnknown, 0},
		{"a fault met by a goroutine", chunks{"\rbuilding 40%", "unexpected fault address ", "0xc0001", "\n", "fatal error: fault\n", "[signal ", "SIGBUS: bus error", " code=", "0x2", " addr=0xc0001 pc=0x4]\n", trace}, "\rbuilding 40%", busFaulted, 0},
		{"a fault met in the runtime", chunks{"\rbuilding 40%", "SIGBUS: bus error\n", "PC=0x4 m=3 sigcode=", "2", " addr=0x7f0012\n", trace}, "\rbuilding 40%", busFaulted, 0},
		{"sent by kill", chunks{"reading sources 0.3/8.0 MB\n", "SIGBUS: bus error\n", "PC=0x494721 m=0 sigcode=0 addr=0x5802\n", trace}, "reading sources 0.3/8.0 MB\n", busSent, pid},
		{"sent by tgkill", chunks{"SIGBUS: bus error\nPC=0x1 m=0 sigcode=18446744073709551610 addr=0x5802\n", trace}, "", busSent, pid},
		{"sent by sigqueue", chunks{"unexpected fault address 0x5802\nfatal error: fault\n[signal SIGBUS: bus error code=0xffffffffffffffff addr=0x5802 pc=0x4]\n", trace}, "", busSent, pid},
		{"a panic after a warning", chunks{"warning: y\npanic: boom\n", "\ngoroutine 1 [running]:\n", "main.main()\n"}, "warning: y\npanic: boom\n\ngoroutine 1 [running]:\nmain.main()\n", busUnknown, 0},
		{"another signal sent", chunks{"SIGSEGV: segmentation violation\nPC=0x1 m=0 sigcode=0 addr=0x0\n", trace}, "SIGSEGV: segmentation violation\nPC=0x1 m=0 sigcode=0 addr=0x0\n" + trace, busUnknown, 0},
		{"a word inside a line is no report", chunks{"note: a panic: attack\n"}, "note: a panic: attack\n", busUnknown, 0},
	} {
		var out bytes.Buffer
		in := c.in
		kind, sender, calls := busUnknown, 0, 0
		relayUntilCrash(&in, &out, func(k busKind, s int) { kind, sender, calls = k, s, calls+1 })
		if out.String() != c.out || kind != c.kind || sender != c.sender || calls > 1 {
			t.Errorf("%s: passed on %q, said %d (from %d) %d times; want %q and %d (from %d)", c.name, out.String(), kind, sender, calls, c.out, c.kind, c.sender)
		}
	}
	if strings.Contains(buildChangedWords, "report above") {
		t.Errorf("the words point to a report no longer shown: %q", buildChangedWords)
	}
}

// TestBusCauseWaitsForWholeLines: a code cut off mid-number is not read
// until its line has come.
func TestBusCauseWaitsForWholeLines(t *testing.T) {
	if kind, _ := busCause([]byte("SIGBUS: bus error\nPC=0x1 m=0 sigcode=2"), false); kind != busUnknown {
		t.Errorf("half a line said %d", kind)
	}
	if kind, _ := busCause([]byte("SIGBUS: bus error\nPC=0x1 m=0 sigcode=2"), true); kind != busFaulted {
		t.Errorf("the whole report said %d", kind)
	}
}
