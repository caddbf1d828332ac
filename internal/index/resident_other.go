//go:build !linux

package index

// residentKnown says residentFilePages can read the process's resident
// file pages: not here.
const residentKnown = false

// release does nothing where the process's file pages are not counted.
func release([]byte) {}

// residentFilePages is not known here.
func residentFilePages() int64 { return -1 }
