//go:build !unix

package main

import "io"

// runSupervised runs the explorer in this process: the watcher needs a
// descriptor passed to the child (ExtraFiles) and the terminal's state,
// which this platform does not offer the same way.
func runSupervised(io.Writer) (bool, error) { return false, nil }
