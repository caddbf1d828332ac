package main

import (
	"encoding/json"
	"errors"
	"io"
	"os"

	"github.com/cypx/cypx/internal/history"
)

// The explorer runs in a child process of its own, watched by the process
// the user started (the supervisor), so that no way the explorer can end
// leaves the terminal broken. Most failures are recovered where they
// happen: Bubble Tea recovers a panic in its loop and restores the
// terminal, and cypx's own reads of the index turn a fault on a damaged
// file into an error. But bleve runs parts of a search on goroutines it
// starts itself (a prefix's dictionary walk, one per segment), where a
// fault on a file cut short under it is a crash no recover can reach; a
// Go runtime fatal error (out of memory) cannot be recovered at all; and
// the kernel can kill a process outright. Each of those ended with the
// terminal in raw mode on the alternative screen, the report drawn over
// the explorer's last frame. The supervisor waits for the child, and when
// it did not end by itself (a crash report, or a signal) puts the terminal
// back as it found it, then prints the report, which the child's runtime
// wrote to a pipe besides its standard error (debug.SetCrashOutput).
// A fault on a mapped file (SIGBUS: the index cut short under it) is the
// one crash it mends: it starts the explorer again on the last search the
// explorer told it of, a few times at most, and the new explorer's start
// rebuilds the damaged index.

// superviseEnv marks the child: an explorer started with it set runs
// unwatched. Only the supervisor sets it, to its own process id, so the
// child can tell that its supervisor is still the one waiting for it.
const superviseEnv = "CYPX_EXPLORER_CHILD"

// supervise is set by main: the explorer of a real process is watched; an
// explorer run in process by a test is not (there, the executable is the
// test binary).
var supervise bool

// errSilent is the exit status of a child that printed its own error: the
// supervisor passes the status on and prints nothing more.
var errSilent = errors.New("")

// followPipe, in an explorer run by a supervisor, is where it writes each
// search it runs, one JSON line each, for the supervisor to start it again
// where it was after a fault (nil elsewhere).
var followPipe *os.File

// followTo returns an Options.Follow that writes each search to w as a
// JSON line, off the update loop: a newer search replaces one not yet
// written, so a slow reader never holds the explorer up.
func followTo(w io.Writer) func(history.Entry) {
	latest := make(chan history.Entry, 1)
	go func() {
		for e := range latest {
			line, err := json.Marshal(e)
			if err != nil {
				continue
			}
			if _, err := w.Write(append(line, '\n')); err != nil {
				return // the supervisor is gone: nothing to keep
			}
		}
	}()
	return func(e history.Entry) {
		for {
			select {
			case latest <- e:
				return
			default:
				select {
				case <-latest: // replaced by the newer one
				default:
				}
			}
		}
	}
}

// resumed reads the search an explorer started again after a fault opens
// on (resumeEnv, set by the supervisor), and takes it out of the
// environment; ok is false when there is none.
func resumed() (e history.Entry, ok bool) {
	s := os.Getenv(resumeEnv)
	if s == "" {
		return e, false
	}
	os.Unsetenv(resumeEnv)
	if json.Unmarshal([]byte(s), &e) != nil {
		return e, false
	}
	return e, true
}

// resumedBecause is what the status line of an explorer started again
// says of why (resumeWhyEnv, set by the supervisor: restartWhy), taken out
// of the environment; resumedWhy when none is given.
func resumedBecause() string {
	why := os.Getenv(resumeWhyEnv)
	os.Unsetenv(resumeWhyEnv)
	if why == "" {
		return resumedWhy
	}
	return why
}

// resumeWhyEnv carries what the restarted explorer's status line says of
// the restart: a fault reading its index, or a signal sent by another
// process.
const resumeWhyEnv = "CYPX_EXPLORER_RESUME_WHY"

// resumedWhy is the status line of an explorer started again after a fault.
const resumedWhy = "The explorer was restarted after a fault reading its index (changed on disk while open); a damaged one is rebuilt"

// resumeEnv carries the search the explorer last ran (a history entry as
// JSON) to the explorer the supervisor starts again after a fault.
const resumeEnv = "CYPX_EXPLORER_RESUME"
