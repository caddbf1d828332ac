package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/basket"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/filelock"
	"github.com/cypx/cypx/internal/tui"
)

// basketFile is a basket file in a temporary folder, and the packs the
// explorer exported.
type basketFile struct {
	path     string
	exported []export.Pack
}

func newBasketFile(t *testing.T, ids ...string) *basketFile {
	f := &basketFile{path: filepath.Join(t.TempDir(), "basket.json")}
	if ids != nil {
		if err := (basket.Basket{IDs: ids}).Save(f.path); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

func (f *basketFile) hooks() tui.BasketHooks {
	return tui.BasketHooks{
		Path:  f.path,
		Where: func() string { return "/tmp/briefing.md and .docx" },
		Export: func(run *tui.ExportRun, p export.Pack) (string, error) {
			err := run.Write(func() error {
				f.exported = append(f.exported, p)
				return nil
			})
			return "/tmp/briefing.md and .docx", err
		},
	}
}

// ids reads the file as another process would.
func (f *basketFile) ids(t *testing.T) []string {
	b, err := basket.Load(f.path)
	if err != nil {
		t.Fatal(err)
	}
	return b.IDs
}

func TestBasketMarkReorderRemoveExportAndRestart(t *testing.T) {
	f := newBasketFile(t)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 40, opts)
	d.keys("esc") // leave the search box, where the explorer opens
	mark := func(query string) {
		d.keys("/", query, "enter", "space")
		if !strings.Contains(d.screen(), "●") {
			t.Errorf("the marked row should show ●:\n%s", d.screen())
		}
		d.keys("esc") // clear the search
	}
	mark("61% capacity workforce")
	mark("review of transitions")
	mark("complex disjointed system")
	if ids := f.ids(t); len(ids) != 3 {
		t.Fatalf("the file holds %v", ids)
	}
	d.keys("b")
	s := d.screen()
	if !strings.Contains(s, "Briefing basket · 3 findings") || !strings.Contains(s, "61%") {
		t.Fatalf("basket view:\n%s", s)
	}
	d.keys("J") // move the first down
	if ids := f.ids(t); !strings.HasPrefix(ids[0], "nhsp-") || !strings.HasPrefix(ids[1], "ncb-") {
		t.Errorf("after J the order is %v", ids)
	}
	d.keys("e")
	if len(f.exported) != 0 || !strings.Contains(d.screen(), "Export 3 findings to /tmp/briefing.md and .docx?") {
		t.Fatalf("e should ask before writing: %d packs\n%s", len(f.exported), d.screen())
	}
	d.keys("enter")
	if len(f.exported) != 1 || len(f.exported[0].Items) != 3 || d.model().Status() != "Exported the briefing pack to /tmp/briefing.md and .docx" {
		t.Errorf("export: %d packs, status %q", len(f.exported), d.model().Status())
	}
	// The pack follows the basket's order; s groups it by theme.
	if p := f.exported[0]; p.Group != export.GroupNone || !strings.HasPrefix(p.Items[0].ID, "nhsp-") || !strings.HasPrefix(p.Items[1].ID, "ncb-") {
		t.Errorf("the pack should follow the basket's order: group %q, first %s", p.Group, p.Items[0].ID)
	}
	d.keys("C")
	if st := d.model().Status(); st != "Sent to the terminal (OSC 52): the briefing pack (3 findings) as Markdown" {
		t.Errorf("C in the basket: %q", st)
	}
	if md := d.Clipboard; !strings.Contains(md, "## Findings") || strings.Index(md, "review of transitions") > strings.Index(md, "61%") {
		t.Errorf("the copied pack should keep the basket's order:\n%s", md)
	}
	d.keys("s", "C")
	if md := d.Clipboard; !strings.Contains(md, "## Transitions to adult services") || strings.Contains(md, "## Findings") || !strings.Contains(d.screen(), "pack grouped by theme") {
		t.Errorf("s should group the pack by theme:\n%s", md)
	}
	d.keys("s")

	// A restart reads the file; an id whose source has gone shows as missing.
	f2 := newBasketFile(t, append(f.ids(t), "gone-source#deadbeef")...)
	opts2 := options(t, nil)
	opts2.Basket = f2.hooks()
	d2 := start(t, 120, 40, opts2)
	d2.keys("esc", "b")
	s = d2.screen()
	if !strings.Contains(s, "Briefing basket · 4 findings") || !strings.Contains(s, "Missing: gone-source#deadbeef") {
		t.Errorf("restarted basket:\n%s", s)
	}
	// Its kind and year are not known: it read "missing · 0 · excerpt".
	if strings.Contains(s, "missing · 0") || strings.Contains(s, "no longer in the library") {
		t.Errorf("the missing item is said to be an excerpt of year 0, or gone from the library:\n%s", s)
	}
	d2.keys("e", "y")
	if len(f2.exported) != 1 || len(f2.exported[0].Items) != 3 {
		t.Errorf("export should leave the missing item out: %+v", f2.exported)
	}
}

// TestBasketRemoveNamesAndUndoPutsBack: G goes to the last finding, d
// removes it and says which, u puts it back where it was.
func TestBasketRemoveNamesAndUndoPutsBack(t *testing.T) {
	_, c := bundledIndex(t)
	var ids []string
	for _, it := range c.Items[:12] {
		ids = append(ids, it.ID)
	}
	f := newBasketFile(t, ids...)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 80, 24, opts)
	d.keys("esc", "b", "G", "d")
	got := f.ids(t)
	if len(got) != 11 || got[10] != ids[10] {
		t.Fatalf("G d should remove the last of 12; the file holds %d, last %s", len(got), got[len(got)-1])
	}
	last := c.Items[11]
	if st := d.model().Status(); !strings.HasPrefix(st, "Removed "+last.Badge()) || !strings.Contains(st, "u puts it back") {
		t.Errorf("d should name what it removed: %q", st)
	}
	d.keys("u")
	if got := f.ids(t); strings.Join(got, ",") != strings.Join(ids, ",") {
		t.Errorf("u should put it back where it was: %v", got)
	}
	// The list's movement keys work here: g, pgdn, k, j.
	d.keys("g", "d")
	if got := f.ids(t); got[0] != ids[1] {
		t.Errorf("g d should remove the first: %v", got[:2])
	}
	d.keys("u", "pgdown", "k", "d")
	if got := f.ids(t); len(got) != 11 || containsID(got, ids[0]) == false {
		t.Errorf("u then pgdn k d: %v", got)
	}
}

