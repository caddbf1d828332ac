package main

import (
	"path/filepath"
	"strings"

	"github.com/cypx/cypx/internal/corpus"
)

// loadWarning is the explorer's one status line for what loading left out,
// which the CLI warns of one by one at file:line: the sources skipped,
// counted by file (skippedSources), and the themes of themes.yaml left out;
// "" when nothing was. Before, the explorer said nothing of a theme left
// out, and counted a source's problems as sources ("3 sources skipped"
// for one source with three problems).
func loadWarning(problems []corpus.Problem) string {
	var parts []string
	if n := skippedSources(problems); n > 0 {
		parts = append(parts, plural(n, "source")+" skipped")
	}
	if themesLeftOut(problems) {
		parts = append(parts, "themes left out of "+corpus.ThemesFile)
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, ", ") + ": run 'cypx check' to see why"
}

// skippedSources is how many sources problems kept out of the corpus: the
// files with a problem that skipped them, however many each has.
func skippedSources(problems []corpus.Problem) int {
	files := map[string]bool{}
	for _, p := range problems {
		if p.Skipped {
			files[p.File] = true
		}
	}
	return len(files)
}

// themesLeftOut reports whether problems include one of the themes file
// (a theme left out: a broken one, or those past themes.MaxThemes).
func themesLeftOut(problems []corpus.Problem) bool {
	for _, p := range problems {
		if !p.Skipped && filepath.Base(p.File) == corpus.ThemesFile {
			return true
		}
	}
	return false
}
