//go:build unix

package main

import (
	"os"
	"os/signal"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

// sentSignals are the signals Go answers with a crash report of every
// goroutine (some 300 to 450 lines) when another process sends them
// (kill -SEGV, -BUS, -ILL, -TRAP, -ABRT, -FPE, -SYS, and on Linux
// -STKFLT): nothing faulted, and the report says nothing the user can act
// on. A command catches them (signal.Notify, which Go lets catch only the
// ones sent: a real fault, raised by the kernel, still crashes with its
// report) and ends as SIGTERM ends it, told in one line by signalEnd:
// "ended by a SIGSEGV sent by another process, not by a fault: nothing
// was damaged". Two processes leave them to the runtime, where a process
// of their own reads the report and tells the signal with its sender
// (signalCause): a one-shot build, while its watcher runs (watchBuild:
// the watcher removes the half-built folder), and the explorer's child,
// whose supervisor starts it again. SIGQUIT is not one of them: its
// report is what it asks for.
var sentSignals = append([]os.Signal{syscall.SIGSEGV, syscall.SIGBUS, syscall.SIGILL, syscall.SIGTRAP, syscall.SIGABRT, syscall.SIGFPE, syscall.SIGSYS}, platformSentSignals...)

// sentCatch is the channel main's context takes sentSignals on (nil
// where they are left to the runtime: the explorer's child, or a test).
var sentCatch struct {
	sync.Mutex
	c chan os.Signal
}

// catchSent starts catching sentSignals on c (main's context).
func catchSent(c chan os.Signal) {
	sentCatch.Lock()
	defer sentCatch.Unlock()
	sentCatch.c = c
	signal.Notify(c, sentSignals...)
}

// leaveSentToRuntime leaves sentSignals to the runtime's report while a
// build's watcher reads it, and returns the func that catches them again.
func leaveSentToRuntime() (again func()) {
	sentCatch.Lock()
	defer sentCatch.Unlock()
	c := sentCatch.c
	if c == nil {
		return func() {}
	}
	signal.Reset(sentSignals...)
	return func() {
		sentCatch.Lock()
		defer sentCatch.Unlock()
		if sentCatch.c == c {
			signal.Notify(c, sentSignals...)
		}
	}
}

// stopCatchingSent lets go of sentSignals (main's context's stop).
func stopCatchingSent() {
	sentCatch.Lock()
	defer sentCatch.Unlock()
	if sentCatch.c != nil {
		signal.Stop(sentCatch.c)
		sentCatch.c = nil
	}
}

// isSentSignal reports whether sig is one of sentSignals.
func isSentSignal(sig syscall.Signal) bool {
	for _, s := range sentSignals {
		if s == sig {
			return true
		}
	}
	return false
}

// sigName is a signal's name as the runtime's report gives it ("SIGSEGV").
func sigName(sig syscall.Signal) string {
	if n := unix.SignalName(sig); n != "" {
		return n
	}
	return sig.String()
}

// holdStops makes this process ignore SIGTSTP for the explorer's run, in
// its supervisor and in the explorer's own process alike (set before the
// child starts, so the child has it from its first instruction, and set
// again by the child's own explorer): the explorer is not suspended.
// ctrl+z is a key it does not use (raw mode: no signal), and a SIGTSTP
// sent by another process (kill -TSTP) or by the terminal before the
// explorer takes the keys does nothing either: one rule. A stopped
// explorer held the terminal raw on the alternative screen while its
// supervisor waited in the foreground, so q and ctrl+c did nothing and
// the shell never got the terminal back until a SIGCONT. Before
// (hostile check 52), kill -TSTP on the explorer's process did that.
func holdStops() { signal.Ignore(syscall.SIGTSTP) }
