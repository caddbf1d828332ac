package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/history"
	"github.com/cypx/cypx/internal/pipeline"
)

// ownHome gives a test a CYPX_HOME of its own: these tests add sources
// and save searches.
func ownHome(t *testing.T) string {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	return home
}

// writeNewsPage writes a news page about autism assessments to import.
func writeNewsPage(t *testing.T) string {
	page := filepath.Join(t.TempDir(), "story.html")
	os.WriteFile(page, []byte(`<!DOCTYPE html><html><head><title>Autism assessment waits double | Care News</title>
<meta property="og:site_name" content="Care News"><meta property="article:published_time" content="2025-01-10T08:00:00Z"></head>
<body><article><h1>Autism assessment waits double</h1>
<p>New analysis shows 64% of autism assessments now take longer than a year for children in England.</p>
<p>Campaigners said families were being left without support while they waited for a diagnosis and help.</p></article>
</body></html>`), 0o644)
	return page
}

// TestSavedSearchSaysWhatIsNewAfterAnImport: a saved search run after a
// report is added lists the new item first among its results, marked, and
// says how many are new by id; the next run finds nothing new.
func TestSavedSearchSaysWhatIsNewAfterAnImport(t *testing.T) {
	ownHome(t)
	out, stderr, code := cli(t, "saved", "add", "Autism waits", "autism", "--kind", "statistic", "--kind", "recommendation")
	if code != 0 || out != "" || stderr != "saved \"Autism waits\": 1 item now (cypx saved run 'Autism waits' says what is new)\n" {
		t.Fatalf("saved add: %d %q %q", code, out, stderr)
	}
	out, _, _ = cli(t, "saved", "list")
	if !strings.Contains(out, "Autism waits  autism  --kind recommendation --kind statistic  2026-11-22") || !strings.HasSuffix(strings.TrimSpace(out), "1") {
		t.Errorf("saved list:\n%s", out)
	}
	out, _, code = cli(t, "saved", "run", "autism waits")
	if code != 0 || !strings.Contains(out, "Nothing new since the last run (22 Nov 2026 12:00): 1 item.") {
		t.Errorf("a run with nothing new: %d\n%s", code, out)
	}
	if _, stderr, code := cli(t, "add", writeNewsPage(t), "--type", "news"); code != 0 {
		t.Fatalf("add: %s", stderr)
	}
	out, _, code = cli(t, "saved", "run", "Autism waits")
	if code != 0 {
		t.Fatalf("run: %d", code)
	}
	newID := "cn-2025-autism-assessment-waits-double#"
	lines := strings.Split(out, "\n")
	marked, unmarked := 0, 0
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "new  64%") && strings.Contains(l, newID):
			marked++
		case strings.HasPrefix(l, "     R2 ") && strings.Contains(l, "nhsp-2024-forgotten-generation-recommendations#9c090793"):
			unmarked++
		}
	}
	if marked != 1 || unmarked != 1 || !strings.Contains(out, "1 of 2 items new since the last run (22 Nov 2026 12:00):\n  "+newID) {
		t.Errorf("run after the import (marked %d, unmarked %d):\n%s", marked, unmarked, out)
	}
	out, _, _ = cli(t, "saved", "run", "Autism waits", "--format", "json")
	var run runJSON
	if err := json.Unmarshal([]byte(out), &run); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	if run.Total != 2 || len(run.Items) != 2 || len(run.New) != 0 || run.Name != "Autism waits" || len(run.Filters.Kinds) != 2 {
		t.Errorf("the run after that found something new: %+v", run)
	}
	_, out, code = cli(t, "saved", "rm", "AUTISM WAITS")
	if code != 0 || out != "removed saved search \"Autism waits\"\n" {
		t.Errorf("rm: %d %q", code, out)
	}
	if _, stderr, code := cli(t, "saved", "run", "Autism waits"); code != 1 || !strings.Contains(stderr, `no saved search "Autism waits": there are none yet`) {
		t.Errorf("run of a removed search: %d %q", code, stderr)
	}
}

