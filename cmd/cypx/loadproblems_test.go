package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/pipeline"
)

// brokenThemesCorpus writes a corpus of one good source, one source with
// three problems that skip it, and a themes.yaml of one sound theme and
// broken ones (no terms), each left out.
func brokenThemesCorpus(t *testing.T, broken int) string {
	t.Helper()
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "good.md"), []byte("---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\n---\n48% of children waited more than 18 weeks.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "sources", "bad.md"), []byte("---\ntitle: T\npubisher: P\ndate: 15/07/2024\ntype: nonsense\n---\nBody.\n"), 0o644)
	var b strings.Builder
	b.WriteString("themes:\n  - id: waits\n    label: Waits\n    short: Waits\n    description: Waits.\n    terms: [waited]\n")
	for i := range broken {
		fmt.Fprintf(&b, "  - id: b%d\n    label: B%d\n    short: B%d\n    description: Broken.\n", i, i, i)
	}
	os.WriteFile(filepath.Join(dir, "themes.yaml"), []byte(b.String()), 0o644)
	return dir
}

// The explorer's status line says a theme left out, as the CLI warns of
// it, and counts a source with three problems as one source skipped.
func TestExplorerSaysThemesLeftOutAndCountsSources(t *testing.T) {
	dir := brokenThemesCorpus(t, 1)
	c, err := pipeline.LoadIn(dir, os.DirFS(dir), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := skippedSources(c.Problems); n != 1 {
		t.Errorf("%d sources skipped, want 1 (problems: %v)", n, c.Problems)
	}
	want := "1 source skipped, themes left out of themes.yaml: run 'cypx check' to see why"
	if got := loadWarning(c.Problems); got != want {
		t.Errorf("status line %q, want %q", got, want)
	}
	if got := loadWarning(nil); got != "" {
		t.Errorf("nothing left out: %q, want none", got)
	}
}

// 'cypx check' counts the problems, not the lines it shows: 501 broken
// themes are 501 problems, told as 20 and a line for the rest.
func TestCheckCountsProblemsNotLinesShown(t *testing.T) {
	dir := brokenThemesCorpus(t, 501)
	os.Remove(filepath.Join(dir, "sources", "bad.md"))
	_, stderr, code := cli(t, "check", dir)
	if code != 1 || !strings.Contains(stderr, "501 problems in 1 file") {
		t.Errorf("exit %d, stderr %q; want 1 and \"501 problems in 1 file\"", code, stderr)
	}
}
