package index

import (
	"bytes"
	"os"
	"strconv"

	"golang.org/x/sys/unix"
)

// residentKnown says residentFilePages can read the process's resident
// file pages.
const residentKnown = true

// release drops the process's pages of a read-only file mapping
// (MADV_DONTNEED): its resident memory falls at once, and a later read
// maps the page again from the system's cache, with the file's bytes.
func release(data []byte) {
	if len(data) > 0 {
		_ = unix.Madvise(data, unix.MADV_DONTNEED)
	}
}

// residentFilePages is the process's resident memory in shared pages
// (files mapped, the program's code among them), from /proc/self/statm:
// its third field, in pages. -1 when it cannot be read.
func residentFilePages() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return -1
	}
	f := bytes.Fields(b)
	if len(f) < 3 {
		return -1
	}
	pages, err := strconv.ParseInt(string(f[2]), 10, 64)
	if err != nil {
		return -1
	}
	return pages * int64(os.Getpagesize())
}
