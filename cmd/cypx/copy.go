package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/cypx/cypx/internal/clipboard"
	"github.com/cypx/cypx/internal/tui"
)

// clipboardEnv is where the system clipboard's tool is looked for: the
// process's environment. Tests give one without tools, so they never
// touch the clipboard of the machine they run on, unless they ask to.
var clipboardEnv = clipboard.FromEnv

// openTerminal opens the controlling terminal to send it OSC 52, which
// must reach the terminal raw: standard output may be a pipe, and goes
// through the escaping sink when it is not.
var openTerminal = func() (io.WriteCloser, error) {
	if runtime.GOOS == "windows" {
		return os.OpenFile("CONOUT$", os.O_WRONLY, 0)
	}
	return os.OpenFile("/dev/tty", os.O_WRONLY, 0)
}

// systemClipboard is the explorer's system clipboard.
func systemClipboard() tui.Clipboard {
	return func(ctx context.Context, text string) (clipboard.Result, error) {
		return clipboard.Copy(ctx, clipboardEnv(), text)
	}
}

// copyFromCLI puts text (as clipboard.Text gives it) on the clipboard for `cypx cite --copy`: OSC 52 to
// the terminal, and the system clipboard where cypx runs on the user's own
// machine. It says where the text went on w, and fails when it went
// nowhere (no terminal and no clipboard tool).
func copyFromCLI(ctx context.Context, w io.Writer, text string) error {
	// Made safe before it is measured: an escape can be longer than the
	// character it shows.
	text = clipboard.Text(text)
	sent, fits := false, clipboard.FitsOSC52(text)
	if !fits {
		// Too long for OSC 52: the system tool alone, or nothing.
	} else if tty, err := openTerminal(); err == nil {
		_, werr := io.WriteString(tty, clipboard.OSC52(text))
		tty.Close()
		sent = werr == nil
	}
	res, err := clipboard.Copy(ctx, clipboardEnv(), text)
	switch {
	case res.Where == clipboard.System:
		fmt.Fprintf(w, "copied to the clipboard (%s)\n", res.Tool)
	case sent && err != nil:
		fmt.Fprintf(w, "warning: %v\nsent to the terminal (OSC 52)\n", err)
	case sent:
		fmt.Fprintln(w, "sent to the terminal (OSC 52)")
	case !fits && err != nil:
		return fmt.Errorf("could not copy: %v; %v: leave out --copy and write the output to a file", err, clipboard.TooLarge(text))
	case !fits:
		return fmt.Errorf("could not copy: %v: leave out --copy and write the output to a file", clipboard.TooLarge(text))
	case err != nil:
		return fmt.Errorf("could not copy: %v, and there is no terminal for OSC 52", err)
	default:
		return fmt.Errorf("could not copy: %v, and there is no terminal for OSC 52", clipboard.ErrNoTool)
	}
	return nil
}
