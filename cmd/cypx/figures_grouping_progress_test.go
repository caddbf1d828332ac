package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestFiguresGroupingSaysItsProgress: 'cypx figures' tells, on standard
// error, the items whose figures it has gathered into measures, with a
// rate and the time left, and closes the line in a log at the end, as
// the pack's comparing does (hostile check 50: 60,000 statistics were a
// minute and more of silence).
func TestFiguresGroupingSaysItsProgress(t *testing.T) {
	after, every := progressAfter, progressEvery
	progressAfter, progressEvery = 0, 0
	defer func() { progressAfter, progressEvery = after, every }()
	var buf bytes.Buffer
	p := newProgress(&buf)
	p.grouping(0, 1000)
	p.grouping(256, 1000)
	p.grouping(1000, 1000)
	out := buf.String()
	if !strings.HasPrefix(out, "gathering figures into measures: 256/1000 items (") || !strings.Contains(out, "/s, ") || !strings.Contains(out, " left)\n") {
		t.Errorf("no line with the count, rate and time left: %q", out)
	}
	if !strings.Contains(out, "\ngathered the figures of 1000 items in ") {
		t.Errorf("no closing line in a log: %q", out)
	}
}
