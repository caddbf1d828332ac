package tui_test

import (
	"strings"
	"testing"
)

// TestBasketIDInAnotherCaseIsMarked: a basket.json edited by hand to hold
// a finding's id in capitals holds that finding in the explorer too: its
// row shows it marked, the basket screen lists it (not missing), and space
// on it takes it out rather than adding it a second time. Before: the
// basket screen showed it missing and space added the finding again.
func TestBasketIDInAnotherCaseIsMarked(t *testing.T) {
	d := start(t, 120, 40, options(t, nil))
	d.keys("esc")
	it, ok := d.model().Selected()
	if !ok {
		t.Fatal("nothing selected")
	}
	f := newBasketFile(t, strings.ToUpper(it.ID))
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d = start(t, 120, 40, opts)
	d.keys("esc", "b")
	if s := d.screen(); !strings.Contains(s, "Briefing basket · 1 finding") || strings.Contains(s, "Missing") {
		t.Errorf("the basket holding %s:\n%s", strings.ToUpper(it.ID), s)
	}
	d.keys("esc")
	if sel, _ := d.model().Selected(); sel.ID != it.ID || !strings.Contains(d.screen(), "●") {
		t.Errorf("%s is not shown marked:\n%s", it.ID, d.screen())
	}
	d.keys("space")
	if ids := f.ids(t); len(ids) != 0 {
		t.Errorf("space on the marked finding left the basket holding %q", ids)
	}
}
