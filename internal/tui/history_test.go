package tui_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/cypx/cypx/internal/history"
	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// withHistory gives the explorer a history and saved searches of the
// test's own, in dir.
func withHistory(opts tui.Options, dir string) tui.Options {
	opts.History = tui.HistoryHooks{Path: filepath.Join(dir, "history.json"), SavedPath: filepath.Join(dir, "saved.json")}
	return opts
}

// recorded is the history file as another process reads it.
func recorded(t *testing.T, dir string) []string {
	t.Helper()
	h, err := history.Load(filepath.Join(dir, "history.json"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range h.Entries {
		s := e.Query
		if f := e.Filters.String(); f != "" {
			s += " " + f
		}
		out = append(out, s)
	}
	return out
}

// TestSettledSearchesAreRecordedNotKeystrokes: a query goes into the
// history when the search box is left with it or a result is acted on,
// once, with its filters; typing alone records nothing.
func TestSettledSearchesAreRecordedNotKeystrokes(t *testing.T) {
	dir := t.TempDir()
	d := start(t, 120, 40, withHistory(options(t, nil), dir))
	d.keys("public health grant")
	if got := recorded(t, dir); len(got) != 0 {
		t.Fatalf("typing recorded %v", got)
	}
	d.keys("enter")
	if got := recorded(t, dir); !reflect.DeepEqual(got, []string{"public health grant"}) {
		t.Fatalf("leaving the box recorded %v", got)
	}
	d.keys("3", "c", "space", "c")
	if got := recorded(t, dir); !reflect.DeepEqual(got, []string{"public health grant --kind recommendation", "public health grant"}) {
		t.Errorf("acting on a result under a filter recorded %v", got)
	}
	// Leaving with nothing typed and no filter records nothing.
	d.keys("esc", "esc", "/", "esc")
	if got := recorded(t, dir); len(got) != 2 {
		t.Errorf("an empty search was recorded: %v", got)
	}
}

// TestUpRecallsAfterAReopen: a query settled in one explorer is recalled
// with ↑ in the next, filters and all; ↓ comes back to what was typed,
// and ↓ again leaves the box as before.
func TestUpRecallsAfterAReopen(t *testing.T) {
	dir := t.TempDir()
	first := start(t, 120, 40, withHistory(options(t, nil), dir))
	first.keys("autism", "enter", "esc", "esc", "/", "grant", "enter", "2", "c")
	if got := recorded(t, dir); !reflect.DeepEqual(got, []string{"grant --kind statistic", "grant", "autism"}) {
		t.Fatalf("recorded %v", got)
	}
	d := start(t, 120, 40, withHistory(options(t, nil), dir))
	d.keys("wai")
	d.keys("up")
	if q, k := d.model().Query(), d.model().Kind(); q != "grant" || k != "statistic" || !strings.Contains(d.screen(), "1 of 82 items") {
		t.Fatalf("↑ recalled %q kind %q:\n%s", q, k, d.screen())
	}
	d.keys("up", "up")
	if q, k := d.model().Query(), d.model().Kind(); q != "autism" || k != "" {
		t.Errorf("↑↑↑ recalled %q %q", q, k)
	}
	d.keys("up") // the oldest: it stays
	if q := d.model().Query(); q != "autism" {
		t.Errorf("↑ past the oldest: %q", q)
	}
	d.keys("down", "down", "down")
	if q := d.model().Query(); q != "wai" || !d.model().SearchFocused() {
		t.Errorf("↓ back to what was typed: %q focused %v", q, d.model().SearchFocused())
	}
	d.keys("down")
	if d.model().SearchFocused() {
		t.Error("↓ with nothing recalled should leave the box for the results")
	}
	// Leaving with "wai" settled it; typing over a recalled search starts
	// ↑ again from the newest, which is now "wai".
	d.keys("/", "up", "up", "backspace", "x", "up")
	if q := d.model().Query(); q != "wai" {
		t.Errorf("↑ after typing over a recall: %q", q)
	}
}

func writeHistory(t *testing.T, dir string, queries ...string) {
	t.Helper()
	at := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	for i, q := range queries {
		f := history.Filters{}
		if q == "autism" {
			f.Themes = []string{"adhd-autism"}
		}
		if _, err := history.Record(filepath.Join(dir, "history.json"), history.NewEntry(q, f, at.Add(time.Duration(i)*time.Hour))); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCtrlRSearchesTheHistoryAsFzfDoes: every word typed must match the
// letters of a search in order; the best first, the newest among equals;
// enter puts it in the search box, filters and all, and searches.
func TestCtrlRSearchesTheHistoryAsFzfDoes(t *testing.T) {
	dir := t.TempDir()
	writeHistory(t, dir, "public health grant", "autism", "waiting lists", "grant funding", "camhs")
	d := start(t, 120, 40, withHistory(options(t, nil), dir))
	d.keys("ctrl+r")
	screen := d.screen()
	if !strings.Contains(screen, "Search history · 5 of 5") || strings.Index(screen, "camhs") > strings.Index(screen, "public health grant") {
		t.Fatalf("ctrl+r should list the history, newest first:\n%s", screen)
	}
	d.keys("gr")
	screen = d.screen()
	if !strings.Contains(screen, "· 2 of 5") || strings.Contains(screen, "camhs") {
		t.Errorf("'gr' should match the two grants:\n%s", screen)
	}
	d.keys(" pub")
	if !strings.Contains(d.screen(), "· 1 of 5") {
		t.Errorf("every word must match:\n%s", d.screen())
	}
	d.keys("enter")
	if q := d.model().Query(); q != "public health grant" || !d.model().SearchFocused() || !strings.Contains(d.screen(), "3 of 82 items") {
		t.Fatalf("enter should search the pick from the box: %q\n%s", q, d.screen())
	}
	if got := recorded(t, dir); got[0] != "public health grant" {
		t.Errorf("a pick moves to the top of the history: %v", got)
	}
	// From the list, with filters; esc leaves without a change.
	d.keys("esc", "ctrl+r", "aut", "enter")
	if q, th := d.model().Query(), d.model().SelectedThemes(); q != "autism" || !reflect.DeepEqual(th, []string{"adhd-autism"}) {
		t.Errorf("picked autism with its theme: %q %v", q, th)
	}
	d.keys("ctrl+r", "xyz")
	if !strings.Contains(d.screen(), "Nothing matches.") {
		t.Errorf("no match:\n%s", d.screen())
	}
	d.keys("esc")
	if q := d.model().Query(); q != "autism" || strings.Contains(d.screen(), "Search history") {
		t.Errorf("esc should close and change nothing: %q", q)
	}
}

// TestSaveNamesTheSearchOnScreen: S opens a form that names the query and
// filters; a bad or taken name is said in the form, which stays open; a
// good one is saved with what the search finds now as its first run.
func TestSaveNamesTheSearchOnScreen(t *testing.T) {
	dir := t.TempDir()
	d := start(t, 120, 40, withHistory(options(t, nil), dir))
	d.keys("esc", "S")
	if !strings.Contains(d.model().Status(), "Nothing to save") {
		t.Errorf("S with nothing to save: %q", d.model().Status())
	}
	d.keys("/", "grant", "enter", "3", "S")
	if s := d.screen(); !strings.Contains(s, "Save this search") || !strings.Contains(s, "grant  --kind recommendation") {
		t.Fatalf("S should name the search and its filters:\n%s", s)
	}
	d.keys("enter")
	if !strings.Contains(d.screen(), "give a name") {
		t.Errorf("an empty name:\n%s", d.screen())
	}
	d.keys("grant/recs", "enter")
	if !strings.Contains(d.screen(), "'/' is not allowed") {
		t.Errorf("a bad name:\n%s", d.screen())
	}
	for range "/recs" {
		d.keys("backspace")
	}
	d.keys(" recs", "enter")
	if st := d.model().Status(); !strings.HasPrefix(st, "Saved “grant recs” (2 items)") || strings.Contains(d.screen(), "Save this search") {
		t.Fatalf("after saving: %q\n%s", st, d.screen())
	}
	s, err := history.LoadSaved(filepath.Join(dir, "saved.json"))
	if err != nil || len(s.Searches) != 1 {
		t.Fatalf("saved %+v %v", s, err)
	}
	x := s.Searches[0]
	if x.Name != "grant recs" || x.Query != "grant" || !reflect.DeepEqual(x.Filters.Kinds, []string{"recommendation"}) || len(x.Seen) != 2 {
		t.Errorf("saved %+v", x)
	}
	d.keys("S", "GRANT RECS", "enter")
	if s := d.screen(); !strings.Contains(s, `a saved search named "grant recs" exists`) || !strings.Contains(s, "Save this search") {
		t.Errorf("a taken name should be said in the open form:\n%s", s)
	}
	d.keys("esc")
	if strings.Contains(d.screen(), "Save this search") {
		t.Error("esc should close the form")
	}
}

// savedWithOneUnseen saves "grant" with every id it finds but the first,
// as if that item came after the last run.
func savedWithOneUnseen(t *testing.T, dir string) (history.Search, string) {
	t.Helper()
	ix, _ := bundledIndex(t)
	x := history.Search{Name: "Grants", Query: "grant", Created: time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC), LastRun: time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)}
	res, err := history.Find(t.Context(), ix, x)
	if err != nil || len(res.Hits) < 2 {
		t.Fatalf("find: %v %d", err, len(res.Hits))
	}
	ids := history.IDs(res.Hits)
	x.Seen = ids[1:]
	if _, err := history.UpdateSaved(filepath.Join(dir, "saved.json"), func(s *history.Saved) error { return s.Add(x) }); err != nil {
		t.Fatal(err)
	}
	return x, ids[0]
}

// TestOpenedOnASavedSearchMarksWhatIsNew: the explorer opened on a saved
// search shows its query; once the index is whole it runs it, marks the
// item its last run did not find "new" in the list, and that run becomes
// the last.
func TestOpenedOnASavedSearchMarksWhatIsNew(t *testing.T) {
	dir := t.TempDir()
	x, unseen := savedWithOneUnseen(t, dir)
	opts := withHistory(options(t, nil), dir)
	opts.Saved = &x
	d := start(t, 120, 40, opts)
	if q := d.model().Query(); q != "grant " {
		t.Fatalf("query %q", q)
	}
	if strings.Contains(d.screen(), "new ") {
		t.Fatalf("marked before the run:\n%s", d.screen())
	}
	d.send(tui.IndexReadyMsg{Items: opts.TotalItems, Sources: opts.TotalSources})
	if st := d.model().Status(); !strings.HasPrefix(st, "“Grants”: 1 of 4 items new since the last run (1 Nov 2026") {
		t.Errorf("status %q", st)
	}
	lines := strings.Split(d.screen(), "\n")
	news := 0
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimLeft(l, "│ "), "new ") {
			news++
			if it, _ := d.model().Selected(); it.ID != unseen || !strings.Contains(lines[i-1], "▏") && !strings.Contains(lines[i-1], "▌") {
				t.Errorf("the new item is not the first row:\n%s", d.screen())
			}
		}
	}
	if news != 1 {
		t.Errorf("%d rows marked new, want 1:\n%s", news, d.screen())
	}
	s, _ := history.LoadSaved(filepath.Join(dir, "saved.json"))
	if got, _ := s.Get("grants"); len(got.Seen) != 4 || got.Seen[0] != unseen {
		t.Errorf("the run was not recorded: %+v", got)
	}
	// The index made ready again (an import) does not run it twice.
	d.send(tui.IndexReadyMsg{Items: opts.TotalItems, Sources: opts.TotalSources})
	if strings.Contains(d.model().Status(), "nothing new") {
		t.Error("the saved search ran twice")
	}
}

