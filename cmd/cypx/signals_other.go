//go:build !unix

package main

import (
	"os"
	"syscall"
)

// sentSignals: a Unix program's (see signals_unix.go).
var sentSignals []os.Signal

func catchSent(c chan os.Signal)           {}
func leaveSentToRuntime() (again func())   { return func() {} }
func stopCatchingSent()                    {}
func isSentSignal(sig syscall.Signal) bool { return false }
func sigName(sig syscall.Signal) string    { return sig.String() }

// holdStops: no job control here (see signals_unix.go).
func holdStops() {}
