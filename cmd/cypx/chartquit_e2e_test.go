package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestQuitWhileTheLargestChartIsDrawn: a source whose 400 sentences hold
// 64 percentages each gives the chart 300 statistics of 32 figures (the
// extractor keeps a sentence's figures in items of their own size): 9,600
// bars, half the chart's bound. Opening the chart and pressing q at once,
// and again after ten resizes, quits at once: the chart is laid out off the
// update loop and draws only the bars on screen (its layout held the loop
// for seconds at this size, and q with it; a million figures held it 80 s).
func TestQuitWhileTheLargestChartIsDrawn(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	var b strings.Builder
	b.WriteString("---\ntitle: Waits by area\npublisher: Test Trust\ndate: 2024-01-01\ntype: data\n---\n")
	for s := 0; s < 400; s++ {
		b.WriteString("In survey round " + fmt.Sprint(s+1) + " waits grew")
		for f := 0; f < 64; f++ {
			fmt.Fprintf(&b, ", by %d%% in area %d", (s+f)%100, f+1)
		}
		b.WriteString(".\n\n")
	}
	os.WriteFile(filepath.Join(dir, "sources", "waits.md"), []byte(b.String()), 0o644)

	// One home for both runs: the second opens the index the first built
	// (reading the 25,600 figures took 10 s of CPU each time) and what is
	// timed, q after the chart opened, is the same either way.
	home := t.TempDir()
	for _, resize := range []bool{false, true} {
		status := filepath.Join(t.TempDir(), "status")
		s := startTmux(t, 120, 40, fmt.Sprintf("env CYPX_HOME=%s TERM=xterm-256color %s --corpus %s; echo $? > %s; sleep 60", home, bin, dir, status))
		s.waitFor("items · 1 source")
		s.keys("Escape")
		s.waitFor("/ search •")
		s.keys("v")
		if resize {
			screen := s.waitFor("Chart ·", "Percentages (0–100%) · ")
			t.Logf("%s", strings.SplitAfter(screen, "Percentages")[1][:30])
			// Ten resizes in a row: each laid the whole chart out again
			// on the update loop, ahead of the q (1.5 s for six before).
			for i, w := range []int{100, 110, 90, 120, 95, 105, 115, 85, 112, 98} {
				s.tmux("resize-window", "-t", "e2e", "-x", fmt.Sprint(w), "-y", fmt.Sprint(30+i))
			}
		}
		sent := time.Now()
		s.keys("q")
		// Generous for a busy machine (42 to 450 ms measured, exit and
		// shell included); the old layout took 0.25 s per resize.
		took := s.exitedWithin(t, status, sent, time.Second, fmt.Sprintf("q after the chart opened (resize %v)", resize))
		t.Logf("resize %v: q to exit status in %v", resize, took.Round(time.Millisecond))
	}
}
