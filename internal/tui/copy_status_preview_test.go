package tui_test

import (
	"context"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// oneItemSearcherF74g serves one item for every search.
type oneItemSearcherF74g struct{ it evidence.Item }

func (s oneItemSearcherF74g) Search(context.Context, index.Request) (index.Result, error) {
	return index.Result{Total: 1, Hits: []index.Hit{{Item: s.it}}}, nil
}

// copyStatusF74g copies the one item served with keys in a style and
// gives the clipboard and the status line's preview of it.
func copyStatusF74g(t *testing.T, it evidence.Item, st evidence.Style, keys ...string) (copied, preview string) {
	t.Helper()
	opts := options(t, oneItemSearcherF74g{it})
	opts.Style = st
	d := start(t, 120, 40, opts)
	d.keys("waits", "enter")
	d.keys(keys...)
	status := d.model().Status()
	const sent = "Sent to the terminal (OSC 52): "
	if !strings.HasPrefix(status, sent) {
		t.Fatalf("%v: status %q", keys, status)
	}
	return d.Clipboard, strings.TrimPrefix(status, sent)
}

// TestCopyPreviewIsTheCopysOwnTextCut: the status line's preview of a copy
// is the copy's own text on one line, cut between words where it is long:
// a figure gets no quote mark it lacks, a quote no "…" where nothing was
// left out, and a Vancouver copy keeps its "(1)" before the reference.
// Before, the preview was built beside the copy: "2,800…\" (…)" for a
// figure copied "2,800 (…)", and in Vancouver the reference in place of
// the "(1)" (hostile check 64 L1).
func TestCopyPreviewIsTheCopysOwnTextCut(t *testing.T) {
	src := evidence.Source{ID: "nm", Title: "Health visiting in the northern districts", Publisher: "Northmoor Metropolitan Borough Council Children's Services", Date: evidence.Date{Year: 2025}, Type: evidence.Report}
	stat := evidence.Item{ID: "nm#1", Kind: evidence.Statistic, Source: src, Text: "Last year 2,800 families waited.",
		Figures: []evidence.Figure{{Text: "2,800", Value: 2800, Offset: 10}}}

	// A figure whose citation makes the copy long is copied whole.
	copied, preview := copyStatusF74g(t, stat, evidence.Harvard, "C", "3")
	if copied != "2,800 (Northmoor Metropolitan Borough Council Children's Services, 2025)" || preview != copied {
		t.Errorf("figure copy %q previewed %q", copied, preview)
	}
	// A short quote is not cut, nor marked as cut.
	copied, preview = copyStatusF74g(t, stat, evidence.Harvard, "c")
	if preview != copied || strings.Contains(preview, "…") {
		t.Errorf("quote copy %q previewed %q", copied, preview)
	}

	long := stat
	long.Text = "Last year 2,800 families waited longer than the eighteen weeks the service promises them, and most of them waited in the two northern districts."
	copied, preview = copyStatusF74g(t, long, evidence.Vancouver, "c")
	head, tail, cut := strings.Cut(preview, "…")
	if !cut || !strings.HasPrefix(copied, head) || !strings.HasPrefix(tail, `" (1) 1. Northmoor Metropolitan`) || strings.Contains(tail, "\n") {
		t.Errorf("Vancouver quote copy %q previewed %q: not its start, cut, its closing mark, (1) and reference 1", copied, preview)
	}
	if fitted := len([]rune(preview)); fitted > 90 {
		t.Errorf("preview of %d characters: %q", fitted, preview)
	}
	_, preview = copyStatusF74g(t, long, evidence.Harvard, "C", "3")
	if strings.Contains(preview, `"`) || !strings.HasSuffix(preview, " (Northmoor Metropolitan Borough Council Children's Services, 2025)") {
		t.Errorf("figure copy previewed %q: a quote mark it lacks, or its citation cut", preview)
	}
}