func TestSavedSearchMistakesAreExplained(t *testing.T) {
	ownHome(t)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"saved", "add", "a/b", "autism"}, 2, `saved search name "a/b": '/' is not allowed`},
		{[]string{"saved", "add", "empty"}, 2, "give a query or filters to save"},
		{[]string{"saved", "add", "bad", "autism", "--theme", "nope"}, 2, "--theme"},
		{[]string{"saved", "add", "bad", "(autism"}, 2, "cannot read the query"},
		{[]string{"saved", "add", "ok", "autism"}, 0, ""},
		{[]string{"saved", "add", "OK", "waiting"}, 1, `a saved search named "ok" exists`},
		{[]string{"saved", "run", "other"}, 1, `no saved search "other" (saved: ok)`},
		{[]string{"saved", "rm", "other"}, 1, `no saved search "other"`},
	} {
		_, stderr, code := cli(t, c.args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, want %d; stderr %q", c.args, code, c.code, stderr)
		}
	}
	if s, _ := history.LoadSaved(filepath.Join(os.Getenv("CYPX_HOME"), "state", "saved.json")); len(s.Searches) != 1 {
		t.Errorf("refused saves were written: %+v", s.Searches)
	}
}

// TestHistoryPrintsNewestFirstAndClears: what the explorer recorded, newest
// first with its filters, escaped; --clear empties it.
func TestHistoryPrintsNewestFirstAndClears(t *testing.T) {
	home := ownHome(t)
	path := filepath.Join(home, "state", "history.json")
	at := time.Date(2026, 11, 22, 9, 0, 0, 0, time.Local)
	for i, e := range []history.Entry{
		{Query: "autism"},
		{Query: "camhs", Filters: history.Filters{Themes: []string{"mental-health"}}},
		{Query: "evil \x1b]52;c;aGk=\x07"},
		{Filters: history.Filters{Kinds: []string{"statistic"}}},
	} {
		e.At = at.Add(time.Duration(i) * time.Minute)
		if _, err := history.Record(path, e); err != nil {
			t.Fatal(err)
		}
	}
	out, _, code := cli(t, "history")
	want := "2026-11-22 09:03  (everything)  --kind statistic\n" +
		"2026-11-22 09:02  evil \\x1b]52;c;aGk=\\a\n" +
		"2026-11-22 09:01  camhs  --theme mental-health\n" +
		"2026-11-22 09:00  autism\n"
	if code != 0 || out != want {
		t.Errorf("history:\n%s\nwant:\n%s", out, want)
	}
	out, _, _ = cli(t, "history", "--format", "json")
	var entries []history.Entry
	if err := json.Unmarshal([]byte(out), &entries); err != nil || len(entries) != 4 || entries[3].Query != "autism" {
		t.Errorf("history json: %v %+v", err, entries)
	}
	if _, out, code := cli(t, "history", "--clear"); code != 0 || out != "cleared 4 queries\n" {
		t.Errorf("clear: %d %q", code, out)
	}
	if out, _, _ := cli(t, "history"); !strings.Contains(out, "The history is empty") {
		t.Errorf("after clear: %q", out)
	}
}

// TestSavedNamesAreEscapedOnOutput: a saved-search file edited by hand to
// hold escape sequences prints them escaped, never raw.
func TestSavedNamesAreEscapedOnOutput(t *testing.T) {
	home := ownHome(t)
	path := filepath.Join(home, "state", "saved.json")
	os.MkdirAll(filepath.Dir(path), 0o755)
	os.WriteFile(path, []byte(`{"version": 1, "searches": [{"name": "x\u001b[2Jy", "query": "autism\u001b]8;;http://evil\u0007", "created": "2026-11-22T12:00:00Z", "last_run": "2026-11-22T12:00:00Z", "seen": []}]}`), 0o644)
	for _, args := range [][]string{{"saved", "list"}, {"saved", "run", "x\x1b[2Jy"}, {"saved", "run", "nope"}} {
		out, stderr, _ := cli(t, args...)
		if strings.ContainsAny(out+stderr, "\x1b\x07") || !strings.Contains(out+stderr, `x\x1b[2Jy`) {
			t.Errorf("%v printed a raw escape or lost the name:\n%q\n%q", args, out, stderr)
		}
	}
}

