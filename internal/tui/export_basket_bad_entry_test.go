package tui_test

import (
	"os"
	"strings"
	"testing"
)

// TestExportOfABasketWithABadEntrySaysItLeftItOut: a basket file holding
// an entry that is no item id (a hand edit) exports and copies its good
// findings, and the status line says the entry was left out, as 'cypx
// export --basket' warns of it. Before (what remained of hostile check
// 86, F2), e and C made the pack without it and said nothing.
func TestExportOfABasketWithABadEntrySaysItLeftItOut(t *testing.T) {
	f := newBasketFile(t)
	os.WriteFile(f.path, []byte("{\n  \"version\": 1,\n  \"items\": [\n    \"cqc-2018-are-we-listening#4e11fc39\",\n    \"../q#feed\"\n  ]\n}\n"), 0o644)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 160, 40, opts)
	d.keys("esc", "e", "enter")
	if len(f.exported) != 1 || len(f.exported[0].Items) != 1 {
		t.Fatalf("exported %d packs", len(f.exported))
	}
	if st := d.model().Status(); !strings.Contains(st, "Exported the briefing pack to /tmp/briefing.md and .docx; 1 entry of the basket file that is no item id left out (b names it)") {
		t.Errorf("status after the export: %q", st)
	}
	d.keys("b", "C")
	if st := d.model().Status(); !strings.Contains(st, "the briefing pack (1 finding) as Markdown") || !strings.Contains(st, "1 entry of the basket file that is no item id left out") {
		t.Errorf("status after copying the pack: %q", st)
	}
}
