//go:build linux

package main

import "syscall"

// childAttr makes the explorer's process end with its supervisor: the
// kernel sends it a hang-up when the supervisor ends, even by kill -9,
// and the explorer ends as on any hang-up, putting the terminal back.
// Before, a supervisor killed outright left the explorer drawing on the
// terminal with no parent. Go's start of the child checks that the
// supervisor is not already gone when the signal is set (it sends the
// signal itself if so), and the child checks its parent again (superviseEnv).
func childAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGHUP}
}
