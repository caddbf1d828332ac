package tui_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui"
)

// idCounter is a searcher counting the ids it is asked to find.
type idCounter struct {
	tui.Searcher
	asked atomic.Int64
}

func (c *idCounter) Search(ctx context.Context, r index.Request) (index.Result, error) {
	c.asked.Add(int64(len(r.IDs)))
	return c.Searcher.Search(ctx, r)
}

// scriptedBasket is a basket of n ids: three findings of the bundled
// corpus (first, in the middle, last) among ids of no item, as a script
// could write; found are the findings' ids.
func scriptedBasket(t *testing.T, n int) (f *basketFile, ids []string, found []evidence.Item) {
	_, c := bundledIndex(t)
	ids = scriptedIDs(n)
	for _, at := range []int{0, n / 2, n - 1} {
		it := c.Items[at%len(c.Items)]
		ids[at] = it.ID
		found = append(found, it)
	}
	return bigBasketFile(t, ids), ids, found
}

// cursorID is the id of the missing finding under the cursor.
func cursorID(t *testing.T, screen string) string {
	for _, line := range strings.Split(screen, "\n") {
		if _, row, ok := strings.Cut(line, "▌"); ok {
			if _, rest, ok := strings.Cut(row, "Missing: "); ok {
				id, _, _ := strings.Cut(rest, " ")
				return id
			}
		}
	}
	t.Fatalf("no missing row under the cursor:\n%s", screen)
	return ""
}

// opening is the first words of an item's text, as its row starts.
func opening(it evidence.Item) string {
	w := strings.Fields(evidence.OneLine(it.Text))
	return strings.Join(w[:min(3, len(w))], " ")
}

// openScripted opens the basket screen on f, searching through s.
func openScripted(t *testing.T, f *basketFile, s tui.Searcher) *driver {
	opts := options(t, s)
	opts.Basket = f.hooks()
	d := start(t, 100, 30, opts)
	d.keys("esc", "b")
	return d
}

// shown is the screen, every row on it resolved.
func shown(t *testing.T, d *driver) string {
	s := d.screen()
	if strings.Contains(s, "being read") {
		t.Fatalf("a row on screen was left unresolved:\n%s", s)
	}
	return s
}

// TestBasketScreenOfAScriptedBasket: a basket of 3,000 ids, three of them
// findings, is shown as the file holds it: the count line counts them
// all and the missing ones, the first and last rows are the file's
// first and last, paging reaches the end with every row on screen
// resolved, and looking does not rewrite the file.
func TestBasketScreenOfAScriptedBasket(t *testing.T) {
	const n = 3000
	f, ids, found := scriptedBasket(t, n)
	before, err := os.ReadFile(f.path)
	if err != nil {
		t.Fatal(err)
	}
	d := openScripted(t, f, nil)
	s := shown(t, d)
	if want := fmt.Sprintf("Briefing basket · %d findings (%d missing)", n, n-3); !strings.Contains(s, want) {
		t.Fatalf("the count line should say %q:\n%s", want, s)
	}
	if !strings.Contains(s, opening(found[0])) {
		t.Errorf("the first row, %s (%q), is not shown:\n%s", ids[0], opening(found[0]), s)
	}
	if strings.Contains(s, ids[1]) == false {
		t.Errorf("the second row, %s (missing), is not shown:\n%s", ids[1], s)
	}
	pages := 0
	for ; pages < n && !strings.Contains(s, ids[n-2]); pages++ {
		d.keys("pgdown")
		s = shown(t, d)
	}
	if !strings.Contains(s, ids[n-2]) || !strings.Contains(s, opening(found[2])) {
		t.Fatalf("paged to the end, the last rows %s and %s are not shown:\n%s", ids[n-2], ids[n-1], s)
	}
	if pages < 100 {
		t.Errorf("%d pages reached the end of %d rows", pages, n)
	}
	d.keys("g")
	if s := shown(t, d); !strings.Contains(s, ids[1]) || strings.Contains(s, ids[n-2]) {
		t.Errorf("g should show the first rows again:\n%s", s)
	}
	d.keys("G")
	if s := shown(t, d); !strings.Contains(s, ids[n-2]) || !strings.Contains(s, opening(found[2])) {
		t.Errorf("G should show the last rows:\n%s", s)
	}
	after, err := os.ReadFile(f.path)
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("looking through the basket rewrote its file (%v)", err)
	}
}

