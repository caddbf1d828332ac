package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestProgressShowsWhereverStandardErrorGoes: once indexing takes longer
// than progressAfter, progress shows with its rate and time left — as
// lines in a log, redrawn in place on a terminal — and ends cleanly.
func TestProgressShowsWhereverStandardErrorGoes(t *testing.T) {
	after, every := progressAfter, progressEvery
	progressAfter, progressEvery = 0, 0
	defer func() { progressAfter, progressEvery = after, every }()
	for _, tty := range []bool{false, true} {
		var buf bytes.Buffer
		s := newSink(&buf, tty, "\r", clearLine)
		p := progressLine(s)
		for done := 2000; done <= 10000; done += 2000 {
			time.Sleep(time.Millisecond)
			p(done, 10000)
		}
		s.flush()
		out := buf.String()
		if !strings.Contains(out, "indexing 4000/10000 items (") || !strings.Contains(out, " items/s, ") || !strings.Contains(out, " left)") {
			t.Errorf("tty %v: no progress with rate and time left:\n%q", tty, out)
		}
		if tty && (!strings.HasPrefix(out, "\r") || strings.Contains(out, "\n") || !strings.HasSuffix(out, "\r"+clearLine)) {
			t.Errorf("on a terminal the line is redrawn and cleared: %q", out)
		}
		if !tty && (strings.Contains(out, "\r") || strings.Contains(out, "\x1b") || !strings.Contains(out, "indexed 10000 items in ")) {
			t.Errorf("in a log, plain lines and a last one: %q", out)
		}
	}
	// A short build says nothing.
	progressAfter = time.Hour
	var buf bytes.Buffer
	p := progressLine(newSink(&buf, false))
	p(5000, 10000)
	p(10000, 10000)
	if buf.Len() != 0 {
		t.Errorf("a short build showed progress: %q", buf.String())
	}
}

// TestProgressOfAStreamingBuild: a build that indexes each source as it
// is read knows its count of items only at its end (it reports a total of
// 0 until then): its line is the bytes read and indexed, said as indexing,
// and a log ends with the count.
func TestProgressOfAStreamingBuild(t *testing.T) {
	after, every := progressAfter, progressEvery
	progressAfter, progressEvery = 0, 0
	defer func() { progressAfter, progressEvery = after, every }()
	var buf bytes.Buffer
	s := newSink(&buf, false, "\r", clearLine)
	p := newProgress(s)
	for done := int64(1 << 20); done <= 4<<20; done += 1 << 20 {
		time.Sleep(time.Millisecond)
		p.reading(done, 4<<20)
		p.indexing(int(done>>10), 0)
	}
	p.indexing(4096, 4096)
	s.flush()
	out := buf.String()
	if !strings.Contains(out, "indexing sources 2.0/4.0 MB (") || !strings.Contains(out, " MB/s, ") || !strings.Contains(out, "indexed 4096 items in ") {
		t.Errorf("a streaming build's progress, in bytes, then the count:\n%q", out)
	}
	if strings.Contains(out, "/0 items") || strings.Contains(out, "reading sources") {
		t.Errorf("a count not known shown, or reading said where items are indexed too:\n%q", out)
	}
}