// TestGoldenHistoryScreens draws the history search, the save form and a
// list with a new item at 80x24 and 60x20.
func TestGoldenHistoryScreens(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {60, 20}} {
		for _, name := range []string{"history-search", "save-form", "saved-new"} {
			t.Run(fmt.Sprintf("%s-%dx%d", name, size.w, size.h), func(t *testing.T) {
				dir := t.TempDir()
				opts := withHistory(options(t, nil), dir)
				writeHistory(t, dir, "public health grant", "autism", "waiting lists", "grant funding", "camhs \x1b[31mred")
				if name == "saved-new" {
					x, _ := savedWithOneUnseen(t, dir)
					opts.Saved = &x
				}
				d := start(t, size.w, size.h, opts)
				switch name {
				case "history-search":
					d.keys("ctrl+r")
				case "save-form":
					d.keys("autism", "enter", "S", "autism waits")
				case "saved-new":
					d.send(tui.IndexReadyMsg{Items: opts.TotalItems, Sources: opts.TotalSources})
					d.keys("esc")
				}
				screen := d.screen()
				lines := strings.Split(screen, "\n")
				if len(lines) != size.h {
					t.Errorf("%d lines, want %d", len(lines), size.h)
				}
				for i, l := range lines {
					if w := ansi.StringWidth(l); w > size.w {
						t.Errorf("line %d is %d wide: %q", i, w, l)
					}
				}
				if strings.Contains(d.M.View().Content, "\x1b[31mred") {
					t.Error("an escape sequence from the history reached the screen")
				}
				if again := d.screen(); again != screen {
					t.Errorf("a second drawing differs from the first: a View writes state")
				}
				golden.RequireEqual(t, screen)
			})
		}
	}
}

