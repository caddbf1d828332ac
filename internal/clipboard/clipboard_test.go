package clipboard

import (
	"bytes"
	"context"
	"encoding/base64"
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
	"unicode/utf16"
)

// stubs makes a folder of stub clipboard tools, each writing its standard
// input to NAME.out and its arguments to NAME.args in out, and returns an
// Env whose PATH is that folder alone.
func stubs(t *testing.T, goos string, vars map[string]string, names ...string) (Env, string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the stub tools are shell scripts")
	}
	dir := t.TempDir()
	out := t.TempDir()
	for _, n := range names {
		script := "#!/bin/sh\necho \"$@\" > '" + filepath.Join(out, n+".args") + "'\ncat > '" + filepath.Join(out, n+".out") + "'\n"
		if err := os.WriteFile(filepath.Join(dir, n), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	env := Env{
		GOOS:   goos,
		Getenv: func(k string) string { return vars[k] },
		LookPath: func(name string) (string, error) {
			p := filepath.Join(dir, name)
			if _, err := os.Stat(p); err != nil {
				return "", exec.ErrNotFound
			}
			return p, nil
		},
	}
	// Run looks the tool up on PATH itself.
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	return env, out
}

const quote = `"Nearly all respondents (90%) said the health and wellbeing of children… £2.3bn" (NHS Providers, 2024)`

func TestCopyChoosesThePlatformTool(t *testing.T) {
	cases := []struct {
		name  string
		goos  string
		wsl   bool
		vars  map[string]string
		tools []string
		want  string
		args  string
	}{
		{"macOS", "darwin", false, nil, []string{"pbcopy", "xclip"}, "pbcopy", ""},
		{"Wayland", "linux", false, map[string]string{"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, []string{"wl-copy", "xclip"}, "wl-copy", ""},
		{"Wayland without wl-copy falls back to X11", "linux", false, map[string]string{"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, []string{"xclip"}, "xclip", "-selection clipboard -in"},
		{"X11 with xclip", "linux", false, map[string]string{"DISPLAY": ":0"}, []string{"xclip", "xsel"}, "xclip", "-selection clipboard -in"},
		{"X11 with xsel alone", "linux", false, map[string]string{"DISPLAY": ":0"}, []string{"xsel"}, "xsel", "--clipboard --input"},
		{"WSL", "linux", true, map[string]string{"DISPLAY": ":0"}, []string{"clip.exe", "xclip"}, "clip.exe", ""},
		{"FreeBSD under X11", "freebsd", false, map[string]string{"DISPLAY": ":0"}, []string{"xsel"}, "xsel", "--clipboard --input"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			env, out := stubs(t, c.goos, c.vars, c.tools...)
			env.WSL = c.wsl
			res, err := Copy(context.Background(), env, quote)
			if err != nil || res.Where != System || res.Tool != c.want {
				t.Fatalf("Copy = %+v, %v; want the system clipboard through %s", res, err, c.want)
			}
			if res.Status() != "Copied to the clipboard" {
				t.Errorf("status %q", res.Status())
			}
			got, err := os.ReadFile(filepath.Join(out, c.want+".out"))
			if err != nil {
				t.Fatal(err)
			}
			if c.want == "clip.exe" {
				if !bytes.HasPrefix(got, []byte{0xFF, 0xFE}) {
					t.Fatalf("clip.exe was not given UTF-16 with a byte-order mark: % x", got[:min(len(got), 8)])
				}
				units := make([]uint16, (len(got)-2)/2)
				for i := range units {
					units[i] = uint16(got[2+2*i]) | uint16(got[3+2*i])<<8
				}
				got = []byte(string(utf16.Decode(units)))
			}
			if string(got) != quote {
				t.Errorf("%s received %q, want %q", c.want, got, quote)
			}
			args, _ := os.ReadFile(filepath.Join(out, c.want+".args"))
			if strings.TrimSpace(string(args)) != c.args {
				t.Errorf("%s was run with %q, want %q", c.want, strings.TrimSpace(string(args)), c.args)
			}
			for _, other := range c.tools {
				if _, err := os.Stat(filepath.Join(out, other+".out")); other != c.want && err == nil {
					t.Errorf("%s was run too", other)
				}
			}
		})
	}
}

func TestCopyLeavesTheSystemClipboardAloneOverSSH(t *testing.T) {
	for _, v := range []string{"SSH_CONNECTION", "SSH_TTY"} {
		env, out := stubs(t, "linux", map[string]string{"DISPLAY": ":0", v: "x"}, "xclip")
		res, err := Copy(context.Background(), env, quote)
		if err != nil || res.Where != Terminal || !res.Remote {
			t.Fatalf("%s: Copy = %+v, %v; want the terminal alone", v, res, err)
		}
		if res.Status() != "Sent to the terminal (OSC 52)" {
			t.Errorf("status %q", res.Status())
		}
		if _, err := os.Stat(filepath.Join(out, "xclip.out")); err == nil {
			t.Errorf("%s: xclip ran over SSH", v)
		}
	}
}

func TestCopyWithoutAToolOrDisplay(t *testing.T) {
	// xclip is there but no display is: a terminal without X.
	env, out := stubs(t, "linux", nil, "xclip", "wl-copy")
	res, err := Copy(context.Background(), env, quote)
	if err != nil || res.Where != Terminal || res.Tool != "" {
		t.Fatalf("Copy = %+v, %v; want the terminal alone", res, err)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("a tool ran without a display: %v", entries)
	}
}

func TestCopyReportsAFailingTool(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the stub tools are shell scripts")
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "xclip"), []byte("#!/bin/sh\necho \"Error: Can't open display: :0\" >&2\nexit 1\n"), 0o755)
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	env := Env{GOOS: "linux", Getenv: func(k string) string { return map[string]string{"DISPLAY": ":0"}[k] }, LookPath: exec.LookPath}
	res, err := Copy(context.Background(), env, quote)
	if err == nil || res.Where != Terminal {
		t.Fatalf("Copy = %+v, %v; want an error and the terminal alone", res, err)
	}
	if !strings.Contains(err.Error(), "xclip failed: Error: Can't open display") {
		t.Errorf("error %q does not say what xclip said", err)
	}
}

func TestCopyStopsAToolThatHangs(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the stub tools are shell scripts")
	}
	dir := t.TempDir()
	pidFile := filepath.Join(dir, "pid")
	os.WriteFile(filepath.Join(dir, "xsel"), []byte("#!/bin/sh\necho $$ > '"+pidFile+"'\nexec sleep 30\n"), 0o755)
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	defer func(d time.Duration) { Timeout = d }(Timeout)
	Timeout = 200 * time.Millisecond
	env := Env{GOOS: "linux", Getenv: func(k string) string { return map[string]string{"DISPLAY": ":0"}[k] }, LookPath: exec.LookPath}
	_, err := Copy(context.Background(), env, quote)
	if err == nil || !strings.Contains(err.Error(), "did not finish") {
		t.Fatalf("err = %v, want a timeout", err)
	}
	// The copy has returned: the tool must have been stopped, not left
	// sleeping (nor waited for: it sleeps 30 s). A clock here failed on a
	// slow machine rather than on a copy that waited.
	if pid := readPID(t, pidFile); alive(pid) {
		kill(pid)
		t.Errorf("the hung tool (pid %d) is still running after the copy returned", pid)
	}
}

// readPID is the process id a stub tool wrote to file.
func readPID(t *testing.T, file string) int {
	t.Helper()
	data, err := os.ReadFile(file)
	pid, perr := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil || perr != nil {
		t.Fatalf("the stub tool wrote no process id: %v %v", err, perr)
	}
	return pid
}

// kill ends a stub tool's process.
func kill(pid int) {
	if p, err := os.FindProcess(pid); err == nil {
		p.Kill()
	}
}

// alive reports whether a process with the id is running (a zombie, ended
// but not yet reaped, is not).
func alive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil || p.Signal(syscall.Signal(0)) != nil {
		return false
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	return err != nil || !strings.Contains(string(stat), ") Z ")
}

// TestCopyDoesNotWaitForTheSelectionServer: xclip, xsel and wl-copy leave
// a process serving the selection; the copy returns when the tool itself
// exits, not when that process does.
func TestCopyDoesNotWaitForTheSelectionServer(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the stub tools are shell scripts")
	}
	dir := t.TempDir()
	pidFile := filepath.Join(dir, "pid")
	os.WriteFile(filepath.Join(dir, "wl-copy"), []byte("#!/bin/sh\ncat > /dev/null\n(sleep 20 & echo $! > '"+pidFile+"') \nexit 0\n"), 0o755)
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	env := Env{GOOS: "linux", Getenv: func(k string) string { return map[string]string{"WAYLAND_DISPLAY": "w"}[k] }, LookPath: exec.LookPath}
	res, err := Copy(context.Background(), env, quote)
	if err != nil || res.Where != System {
		t.Fatalf("Copy = %+v, %v", res, err)
	}
	// The server is still running when the copy has returned: the copy
	// did not wait for it to end (a clock here failed on a slow machine).
	pid := readPID(t, pidFile)
	if !alive(pid) {
		t.Errorf("the selection server (pid %d) had ended when the copy returned: the copy waited for it", pid)
	}
	kill(pid)
}