func containsID(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// TestBasketSeesOutsideChanges: another process adds to the basket while
// the explorer is open; the explorer shows it and its own change keeps it.
func TestBasketSeesOutsideChanges(t *testing.T) {
	_, c := bundledIndex(t)
	f := newBasketFile(t)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 40, opts)
	// Another process adds two items.
	basket.Update(f.path, func(b *basket.Basket) error { b.Add(c.Items[5].ID, c.Items[6].ID); return nil })
	d.keys("esc", "space") // marks the first item: read afresh, under the lock
	if got := f.ids(t); len(got) != 3 || got[0] != c.Items[5].ID {
		t.Fatalf("the explorer's mark lost the outside change: %v", got)
	}
	basket.Update(f.path, func(b *basket.Basket) error { b.Add(c.Items[7].ID); return nil })
	d.keys("b") // the basket screen reads the file when shown
	if !strings.Contains(d.screen(), "Briefing basket · 4 findings") {
		t.Errorf("the basket screen should show the outside change:\n%s", d.screen())
	}
}

// TestBasketOfANewerVersionIsRefused: a basket file written by a newer cypx
// is neither shown as empty nor rewritten.
func TestBasketOfANewerVersionIsRefused(t *testing.T) {
	f := newBasketFile(t)
	newer := `{"version": 7, "items": ["a#1"]}` + "\n"
	os.WriteFile(f.path, []byte(newer), 0o644)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 40, opts)
	if st := d.model().Status(); !strings.Contains(st, "version 7") {
		t.Errorf("status should say the basket's version is unknown: %q", st)
	}
	d.keys("esc", "space")
	if data, _ := os.ReadFile(f.path); string(data) != newer {
		t.Errorf("the newer basket was rewritten:\n%s", data)
	}
}