// TestProgressCoversReadingTheSources: a huge source is read and its
// items extracted before the first is indexed (a 10 MB paragraph took
// 110 s with nothing said): that phase shows its progress too, in bytes,
// with its rate and time left, then indexing takes over the line.
func TestProgressCoversReadingTheSources(t *testing.T) {
	after, every := progressAfter, progressEvery
	progressAfter, progressEvery = 0, 0
	defer func() { progressAfter, progressEvery = after, every }()
	for _, tty := range []bool{false, true} {
		var buf bytes.Buffer
		s := newSink(&buf, tty, "\r", clearLine)
		p := newProgress(s)
		for done := int64(1 << 20); done <= 4<<20; done += 1 << 20 {
			time.Sleep(time.Millisecond)
			p.reading(done, 4<<20)
		}
		for done := 1000; done <= 3000; done += 1000 {
			time.Sleep(time.Millisecond)
			p.indexing(done, 3000)
		}
		s.flush()
		out := buf.String()
		if !strings.Contains(out, "reading sources 2.0/4.0 MB (") || !strings.Contains(out, " MB/s, ") || !strings.Contains(out, "indexing 2000/3000 items (") {
			t.Errorf("tty %v: reading, then indexing, each with rate and time left:\n%q", tty, out)
		}
		if tty && (strings.Contains(out, "\n") || !strings.HasSuffix(out, "\r"+clearLine)) {
			t.Errorf("on a terminal the one line is redrawn and cleared: %q", out)
		}
		if !tty && !strings.Contains(out, "indexed 3000 items in ") {
			t.Errorf("in a log, a last line: %q", out)
		}
	}
}

// TestProgressOfSmallSourcesInKilobytes: sources under a megabyte in all,
// read after a slow start, are counted in kilobytes ("0.0/0.0 MB" said
// nothing).
func TestProgressOfSmallSourcesInKilobytes(t *testing.T) {
	after, every := progressAfter, progressEvery
	progressAfter, progressEvery = 0, 0
	defer func() { progressAfter, progressEvery = after, every }()
	var buf bytes.Buffer
	s := newSink(&buf, false, "\r", clearLine)
	p := newProgress(s)
	for done := int64(10 << 10); done <= 40<<10; done += 10 << 10 {
		time.Sleep(time.Millisecond)
		p.reading(done, 40<<10)
	}
	s.flush()
	if out := buf.String(); !strings.Contains(out, "reading sources 20.0/40.0 KB (") || !strings.Contains(out, " KB/s, ") {
		t.Errorf("small sources not counted in kilobytes:\n%q", out)
	}
}

