//go:build linux

package main

import (
	"encoding/binary"
	"os"
	"syscall"
)

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

// onePagePipe makes a pipe's buffer one page, the least Linux allows: a
// process writing more than that into it waits for the reader.
func onePagePipe(fd uintptr) {
	syscall.Syscall(syscall.SYS_FCNTL, fd, syscall.F_SETPIPE_SZ, 4096)
}

// sendersPID reads the process that sent a signal from the address the
// runtime's report gives for it: Linux keeps the sender's id where a
// fault keeps its address (its first four bytes).
func sendersPID(addr uint64) int {
	var b [8]byte
	binary.NativeEndian.PutUint64(b[:], addr)
	return int(int32(binary.NativeEndian.Uint32(b[:4])))
}

// platformSentSignals: Linux has SIGSTKFLT besides, which Go answers as
// the others of sentSignals.
var platformSentSignals = []os.Signal{syscall.SIGSTKFLT}