// TestBasketThatCannotBeReadIsNotShownEmpty: the basket screen over a file
// that cannot be read says so, with why, not that the basket is empty; once
// the file reads again the screen lists it. Before: "The basket is empty:
// press space on a finding to mark it" over a file of four items, the
// reason only in the status line until the next key (red-team round 11).
func TestBasketThatCannotBeReadIsNotShownEmpty(t *testing.T) {
	f := newBasketFile(t)
	// An object for the list: a number among the ids is an entry of its
	// own now, left out and named (hostile check 88, B3).
	broken := `{"version": 1, "items": {"a#1": 4}}` + "\n"
	os.WriteFile(f.path, []byte(broken), 0o644)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 40, opts)
	d.keys("esc", "b")
	s := d.screen()
	if strings.Contains(s, "The basket is empty") || !strings.Contains(s, "The basket file cannot be read") || !strings.Contains(s, `not a basket file: "items" holds an`) {
		t.Errorf("basket screen over a file that cannot be read:\n%s", s)
	}
	if data, _ := os.ReadFile(f.path); string(data) != broken {
		t.Errorf("the file was rewritten:\n%s", data)
	}
}

// TestKeysOnATooSmallScreenDoNothingButQuit: below 40x10 the screen says
// only that it is too small, so no key may act on what cannot be seen: d
// on the basket, space, e and typed letters change nothing, and q quits
// whatever had the focus (the search box typed it, unseen). Red-team
// round 12: at 30x8 d removed a basket item and q searched for "q".
func TestKeysOnATooSmallScreenDoNothingButQuit(t *testing.T) {
	ids := []string{"hcl-2024-trusts-work-with-icbs#c87fab6b", "cqc-2018-are-we-listening#4e11fc39"}
	f := newBasketFile(t, ids...)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 40, opts)
	d.keys("esc", "b")
	if !strings.Contains(d.screen(), "Briefing basket · 2") {
		t.Fatalf("b did not open the basket:\n%s", d.screen())
	}
	d.send(tea.WindowSizeMsg{Width: 30, Height: 8})
	d.keys("d", "esc", "space", "e", "/", "x")
	if got := f.ids(t); len(got) != 2 {
		t.Errorf("keys on the too-small screen changed the basket: %v", got)
	}
	if len(f.exported) != 0 || d.model().Query() != "" {
		t.Errorf("keys on the too-small screen exported (%d) or typed %q", len(f.exported), d.model().Query())
	}
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	if !strings.Contains(d.screen(), "Briefing basket · 2") {
		t.Errorf("back at 120x40 the basket should be as it was:\n%s", d.screen())
	}

	// Opened too small, in the search box: q quits, it is not typed.
	d2 := start(t, 30, 8, options(t, nil))
	if !strings.Contains(strings.Join(strings.Fields(d2.screen()), " "), "q quits") {
		t.Errorf("the too-small screen does not say how to quit:\n%s", d2.screen())
	}
	d2.keys("q")
	if !d2.Quit || d2.model().Query() != "" {
		t.Errorf("q on the too-small screen: quit %v, query %q", d2.Quit, d2.model().Query())
	}
}

// TestBasketOfOneSaysOneFinding: the basket screen and its copy count one
// finding as "1 finding" (red-team round 12: "1 findings").
func TestBasketOfOneSaysOneFinding(t *testing.T) {
	f := newBasketFile(t, "cqc-2018-are-we-listening#4e11fc39")
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 40, opts)
	d.keys("esc", "b")
	if s := d.screen(); !strings.Contains(s, "Briefing basket · 1 finding ·") {
		t.Errorf("the basket of one:\n%s", s)
	}
	d.keys("C")
	if st := d.model().Status(); !strings.Contains(st, "the briefing pack (1 finding) as Markdown") {
		t.Errorf("status %q", st)
	}
}

