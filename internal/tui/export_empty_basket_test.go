package tui_test

import (
	"strings"
	"testing"
)

// e (and C) over an empty basket say so in the status line, with how to
// mark a finding, and write no pack: the explorer's half of 'cypx export
// --basket' refusing an empty basket (hostile check 60).
func TestExportOfAnEmptyBasketSaysSoAndWritesNothing(t *testing.T) {
	f := newBasketFile(t)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 30, opts)
	for _, keys := range [][]string{{"esc", "e"}, {"b", "e"}, {"C"}} {
		d.keys(keys...)
		if st := d.model().Status(); !strings.Contains(st, "The basket is empty") || !strings.Contains(st, "space") {
			t.Errorf("%v said %q", keys, st)
		}
	}
	if len(f.exported) != 0 {
		t.Errorf("%d packs written of an empty basket", len(f.exported))
	}
}
