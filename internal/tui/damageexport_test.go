package tui_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/tui"
)

// damagedOnce is a linker whose next reading, once armed, reports the
// index damaged under it (index.ErrDamaged), as an index rebuilt in place
// by another cypx does; after that one, and after the reopening, it reads
// as ever. A pack's note on a statistic's other values reads the index
// through the linker: a basket of excerpts alone exported without a word.
type damagedOnce struct {
	tui.Linker
	armed *atomic.Bool
}

func (d damagedOnce) damage() error {
	if d.armed.CompareAndSwap(true, false) {
		return fmt.Errorf("%w: store/000000000003.zap was cut from 4096 to 100 bytes while open", index.ErrDamaged)
	}
	return nil
}

func (d damagedOnce) Figures(ctx context.Context, it evidence.Item) ([]links.Link, error) {
	if err := d.damage(); err != nil {
		return nil, err
	}
	return d.Linker.Figures(ctx, it)
}

// TestExportMeetingDamageReopensAndExports: e whose reading of the index
// meets damage reopens the index, once, as a search meeting it does, and
// then exports. Before, the export's reply was no reply the damage was
// looked for in: each e said "Export failed: the index is damaged" again,
// and only a search or the basket screen reopened the index (hostile
// check 47).
func TestExportMeetingDamageReopensAndExports(t *testing.T) {
	var armed atomic.Bool
	var reopens atomic.Int32
	f := newBasketFile(t)
	opts := options(t, nil)
	opts.Linker = damagedOnce{Linker: opts.Linker, armed: &armed}
	opts.Basket = f.hooks()
	opts.Reopen = func() tui.IndexReadyMsg {
		reopens.Add(1)
		return tui.IndexReadyMsg{Items: opts.TotalItems, Sources: opts.TotalSources, SourceList: opts.Sources}
	}
	d := start(t, 120, 40, opts)
	d.keys("two thirds", "esc", "space", "b")
	if !strings.Contains(d.screen(), "Briefing basket · 1 finding") {
		t.Fatalf("the basket should hold the finding marked:\n%s", d.screen())
	}
	armed.Store(true)
	d.keys("e", "enter")
	if armed.Load() {
		t.Fatal("the export never read the index")
	}
	if n := reopens.Load(); n != 1 {
		t.Errorf("the export met the damage and the index was reopened %d times, want once", n)
	}
	if len(f.exported) != 1 {
		t.Errorf("once the index was reopened the pack should be exported: %d exported; status %q", len(f.exported), d.model().Status())
	}
	if s := d.model().Status(); strings.Contains(s, "damaged") || !strings.Contains(s, "xported the briefing pack") || !strings.Contains(s, "rebuilt first") {
		t.Errorf("the status line says %q", s)
	}
	// The next e, confirmed, exports at once.
	d.keys("e", "enter")
	if len(f.exported) != 2 || reopens.Load() != 1 {
		t.Errorf("a second e: %d exported, %d reopenings", len(f.exported), reopens.Load())
	}
	if s := d.model().Status(); !strings.Contains(s, "xported the briefing pack") || strings.Contains(s, "rebuilt") {
		t.Errorf("after the second e the status line says %q", s)
	}
}

// TestCopyMeetingDamageReopensAndCopies: C, the pack copied, is the same.
// Its failures also said "Export failed", which it was not.
func TestCopyMeetingDamageReopensAndCopies(t *testing.T) {
	var armed atomic.Bool
	var reopens atomic.Int32
	f := newBasketFile(t)
	opts := options(t, nil)
	opts.Linker = damagedOnce{Linker: opts.Linker, armed: &armed}
	opts.Basket = f.hooks()
	opts.Reopen = func() tui.IndexReadyMsg {
		reopens.Add(1)
		return tui.IndexReadyMsg{Items: opts.TotalItems, Sources: opts.TotalSources, SourceList: opts.Sources}
	}
	d := start(t, 120, 40, opts)
	d.keys("two thirds", "esc", "space", "b")
	armed.Store(true)
	copies := d.Copies
	d.keys("C")
	if armed.Load() {
		t.Fatal("the copy never read the index")
	}
	if reopens.Load() != 1 || d.Copies != copies+1 || !strings.Contains(d.Clipboard, "Briefing") && d.Clipboard == "" {
		t.Errorf("C meeting damage: %d reopenings, %d copies; status %q", reopens.Load(), d.Copies-copies, d.model().Status())
	}
	if len(f.exported) != 0 {
		t.Errorf("C exported %d packs", len(f.exported))
	}
}

// TestLinkedViewMeetingDamageAsksAgain: the linked view whose links met
// the damage says they could not be read, not "No linked findings", and
// asks for them again once the index is reopened.
func TestLinkedViewMeetingDamageAsksAgain(t *testing.T) {
	var reopens atomic.Int32
	opts := options(t, nil)
	opts.Reopen = func() tui.IndexReadyMsg {
		reopens.Add(1)
		return tui.IndexReadyMsg{Items: opts.TotalItems, Sources: opts.TotalSources, SourceList: opts.Sources}
	}
	d := start(t, 120, 40, opts)
	d.keys("two thirds", "esc", "l")
	linked := regexp.MustCompile(`Item · \d+ linked`)
	before := linked.FindString(d.screen())
	if before == "" {
		t.Fatalf("l should open the linked view:\n%s", d.screen())
	}
	// The view's links reply meets the damage.
	d.send(tui.LinksFailedForTest(d.model(), fmt.Errorf("%w: store/000000000003.zap was cut while open", index.ErrDamaged)))
	if reopens.Load() != 1 {
		t.Errorf("links meeting damage reopened the index %d times", reopens.Load())
	}
	// Once reopened, the links are asked for again and shown.
	scr := d.screen()
	if strings.Contains(scr, "could not be found") || linked.FindString(scr) != before {
		t.Errorf("after the reopening the links should be asked for again and shown as before (%s):\n%s", before, scr)
	}
}

// TestFiguresMeetingDamageAsksAgain: the figures table is the same.
func TestFiguresMeetingDamageAsksAgain(t *testing.T) {
	var reopens atomic.Int32
	opts := options(t, nil)
	opts.Reopen = func() tui.IndexReadyMsg {
		reopens.Add(1)
		return tui.IndexReadyMsg{Items: opts.TotalItems, Sources: opts.TotalSources, SourceList: opts.Sources}
	}
	d := start(t, 120, 40, opts)
	d.keys("two thirds", "esc", "f")
	before := d.screen()
	const table = "No other source states this figure's measure."
	if !strings.Contains(before, table) {
		t.Fatalf("f should open the figures table:\n%s", before)
	}
	d.send(tui.FiguresFailedForTest(d.model(), fmt.Errorf("%w: store/000000000003.zap was cut while open", index.ErrDamaged)))
	if reopens.Load() != 1 {
		t.Errorf("figures meeting damage reopened the index %d times", reopens.Load())
	}
	if scr := d.screen(); strings.Contains(scr, "could not be made") || !strings.Contains(scr, table) {
		t.Errorf("after the reopening the figures should be asked for again and shown:\n%s", scr)
	}
}
