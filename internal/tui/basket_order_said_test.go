package tui_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/basket"
)

// basketOfF70e is a basket file of the first n bundled items, and their ids.
func basketOfF70e(t *testing.T, n int) (*basketFile, []string) {
	t.Helper()
	_, c := bundledIndex(t)
	var ids []string
	for _, it := range c.Items[:n] {
		ids = append(ids, it.ID)
	}
	return newBasketFile(t, ids...), ids
}

// changeElsewhereF70e changes the basket file as another process would.
func changeElsewhereF70e(t *testing.T, f *basketFile, change func(b *basket.Basket)) {
	t.Helper()
	if _, err := basket.Update(f.path, func(b *basket.Basket) error {
		change(b)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// TestBasketMovesSayWhatMoved: K and J in the basket say which finding
// moved, which way and where to. Before (hostile check 61), they
// rewrote the basket with an empty status line.
func TestBasketMovesSayWhatMoved(t *testing.T) {
	f, ids := basketOfF70e(t, 4)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 30, opts)
	d.keys("esc", "b", "j", "J")
	if got := f.ids(t); got[2] != ids[1] {
		t.Fatalf("J did not move the second finding down: %v", got)
	}
	if st := d.model().Status(); !strings.HasPrefix(st, "Moved ") || !strings.HasSuffix(st, " down to 3 of 4") {
		t.Errorf("after J the status line says %q", st)
	}
	d.keys("K", "K")
	if st := d.model().Status(); !strings.HasPrefix(st, "Moved ") || !strings.HasSuffix(st, " up to 1 of 4") {
		t.Errorf("after K K the status line says %q", st)
	}
	// A finding taken out elsewhere before K reached the file: said.
	d.keys("j")
	changeElsewhereF70e(t, f, func(b *basket.Basket) { b.Remove(ids[0]) })
	d.keys("K")
	if st := d.model().Status(); !strings.Contains(st, "is no longer in the basket (taken out elsewhere): nothing moved") {
		t.Errorf("K on a finding taken out elsewhere says %q", st)
	}
}

// TestMarkingAgainPutsAFindingBackInItsPlace: space on a finding just
// unmarked marks it again where it was in the basket, and says so.
// Before (hostile check 61), it went to the end, the order the user set
// lost without a word.
func TestMarkingAgainPutsAFindingBackInItsPlace(t *testing.T) {
	f := newBasketFile(t)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 30, opts)
	d.keys("esc", "space", "j", "space", "j", "space")
	order := f.ids(t)
	if len(order) != 3 {
		t.Fatalf("three marks gave %v", order)
	}
	d.keys("k", "space")
	if got := f.ids(t); len(got) != 2 {
		t.Fatalf("space did not unmark the second: %v", got)
	}
	d.keys("space")
	if got := f.ids(t); strings.Join(got, " ") != strings.Join(order, " ") {
		t.Errorf("marked again, the basket is %v, want %v", got, order)
	}
	if st := d.model().Status(); !strings.Contains(st, "back where it was: 2 of 3") {
		t.Errorf("marked again, the status line says %q", st)
	}
	// Nothing is left for u to put back twice.
	d.keys("b", "u")
	if st := d.model().Status(); st != "Nothing to put back" {
		t.Errorf("u after the finding was marked again says %q", st)
	}
}

// TestUndoPutsAFindingBesideItsOldNeighbour: u puts a finding back after
// the one it followed, wherever that is now, after another process
// changed the basket; if that one is gone, before the one that followed
// it. Before (hostile check 61), by its old index: a finding last, after
// C, came back before C once another process added one at the top.
func TestUndoPutsAFindingBesideItsOldNeighbour(t *testing.T) {
	f, ids := basketOfF70e(t, 6)
	a, b, c, dd, e, g := ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]
	changeElsewhereF70e(t, f, func(bk *basket.Basket) { bk.IDs = []string{a, b, c, dd} })
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 30, opts)
	d.keys("esc", "b", "G", "d")
	changeElsewhereF70e(t, f, func(bk *basket.Basket) { bk.Insert(0, e) })
	d.keys("u")
	if got, want := strings.Join(f.ids(t), " "), strings.Join([]string{e, a, b, c, dd}, " "); got != want {
		t.Errorf("u after an item was added at the top:\n got %s\nwant %s", got, want)
	}
	if st := d.model().Status(); !strings.HasPrefix(st, "Put back ") || !strings.HasSuffix(st, "at 5 of 5") {
		t.Errorf("u says %q", st)
	}
	// The finding it followed gone too: before the one that followed it.
	d.keys("g", "j", "j", "d") // b, after a, before c
	changeElsewhereF70e(t, f, func(bk *basket.Basket) {
		bk.Remove(a, e)
		bk.Insert(0, g)
	})
	d.keys("u")
	if got, want := strings.Join(f.ids(t), " "), strings.Join([]string{g, b, c, dd}, " "); got != want {
		t.Errorf("u after the finding before it was taken out:\n got %s\nwant %s", got, want)
	}
}