// TestBasketEntryThatIsNoItemIsNamedBesideTheFindings: a basket file
// holding an entry that is no item id shows its findings, the bad entry
// named by file and line above them with how to take it out, and is not
// rewritten by the reading. Before (hostile check 86, F2): "The basket
// file cannot be read" and no finding.
func TestBasketEntryThatIsNoItemIsNamedBesideTheFindings(t *testing.T) {
	f := newBasketFile(t)
	data := "{\n  \"version\": 1,\n  \"items\": [\n    \"cqc-2018-are-we-listening#4e11fc39\",\n    \"../q#feed\"\n  ]\n}\n"
	os.WriteFile(f.path, []byte(data), 0o644)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 160, 40, opts)
	d.keys("esc", "b")
	s := d.screen()
	if !strings.Contains(s, "Briefing basket · 1 finding ·") || !strings.Contains(s, "basket.json:5: entry 2:") || !strings.Contains(s, "cypx basket remove") || strings.Contains(s, "cannot be read") {
		t.Errorf("the basket with one bad entry:\n%s", s)
	}
	if got, _ := os.ReadFile(f.path); string(got) != data {
		t.Errorf("the file was rewritten:\n%s", got)
	}
}

// runAway runs a command and what it batches, each in a goroutine of its
// own as the program does, and says when one of them asked to quit.
func runAway(cmd tea.Cmd, quit chan<- struct{}) {
	if cmd == nil {
		return
	}
	go func() {
		switch msg := cmd().(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				runAway(c, quit)
			}
		case tea.QuitMsg:
			close(quit)
		}
	}()
}

