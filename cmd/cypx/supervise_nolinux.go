//go:build unix && !linux

package main

import "syscall"

// childAttr: only Linux has a signal for a parent's end (Pdeathsig); here
// the child checks its parent when it starts (superviseEnv).
func childAttr() *syscall.SysProcAttr { return nil }
