// Command cypx explores evidence about children and young people's health
// services in England: statistics, recommendations and excerpts from reports,
// searchable by text, theme and kind, each with its citation.
//
// With no arguments it opens the explorer; its subcommands serve scripts.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/paths"
)

func main() {
	if buildWatcher() {
		return
	}
	limitMemory()
	supervise = true
	exitOnInterrupt = true
	// A relative CYPX_HOME is the folder cypx was started in's, for this
	// process and the explorer's child alike; one that cannot be resolved
	// is said by every folder asked for.
	paths.ResolveHome()
	ctx, stop := signalContext()
	code := run(ctx, os.Args[1:], stdio{in: os.Stdin, out: os.Stdout, err: os.Stderr, outTTY: isTTY(os.Stdout), errTTY: isTTY(os.Stderr)})
	stop()
	os.Exit(code)
}

// exitError carries an exit status other than 1 (2 for usage and query errors).
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// run executes the command line and returns the exit status; main is only
// the process around it, so tests can run the whole CLI in process. Output
// goes through sinks (see output.go): escaped on a terminal, and a write
// that failed, on any command, makes the exit status non-zero.
func run(ctx context.Context, args []string, io stdio) int {
	// A write to standard output or error that finds its reader gone (a
	// broken pipe) ends the command as a signal does (brokenPipe).
	ctx, endPiped := context.WithCancelCause(ctx)
	defer endPiped(nil)
	piped := func() { endPiped(signalled{syscall.SIGPIPE}) }
	finished := make(chan struct{})
	defer close(finished)
	if exitOnInterrupt {
		go watchInterrupt(ctx, finished, io.err, io.errTTY)
	}
	out := stdoutSink(io.out, io.outTTY)
	errOut := newSink(io.err, io.errTTY, "\r", clearLine)
	out.broken, errOut.broken = piped, piped
	io.out, io.err = out, errOut
	// bleve's own log lines are warnings like any other: escaped, on one line.
	index.SetLog(func(msg string) { fmt.Fprintf(errOut, "warning: %s\n", evidence.PrintableLine(msg)) })
	defer index.SetLog(nil)
	a := &app{io: io}
	err := execute(ctx, args, a)
	a.close()
	if errors.Is(err, index.ErrDamaged) && out.written == 0 && len(out.pending) == 0 {
		// The cached index was damaged (a file cut short while open, or
		// before): build it again and run the command once more.
		fmt.Fprintf(errOut, "warning: %s: rebuilding it\n", strings.Join(errorLines(err), "; "))
		a = &app{io: io, rebuild: true}
		err = execute(ctx, args, a)
		a.close()
		if errors.Is(err, index.ErrDamaged) {
			// Once only: a fresh index that fails the same way is not
			// damage a rebuild mends, and another would loop.
			err = fmt.Errorf("the index was rebuilt and still cannot be read: %w", err)
		}
	}
	if werr := out.flush(); werr != nil {
		// Whatever the command said, its output is lost: that is the
		// error (a command that met the failed write reports the same).
		err = fmt.Errorf("cannot write the output: %w", werr)
	}
	if brokenPipe(ctx) {
		// The output's reader went away: the command ended as that signal
		// ends a program, whatever it met after (a failed write, the
		// build it stopped).
		err = signalEnd(ctx)
	}
	if endedOutright(ctx) || err != nil && ctx.Err() != nil && errors.Is(err, context.Canceled) {
		// ctrl+c, SIGTERM or SIGHUP: say so in words, with the status a
		// shell gives a program the signal ended (128 + the signal), not
		// Go's "context canceled". A signal another process sent
		// (sentSignals), or the build's watcher lost, ends the command
		// so whatever it met after.
		err = signalEnd(ctx)
	}
	code := 0
	if err != nil && !errors.Is(err, errSilent) {
		for _, line := range errorLines(err) {
			fmt.Fprintln(errOut, "cypx:", line)
		}
	}
	if err != nil {
		code = 1
		var ee *exitError
		if errors.As(err, &ee) {
			code = ee.code
		}
	}
	if errOut.flush() != nil && code == 0 {
		code = 1 // a warning or message was lost
	}
	return code
}

// interruptGrace is how long a command has after ctrl+c (or SIGTERM or
// SIGHUP) to end by itself (an index build stops, says "interrupted" and
// exits 130) before watchInterrupt ends it. Half a second, so that with the time a loaded
// machine takes to run the watcher the command still ends within a second
// of the key, as the README promises (a full second ended it at 1.1-1.25 s
// at load 16).
var interruptGrace = 500 * time.Millisecond

// exitOnInterrupt turns watchInterrupt on: main sets it; tests that call
// run leave it off, so no test ends the test binary.
var exitOnInterrupt bool

