package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestExplorerBasketAfterAnotherCypxRemovesItsReport: a finding marked in
// the explorer, whose report another cypx then removes from the library
// and whose index it rebuilds, is shown missing by b and never exported
// by e. Before (hostile check 50), b showed the removed report's 99% as
// found, and e exported it, until the explorer was started again.
func TestExplorerBasketAfterAnotherCypxRemovesItsReport(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	home, corpus, out := t.TempDir(), t.TempDir(), t.TempDir()
	sources := filepath.Join(corpus, "sources")
	if err := os.MkdirAll(sources, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(sources, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i := 1; i <= 2; i++ {
		write(fmt.Sprintf("r%d.md", i), fmt.Sprintf("---\ntitle: Report %d\npublisher: Trust %d\ndate: 2024-05-04\ntype: report\n---\nIn 2024, %d%% of children waited more than 18 weeks for an assessment in area %d.\n", i, i, i*7, i))
	}
	write("gone.md", "---\ntitle: Gone report\npublisher: Gone Trust\ndate: 2024-05-04\ntype: report\n---\nIn 2024, 99% of children in Goneshire waited more than 52 weeks for an assessment by the zebra service.\n")
	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command(bin, append([]string{"--corpus", corpus}, args...)...)
		cmd.Env = append(os.Environ(), "CYPX_HOME="+home)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("cypx %v: %v\n%s", args, err, b)
		}
	}
	run("search", "zebra")
	s := startTmux(t, 140, 40, fmt.Sprintf("cd %s && env CYPX_HOME=%s TERM=xterm-256color %s --corpus %s --query zebra; sleep 60", out, home, bin, corpus))
	s.waitFor("1 of 3 items", "Goneshire")
	s.keys("Escape")
	// Apart: an escape and a key at once are read as alt and the key.
	time.Sleep(300 * time.Millisecond)
	s.keys("Space")
	waitForBasket(t, home, "the finding marked", func(got []string) bool { return len(got) == 1 })
	if err := os.Remove(filepath.Join(sources, "gone.md")); err != nil {
		t.Fatal(err)
	}
	run("search", "x")
	s.keys("b")
	screen := s.waitFor("Missing: gone#")
	if !strings.Contains(screen, "1 missing") {
		t.Errorf("the basket does not count the finding missing:\n%s", screen)
	}
	s.keys("e")
	screen = s.waitFor("Nothing to export")
	time.Sleep(500 * time.Millisecond)
	if packs, _ := filepath.Glob(filepath.Join(out, "briefing-*.md")); len(packs) != 0 {
		b, _ := os.ReadFile(packs[0])
		t.Errorf("e exported a removed report's finding:\n%s\n%s", b, screen)
	}
	s.keys("q")
}
