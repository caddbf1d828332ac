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
		kind   signalKind
		signal string
		sender int
	}{
		{"no crash", chunks{"\rbuilding 10%", "\rbuilding 20%", "\nwarning: x\n"}, "\rbuilding 10%\rbuilding 20%\nwarning: x\n", signalUnknown, "", 0},
		{"a fault met by a goroutine", chunks{"\rbuilding 40%", "unexpected fault address ", "0xc0001", "\n", "fatal error: fault\n", "[signal ", "SIGBUS: bus error", " code=", "0x2", " addr=0xc0001 pc=0x4]\n", trace}, "\rbuilding 40%", signalFaulted, "SIGBUS", 0},
		{"a fault met in the runtime", chunks{"\rbuilding 40%", "SIGBUS: bus error\n", "PC=0x4 m=3 sigcode=", "2", " addr=0x7f0012\n", trace}, "\rbuilding 40%", signalFaulted, "SIGBUS", 0},
		{"sent by kill", chunks{"reading sources 0.3/8.0 MB\n", "SIGBUS: bus error\n", "PC=0x494721 m=0 sigcode=0 addr=0x5802\n", trace}, "reading sources 0.3/8.0 MB\n", signalSent, "SIGBUS", pid},
		{"sent by tgkill", chunks{"SIGBUS: bus error\nPC=0x1 m=0 sigcode=18446744073709551610 addr=0x5802\n", trace}, "", signalSent, "SIGBUS", pid},
		{"sent by sigqueue", chunks{"unexpected fault address 0x5802\nfatal error: fault\n[signal SIGBUS: bus error code=0xffffffffffffffff addr=0x5802 pc=0x4]\n", trace}, "", signalSent, "SIGBUS", pid},
		{"a panic after a warning", chunks{"warning: y\npanic: boom\n", "\ngoroutine 1 [running]:\n", "main.main()\n"}, "warning: y\npanic: boom\n\ngoroutine 1 [running]:\nmain.main()\n", signalUnknown, "", 0},
		// Hostile check 49: every other signal a process sends that ends
		// Go with a report is told in a line too, the report held back.
		{"SIGSEGV sent", chunks{"SIGSEGV: segmentation violation\n", "PC=0x1 m=0 sigcode=0 addr=0x5802\n", trace}, "", signalSent, "SIGSEGV", pid},
		{"SIGILL sent", chunks{"SIGILL: illegal instruction\nPC=0x1 m=0 sigcode=0\ninstruction bytes: 0x90\n", trace}, "", signalSent, "SIGILL", 0},
		{"SIGTRAP sent", chunks{"SIGTRAP: trace trap\nPC=0x1 m=0 sigcode=0\n", trace}, "", signalSent, "SIGTRAP", 0},
		{"SIGABRT sent by tgkill", chunks{"SIGABRT: abort\nPC=0x1 m=0 sigcode=18446744073709551610\n", trace}, "", signalSent, "SIGABRT", 0},
		{"SIGFPE sent", chunks{"SIGFPE: floating-point exception\nPC=0x1 m=0 sigcode=0\n", trace}, "", signalSent, "SIGFPE", 0},
		{"SIGSYS sent", chunks{"SIGSYS: bad system call\nPC=0x1 m=0 sigcode=0\n", trace}, "", signalSent, "SIGSYS", 0},
		// SIGQUIT asks for the report: passed on whole, the folder cleared.
		{"SIGQUIT sent", chunks{"SIGQUIT: quit\nPC=0x1 m=0 sigcode=0\n", trace}, "SIGQUIT: quit\nPC=0x1 m=0 sigcode=0\n" + trace, signalSent, "SIGQUIT", 0},
		{"SIGQUIT from the terminal", chunks{"SIGQUIT: quit\nPC=0x1 m=0 sigcode=128\n", trace}, "SIGQUIT: quit\nPC=0x1 m=0 sigcode=128\n" + trace, signalFaulted, "SIGQUIT", 0},
		// A real fault other than a mapped file's is a bug: passed on.
		{"a nil pointer met by a goroutine", chunks{"panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4]\n", trace}, "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4]\n" + trace, signalUnknown, "", 0},
		{"a word inside a line is no report", chunks{"note: a panic: attack\n"}, "note: a panic: attack\n", signalUnknown, "", 0},
	} {
		var out bytes.Buffer
		in := c.in
		said, calls := crashSignal{kind: signalUnknown}, 0
		relayUntilCrash(&in, &out, func(s crashSignal) { said, calls = s, calls+1 })
		if out.String() != c.out || said.kind != c.kind || said.name != c.signal || said.sender != c.sender || calls > 1 {
			t.Errorf("%s: passed on %q, said %d %s (from %d) %d times; want %q and %d %s (from %d)", c.name, out.String(), said.kind, said.name, said.sender, calls, c.out, c.kind, c.signal, c.sender)
		}
	}
	if strings.Contains(buildChangedWords, "report above") {
		t.Errorf("the words point to a report no longer shown: %q", buildChangedWords)
	}
}

// TestSignalCauseWaitsForWholeLines: a code cut off mid-number is not read
// until its line has come.
func TestSignalCauseWaitsForWholeLines(t *testing.T) {
	if c := signalCause([]byte("SIGBUS: bus error\nPC=0x1 m=0 sigcode=2"), false); c.kind != signalUnknown {
		t.Errorf("half a line said %d", c.kind)
	}
	if c := signalCause([]byte("SIGBUS: bus error\nPC=0x1 m=0 sigcode=2"), true); c.kind != signalFaulted || c.name != "SIGBUS" {
		t.Errorf("the whole report said %d %s", c.kind, c.name)
	}
}

// TestRestartSaysWhatHappened: the explorer started again after a SIGBUS
// another process sent says so, naming the sender where Linux gives it,
// by the rule the build's watcher reads; after a fault on a mapped file
// it says the index was changed on disk. Before (hostile check 49), both
// were "restarted after a fault reading its index".
func TestRestartSaysWhatHappened(t *testing.T) {
	pid := " (pid 22530)"
	if runtime.GOOS != "linux" {
		pid = ""
	}
	sent := restartWhy(signalCause([]byte("SIGBUS: bus error\nPC=0x494721 m=0 sigcode=0 addr=0x5802\n\ngoroutine 0 gp=0x1 m=0 [idle]:\n"), true))
	if want := "restarted after signal SIGBUS from another process" + pid + ": no fault"; !strings.Contains(sent, want) || strings.Contains(sent, "a fault reading") {
		t.Errorf("after a sent SIGBUS: %q, want %q", sent, want)
	}
	faulted := restartWhy(signalCause([]byte("unexpected fault address 0xc0001\nfatal error: fault\n[signal SIGBUS: bus error code=0x2 addr=0xc0001 pc=0x4]\n"), true))
	if faulted != resumedWhy {
		t.Errorf("after a fault: %q, want %q", faulted, resumedWhy)
	}
}