// TestFollowAndResume: the explorer tells Follow each search it starts,
// filters included, and an explorer opened WithResumed on the last one
// shows that search, its filters and the reason in its status line: what
// the supervisor needs to start a faulted explorer again where it was.
func TestFollowAndResume(t *testing.T) {
	var followed []history.Entry
	opts := options(t, nil)
	opts.Follow = func(e history.Entry) { followed = append(followed, e) }
	d := start(t, 120, 40, opts)
	d.keys("waiting", "enter", "2")
	if len(followed) == 0 {
		t.Fatal("Follow was never told a search")
	}
	last := followed[len(followed)-1]
	if last.Query != "waiting" || !reflect.DeepEqual(last.Filters.Kinds, []string{"statistic"}) {
		t.Fatalf("the last search followed is %+v, want waiting with the statistic kind", last)
	}
	r := &driver{tuitest.Start(t, tui.New(options(t, nil)).WithResumed(last, "restarted after a fault"), 120, 40)}
	screen := r.screen()
	for _, want := range []string{"/ waiting", "restarted after a fault", "[statistics"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the resumed explorer lacks %q:\n%s", want, screen)
		}
	}
	if got, want := countLine(screen), countLine(d.screen()); got != want {
		t.Errorf("the resumed explorer shows %q, the one it resumes %q", got, want)
	}
}