// TestAddShowsProgressOnALongImport: cypx add of one large paragraph read
// for minutes with nothing said; once it passes progressAfter it names the
// file and shows the MB read with the rate and time left, on standard
// error even when that is not a terminal, and a closing line.
func TestAddShowsProgressOnALongImport(t *testing.T) {
	after, every := progressAfter, progressEvery
	progressAfter, progressEvery = 0, 0
	defer func() { progressAfter, progressEvery = after, every }()
	var b strings.Builder
	for i := 0; b.Len() < 300<<10; i++ {
		fmt.Fprintf(&b, "In %d, %d%% of children in area %d waited %d weeks. ", 2000+i%24, i%97, i, i%53+1)
	}
	path := filepath.Join(t.TempDir(), "flat.txt")
	if err := os.WriteFile(path, []byte(b.String()+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	defer cli(t, "remove", "flat-progress")
	_, errOut, code := cli(t, "add", path, "--title", "Flat", "--publisher", "P", "--date", "2024", "--type", "report", "--id", "flat-progress", "--force")
	if code != 0 {
		t.Fatalf("add: %s", errOut)
	}
	if !strings.Contains(errOut, "reading "+path+" ") || !strings.Contains(errOut, "/300.0 KB (") || !strings.Contains(errOut, " KB/s, ") || !strings.Contains(errOut, " left)") {
		t.Errorf("no progress line naming the file with rate and time left:\n%s", errOut)
	}
	if !strings.Contains(errOut, "read 300.0 KB in ") {
		t.Errorf("no closing line in a log:\n%s", errOut)
	}
}

// TestCheckShowsProgress: cypx check reads and extracts every source (30,000
// took 18.5 s with nothing said): past progressAfter it shows the bytes
// read with the rate and time left on standard error, and a closing line,
// while its report stays on standard output.
func TestCheckShowsProgress(t *testing.T) {
	after, every := progressAfter, progressEvery
	progressAfter, progressEvery = 0, 0
	defer func() { progressAfter, progressEvery = after, every }()
	dir := corpusCopy(t)
	var b strings.Builder
	b.WriteString("---\ntitle: Waits by area\npublisher: Test Trust\ndate: 2024-01-01\ntype: report\n---\n\n")
	for i := 0; b.Len() < 300<<10; i++ {
		fmt.Fprintf(&b, "In area %d, %d%% of children waited more than %d weeks.\n\n", i, i%100, i%52+1)
	}
	if err := os.WriteFile(filepath.Join(dir, "sources", "waits.md"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := cli(t, "check", dir)
	if code != 0 || !strings.HasPrefix(out, "ok: ") {
		t.Fatalf("check: exit %d\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "reading sources ") || !strings.Contains(errOut, " KB/s, ") || !strings.Contains(errOut, "read ") {
		t.Errorf("no progress line and closing line on standard error:\n%s", errOut)
	}
}

// TestProgressAfterTheLastSourceIsRead: in a streaming build the last
// source's items are indexed after it is read, which for a source of a
// million figures took minutes, while the line still said "37.7/37.7 MB
// (0.16 MB/s, 0s left)". Once every source is read, the line counts the
// items indexed instead, with no time left it cannot know.
func TestProgressAfterTheLastSourceIsRead(t *testing.T) {
	after, every := progressAfter, progressEvery
	progressAfter, progressEvery = 0, 0
	defer func() { progressAfter, progressEvery = after, every }()
	var buf bytes.Buffer
	s := newSink(&buf, false, "\r", clearLine)
	p := newProgress(s)
	for done := int64(1 << 20); done <= 4<<20; done += 1 << 20 {
		time.Sleep(time.Millisecond)
		p.reading(done-1, 4<<20)
		p.indexing(int(done>>10), 0)
	}
	p.reading(4<<20, 4<<20)
	for n := 5000; n <= 20000; n += 5000 {
		p.indexing(n, 0)
	}
	s.flush()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if last := lines[len(lines)-1]; last != "indexing the last items read: 20000 items in so far" {
		t.Errorf("the last line while the last source's items are indexed: %q\n%s", last, buf.String())
	}
}

// TestProgressOfComparingAPacksFigures: a pack's notes compare each
// statistic with every other of its measure, minutes for thousands of one
// huge measure: past progressAfter the statistics compared show with their
// rate and time left, as lines in a log or one line redrawn on a terminal,
// and the end is said or cleared; a quick comparison says nothing.
func TestProgressOfComparingAPacksFigures(t *testing.T) {
	after, every := progressAfter, progressEvery
	progressAfter, progressEvery = 0, 0
	defer func() { progressAfter, progressEvery = after, every }()
	for _, tty := range []bool{false, true} {
		var buf bytes.Buffer
		s := newSink(&buf, tty, "\r", clearLine)
		p := newProgress(s)
		for done := 0; done <= 2000; done += 500 {
			time.Sleep(time.Millisecond)
			p.comparing(done, 2000)
		}
		s.flush()
		out := buf.String()
		if !strings.Contains(out, "comparing figures for the notes: 1000/2000 statistics (") || !strings.Contains(out, " left)") {
			t.Errorf("tty %v: no progress with rate and time left:\n%q", tty, out)
		}
		if tty && (strings.Contains(out, "\n") || !strings.HasSuffix(out, "\r"+clearLine)) {
			t.Errorf("on a terminal the line is redrawn and cleared: %q", out)
		}
		if !tty && (strings.Contains(out, "\r") || !strings.Contains(out, "compared 2000 statistics in ")) {
			t.Errorf("in a log, plain lines and a last one: %q", out)
		}
	}
	progressAfter = time.Hour
	var buf bytes.Buffer
	p := newProgress(newSink(&buf, false))
	p.comparing(0, 10)
	p.comparing(5, 10)
	p.comparing(10, 10)
	if buf.Len() != 0 {
		t.Errorf("a quick comparison showed progress: %q", buf.String())
	}
}
