//go:build unix

package main

import (
	"strings"
	"testing"
)

// TestLastLinePassesOverALongLine: a search line longer than followLimit
// is passed over, and the searches written after it are still read, so a
// restart opens on the last search, not on one from before the long line.
func TestLastLinePassesOverALongLine(t *testing.T) {
	long := strings.Repeat("x", followLimit+10)
	in := `{"query":"first"}` + "\n" + long + "\n" + `{"query":"last"}` + "\n"
	if got := lastLine(strings.NewReader(in)); got != `{"query":"last"}` {
		t.Errorf("lastLine = %.40q, want the line after the long one", got)
	}
	// A long line at the end leaves the one before it.
	in = `{"query":"first"}` + "\n" + long + "\n"
	if got := lastLine(strings.NewReader(in)); got != `{"query":"first"}` {
		t.Errorf("lastLine = %.40q, want the line before the long one", got)
	}
	// A last line with no newline (the child cut off mid-write) is no whole line.
	in = `{"query":"first"}` + "\n" + `{"query":"la`
	if got := lastLine(strings.NewReader(in)); got != `{"query":"first"}` {
		t.Errorf("lastLine = %.40q, want the last whole line", got)
	}
}