// countLine is the header's "N of M items".
func countLine(screen string) string {
	first, _, _ := strings.Cut(screen, "\n")
	if i := strings.LastIndex(first, "  "); i >= 0 {
		first = first[i:]
	}
	return strings.TrimSpace(first)
}

// TestRecalledSearchThatFailsListsNothing: a recalled history entry whose
// search fails (a hand-edited query the index refuses) shows its error and
// no results: the ones listed were the last search's, and space would mark
// one of them as if it were found by the recalled search. Typing keeps the
// last results through an error, as before (red-team round 12).
func TestRecalledSearchThatFailsListsNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "history.json")
	broken := history.NewEntry(`year:2024..2020 "waiting`, history.Filters{}, time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC))
	if _, err := history.Record(path, broken); err != nil {
		t.Fatal(err)
	}
	d := start(t, 120, 40, withHistory(options(t, nil), dir))
	d.keys("waiting")
	if !strings.Contains(d.screen(), "of 82 items") || strings.Contains(d.screen(), " 0 of 82 items") {
		t.Fatalf("no results for waiting:\n%s", d.screen())
	}
	d.keys("up")
	if !strings.Contains(d.screen(), `year:2024..2020`) {
		t.Fatalf("the entry was not recalled:\n%s", d.screen())
	}
	if d.model().Status() == "" {
		t.Fatalf("the recalled search did not fail: pick another broken query\n%s", d.screen())
	}
	if !strings.Contains(d.screen(), " 0 of 82 items") {
		t.Errorf("the failed recalled search lists the last search's results:\n%s", d.screen())
	}
	if _, ok := d.model().Selected(); ok {
		t.Error("an item is still selected: space would mark it")
	}
}

// TestRecalledEntryOfAnUnknownKindSaysWhy: a history entry edited by hand
// to a kind no cypx writes, recalled, shows the kind in the search box
// and the query's error in the status line, where it was set as the kind
// row's filter and listed "0 of 82" with no word of why (hostile check 46).
func TestRecalledEntryOfAnUnknownKindSaysWhy(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "history.json")
	odd := history.NewEntry("waiting", history.Filters{Kinds: []string{"widget"}}, time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC))
	if _, err := history.Record(path, odd); err != nil {
		t.Fatal(err)
	}
	d := start(t, 120, 40, withHistory(options(t, nil), dir))
	d.keys("autism")
	d.keys("up")
	if !strings.Contains(d.screen(), "kind:widget") {
		t.Fatalf("the entry's kind is not on screen:\n%s", d.screen())
	}
	if st := d.model().Status(); !strings.Contains(st, "kind:widget") {
		t.Errorf("status %q, want the query's error naming kind:widget", st)
	}
}

