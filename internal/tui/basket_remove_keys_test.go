package tui_test

import (
	"strings"
	"testing"
)

// TestBasketRemoveKeysAreListed: d, x and delete each remove a finding in
// the basket screen, and its help bar, title and help screen list all
// three. Before (hostile check 61), x and delete removed (said, and u put
// back) but only d was listed.
func TestBasketRemoveKeysAreListed(t *testing.T) {
	f, ids := basketOfF70e(t, 4)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 30, opts)
	d.keys("esc", "b")
	if s := d.screen(); !strings.Contains(s, "d/x/del remove") {
		t.Errorf("the basket screen does not list x and delete:\n%s", s)
	}
	for i, k := range []string{"d", "x", "delete"} {
		d.keys(k)
		if got := f.ids(t); len(got) != 3-i || got[0] != ids[i+1] {
			t.Fatalf("%s did not remove the first finding: %v", k, got)
		}
		if st := d.model().Status(); !strings.HasPrefix(st, "Removed ") {
			t.Errorf("after %s the status line says %q", k, st)
		}
	}
	d.keys("?")
	listed := false
	for _, l := range strings.Split(d.screen(), "\n") {
		if f := strings.Fields(l); len(f) > 2 && f[1] == "d/x/del" && f[2] == "remove" {
			listed = true
		}
	}
	if !listed {
		t.Errorf("the help screen does not list x and delete:\n%s", d.screen())
	}
}