// hardExit ends the process; a test replaces it.
var hardExit = os.Exit

// exploring is set once the explorer starts. The explorer takes ctrl+c as
// a key, and its supervisor passes signals on to it; an exit from
// watchInterrupt would skip putting the terminal back.
var exploring atomic.Bool

// watchInterrupt ends a command that is still running interruptGrace after
// ctrl+c. Reading and extracting sources does not look at the context
// within a source, so ctrl+c during a long read (a 16 MB page given to
// 'cypx add', 'cypx check' or 'cypx library' over a large library, the
// first search of a new corpus) was not answered until the reading ended,
// and 'add' then imported the file and exited 0. Every file cypx writes is
// written whole or not at all (a temporary file renamed into place, an
// index built beside the old one), so ending here leaves what a kill
// leaves, which the next run clears.
func watchInterrupt(ctx context.Context, finished <-chan struct{}, stderr io.Writer, tty bool) {
	select {
	case <-finished:
		return
	case <-ctx.Done():
	}
	t := time.NewTimer(interruptGrace)
	defer t.Stop()
	select {
	case <-finished:
		return
	case <-t.C:
	}
	if exploring.Load() {
		return
	}
	end := signalEnd(ctx)
	if end.err != errSilent {
		msg := "cypx: " + end.Error() + "\n"
		if tty {
			msg = "\r" + clearLine + msg // over a progress line
		}
		io.WriteString(stderr, msg)
	}
	cache.Abandon() // as ctrl+c's own end would have
	// A file being written (a source 'add' copies in) keeps its old
	// content or none, and its temporary file goes with the process.
	atomicfile.EndWrites()
	hardExit(end.code)
}

// execute runs one command line with an app.
func execute(ctx context.Context, args []string, a *app) error {
	root := newRoot(a)
	if c, rest, err := root.Find(args); err == nil && c.IsAdditionalHelpTopicCommand() && c.ParseFlags(rest) == nil && c.Flags().NArg() > 0 {
		// A help topic is not runnable, so cobra shows it whatever
		// follows it ("cypx corpus extra"), exit 0, before any check of
		// its arguments.
		return usageError("unknown command %q for %q", c.Flags().Arg(0), c.CommandPath())
	}
	root.SetArgs(args)
	root.SetIn(a.io.in)
	root.SetOut(a.io.out)
	root.SetErr(a.io.err)
	return root.ExecuteContext(ctx)
}

// errorLines is an error as escaped lines: one for each error joined in
// it, each on one line whatever file name it holds, and each said once
// (an export of 543 items over a damaged index met the same damage 543
// times, and said it 543 times).
func errorLines(err error) []string {
	var lines []string
	seen := map[string]bool{}
	var add func(error)
	add = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				add(e)
			}
			return
		}
		line := clipLongInputs(evidence.PrintableLine(err.Error()))
		if !seen[line] {
			seen[line] = true
			lines = append(lines, line)
		}
	}
	add(err)
	return lines
}

// Longest quoted value and unquoted word a message repeats whole. Values
// a command checks itself are quoted with evidence.QuoteInput; these catch
// the rest, most of them cobra's and pflag's ("unknown command", "invalid
// argument … for --limit", "unknown flag"), which repeated a pasted 100 KB
// argument whole. A path can be 4 KB long, so only longer words are cut.
const (
	maxQuotedInMessage = 200
	maxWordInMessage   = 4096
)

// quotedInMessage and wordInMessage find a message's quoted values (as
// %q writes them) and its words.
var (
	quotedInMessage = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)
	wordInMessage   = regexp.MustCompile(`[^ ]+`)
)

// clipLongInputs cuts a message's long quoted values and words to their
// start and their length, as evidence.QuoteInput shows a value.
func clipLongInputs(line string) string {
	if len(line) <= maxQuotedInMessage {
		return line
	}
	line = quotedInMessage.ReplaceAllStringFunc(line, func(q string) string {
		if len(q)-2 <= maxQuotedInMessage {
			return q
		}
		n := len(q) - 2
		if v, err := strconv.Unquote(q); err == nil {
			n = len(v)
		}
		cut := evidence.Prefix(q[1:len(q)-1], evidence.MaxQuotedBytes)
		if k := strings.LastIndexByte(cut, '\\'); k >= 0 && len(cut)-k < 10 {
			cut = cut[:k] // not within an escape such as \u202e
		}
		return fmt.Sprintf("\"%s\"… (%d bytes)", cut, n)
	})
	return wordInMessage.ReplaceAllStringFunc(line, func(w string) string {
		if len(w) <= maxWordInMessage {
			return w
		}
		return fmt.Sprintf("%s… (%d bytes)", evidence.Prefix(w, evidence.MaxQuotedBytes), len(w))
	})
}