// TestSavedLineBreaksStayOnTheirLine: a hand-edited saved search whose
// name, query or publisher holds a line break or a tab printed them raw in
// `saved run`'s header and `saved rm`'s message ("# fake heading" on a line
// of its own), though `saved list` escaped them.
func TestSavedLineBreaksStayOnTheirLine(t *testing.T) {
	home := ownHome(t)
	path := filepath.Join(home, "state", "saved.json")
	os.MkdirAll(filepath.Dir(path), 0o755)
	os.WriteFile(path, []byte(`{"version": 1, "searches": [`+
		`{"name": "nl\nNEW", "query": "autism\n# fake heading\twith tab", "filters": {"publishers": ["P\nQ"]}, "created": "2026-11-22T12:00:00Z", "last_run": "2026-11-22T12:00:00Z", "seen": []}]}`), 0o644)
	for _, args := range [][]string{{"saved", "run", "nl\nNEW"}, {"saved", "rm", "nl\nNEW"}} {
		out, stderr, code := cli(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d\n%s", args, code, stderr)
		}
		for _, line := range strings.Split(out+stderr, "\n") {
			if strings.HasPrefix(line, "NEW") || strings.HasPrefix(line, "# fake") || strings.HasPrefix(line, "Q") || strings.Contains(line, "\t") {
				t.Errorf("%v: a line break or tab of the saved search printed raw: line %q of\n%s%s", args, line, out, stderr)
			}
		}
		if !strings.Contains(out+stderr, `nl\nNEW`) {
			t.Errorf("%v: the name is not shown escaped:\n%s%s", args, out, stderr)
		}
	}
}

// TestSavedSearchWithAFilterNoLongerKnownSaysSo: a saved search whose
// theme has gone from the corpus's themes.yaml (or whose kind was edited
// by hand) found nothing, exit 0, "Nothing new since the last run", at
// every run; it is refused as the flag would be, naming the search.
func TestSavedSearchWithAFilterNoLongerKnownSaysSo(t *testing.T) {
	home := ownHome(t)
	path := filepath.Join(home, "state", "saved.json")
	os.MkdirAll(filepath.Dir(path), 0o755)
	for _, f := range []string{`"themes": ["waiting-times"]`, `"kinds": ["figure"]`, `"sources": ["gone"]`, `"actors": ["NHS England board"]`} {
		os.WriteFile(path, []byte(`{"version": 1, "searches": [{"name": "old", "query": "waiting", "filters": {`+f+`}, "created": "2026-11-22T12:00:00Z", "last_run": "2026-11-22T12:00:00Z", "seen": []}]}`), 0o644)
		out, stderr, code := cli(t, "saved", "run", "old")
		if code == 0 || !strings.Contains(stderr, `saved search "old": --`) || strings.Contains(out, "Nothing new") {
			t.Errorf("%s: exit %d\n%s\n%s", f, code, out, stderr)
		}
	}
	// A kind the flag reads ("statistics") is read so, not matched as
	// written: it found nothing.
	os.WriteFile(path, []byte(`{"version": 1, "searches": [{"name": "old", "query": "waiting", "filters": {"kinds": ["statistics"]}, "created": "2026-11-22T12:00:00Z", "last_run": "2026-11-22T12:00:00Z", "seen": []}]}`), 0o644)
	if out, stderr, code := cli(t, "saved", "run", "old"); code != 0 || strings.Contains(out, "0 of 0 items") {
		t.Errorf("kinds statistics: exit %d\n%s\n%s", code, out, stderr)
	}
	// An actor too, in another case ("nhse" as --actor nhse reads it):
	// before, it was neither checked nor read as the flag reads it, so
	// "nhse" found 0 items, exit 0, and an unknown actor the same.
	os.WriteFile(path, []byte(`{"version": 1, "searches": [{"name": "old", "query": "autism", "filters": {"actors": ["nhse"]}, "created": "2026-11-22T12:00:00Z", "last_run": "2026-11-22T12:00:00Z", "seen": []}]}`), 0o644)
	if out, stderr, code := cli(t, "saved", "run", "old"); code != 0 || strings.Contains(out, "0 of 0 items") {
		t.Errorf("actors nhse: exit %d\n%s\n%s", code, out, stderr)
	}
}

