package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"
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
	go func() {
		select {
		case s := <-caught:
			sig, _ := s.(syscall.Signal)
			cancel(signalled{sig})
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(caught)
		signal.Stop(piped)
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
	words := "interrupted"
	switch sig {
	case syscall.SIGTERM:
		words = "terminated"
	case syscall.SIGHUP:
		words = "hung up (the terminal was closed)"
	case syscall.SIGPIPE:
		// Said by nothing, as a program SIGPIPE ends is: the reader that
		// went away ('| head') took what it wanted.
		return &exitError{code: 128 + int(sig), err: errSilent}
	}
	return &exitError{code: 128 + int(sig), err: errors.New(words)}
}

// endedBySignal reports whether ctx was ended by one of endSignals (not
// by a test's cancel or a command's own).
func endedBySignal(ctx context.Context) bool {
	var s signalled
	return errors.As(context.Cause(ctx), &s)
}

// brokenPipe reports whether ctx was ended by a write that found its
// reader gone (sink.broken).
func brokenPipe(ctx context.Context) bool {
	var s signalled
	return errors.As(context.Cause(ctx), &s) && s.sig == syscall.SIGPIPE
}
