package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// endSignals end a command as ctrl+c does: SIGTERM (kill, a service
// manager, a container's stop) and SIGHUP (the terminal closed) besides
// SIGINT. Left to Go's default, the two killed a command outright: a
// first search cut that way left its half-built index in a temporary
// folder, and the progress line unfinished, where ctrl+c ends the build,
// removes the folder and says "interrupted". The explorer's supervisor
// passes the two on to the explorer, which ends through this context too.
var endSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// signalled is the cause of main's context when a signal ended it.
type signalled struct{ sig syscall.Signal }

func (s signalled) Error() string { return "ended by " + s.sig.String() }

// signalContext is main's context: cancelled, with the signal as its
// cause, by the first of endSignals. stop lets go of the signals.
func signalContext() (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	endCommand = cancel
	caught := make(chan os.Signal, 1)
	signal.Notify(caught, endSignals...)
	// A broken pipe is told by the write that meets it (sink.broken), which
	// ends the command as these signals do. Notified, not ignored, so that
	// such a write returns EPIPE instead of killing the process (Go's
	// default for standard output and error), which left a build's
	// building-… folder behind; a program cypx starts gets SIGPIPE's
	// default again. The signal itself says nothing: it comes as well for
	// a pipe to a program cypx started.
	piped := make(chan os.Signal, 1)
	signal.Notify(piped, syscall.SIGPIPE)
	// A signal another process sends that Go answers with a crash report
	// (sentSignals) ends the command as SIGTERM does, told in a line; the
	// explorer's child leaves them to the runtime, whose report its
	// supervisor reads (it starts the explorer again).
	sent := make(chan os.Signal, 1)
	if os.Getenv(superviseEnv) == "" {
		catchSent(sent)
	}
	go func() {
		select {
		case s := <-caught:
			sig, _ := s.(syscall.Signal)
			cancel(signalled{sig})
		case s := <-sent:
			sig, _ := s.(syscall.Signal)
			cancel(signalled{sig})
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(caught)
		signal.Stop(piped)
		stopCatchingSent()
		cancel(nil)
	}
}

// signalEnd is how a command ended by ctx is reported: in words, with the
// status a shell gives a program the signal ended (128 + the signal: 130
// for ctrl+c, 143 for SIGTERM, 129 for SIGHUP). A context cancelled
// otherwise (a test's) counts as ctrl+c.
func signalEnd(ctx context.Context) *exitError {
	sig := syscall.SIGINT
	var s signalled
	if errors.As(context.Cause(ctx), &s) && s.sig != 0 {
		sig = s.sig
	}
	var lost buildWatcherLost
	if errors.As(context.Cause(ctx), &lost) {
		return &exitError{code: 1, err: lost}
	}
	words := "interrupted"
	if isSentSignal(sig) {
		return &exitError{code: 128 + int(sig), err: errors.New(sentSignalWords(sigName(sig), 0))}
	}
	switch sig {
	case syscall.SIGTERM:
		words = "terminated"
	case syscall.SIGHUP:
		words = "hung up (the terminal was closed)"
		if supervisorGone(supervisorEndWait) {
			// The hang-up is the kernel's word that the explorer's
			// supervisor ended (childAttr), not the terminal's: killed
			// (kill -9) or crashed, it could not say why.
			words = fmt.Sprintf("the explorer's supervisor (pid %d, the process started) ended without a word (killed, or crashed): the explorer ended with it", supervisorPID)
		} else if terminalOpen() {
			// A terminal that closed is gone as the controlling terminal
			// of every process of its session before the hang-up is
			// sent: one still there did not hang up, and the signal was
			// sent by another process (kill -HUP to the explorer's
			// process, or to the supervisor, which passes it on). Before
			// (hostile check 51), it was said to be the terminal's.
			words = sentSignalWords(sigName(sig), 0)
		}
	case syscall.SIGPIPE:
		// Said by nothing, as a program SIGPIPE ends is: the reader that
		// went away ('| head') took what it wanted.
		return &exitError{code: 128 + int(sig), err: errSilent}
	}
	return &exitError{code: 128 + int(sig), err: errors.New(words)}
}

// sentSignalWords says a signal another process sent (name "SIGSEGV";
// sender its process id, 0 where not known) ended the process: the one
// wording of a command's own end, the build's watcher's and the
// explorer's supervisor's.
//
// A SIGHUP sent is told apart from the terminal closing, and a SIGQUIT
// as the request for the goroutines' report it is (Go's convention), not
// as a crash of cypx's own.
func sentSignalWords(name string, sender int) string {
	switch name {
	case "SIGHUP":
		return "ended by a SIGHUP sent by " + senderWords(sender) + ", not by the terminal closing: nothing was damaged"
	case "SIGQUIT":
		return quitWords("sent by " + senderWords(sender))
	}
	return "ended by a " + name + " sent by " + senderWords(sender) + ", not by a fault: nothing was damaged"
}

// quitWords says a SIGQUIT from where ("sent by another process", "from
// the terminal (ctrl+\)") ended the explorer: the one wording of the
// request for the goroutines' report, whoever made it.
func quitWords(from string) string {
	return "ended by a SIGQUIT " + from + ", which asks a Go program for its goroutines (above), not by a fault: nothing was damaged"
}

// terminalOpen reports whether this process still has its controlling
// terminal (/dev/tty opens): false after the terminal hung up, and where
// there is none to tell by (a service, nohup), so that a hang-up is then
// the terminal's as before.
var terminalOpen = func() bool {
	f, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return false
	}
	f.Close()
	return true
}

