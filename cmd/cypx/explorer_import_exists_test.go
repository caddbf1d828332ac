package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/tui"
)

// The explorer's import of a report whose id is already in the library is
// refused in the explorer's own words, naming its key and its form, never
// a flag of the command line. Before: "… already in the library (pass
// --force to replace it, or --id for another id)" in its status line
// (hostile check 59's row, left; check 60).
func TestExplorerImportOfAnIDThereNamesNoFlag(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	report := filepath.Join(dir, "plover.txt")
	os.WriteFile(report, []byte("Over 40 children waited more than 6 weeks for a plover clinic visit in 2023.\n"), 0o644)
	a := &app{io: stdio{in: strings.NewReader(""), out: os.Stdout, err: os.Stderr}}
	defer a.close()
	f := tui.ImportFields{Title: "Plover clinic visits", Publisher: "Plover Trust", Date: "2024", Type: "report"}
	if _, err := a.importLive(context.Background(), report, f, newLibraryWatch(&cache.Live{}, ""), &importGate{}); err != nil {
		t.Fatalf("first import: %v", err)
	}
	_, err := a.importLive(context.Background(), report, f, newLibraryWatch(&cache.Live{}, ""), &importGate{})
	if err == nil || !strings.Contains(err.Error(), "already in the library") || !strings.Contains(err.Error(), "press a") || strings.Contains(err.Error(), "--") {
		t.Errorf("second import: %v", err)
	}
}