// TestResumedSavedSearchIsNotRunAgain: an explorer opened on a saved search
// and started again after a fault does not run the saved search a second
// time: the first explorer's run recorded it, so a second found nothing
// new, said so over the reason for the restart, and wrote the file again.
// Before: "“Grants”: nothing new since the last run" where the first had
// marked 1 of 4 new, and saved.json rewritten (red-team round 13).
func TestResumedSavedSearchIsNotRunAgain(t *testing.T) {
	dir := t.TempDir()
	x, _ := savedWithOneUnseen(t, dir)
	path := filepath.Join(dir, "saved.json")
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	opts := withHistory(options(t, nil), dir)
	opts.Saved = &x
	e := history.Entry{Query: "grant"}
	d := &driver{tuitest.Start(t, tui.New(opts).WithResumed(e, "restarted after a fault"), 120, 40)}
	d.send(tui.IndexReadyMsg{Items: opts.TotalItems, Sources: opts.TotalSources})
	if st := d.model().Status(); !strings.Contains(st, "restarted after a fault") {
		t.Errorf("status %q, want the reason for the restart", st)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Errorf("the saved search was run again and its file rewritten:\n%s", after)
	}
}

// TestHistoryEntryWithANewlineIsOneRow: a query holding a newline or tab
// (an edited history file) is one row of ctrl+r's list, its controls
// escaped, so it cannot draw a row that looks like another entry.
func TestHistoryEntryWithANewlineIsOneRow(t *testing.T) {
	dir := t.TempDir()
	writeHistory(t, dir, "camhs", "placeholder")
	// Written as an edit would write it: history.Record folds white space.
	path := filepath.Join(dir, "history.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b = bytes.Replace(b, []byte(`"placeholder"`), []byte(`"x\n# fake heading\tmore"`), 1)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	d := start(t, 120, 40, withHistory(options(t, nil), dir))
	d.keys("ctrl+r")
	screen := d.screen()
	if !strings.Contains(screen, `x\n# fake heading\tmore`) {
		t.Fatalf("the entry should be one row with its newline and tab escaped:\n%s", screen)
	}
	for _, line := range strings.Split(screen, "\n") {
		if strings.Contains(line, "# fake heading") && !strings.Contains(line, `x\n#`) {
			t.Errorf("a row begins inside an entry: %q", line)
		}
	}
}

// TestRecalledEntryOfAnUnknownThemeSaysSo: a history entry filtered by a
// theme this library does not have is recalled with the theme left out,
// the row's "All" chosen as it is, and the status line says so. Before,
// the row showed "All" unchosen over an unfiltered list (hostile check 48).
func TestRecalledEntryOfAnUnknownThemeSaysSo(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "history.json")
	odd := history.NewEntry("waiting", history.Filters{Themes: []string{"nosuch-theme"}}, time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC))
	if _, err := history.Record(path, odd); err != nil {
		t.Fatal(err)
	}
	d := start(t, 120, 40, withHistory(options(t, nil), dir))
	d.keys("autism")
	d.keys("up")
	if !strings.Contains(d.screen(), "[All]") {
		t.Errorf("the theme row should show All chosen:\n%s", d.screen())
	}
	if st := d.model().Status(); !strings.Contains(st, "nosuch-theme") || !strings.Contains(st, "left out") {
		t.Errorf("status %q, want the unknown theme said and left out", st)
	}
}

// TestRecalledThemeIsReadInAnyCase: a recalled theme written in other
// capitals is the library's theme, as --theme and theme: read it (hostile
// check 49).
func TestRecalledThemeIsReadInAnyCase(t *testing.T) {
	dir := t.TempDir()
	odd := history.NewEntry("waiting", history.Filters{Themes: []string{"WAITING-LISTS"}}, time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC))
	if _, err := history.Record(filepath.Join(dir, "history.json"), odd); err != nil {
		t.Fatal(err)
	}
	d := start(t, 120, 40, withHistory(options(t, nil), dir))
	d.keys("autism")
	d.keys("up")
	if st := d.model().Status(); strings.Contains(st, "left out") {
		t.Errorf("status %q: the theme should be the library's waiting-lists", st)
	}
	if strings.Contains(d.screen(), "[All]") || !strings.Contains(d.screen(), "[Wait") {
		t.Errorf("the theme row should show waiting lists chosen:\n%s", d.screen())
	}
}
