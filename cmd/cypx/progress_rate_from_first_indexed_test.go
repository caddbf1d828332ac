package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// TestStreamedRateIsMeasuredFromIndexing: once items are indexed while
// sources are read, reading's rate is measured from the first item
// indexed, not from the start: a large source is read once fast to count
// its themes, then again at the index's pace, and the rate of both said
// minutes of work were seconds (hostile check 50). Here the first half
// took two minutes, and the next megabyte a minute of indexing: 49 MB
// are left at a megabyte a minute.
func TestStreamedRateIsMeasuredFromIndexing(t *testing.T) {
	after, every := progressAfter, progressEvery
	progressAfter, progressEvery = 0, 0
	defer func() { progressAfter, progressEvery = after, every }()
	var buf bytes.Buffer
	p := newProgress(&buf)
	const mb = 1 << 20
	now := time.Now()
	p.start, p.readFrom = now.Add(-2*time.Minute), now.Add(-2*time.Minute)
	p.reading(50*mb, 100*mb)
	p.indexing(1, 0)
	// A minute of indexing passes.
	p.start, p.readFrom = p.start.Add(-time.Minute), p.readFrom.Add(-time.Minute)
	buf.Reset()
	p.reading(51*mb, 100*mb)
	if line := buf.String(); !strings.HasPrefix(line, "indexing sources 51.0/100.0 MB (0.02 MB/s, 49m") {
		t.Errorf("line %q, want the rate of indexing, a megabyte a minute, and 49 minutes left", line)
	}
}