// TestSixteenConcurrentSavedAdds: sixteen 'cypx saved add' processes at
// once each save a search; all sixteen are kept.
func TestSixteenConcurrentSavedAdds(t *testing.T) {
	if testing.Short() {
		t.Skip("process test skipped in -short mode")
	}
	t.Parallel() // a home, a library and processes of its own
	bin := buildBinary(t)
	home := t.TempDir()
	bundledIDs(t, bin, home) // builds the cache the processes share
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(bin, "saved", "add", fmt.Sprintf("search %02d", i), "waiting")
			cmd.Env = append(os.Environ(), "CYPX_HOME="+home)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("saved add %d: %v %s", i, err, out)
			}
		}()
	}
	wg.Wait()
	s, err := history.LoadSaved(filepath.Join(home, "state", "saved.json"))
	if err != nil || len(s.Searches) != 16 {
		t.Fatalf("16 concurrent saves kept %d: %v", len(s.Searches), err)
	}
	for _, x := range s.Searches {
		if len(x.Seen) != 3 {
			t.Errorf("%s saw %d items, want the 3 of 'waiting'", x.Name, len(x.Seen))
		}
	}
}

// TestSavedFiltersAreReadAsTheFlags: the one reading of a saved search's
// filters, for 'saved run' and the explorer's --saved: an unknown theme is
// refused naming the search; "statistics" and "nhse" are read as --kind
// and --actor read them; sources are checked only when they are known.
// Before, the explorer's --saved took the filters as written: a theme gone
// from themes.yaml was left off the screen's chips but kept in the run
// that judged what was new, which said "nothing new" over 4 new items
// (tmux, by hand).
func TestSavedFiltersAreReadAsTheFlags(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	x := history.Search{Name: "old", Query: "waiting", Filters: history.Filters{Themes: []string{"waiting-times"}}}
	if _, err := savedFilters(x, c.Taxonomy, nil); err == nil || !strings.Contains(err.Error(), `saved search "old": --theme: unknown theme "waiting-times"`) {
		t.Errorf("unknown theme: %v", err)
	}
	x.Filters = history.Filters{Kinds: []string{"statistics"}, Actors: []string{"nhse"}, Sources: []string{"gone"}}
	got, err := savedFilters(x, c.Taxonomy, nil)
	if err != nil || !slices.Equal(got.Filters.Kinds, []string{"statistic"}) || !slices.Equal(got.Filters.Actors, []string{"NHSE"}) || !slices.Equal(got.Filters.Sources, []string{"gone"}) {
		t.Errorf("read as the flags: %+v, %v", got.Filters, err)
	}
	if _, err := savedFilters(x, c.Taxonomy, c.Sources); err == nil || !strings.Contains(err.Error(), `--source: no source "gone"`) {
		t.Errorf("a source once the sources are known: %v", err)
	}
}

// TestHugeHistoryQueryIsShownCut: a history file edited to hold a 4 MB
// query (15 MB in the red-team round) was printed whole by `cypx
// history`; it is shown by its first 1,000 bytes (what the explorer's box
// holds) and its length.
func TestHugeHistoryQueryIsShownCut(t *testing.T) {
	home := ownHome(t)
	path := filepath.Join(home, "state", "history.json")
	huge := strings.Repeat("waiting ", 1<<19)
	if _, err := history.Record(path, history.Entry{Query: huge, At: time.Date(2026, 11, 22, 9, 0, 0, 0, time.Local)}); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := cli(t, "history")
	if code != 0 || len(out) > 2000 || !strings.Contains(out, fmt.Sprintf("(%d bytes)", len(strings.TrimSpace(huge)))) {
		t.Errorf("exit %d, %d bytes out: %.200q, stderr %.300q", code, len(out), out, stderr)
	}
}

