// Package clipboard puts copied text on the system clipboard through the
// platform's own tool — pbcopy on macOS, wl-copy under Wayland, xclip or
// xsel under X11, clip.exe on Windows and in WSL — when cypx runs on the
// user's own machine.
//
// The explorer and `cypx cite --copy` also write the text to the terminal
// as OSC 52, which reaches the clipboard over SSH and inside tmux but is
// ignored by GNOME Terminal and the other VTE terminals and by macOS
// Terminal.app: there only the system tool works. Over SSH the tools would
// fill the remote machine's clipboard, not the user's, so they are not used.
//
// It is a small adapter rather than github.com/atotto/clipboard, which
// shells out to the same tools but does not say which one it used (the
// status line must say where the text went), has no clip.exe for WSL, and
// has had no release since 2018.
package clipboard

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/cypx/cypx/internal/evidence"
)

// Text is what a copy puts on the clipboard: the text as the screen
// shows it (evidence.Printable). A control character, an escape
// sequence's introducer, a bidirectional control or an invisible format
// character from a source is written as its visible escape (\x1b,
// \u202e), so a paste into a shell or an editor cannot run or hide
// anything; newlines and tabs are kept, and every printable character is
// copied as written, so a quote stays a substring of its source wherever
// the source is printable. Every copy calls it (the explorer's, `cypx
// cite --copy`, OSC 52 and the system tool alike), and it changes nothing
// given its own result.
func Text(text string) string { return evidence.Printable(text) }

// Where says where copied text went.
type Where int

const (
	// Terminal means the text went to the terminal as OSC 52 alone: the
	// clipboard has it only if the terminal honours OSC 52.
	Terminal Where = iota
	// System means the platform's clipboard tool took the text (and the
	// terminal was sent it as OSC 52 too).
	System
)

// Result is what a copy did.
type Result struct {
	Where Where
	// Tool is the clipboard tool that took the text ("xclip"), when one did.
	Tool string
	// Remote says the program runs over SSH, so no tool was tried.
	Remote bool
}

// Status is the status line's account of a copy: where the text went.
func (r Result) Status() string {
	if r.Where == System {
		return "Copied to the clipboard"
	}
	return "Sent to the terminal (OSC 52)"
}

// Tool is a clipboard program and how to run it.
type Tool struct {
	Name string
	Args []string
	// UTF16 says the tool reads UTF-16 with a byte-order mark: clip.exe
	// reads anything else in the console's code page, and mangles "£" and
	// curly quotes.
	UTF16 bool
}

// Env is what the choice of tool depends on. FromEnv reads it from the
// process; tests give their own.
type Env struct {
	GOOS     string
	Getenv   func(string) string
	LookPath func(string) (string, error)
	// WSL says Linux runs under Windows (WSL), where clip.exe reaches the
	// Windows clipboard.
	WSL bool
}

// FromEnv is the running process's environment.
func FromEnv() Env {
	return Env{GOOS: runtime.GOOS, Getenv: os.Getenv, LookPath: exec.LookPath, WSL: isWSL()}
}

func isWSL() bool {
	if runtime.GOOS != "linux" {
		return false
	}
	if os.Getenv("WSL_DISTRO_NAME") != "" {
		return true
	}
	b, err := os.ReadFile("/proc/sys/kernel/osrelease")
	return err == nil && strings.Contains(strings.ToLower(string(b)), "microsoft")
}

// Remote reports whether the program runs over SSH: the system clipboard
// there is the server's, not the user's.
func (e Env) Remote() bool {
	return e.Getenv("SSH_CONNECTION") != "" || e.Getenv("SSH_TTY") != ""
}

// Find chooses the clipboard tool: the platform's, found on PATH, for the
// display in use. It reports false when there is none.
func (e Env) Find() (Tool, bool) {
	var candidates []Tool
	switch e.GOOS {
	case "darwin":
		candidates = []Tool{{Name: "pbcopy"}}
	case "windows":
		candidates = []Tool{{Name: "clip.exe", UTF16: true}}
	default:
		if e.WSL {
			candidates = append(candidates, Tool{Name: "clip.exe", UTF16: true})
		}
		if e.Getenv("WAYLAND_DISPLAY") != "" {
			candidates = append(candidates, Tool{Name: "wl-copy"})
		}
		if e.Getenv("DISPLAY") != "" {
			candidates = append(candidates,
				Tool{Name: "xclip", Args: []string{"-selection", "clipboard", "-in"}},
				Tool{Name: "xsel", Args: []string{"--clipboard", "--input"}})
		}
	}
	for _, t := range candidates {
		if _, err := e.LookPath(t.Name); err == nil {
			return t, true
		}
	}
	return Tool{}, false
}

