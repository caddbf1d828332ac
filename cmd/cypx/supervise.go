package main

import "errors"

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

// superviseEnv marks the child: an explorer started with it set runs
// unwatched. Only the supervisor sets it.
const superviseEnv = "CYPX_EXPLORER_CHILD"

// supervise is set by main: the explorer of a real process is watched; an
// explorer run in process by a test is not (there, the executable is the
// test binary).
var supervise bool

// errSilent is the exit status of a child that printed its own error: the
// supervisor passes the status on and prints nothing more.
var errSilent = errors.New("")
