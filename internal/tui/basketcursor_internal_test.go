package tui

import (
	"testing"

	"github.com/cypx/cypx/internal/basket"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/resolve"
	"github.com/cypx/cypx/internal/tui/keys"
)

// TestBasketCursorStaysOnItsFinding: the basket screen's cursor is on B
// when another process (cypx basket remove, another explorer) takes out
// A above it, and the screen's look at the file reads the basket again:
// the cursor stays on B, so the d typed next removes B. Before, it kept
// its place, 2 of 3, which was now C: d removed a finding the user had
// not chosen.
func TestBasketCursorStaysOnItsFinding(t *testing.T) {
	res := func(id string) resolve.Resolved {
		return resolve.Resolved{ID: id, Item: evidence.Item{ID: id, Text: "finding " + id}}
	}
	b := newBasketView(keys.DefaultKeyMap())
	b.setSize(80, 20)
	b.setRead(readOf(res("s#a"), res("s#b"), res("s#c")), 1)
	b.move(1)
	for _, read := range [][]resolve.Resolved{
		{res("s#b"), res("s#c")},             // A removed elsewhere
		{res("s#x"), res("s#c"), res("s#b")}, // X added at the top, C moved up
	} {
		b.setRead(readOf(read...), 1)
		if sel, _ := b.selected(); sel.ID != "s#b" {
			t.Errorf("after the basket was read as %v the cursor is on %s, want s#b", ids(read), sel.ID)
		}
	}
	// The finding under the cursor gone, the cursor keeps its place.
	b.setRead(readOf(res("s#x"), res("s#c")), 1)
	if sel, _ := b.selected(); sel.ID != "s#c" {
		t.Errorf("after its finding went the cursor is on %s, want s#c (the place it had)", sel.ID)
	}
}

// readOf is a reading of the basket holding rs, all resolved.
func readOf(rs ...resolve.Resolved) basketRead {
	b := basket.Basket{IDs: ids(rs)}
	return basketRead{ids: b.IDs, find: b.Lookup(), rows: rowWindow{rows: rs}}
}

func ids(rs []resolve.Resolved) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}