func TestOSC52(t *testing.T) {
	seq := OSC52(quote)
	if !strings.HasPrefix(seq, "\x1b]52;c;") || !strings.HasSuffix(seq, "\a") {
		t.Fatalf("not an OSC 52 sequence: %q", seq)
	}
	got, err := base64.StdEncoding.DecodeString(strings.TrimSuffix(strings.TrimPrefix(seq, "\x1b]52;c;"), "\a"))
	if err != nil || string(got) != quote {
		t.Errorf("decoded %q, %v", got, err)
	}
}

// TestTextIsWhatTheScreenShows: copied text keeps newlines, tabs and
// every printable character, writes each control and invisible character
// as its visible escape, and is unchanged copied again; OSC 52 carries it
// so (check33: a body's OSC 52 and bidi override went to the clipboard raw).
func TestTextIsWhatTheScreenShows(t *testing.T) {
	in := "a\tb\n\x1b]52;c;aGk=\a \u009b31m \u202ex\u202c \u2066y\u2069 t\U000E0041 mid\ufeffword £ ❤\ufe0f"
	want := "a\tb\n\\x1b]52;c;aGk=\\a \\u009b31m \\u202ex\\u202c \\u2066y\\u2069 t\\U000e0041 mid\\ufeffword £ ❤\ufe0f"
	got := Text(in)
	if got != want {
		t.Errorf("Text(%q) = %q, want %q", in, got, want)
	}
	if again := Text(got); again != got {
		t.Errorf("Text changed its own result: %q", again)
	}
	if osc := OSC52(in); osc != "\x1b]52;c;"+base64.StdEncoding.EncodeToString([]byte(want))+"\a" {
		t.Errorf("OSC52 carries %q", osc)
	}
}
