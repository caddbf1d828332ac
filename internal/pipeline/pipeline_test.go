package pipeline_test

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/pipeline"
)

// writeCorpus makes a corpus folder of the given source files.
func writeCorpus(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "sources"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, "sources", name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const source = "---\ntitle: A report\npublisher: A Charity\ndate: 2024-05-01\ntype: report\n---\n" +
	"Almost 40% of young people waited more than a year for mental health support in 2023.\n\n" +
	"The government should fund mental health support teams in every school by 2027.\n"

func TestLoadRunsEveryStage(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.md": source, "b.md": strings.Replace(source, "A report", "Another", 1)})
	c, err := pipeline.Load(os.DirFS(dir), bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Sources) != 2 || len(c.Problems) != 0 {
		t.Fatalf("sources %d, problems %v", len(c.Sources), c.Problems)
	}
	kinds := c.CountByKind()
	if kinds["statistic"] != 2 || kinds["recommendation"] != 2 {
		t.Errorf("kinds %v, want 2 statistics and 2 recommendations", kinds)
	}
	for _, it := range c.Items {
		if !it.HasTheme("mental-health") {
			t.Errorf("%q not tagged mental-health: %v", it.Text, it.Themes)
		}
	}
}

func TestRunChecksAgainstKnownSources(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.md": source})
	tax, _, err := pipeline.LoadTaxonomy(os.DirFS(dir), bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	b := pipeline.Run(os.DirFS(dir), []string{"sources/a.md"}, tax, nil, map[string]string{"a": "sources/other.md"})
	if len(b.Docs) != 0 || len(b.Problems) != 1 || !strings.Contains(b.Problems[0].Message, "duplicate id") {
		t.Fatalf("docs %d, problems %v: want the source skipped as a duplicate of the known one", len(b.Docs), b.Problems)
	}
}

func TestLoadKeepsGoodSourcesBesideBrokenOnes(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.md": source, "broken.md": "---\ntitle: x\n---\nbody\n"})
	c, err := pipeline.Load(os.DirFS(dir), bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Sources) != 1 || len(c.Problems) == 0 || c.Problems[0].File != "sources/broken.md" {
		t.Fatalf("sources %d, problems %v", len(c.Sources), c.Problems)
	}
}

func TestItemsWithoutTaxonomyAreUntagged(t *testing.T) {
	dir := writeCorpus(t, map[string]string{"a.md": source})
	b := pipeline.Run(os.DirFS(dir), []string{"sources/a.md"}, nil, nil, nil)
	for _, it := range b.Docs[0].Items {
		if len(it.Themes) != 0 {
			t.Errorf("untagged run tagged %q: %v", it.Text, it.Themes)
		}
	}
	if _, _, err := pipeline.LoadTaxonomy(os.DirFS(dir), nil); err == nil {
		t.Error("a corpus without themes.yaml and no fallback loaded a taxonomy")
	}
}

// TestRunReportsExtractionProgress: extraction is reported as it goes, in
// bytes of the bodies, within one long paragraph (not only per file), and
// ends at the total, whatever its sentences become: a body of
// recommendations alone once said nothing until its end.
func TestRunReportsExtractionProgress(t *testing.T) {
	for _, sentence := range []string{
		"In one area 12% of children waited more than a year for help. ",
		"The ICB should publish its waiting times for community paediatrics every month. ",
	} {
		body := strings.Repeat(sentence, 8000)
		dir := writeCorpus(t, map[string]string{"a.md": source, "big.md": "---\ntitle: Big\npublisher: P\ndate: 2024\ntype: report\n---\n" + body + "\n"})
		var calls int
		var last, total int64
		b := pipeline.RunWithProgress(os.DirFS(dir), []string{"sources/a.md", "sources/big.md"}, nil, nil, nil, func(done, tot int64) {
			if done < last {
				t.Errorf("progress went back from %d to %d", last, done)
			}
			calls++
			last, total = done, tot
		})
		if len(b.Docs) != 2 {
			t.Fatalf("docs %d, problems %v", len(b.Docs), b.Problems)
		}
		if last != total || total < int64(len(body)) || calls < len(body)/(64<<10) {
			t.Errorf("%q: %d reports, the last %d of %d; the big body alone is %d bytes", sentence, calls, last, total, len(body))
		}
	}
}

// TestProgressCountsTheWholeFile: progress is in bytes of the files, front
// matter included. A source of 2 MB front matter and a one-line body was
// "0.1 of 0.2 KB" while its 2 MB were read and parsed (16 MB showed as
// 0.5 of 24.2 KB); now the total is the files' size, the front matter is
// counted once the file is parsed, and the count ends at the total, also
// with a file that cannot be read.
func TestProgressCountsTheWholeFile(t *testing.T) {
	about := strings.Repeat("x", 2<<20)
	files := map[string]string{
		"a.md":   source,
		"big.md": "---\ntitle: Big\npublisher: P\ndate: 2024\ntype: report\nabout: \"" + about + "\"\n---\nIn 2024, 12% of children waited more than a year.\n",
		"bad.md": "---\ntitle: [unclosed\n---\nBody.\n",
	}
	dir := writeCorpus(t, files)
	size := int64(0)
	for _, f := range files {
		size += int64(len(f))
	}
	var seen []int64
	var total int64
	b := pipeline.RunWithProgress(os.DirFS(dir), []string{"sources/a.md", "sources/big.md", "sources/bad.md", "sources/missing.md"}, nil, nil, nil, func(done, tot int64) {
		seen = append(seen, done)
		total = tot
	})
	if len(b.Docs) != 2 {
		t.Fatalf("docs %d, problems %v", len(b.Docs), b.Problems)
	}
	if total != size || len(seen) == 0 || seen[len(seen)-1] != total {
		t.Fatalf("reports %v of total %d; want the files' %d bytes, ending at the total", seen, total, size)
	}
	for i := 1; i < len(seen); i++ {
		if seen[i] < seen[i-1] {
			t.Fatalf("progress went back: %v", seen)
		}
	}
	if !slices.ContainsFunc(seen, func(d int64) bool { return d >= int64(len(about)) && d < size }) {
		t.Errorf("no report once the big front matter was read, before the end: %v", seen)
	}
}

// TestRunOnFiguresHoldsBoundedMemory: a one-line source of run-on figures
// ("N% of children waited" repeated, no punctuation) is held, once its
// items are extracted, in a few times its own size. Each figure's record
// once was a set of strings of its own in builders twice their size, and
// its figure slice grew by doubling: 1 MB of source held 34 MB of items,
// and a 10 MB source took 567 MB to index. This measures the live heap
// after a collection, not time.
func TestRunOnFiguresHoldsBoundedMemory(t *testing.T) {
	var body strings.Builder
	for i := 0; body.Len() < 1<<20; i++ {
		fmt.Fprintf(&body, "%d%% of children waited ", i%97)
	}
	dir := writeCorpus(t, map[string]string{"line.md": "---\ntitle: Line\npublisher: P\ndate: 2024\ntype: report\n---\n\n" + body.String() + "\n"})
	fsys := os.DirFS(dir)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	b := pipeline.Run(fsys, []string{"sources/line.md"}, nil, nil, nil)
	runtime.GC()
	runtime.ReadMemStats(&after)
	figures := 0
	for _, it := range b.Docs[0].Items {
		figures += len(it.Figures)
	}
	held := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("%d items, %d figures: %.1f MB held for %.1f MB of source", len(b.Docs[0].Items), figures, float64(held)/(1<<20), float64(body.Len())/(1<<20))
	if figures < 40000 {
		t.Fatalf("only %d figures read from %d bytes", figures, body.Len())
	}
	// The figures themselves (about 200 bytes each) and the body: some
	// 10 MB. Records repeated across the document share one string.
	if held > 16<<20 {
		t.Errorf("extraction holds %.1f MB for 1 MB of source", float64(held)/(1<<20))
	}
	runtime.KeepAlive(b)
}

// TestThesaurusProblemsAreBounded: a library thesaurus of 50,000 entries
// with a typo'd key each is told by its first problems and a count of the
// rest, as a front matter is (corpus.Told). Before, 50,000 warning lines,
// 4.4 MB on stderr at every command.
func TestThesaurusProblemsAreBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("entries:\n")
	for i := range 50000 {
		fmt.Fprintf(&b, "  - terms: [t%d]\n    gloss: g\n    source: s\n    bogus: 1\n", i)
	}
	fsys := fstest.MapFS{"thesaurus.yaml": {Data: []byte(b.String())}}
	_, problems := pipeline.LoadThesaurus(fsys, nil)
	if len(problems) != corpus.MaxProblems+1 {
		t.Fatalf("%d problems, want %d and a count", len(problems), corpus.MaxProblems+1)
	}
	if last := problems[len(problems)-1]; !strings.Contains(last.Message, "49980 more problems") || last.Line == 0 {
		t.Errorf("last problem %+v", last)
	}
}

// TestAFaultInOneSourceLeavesTheOthers: a fault in the extractor on one
// source (a panic, as "0[00]" once caused) makes that source a problem
// naming its file, and every other source is read; an import's extraction
// returns it as an error. Before, the panic ended the whole build, and
// `cypx add` printed a stack trace.
func TestAFaultInOneSourceLeavesTheOthers(t *testing.T) {
	dir := writeCorpus(t, map[string]string{
		"a.md": source,
		"b.md": strings.Replace(source, "A report", "Broken", 1),
		"c.md": strings.Replace(source, "A report", "Another", 1),
	})
	pipeline.SetExtractFault(func(d corpus.Document) {
		if d.Source.Title == "Broken" {
			var s []int
			_ = s[len(d.Body)] // out of range
		}
	})
	t.Cleanup(func() { pipeline.SetExtractFault(nil) })
	c, err := pipeline.Load(os.DirFS(dir), bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Sources) != 2 || len(c.Items) == 0 {
		t.Fatalf("%d sources and %d items, want the two sound sources' items", len(c.Sources), len(c.Items))
	}
	var found bool
	for _, p := range c.Problems {
		if p.File == "sources/b.md" && p.Skipped && strings.Contains(p.Message, "fault in cypx") {
			found = true
		}
	}
	if !found {
		t.Errorf("no problem naming sources/b.md among %+v", c.Problems)
	}
	doc, _ := corpus.Parse("sources/b.md", []byte(strings.Replace(source, "A report", "Broken", 1)))
	if err := pipeline.EachItem(doc, nil, nil, func(evidence.Item) {}); err == nil || !strings.Contains(err.Error(), "fault in cypx") {
		t.Errorf("EachItem over the faulting source: %v", err)
	}
}

// TestStreamHandsSourcesOnInOrderWithinAWindow: a build that indexes as it
// extracts gets the sources in the order it asks for, each with the items
// Run gives it, while extraction stays a few sources ahead of it, never
// the whole library (which is what a build held before: every item at
// once).
func TestStreamHandsSourcesOnInOrderWithinAWindow(t *testing.T) {
	const n = 60
	files := map[string]string{}
	var names []string
	for i := range n {
		name := fmt.Sprintf("s%02d.md", i)
		files[name] = strings.Replace(source, "title: A report", fmt.Sprintf("title: Report %d", i), 1)
		names = append(names, "sources/"+name)
	}
	fsys := os.DirFS(writeCorpus(t, files))
	want := map[string][]evidence.Item{}
	for _, d := range pipeline.Run(fsys, names, nil, nil, nil).Docs {
		want[d.Source.File] = d.Items
	}
	if len(want) != n {
		t.Fatalf("Run loaded %d sources, want %d", len(want), n)
	}
	var started, handed atomic.Int64
	pipeline.SetExtractFault(func(corpus.Document) { started.Add(1) })
	defer pipeline.SetExtractFault(nil)
	// Past its few sources the window holds at most windowBytes of body
	// text: none at first, so the few sources are the bound; then the
	// text of twenty sources.
	defer pipeline.SetWindowBytes(pipeline.SetWindowBytes(0))
	for _, windowBytes := range []int{0, 20 * len(sourceBody)} {
		pipeline.SetWindowBytes(windowBytes)
		started.Store(0)
		handed.Store(0)
		streamWithin(t, fsys, names, want, &started, &handed, windowBytes)
	}
}

// sourceBody is source's body, after its front matter.
var sourceBody = source[strings.Index(source, "\n---\n")+len("\n---\n"):]

// streamWithin is TestStreamHandsSourcesOnInOrderWithinAWindow's run of
// Stream under one window.
func streamWithin(t *testing.T, fsys fs.FS, names []string, want map[string][]evidence.Item, started, handed *atomic.Int64, windowBytes int) {
	n := len(names)
	byIDDescending := func(a, b evidence.Source) int { return strings.Compare(b.ID, a.ID) }
	var got []string
	ahead := int64(0)
	problems, err := pipeline.Stream(fsys, names, nil, nil, nil, nil, byIDDescending, func(d pipeline.Doc) error {
		ahead = max(ahead, started.Load()-handed.Add(1))
		got = append(got, d.Source.ID)
		if !slices.EqualFunc(d.Items, want[d.Source.File], func(a, b evidence.Item) bool { return a.ID == b.ID && a.Text == b.Text }) {
			t.Errorf("%s: streamed items differ from Run's", d.Source.File)
		}
		return nil
	})
	if err != nil || len(problems) != 0 {
		t.Fatalf("err %v, problems %v", err, problems)
	}
	if len(got) != n || !slices.IsSortedFunc(got, func(a, b string) int { return strings.Compare(b, a) }) {
		t.Errorf("sources handed on out of the order asked for: %v", got)
	}
	// The window is 2×cores+2 sources, or as many as windowBytes holds,
	// plus one a worker may have started on per core.
	if bound := int64(max(2*runtime.GOMAXPROCS(0)+2, windowBytes/len(sourceBody)) + runtime.GOMAXPROCS(0)); ahead > bound {
		t.Errorf("window of %d bytes: extraction ran %d sources ahead of the one handed on, want at most %d", windowBytes, ahead, bound)
	}
}

// TestStreamStopsOnItsCallersError: an index that fails (a full disk, a
// cancelled build) stops the run: no more sources are handed on.
func TestStreamStopsOnItsCallersError(t *testing.T) {
	files := map[string]string{}
	var names []string
	for i := range 30 {
		name := fmt.Sprintf("s%02d.md", i)
		files[name] = strings.Replace(source, "title: A report", fmt.Sprintf("title: Report %d", i), 1)
		names = append(names, "sources/"+name)
	}
	fsys := os.DirFS(writeCorpus(t, files))
	stop := errors.New("disk full")
	calls := 0
	_, err := pipeline.Stream(fsys, names, nil, nil, nil, nil, nil, func(d pipeline.Doc) error {
		calls++
		if calls == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || calls != 3 {
		t.Errorf("err %v after %d calls, want the caller's error after 3", err, calls)
	}
}

// TestTaxonomyReadAgainIsTheOneRead: a library opened again with the same
// themes.yaml shares the taxonomy already parsed, and an edited one is
// parsed afresh, its new theme there at once.
func TestTaxonomyReadAgainIsTheOneRead(t *testing.T) {
	themesFile := func(label string) fstest.MapFS {
		return fstest.MapFS{corpus.ThemesFile: {Data: []byte("themes:\n  - id: waits\n    label: " + label + "\n    terms: [waiting list]\n")}}
	}
	first, hash, err := pipeline.LoadTaxonomy(themesFile("Waits"), nil)
	if err != nil {
		t.Fatal(err)
	}
	again, hashAgain, err := pipeline.LoadTaxonomy(themesFile("Waits"), nil)
	if err != nil || again != first || hashAgain != hash {
		t.Fatalf("the same file read again: a new taxonomy (%v) or hash %q → %q (%v)", again != first, hash, hashAgain, err)
	}
	edited, hashEdited, err := pipeline.LoadTaxonomy(themesFile("Waiting times"), nil)
	if err != nil || edited == first || hashEdited == hash || edited.Label("waits") != "Waiting times" {
		t.Fatalf("an edited file kept the old taxonomy: label %q, hash changed %v (%v)", edited.Label("waits"), hashEdited != hash, err)
	}
}
