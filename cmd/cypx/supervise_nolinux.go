//go:build unix && !linux

package main

import (
	"os"
	"syscall"
)

// childAttr: only Linux has a signal for a parent's end (Pdeathsig); here
// the child checks its parent when it starts (superviseEnv).
func childAttr() *syscall.SysProcAttr { return nil }

// onePagePipe leaves the pipe as it is: its size cannot be set here.
func onePagePipe(fd uintptr) {}

// sendersPID: the runtime's report gives the fault address alone here,
// not the sender of a signal.
func sendersPID(addr uint64) int { return 0 }

// platformSentSignals: none here beyond sentSignals' own.
var platformSentSignals []os.Signal
