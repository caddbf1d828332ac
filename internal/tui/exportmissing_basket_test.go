package tui_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/basket"
)

// TestExportOfABasketFoundMissingOnRereadSaysSo: the explorer holds a
// basket of a finding it found; the basket on disk then holds only
// findings no longer in the index (as after another cypx removed their
// source). e and C (on the basket screen) read the basket again and resolve it before deciding,
// and say what the check before a pack says (nothingToExport): nothing to
// export, the findings missing. Before, e said "Export failed: the basket
// is empty" (hostile check 50 (leftovers)).
func TestExportOfABasketFoundMissingOnRereadSaysSo(t *testing.T) {
	d := start(t, 120, 30, options(t, nil))
	it, ok := d.model().Selected()
	if !ok {
		t.Fatal("no finding selected")
	}
	f := newBasketFile(t, it.ID)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d = start(t, 120, 30, opts)
	d.keys("b", "esc")
	if err := (basket.Basket{IDs: []string{"gone-2024-report#deadbeef", "gone-2024-report#0badcafe"}}).Save(f.path); err != nil {
		t.Fatal(err)
	}
	for _, keys := range [][]string{{"e", "enter"}, {"b", "C"}} {
		d.keys(keys...)
		st := d.model().Status()
		if !strings.Contains(st, "Nothing to export: all 2 findings in the basket are missing") || strings.Contains(st, "failed") || strings.Contains(st, "empty") {
			t.Errorf("%v said %q", keys, st)
		}
	}
	if len(f.exported) != 0 {
		t.Errorf("%d packs written", len(f.exported))
	}
}