// TestYearsThatFindNothingAreRefused: --from later than --to, or a
// negative year, is a usage error naming both values wherever the flags
// are read: search, items, saved add, and a saved search's filters as
// 'saved run' and the explorer's --saved read them. Before, each found
// nothing, exit 0 ("0 of 0 items", "Nothing new since the last run").
func TestYearsThatFindNothingAreRefused(t *testing.T) {
	home := ownHome(t)
	for _, args := range [][]string{
		{"search", "waiting", "--from", "2024", "--to", "2020"},
		{"items", "--from", "2024", "--to", "2020"},
		{"saved", "add", "w", "waiting", "--from", "2024", "--to", "2020"},
	} {
		out, stderr, code := cli(t, args...)
		if code != 2 || !strings.Contains(stderr, "--from 2024") || !strings.Contains(stderr, "--to 2020") {
			t.Errorf("cypx %s: exit %d, stderr %q, out %.200q", strings.Join(args, " "), code, stderr, out)
		}
	}
	for _, args := range [][]string{{"search", "waiting", "--from", "-2024"}, {"items", "--to", "-1"}} {
		if _, stderr, code := cli(t, args...); code != 2 || !strings.Contains(stderr, "-") || !strings.Contains(stderr, "negative") {
			t.Errorf("cypx %s: exit %d, stderr %q", strings.Join(args, " "), code, stderr)
		}
	}
	path := filepath.Join(home, "state", "saved.json")
	os.MkdirAll(filepath.Dir(path), 0o755)
	os.WriteFile(path, []byte(`{"version": 1, "searches": [{"name": "old", "query": "waiting", "filters": {"from": 2024, "to": 2020}, "created": "2026-11-22T12:00:00Z", "last_run": "2026-11-22T12:00:00Z", "seen": []}]}`), 0o644)
	out, stderr, code := cli(t, "saved", "run", "old")
	if code != 2 || !strings.Contains(stderr, `saved search "old": --from 2024 is later than --to 2020`) || strings.Contains(out, "Nothing new") {
		t.Errorf("saved run: exit %d, stderr %q, out %.200q", code, stderr, out)
	}
	// The explorer's --saved reads the filters by the same function.
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	x := history.Search{Name: "old", Query: "waiting", Filters: history.Filters{From: 2024, To: 2020}}
	if _, err := savedFilters(x, c.Taxonomy, nil); err == nil || !strings.Contains(err.Error(), "--from 2024 is later than --to 2020") {
		t.Errorf("--saved: %v", err)
	}
}

// TestHugeHistoryFilterIsShownCut: a history file edited to hold a
// filter of 4 MB (a theme, a publisher) was printed whole by `cypx
// history`, though its query was cut; the filters are cut as the query
// is, by their first 1,000 bytes and their length.
func TestHugeHistoryFilterIsShownCut(t *testing.T) {
	home := ownHome(t)
	path := filepath.Join(home, "state", "history.json")
	huge := strings.Repeat("w", 4<<20)
	if _, err := history.Record(path, history.Entry{Query: "autism", Filters: history.Filters{Publishers: []string{huge}}, At: time.Date(2026, 11, 22, 9, 0, 0, 0, time.Local)}); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := cli(t, "history")
	if code != 0 || len(out) > 2500 || !strings.Contains(out, "autism  --publisher www") || !strings.Contains(out, " bytes)") {
		t.Errorf("exit %d, %d bytes out: %.300q, stderr %.300q", code, len(out), out, stderr)
	}
}

// TestHandEditedHistoryIsListedBounded: a history file edited by hand to
// hold 200,000 entries (the explorer keeps 500) is listed by `cypx
// history` as the history holds it, its newest 500, with a line counting
// the ones left out. Before, all 200,000 lines were printed at once.
func TestHandEditedHistoryIsListedBounded(t *testing.T) {
	home := ownHome(t)
	path := filepath.Join(home, "state", "history.json")
	os.MkdirAll(filepath.Dir(path), 0o755)
	var b strings.Builder
	b.WriteString(`{"version": 1, "entries": [`)
	for i := range 200000 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"query": "q%d", "at": "2026-11-22T09:00:00Z"}`, i)
	}
	b.WriteString("]}")
	os.WriteFile(path, []byte(b.String()), 0o644)
	out, stderr, code := cli(t, "history")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != history.Limit+1 || !strings.Contains(out, "q0\n") || strings.Contains(out, "q500\n") || !strings.Contains(lines[len(lines)-1], "199500") {
		t.Errorf("exit %d, %d lines, last %q, stderr %.300q", code, len(lines), lines[len(lines)-1], stderr)
	}
}