// TestQuitWaitsForAMarkButNotForEver: q typed at once after space waits
// for the mark's write, so the mark is kept; a write that cannot take its
// lock (another process holds it) holds q back at most a few seconds.
// Red-team round 12: the basket's writes were not waited for (the program's
// end abandoned them), and with the history's lock held elsewhere q and
// ctrl+c waited for it without end, on a blank screen.
func TestQuitWaitsForAMarkButNotForEver(t *testing.T) {
	f := newBasketFile(t)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	// Not t.TempDir: the history's write, held back by the lock below, may
	// still be writing there when the test ends, and TempDir's removal
	// then fails ("directory not empty"). It is removed once it is still.
	dir, err := os.MkdirTemp("", "cypx-quit-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for range 50 {
			if os.RemoveAll(dir) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	opts.History = tui.HistoryHooks{Path: filepath.Join(dir, "history.json")}
	d := start(t, 120, 40, opts)

	// Another process holds the basket's lock while space and q are typed.
	unlock, err := filelock.Lock(f.path + ".lock")
	if err != nil {
		t.Fatal(err)
	}
	m, mark := d.M.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	runAway(mark, make(chan struct{}))
	m, mark = m.Update(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	quit := make(chan struct{})
	runAway(mark, make(chan struct{}))
	_, q := m.Update(tea.KeyPressMsg{Code: 'q', Text: "q"})
	runAway(q, quit)
	select {
	case <-quit:
		t.Fatal("q quit before the mark was written")
	case <-time.After(300 * time.Millisecond):
	}
	unlock()
	select {
	case <-quit:
	case <-time.After(hung):
		t.Fatal("q did not quit once the mark was written")
	}
	if got := f.ids(t); len(got) != 1 {
		t.Errorf("the mark typed before q was lost: %v", got)
	}

	// The history's lock held and never let go: q still quits.
	unlock, err = filelock.Lock(opts.History.Path + ".lock")
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	d2 := start(t, 120, 40, opts)
	d2.keys("autism")
	m, settle := d2.M.Update(tea.KeyPressMsg{Code: tea.KeyEnter}) // leaves the box: settles the search
	runAway(settle, make(chan struct{}))
	_, q = m.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	quit = make(chan struct{})
	runAway(q, quit)
	// The lock is held until the test ends: quitting at all is quitting
	// without waiting for it.
	select {
	case <-quit:
	case <-time.After(hung):
		t.Fatal("ctrl+c did not quit while another process held the history's lock")
	}
}

// hung is how long a test waits for what should come at once before it
// calls it hung: a deadline only so that a hung test ends, generous so
// that a slow machine never fails one.
const hung = 60 * time.Second

// TestMarksAreWrittenInTheOrderTyped: two items marked in quick succession
// go into the basket — the pack's order — as they were marked, whichever
// of the two commands the program happens to start first; the status line
// then says what the last key did. Red-team round 12: each mark's write
// raced the others for the file's lock, so the pack's order, and after
// space pressed three times on one item the status line ("Unmarked …",
// of an item left marked), followed the scheduler.
func TestMarksAreWrittenInTheOrderTyped(t *testing.T) {
	f := newBasketFile(t)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 40, opts)
	d.keys("esc")
	first, _ := d.model().Selected()
	m, markFirst := d.M.Update(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	m, _ = m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	second, _ := m.(tui.Model).Selected()
	_, markSecond := m.Update(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	// The second key's command starts first.
	runAway(markSecond, make(chan struct{}))
	time.Sleep(200 * time.Millisecond)
	runAway(markFirst, make(chan struct{}))
	deadline := time.Now().Add(hung)
	for len(f.ids(t)) < 2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if got := f.ids(t); len(got) != 2 || got[0] != first.ID || got[1] != second.ID {
		t.Errorf("marked %s then %s; the basket holds %v", first.ID, second.ID, got)
	}
}

// TestExportSaysWhatItLeftOut: exporting or copying a basket one of whose
// items is missing (its source removed) says the pack leaves it out, as
// 'cypx export --basket' warns. Red-team round 12: "Exported the briefing
// pack to …", nothing more, for a pack short of a finding the user marked.
func TestExportSaysWhatItLeftOut(t *testing.T) {
	f := newBasketFile(t, "cqc-2018-are-we-listening#4e11fc39", "gone-source#deadbeef")
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 40, opts)
	d.keys("esc", "e", "enter")
	if len(f.exported) != 1 || len(f.exported[0].Items) != 1 {
		t.Fatalf("exported %d packs", len(f.exported))
	}
	if st := d.model().Status(); !strings.Contains(st, "Exported the briefing pack to /tmp/briefing.md and .docx") || !strings.Contains(st, "1 missing finding left out") {
		t.Errorf("status after the export: %q", st)
	}
	d.keys("b", "C")
	if st := d.model().Status(); !strings.Contains(st, "the briefing pack (1 finding; 1 missing finding left out) as Markdown") {
		t.Errorf("status after copying the pack: %q", st)
	}
}

// TestUndoAfterOutsideReAddSaysSo: the last finding is removed with d,
// another process adds it back at the top (cypx basket add), and u says
// the item is already back, where, and that it was left there; the file
// keeps it once, where the other process put it. Before, u said "Put
// back", though the item stayed at the top.
func TestUndoAfterOutsideReAddSaysSo(t *testing.T) {
	_, c := bundledIndex(t)
	var ids []string
	for _, it := range c.Items[:4] {
		ids = append(ids, it.ID)
	}
	f := newBasketFile(t, ids...)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 24, opts)
	d.keys("esc", "b", "G", "d")
	if _, err := basket.Update(f.path, func(b *basket.Basket) error {
		b.Insert(0, ids[3])
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	d.keys("u")
	want := []string{ids[3], ids[0], ids[1], ids[2]}
	if got := f.ids(t); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("the file: %v, want %v", got, want)
	}
	if st := d.model().Status(); strings.HasPrefix(st, "Put back") || !strings.Contains(st, "is already back in the basket (added elsewhere), at 1 of 4: left there") {
		t.Errorf("u after another process put it back: %q", st)
	}
}

// TestBasketScreenTellsTheCommandForAnEntryNoShellTypes: an entry holding
// a right-to-left override is named by its place, as the CLI names it
// ('cypx basket remove --entry 2'), and a plain one as a shell word.
// Before (hostile check 89, B7), the screen told the user to type "the
// entry as the file holds it", which no shell can for such an entry.
func TestBasketScreenTellsTheCommandForAnEntryNoShellTypes(t *testing.T) {
	for _, tc := range []struct{ entry, want string }{
		{`a\u202eb#abcd`, "'cypx basket remove --entry 2'"},
		{`../q#feed`, "'cypx basket remove ../q#feed'"},
	} {
		f := newBasketFile(t)
		data := "{\n  \"version\": 1,\n  \"items\": [\n    \"cqc-2018-are-we-listening#4e11fc39\",\n    \"" + tc.entry + "\"\n  ]\n}\n"
		os.WriteFile(f.path, []byte(data), 0o644)
		opts := options(t, nil)
		opts.Basket = f.hooks()
		d := start(t, 200, 40, opts)
		d.keys("esc", "b")
		if s := d.screen(); !strings.Contains(s, tc.want) || strings.Contains(s, "as the file holds it") {
			t.Errorf("%s: the screen should say %s:\n%s", tc.entry, tc.want, s)
		}
	}
}