// Timeout bounds a clipboard tool's run: xclip waiting on a display that
// does not answer must not hold a copy up.
var Timeout = 3 * time.Second

// ErrNoTool is returned by Copy when no clipboard tool was found.
var ErrNoTool = errors.New("no clipboard tool found (pbcopy, wl-copy, xclip, xsel or clip.exe)")

// Copy puts text (as Text gives it) on the system clipboard when the program runs on the
// user's own machine and a tool is found. The result says where the text
// went; an error says why a tool found could not take it (the text is
// then on the terminal's OSC 52 alone). No tool, or SSH, is not an error.
func Copy(ctx context.Context, env Env, text string) (Result, error) {
	text = Text(text)
	if env.Remote() {
		return Result{Where: Terminal, Remote: true}, nil
	}
	tool, ok := env.Find()
	if !ok {
		return Result{Where: Terminal}, nil
	}
	if err := Run(ctx, tool, text); err != nil {
		return Result{Where: Terminal}, err
	}
	return Result{Where: System, Tool: tool.Name}, nil
}

// Run gives text to a clipboard tool on its standard input.
//
// xclip, xsel and wl-copy leave a process behind to serve the selection.
// It inherits the tool's standard output and error, so those must be
// files, not pipes: a pipe would stay open and the wait never end.
func Run(ctx context.Context, tool Tool, text string) error {
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, tool.Name, tool.Args...)
	input := []byte(text)
	if tool.UTF16 {
		input = utf16LE(text)
	}
	cmd.Stdin = bytes.NewReader(input)
	if tool.Name == "pbcopy" && !strings.Contains(strings.ToUpper(os.Getenv("LC_ALL")+os.Getenv("LC_CTYPE")+os.Getenv("LANG")), "UTF-8") {
		// pbcopy reads its input in the locale's encoding.
		cmd.Env = append(os.Environ(), "LC_CTYPE=UTF-8")
	}
	errFile, err := os.CreateTemp("", "cypx-clipboard-*")
	if err == nil {
		defer os.Remove(errFile.Name())
		defer errFile.Close()
		cmd.Stderr = errFile
	}
	cmd.WaitDelay = time.Second
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("%s did not finish in %s", tool.Name, Timeout)
		}
		msg := ""
		if errFile != nil {
			b, _ := os.ReadFile(errFile.Name())
			msg = strings.Join(strings.Fields(string(b)), " ")
			if r := []rune(msg); len(r) > 120 {
				msg = string(r[:119]) + "…"
			}
		}
		if msg != "" {
			return fmt.Errorf("%s failed: %s", tool.Name, msg)
		}
		return fmt.Errorf("%s failed: %v", tool.Name, err)
	}
	return nil
}

// utf16LE is text as UTF-16, little-endian, after a byte-order mark.
func utf16LE(text string) []byte {
	units := utf16.Encode([]rune(text))
	out := make([]byte, 0, 2+2*len(units))
	out = append(out, 0xFF, 0xFE)
	for _, u := range units {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

// MaxOSC52 is the most text, in bytes, sent to the terminal as OSC 52.
// Terminals cap or drop long OSC 52 sequences, each its own way, and
// megabytes written through the terminal stall its screen (a comparison
// table holding a publisher of 8 MB went whole, 11 MB of base64). Longer
// text goes to the system clipboard's tool alone; with no tool it is not
// copied, and the user is told so (TooLarge).
const MaxOSC52 = 1 << 20

// FitsOSC52 says whether text is short enough to send as OSC 52.
func FitsOSC52(text string) bool { return len(text) <= MaxOSC52 }

// TooLarge is why text over MaxOSC52 was not copied where no clipboard
// tool took it.
func TooLarge(text string) error {
	return fmt.Errorf("%.1f MB of text is more than the terminal's clipboard takes (OSC 52, up to %d MB here), and no clipboard tool took it", float64(len(text))/(1<<20), MaxOSC52>>20)
}

// OSC52 is the escape sequence that asks a terminal to put text (as Text
// gives it) on the clipboard.
func OSC52(text string) string {
	return "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(Text(text))) + "\a"
}
