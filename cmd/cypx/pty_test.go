//go:build !windows

package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/creack/pty"
)

// onPTY runs the real cypx with its standard output (and error) on a
// pseudo-terminal, as in a terminal window, and returns what the terminal
// received and the exit status.
func onPTY(t *testing.T, bin string, env []string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 200})
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	var out bytes.Buffer
	_, err = io.Copy(&out, f)
	// Linux ends a terminal whose program has exited with EIO.
	if err != nil && !errors.Is(err, syscall.EIO) {
		t.Fatal(err)
	}
	f.Close()
	cmd.Wait()
	return out.String(), cmd.ProcessState.ExitCode()
}

// TestHighlightingOnARealTerminal: on a terminal matched words are bold —
// the codes arrive as codes, not escaped a second time into "\x1b[1m"
// text — while a source's own escape codes still arrive escaped.
func TestHighlightingOnARealTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("process test skipped in -short mode")
	}
	bin := buildBinary(t)
	out, code := onPTY(t, bin, nil, "search", "autism")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	if !strings.Contains(out, "\x1b[1mautism\x1b[22m") {
		t.Errorf("matched words not bold on a terminal:\n%q", out)
	}
	if strings.Contains(out, `\x1b[1m`) {
		t.Errorf("the bold codes were escaped a second time:\n%q", out)
	}
	// A source's escape codes are shown escaped beside cypx's own bold.
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "evil.md"), []byte("---\ntitle: Evil\npublisher: P\ndate: 2024\ntype: report\n---\nA paragraph about autism with a \x1b[31mred\x1b[0m code and an \x1b]52;c;aGk=\x07 clipboard write.\n"), 0o644)
	out, _ = onPTY(t, bin, nil, "--corpus", dir, "search", "autism")
	if !strings.Contains(out, "\x1b[1mautism\x1b[22m") || !strings.Contains(out, `\x1b[31mred`) || strings.Contains(out, "\x1b[31m") || strings.Contains(out, "\x1b]52") {
		t.Errorf("hostile source on a terminal:\n%q", out)
	}
	// TERM=dumb is a terminal that takes no codes: no bold, still escaped.
	out, _ = onPTY(t, bin, []string{"TERM=dumb"}, "--corpus", dir, "search", "autism")
	if strings.Contains(out, "\x1b[1m") || !strings.Contains(out, `\x1b[31mred`) {
		t.Errorf("TERM=dumb:\n%q", out)
	}
}

// TestWordToATerminalOnly: "is standard output a terminal" asks the
// terminal. A Word document to a terminal is refused; to /dev/null (a
// character device, and no terminal) it is written.
func TestWordToATerminalOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("process test skipped in -short mode")
	}
	bin := buildBinary(t)
	out, code := onPTY(t, bin, nil, "export", "autism", "--format", "docx")
	if code != 2 || !strings.Contains(out, "would garble the terminal") {
		t.Errorf("docx to a terminal: exit %d\n%s", code, out)
	}
	out, code = onPTY(t, bin, nil, "export", "autism", "--format", "docx", "-o", "/dev/tty")
	if code != 2 || !strings.Contains(out, "would garble the terminal") {
		t.Errorf("docx to -o /dev/tty: exit %d\n%s", code, out)
	}
	// -o /dev/tty is a terminal too: what reaches it is escaped.
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "evil.md"), []byte("---\ntitle: Evil\npublisher: P\ndate: 2024\ntype: report\n---\nA paragraph about autism with an \x1b]52;c;aGk=\x07 clipboard write in it.\n"), 0o644)
	out, code = onPTY(t, bin, nil, "--corpus", dir, "export", "autism", "--format", "csv", "-o", "/dev/tty")
	if code != 0 || strings.Contains(out, "\x1b]52") || !strings.Contains(out, `\x1b]52`) {
		t.Errorf("csv to -o /dev/tty: exit %d\n%q", code, out)
	}
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Skip(err)
	}
	defer null.Close()
	cmd := exec.Command(bin, "export", "autism", "--format", "docx")
	cmd.Stdout = null
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Errorf("docx to /dev/null: %v: %s", err, stderr.String())
	}
}

// TestRISOnARealTerminal: RIS ends its lines with CRLF, as its
// specification asks; on a terminal those line ends arrive as line ends,
// not as a literal "\r" at the end of each line, while a lone carriage
// return in a source (which could overwrite a line) is still escaped.
func TestRISOnARealTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("process test skipped in -short mode")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "cr.md"), []byte("---\ntitle: Carriage\npublisher: P\ndate: 2024\ntype: report\n---\nWaits for an autism assessment grew by 12% in a year, the trust said.\n"), 0o644)
	out, code := onPTY(t, bin, nil, "--corpus", dir, "export", "autism", "--format", "ris")
	if code != 0 {
		t.Fatalf("exit %d:\n%q", code, out)
	}
	// The terminal's own line discipline turns each \n into \r\n.
	if !strings.Contains(out, "TY  - RPRT\r\r\n") || strings.Contains(out, `\r`) {
		t.Errorf("RIS line ends on a terminal:\n%q", out)
	}
	// A lone carriage return is escaped, a CRLF passes, even split
	// between two writes.
	var b bytes.Buffer
	s := stdoutSink(&b, true)
	io.WriteString(s, "a lone\rOVERWRITE\r")
	io.WriteString(s, "\nnext\r")
	s.flush()
	if got := b.String(); got != `a lone\rOVERWRITE`+"\r\n"+`next\r` {
		t.Errorf("the sink wrote %q", got)
	}
}
