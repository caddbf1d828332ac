package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestExplorerSearchesALibraryMadeWhileOpen: the explorer started with no
// library (the bundled corpus alone) searches the library the first
// 'cypx add' in another shell makes: the folder watched is the library's
// whether or not it exists yet, and each opening reads the corpus as it
// is then.
func TestExplorerSearchesALibraryMadeWhileOpen(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	home, work := t.TempDir(), t.TempDir()
	status := filepath.Join(t.TempDir(), "status")
	if err := os.WriteFile(filepath.Join(work, "otters.md"), []byte("---\ntitle: Otter survey\npublisher: Fenmoor Trust\ndate: 2025-05-01\n---\n# Otter survey\n\nIn 2025, 12% of children in Fenmoor had seen an otter on a school trip.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := startTmux(t, 160, 40, fmt.Sprintf("cd %s && env CYPX_HOME=%s TERM=xterm-256color %s 2>%s/stderr; echo $? > %s; sleep 60", work, home, bin, home, status))
	s.waitFor("items · 5 sources")
	add := exec.Command(bin, "add", "--type", "report", "otters.md")
	add.Dir, add.Env = work, cypxEnv(home)
	if out, err := add.CombinedOutput(); err != nil {
		t.Fatalf("cypx add: %v\n%s", err, out)
	}
	s.waitFor("The library changed outside the explorer: added ft-2025-otter-survey", "items · 6 sources")
	s.typeText("otter")
	s.waitFor("/ otter", "1 of", "12% of children in Fenmoor")
	s.keys("Escape")
	s.waitFor("/ search •")
	s.keys("q")
	s.exitedWithin(t, status, time.Now(), patience, "q")
}
