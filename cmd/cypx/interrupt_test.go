package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a buffer a command writes to while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestCtrlCEndsALongReadOfASource: ctrl+c while a command reads a large
// source (here 'cypx check' of 60,000 paragraphs of figures, seconds of
// extraction; 'cypx add' of a 16 MB page is the same reading) ends the
// command within interruptGrace, saying "interrupted", exit 130. Before,
// the reading never looked at ctrl+c: 'check' and 'library' ran to their
// end and exited 0, 'add' imported the file the user had stopped, and a
// first search went on reading for as long as the sources took.
func TestCtrlCEndsALongReadOfASource(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "sources"), 0o755); err != nil {
		t.Fatal(err)
	}
	var src strings.Builder
	src.WriteString("---\ntitle: \"Many\"\npublisher: P\ndate: 2024\ntype: report\n---\n")
	for i := range 60000 {
		fmt.Fprintf(&src, "In 2011, %d%% of children in area %d waited %d weeks.\n\n", i%100, i, i%50)
	}
	if err := os.WriteFile(filepath.Join(dir, "sources", "many.md"), []byte(src.String()), 0o644); err != nil {
		t.Fatal(err)
	}

	exited := make(chan int, 1)
	oldExit, oldGrace, oldOn := hardExit, interruptGrace, exitOnInterrupt
	hardExit = func(code int) {
		exited <- code
		select {} // as the process would: nothing after it runs
	}
	interruptGrace = 100 * time.Millisecond
	exitOnInterrupt = true
	t.Cleanup(func() { hardExit, interruptGrace, exitOnInterrupt = oldExit, oldGrace, oldOn })

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var errOut lockedBuffer
	ran := make(chan int, 1)
	go func() {
		ran <- run(ctx, []string{"check", dir}, stdio{in: strings.NewReader(""), out: io.Discard, err: &errOut})
	}()
	time.Sleep(200 * time.Millisecond)
	cancel()
	select {
	case code := <-exited:
		if code != 130 || !strings.Contains(errOut.String(), "cypx: interrupted") {
			t.Errorf("ended with %d, stderr %q", code, errOut.String())
		}
	case code := <-ran:
		t.Errorf("check ran to its end after ctrl+c: exit %d, stderr %q", code, errOut.String())
	case <-time.After(60 * time.Second):
		t.Fatal("check neither ended nor was ended 60 s after ctrl+c")
	}
}

// TestNoExitWhileTheExplorerRuns: the explorer answers ctrl+c itself and
// puts the terminal back as it ends; the watch over an interrupted
// command leaves it (and its supervisor) alone.
func TestNoExitWhileTheExplorerRuns(t *testing.T) {
	oldExit, oldGrace := hardExit, interruptGrace
	called := make(chan int, 1)
	hardExit = func(code int) { called <- code }
	interruptGrace = time.Millisecond
	t.Cleanup(func() { hardExit, interruptGrace = oldExit, oldGrace; exploring.Store(false) })
	exploring.Store(true)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	finished := make(chan struct{})
	done := make(chan struct{})
	go func() { watchInterrupt(ctx, finished, io.Discard, false); close(done) }()
	select {
	case <-done:
	case <-time.After(60 * time.Second): // a guard against a hang, generous for a slow machine
		t.Fatal("the watch did not return")
	}
	select {
	case code := <-called:
		t.Errorf("the explorer's process was ended with %d", code)
	default:
	}
}