// senderWords names the process that sent a signal: "another process
// (pid N)", or "another process" where it is not known (sender 0).
func senderWords(sender int) string {
	if sender > 0 {
		return fmt.Sprintf("another process (pid %d)", sender)
	}
	return "another process"
}

// supervisorPID is, in the explorer's child, its supervisor's process id
// (0 elsewhere).
var supervisorPID int

// supervisorGone reports whether this process is the explorer's child and
// its supervisor has ended: it has another parent now. The kernel sends
// the hang-up as the thread that started the child ends, while the
// supervisor's other threads may still be ending, so the parent is looked
// at again for up to wait. A hang-up from the terminal reaches the
// supervisor too, which waits for the explorer: it costs only the wait.
func supervisorGone(wait time.Duration) bool {
	if supervisorPID == 0 {
		return false
	}
	for end := time.Now().Add(wait); ; time.Sleep(10 * time.Millisecond) {
		if os.Getppid() != supervisorPID {
			return true
		}
		if time.Now().After(end) {
			return false
		}
	}
}

// supervisorEndWait is how long the explorer's child, hung up, looks for
// its supervisor's end (supervisorGone).
const supervisorEndWait = 300 * time.Millisecond

// endedBySignal reports whether ctx was ended by one of endSignals (not
// by a test's cancel or a command's own).
func endedBySignal(ctx context.Context) bool {
	var s signalled
	return errors.As(context.Cause(ctx), &s)
}

// endedOutright reports whether ctx was ended by what ends a command
// whatever it met after: a signal another process sent that Go would
// answer with a crash report (sentSignals), or its build's watcher lost.
func endedOutright(ctx context.Context) bool {
	var s signalled
	var lost buildWatcherLost
	return errors.As(context.Cause(ctx), &s) && isSentSignal(s.sig) || errors.As(context.Cause(ctx), &lost)
}

// endCommand ends the command main runs, with err as its context's cause
// (signalContext sets it; a no-op elsewhere): told by signalEnd.
var endCommand = func(err error) {}

// buildWatcherLost ends a command whose index build's watcher ended before
// the build (kill -9 on it): told by signalEnd, exit 1.
type buildWatcherLost struct {
	pid int
	how string // how the watcher ended ("signal: killed")
}

func (b buildWatcherLost) Error() string {
	return fmt.Sprintf("the index build's watcher (pid %d, a cypx process of this command) ended before the build (%s): the build was stopped and its half-built index removed; run the command again", b.pid, b.how)
}

// brokenPipe reports whether ctx was ended by a write that found its
// reader gone (sink.broken).
func brokenPipe(ctx context.Context) bool {
	var s signalled
	return errors.As(context.Cause(ctx), &s) && s.sig == syscall.SIGPIPE
}