// TestBasketMarkOfAScriptedBasketIsBounded: with a basket of 20,000 ids
// open, a mark, an unmark and a page down ask the index about a window
// of ids, not the basket's 20,000 (which each mark resolved again, 3.8 s
// and 1.3 GB a mark at 700,000 ids), and the count line follows each.
func TestBasketMarkOfAScriptedBasketIsBounded(t *testing.T) {
	const n = 20_000
	f, _, found := scriptedBasket(t, n)
	ix, _ := bundledIndex(t)
	c := &idCounter{Searcher: ix}
	d := openScripted(t, f, c)
	d.keys("b") // back to the list
	sel, ok := d.model().Selected()
	if !ok || slices.ContainsFunc(found, func(it evidence.Item) bool { return it.ID == sel.ID }) {
		t.Fatalf("the first result should be a finding not yet marked: %v %v", sel.ID, ok)
	}
	c.asked.Store(0)
	d.keys("space")
	if got := f.ids(t); len(got) != n+1 || got[n] != sel.ID {
		t.Fatalf("the mark should add %s at the end of the file: %d ids, last %s", sel.ID, len(got), got[len(got)-1])
	}
	d.keys("b")
	if want := fmt.Sprintf("Briefing basket · %d findings (%d missing)", n+1, n-3); !strings.Contains(d.screen(), want) {
		t.Errorf("after the mark the count line should say %q:\n%s", want, d.screen())
	}
	d.keys("pgdown", "b", "space")
	if got := f.ids(t); len(got) != n || slices.Contains(got, sel.ID) {
		t.Fatalf("the unmark should leave the file's %d ids: %d", n, len(got))
	}
	d.keys("b")
	if want := fmt.Sprintf("Briefing basket · %d findings (%d missing)", n, n-3); !strings.Contains(d.screen(), want) {
		t.Errorf("after the unmark the count line should say %q:\n%s", want, d.screen())
	}
	if asked := c.asked.Load(); asked > n/4 {
		t.Errorf("a mark, an unmark and a page of a basket of %d ids asked the index about %d ids", n, asked)
	}
}

// TestBasketRemoveFromAScriptedBasket: d on a missing row of a basket of
// 5,000 ids takes that id out of the file and no other, the count line
// says so, and u puts it back where it was.
func TestBasketRemoveFromAScriptedBasket(t *testing.T) {
	const n = 5000
	f, ids, _ := scriptedBasket(t, n)
	d := openScripted(t, f, nil)
	d.keys("pgdown", "pgdown", "down")
	at := slices.Index(ids, cursorID(t, d.screen()))
	if at < 3 {
		t.Fatalf("the cursor should be pages down, at %d", at)
	}
	d.keys("d")
	want := slices.Delete(slices.Clone(ids), at, at+1)
	if got := f.ids(t); !slices.Equal(got, want) {
		t.Fatalf("d should take %s alone out of the file: %d ids, want %d", ids[at], len(got), len(want))
	}
	if s := d.screen(); !strings.Contains(s, fmt.Sprintf("%d findings (%d missing)", n-1, n-4)) || strings.Contains(s, "Missing: "+ids[at]+" ") {
		t.Errorf("after d the count line and rows are wrong:\n%s", s)
	}
	if on := cursorID(t, d.screen()); on != ids[at+1] {
		t.Errorf("after d the cursor is on %s, want %s, which took the place", on, ids[at+1])
	}
	if st := d.model().Status(); !strings.Contains(st, "Removed "+ids[at]) {
		t.Errorf("status after d: %q", st)
	}
	d.keys("u")
	if got := f.ids(t); !slices.Equal(got, ids) {
		t.Errorf("u should put %s back at %d: %d ids", ids[at], at, len(got))
	}
	d.keys("e", "enter")
	if len(f.exported) != 1 || len(f.exported[0].Items) != 3 {
		t.Fatalf("export should pack the 3 findings of the %d ids: %+v", n, len(f.exported))
	}
	if st := d.model().Status(); !strings.Contains(st, fmt.Sprintf("%d missing findings left out", n-3)) {
		t.Errorf("status after e: %q", st)
	}
}
