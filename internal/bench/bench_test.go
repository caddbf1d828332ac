package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/gen"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/tui"
)

// size is one library size the benchmarks run at.
type size struct {
	name string
	n    int
}

// sizes are the library sizes to run: CYPX_BENCH_SIZES when set (a comma
// list such as "10k,100k,1m"), else 10k and 100k.
var sizes = func() []size {
	list, err := parseSizes(os.Getenv("CYPX_BENCH_SIZES"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "CYPX_BENCH_SIZES: %v\n", err)
		os.Exit(2)
	}
	return list
}()

// parseSizes reads a comma list of item counts, each a whole number with an
// optional k (thousands) or m (millions): "10k,100k,1m". Empty is the
// default, 10k and 100k.
func parseSizes(s string) ([]size, error) {
	if strings.TrimSpace(s) == "" {
		return []size{{"10k", 10000}, {"100k", 100000}}, nil
	}
	var out []size
	for _, f := range strings.Split(s, ",") {
		name := strings.ToLower(strings.TrimSpace(f))
		digits, mult := name, 1
		switch {
		case strings.HasSuffix(name, "k"):
			digits, mult = name[:len(name)-1], 1000
		case strings.HasSuffix(name, "m"):
			digits, mult = name[:len(name)-1], 1000000
		}
		n, err := strconv.Atoi(digits)
		if err != nil || n <= 0 || n > 100_000_000/mult {
			return nil, fmt.Errorf("%q is not a size: give item counts such as 10k,100k,1m", f)
		}
		out = append(out, size{name, n * mult})
	}
	return out, nil
}

// corpusDir generates (once) a corpus of n items with seed 1.
func corpusDir(b *testing.B, n int) string {
	b.Helper()
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("cypx-bench-corpus-%d", n))
	if _, err := os.Stat(filepath.Join(dir, "done")); err == nil {
		return dir
	}
	os.RemoveAll(dir)
	if err := gen.Write(dir, n, 1); err != nil {
		b.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "done"), nil, 0o644)
	return dir
}

var (
	mu     sync.Mutex
	opened = map[int]*fixture{}
)

type fixture struct {
	ix  *index.Index
	cat *cache.Catalog
	dir string
}

// library opens (building once) the cached index of an n-item corpus.
func library(b *testing.B, n int) *fixture {
	b.Helper()
	mu.Lock()
	defer mu.Unlock()
	if f, ok := opened[n]; ok {
		return f
	}
	dir := corpusDir(b, n)
	ix, cat, err := cache.Open(context.Background(), cache.Options{Root: cacheRoot(), Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS})
	if err != nil {
		b.Fatal(err)
	}
	f := &fixture{ix: ix, cat: cat, dir: dir}
	opened[n] = f
	return f
}

func cacheRoot() string { return filepath.Join(os.TempDir(), "cypx-bench-cache") }

func each(b *testing.B, fn func(b *testing.B, n int)) {
	for _, s := range sizes {
		b.Run(s.name, func(b *testing.B) {
			if s.n > 10000 && testing.Short() {
				b.Skip("sizes over 10k skipped in -short mode")
			}
			fn(b, s.n)
		})
	}
}

// latencies records durations and reports their percentiles.
type latencies []time.Duration

func (l latencies) report(b *testing.B) {
	if len(l) == 0 {
		return
	}
	sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
	at := func(p float64) float64 {
		return float64(l[min(len(l)-1, int(p*float64(len(l))))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
	b.ReportMetric(float64(l[len(l)-1].Microseconds())/1000, "max-ms")
}

// prefixes are the queries of "waiting list" typed one key at a time.
func prefixes() []string {
	const q = "waiting list"
	var out []string
	for i := 1; i <= len(q); i++ {
		out = append(out, q[:i])
	}
	return out
}

// BenchmarkSearchAsYouType runs every prefix of "waiting list", with and
// without a theme filter, 50 results with matched-word spans. "hits" is
// what the explorer waits for; "hits+facets" adds the facet counts, which
// the explorer fetches after the hits.
func BenchmarkSearchAsYouType(b *testing.B) {
	each(b, func(b *testing.B, n int) {
		f := library(b, n)
		for _, filter := range []struct {
			name   string
			themes []string
		}{{"all", nil}, {"theme", []string{"waiting-lists"}}} {
			for _, withFacets := range []bool{false, true} {
				name := filter.name + "/hits"
				if withFacets {
					name += "+facets"
				}
				b.Run(name, func(b *testing.B) {
					var l latencies
					ctx := context.Background()
					b.ReportAllocs()
					for b.Loop() {
						for _, q := range prefixes() {
							start := time.Now()
							if _, err := f.ix.Search(ctx, index.Request{Query: q, Typing: true, Themes: filter.themes, Limit: 50, Matches: true, Facets: withFacets}); err != nil {
								b.Fatal(err)
							}
							l = append(l, time.Since(start))
						}
					}
					l.report(b)
				})
			}
		}
	})
}

// timeQueries runs each request in turn at every size, timing each search,
// and fails unless found counts something in at least one result (so a
// benchmark cannot pass by measuring a path it never took).
func timeQueries(b *testing.B, reqs []index.Request, found func(index.Result) int, missing string) {
	each(b, func(b *testing.B, n int) {
		f := library(b, n)
		var l latencies
		ctx := context.Background()
		seen := 0
		b.ReportAllocs()
		for b.Loop() {
			for _, r := range reqs {
				start := time.Now()
				res, err := f.ix.Search(ctx, r)
				if err != nil {
					b.Fatal(err)
				}
				l = append(l, time.Since(start))
				seen += found(res)
			}
		}
		if seen == 0 {
			b.Fatal(missing)
		}
		l.report(b)
	})
}

// typed is the explorer's requests as a word is typed a key at a time.
func typed(word string) []index.Request {
	var out []index.Request
	for i := 1; i <= len(word); i++ {
		out = append(out, index.Request{Query: word[:i], Typing: true, Limit: 50, Matches: true})
	}
	return out
}

// BenchmarkSearchThesaurus types "camhs" a key at a time: once the word is
// whole the thesaurus widens it to its spelled-out forms ("child and
// adolescent mental health services"), phrases of several words each.
func BenchmarkSearchThesaurus(b *testing.B) {
	timeQueries(b, typed("camhs "), func(r index.Result) int { return len(r.Expanded) },
		"camhs was never widened: no thesaurus on the index")
}

// BenchmarkSearchMisspelt searches for misspelt words that no item holds,
// as 'cypx search' does on a terminal (facets and matched words asked
// for): the search finds nothing and asks the index for the nearest words.
func BenchmarkSearchMisspelt(b *testing.B) {
	var reqs []index.Request
	for _, q := range []string{"autisim", "waitng lists", "helth visitng", "neurodevelopmentel"} {
		reqs = append(reqs, index.Request{Query: q, Limit: 50, Facets: true, Matches: true})
	}
	timeQueries(b, reqs, func(r index.Result) int { return len(r.Suggestions) }, "no suggestions for misspelt words")
}

// BenchmarkSearchMisspeltTyping types "autisim" a key at a time, as the
// explorer searches: from "autisi" nothing starts with the word being
// typed, the search finds nothing, and the index is asked for near words.
func BenchmarkSearchMisspeltTyping(b *testing.B) {
	timeQueries(b, typed("autisim"), func(r index.Result) int { return len(r.Suggestions) }, "no suggestions for autisim typed")
}

// BenchmarkKeystroke is the whole path a user waits for: a key press reaching
// the root model with the search box focused, the search command run, its
// result applied, and the view rendered at 120x40.
func BenchmarkKeystroke(b *testing.B) {
	benchmarkTyping(b, "waiting list")
}

// BenchmarkKeystrokeThesaurusAndSpelling is the keystroke path for words
// that take more than a search: "camhs services" widens to its thesaurus
// forms once "camhs" is whole (the status line names them), and "autisim"
// finds nothing from its sixth letter, when the index is asked for near
// words (the status line offers them).
func BenchmarkKeystrokeThesaurusAndSpelling(b *testing.B) {
	benchmarkTyping(b, "camhs services", "autisim")
}

// benchmarkTyping types each text a key at a time into a new explorer and
// times every key, then clears the box untimed.
func benchmarkTyping(b *testing.B, texts ...string) {
	each(b, func(b *testing.B, n int) {
		f := library(b, n)
		var themes []tui.Theme
		for _, th := range f.cat.Taxonomy.Themes {
			themes = append(themes, tui.Theme{ID: th.ID, Label: th.Label, Short: th.Short})
		}
		var m tea.Model = tui.New(tui.Options{Searcher: f.ix, Themes: themes, TotalItems: f.cat.Items, TotalSources: len(f.cat.Sources)})
		m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40}) // the explorer opens in the search box
		var l latencies
		b.ReportAllocs()
		for b.Loop() {
			for _, text := range texts {
				for _, r := range text {
					start := time.Now()
					var cmd tea.Cmd
					m, cmd = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
					m = runSearch(m, cmd)
					_ = m.View()
					l = append(l, time.Since(start))
				}
				for range text { // clear the box, untimed
					var cmd tea.Cmd
					m, cmd = m.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
					m = runSearch(m, cmd)
				}
			}
		}
		l.report(b)
	})
}

// runSearch runs the search command a key press returned and applies its
// result; facet counts, which follow the hits, are not waited for.
func runSearch(m tea.Model, cmd tea.Cmd) tea.Model {
	if cmd == nil {
		return m
	}
	msg := cmd()
	batch, ok := msg.(tea.BatchMsg)
	if !ok {
		batch = tea.BatchMsg{func() tea.Msg { return msg }}
	}
	for _, c := range batch {
		if c == nil {
			continue
		}
		if r := c(); fmt.Sprintf("%T", r) == "tui.searchResultMsg" {
			m, _ = m.Update(r)
		}
	}
	return m
}

// BenchmarkOpen opens a cached index, as a new cypx process does, and
// answers the first search.
func BenchmarkOpen(b *testing.B) {
	each(b, func(b *testing.B, n int) {
		dir := corpusDir(b, n)
		warm, _, err := cache.Open(context.Background(), cache.Options{Root: cacheRoot(), Name: dir + "#open", FS: os.DirFS(dir), Fallback: bundled.FS})
		if err != nil {
			b.Fatal(err)
		}
		warm.Close() // built once, untimed
		var l latencies
		b.ReportAllocs()
		for b.Loop() {
			start := time.Now()
			ix, _, err := cache.Open(context.Background(), cache.Options{Root: cacheRoot(), Name: dir + "#open", FS: os.DirFS(dir), Fallback: bundled.FS})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := ix.Search(context.Background(), index.Request{Query: "waiting ", Limit: 50}); err != nil {
				b.Fatal(err)
			}
			l = append(l, time.Since(start))
			ix.Close()
		}
		l.report(b)
	})
}

// BenchmarkBuild extracts, tags and indexes a whole corpus on disk.
func BenchmarkBuild(b *testing.B) {
	each(b, func(b *testing.B, n int) {
		dir := corpusDir(b, n)
		b.ReportAllocs()
		for b.Loop() {
			root := b.TempDir()
			ix, cat, err := cache.Open(context.Background(), cache.Options{Root: root, Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS})
			if err != nil {
				b.Fatal(err)
			}
			if cat.Items != n {
				b.Fatalf("built %d items, want %d", cat.Items, n)
			}
			ix.Close()
		}
		b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "items/s")
	})
}

// BenchmarkLinks finds the linked findings of one item, over 50 items of
// every kind.
func BenchmarkLinks(b *testing.B) {
	each(b, func(b *testing.B, n int) {
		f := library(b, n)
		e := links.New(f.ix, f.cat.Sources, nil)
		res, err := f.ix.Search(context.Background(), index.Request{Query: "services ", Limit: 50})
		if err != nil || len(res.Hits) == 0 {
			b.Fatal("no sample items", err)
		}
		var sample []evidence.Item
		for _, h := range res.Hits {
			sample = append(sample, h.Item)
		}
		var l latencies
		found := 0
		b.ReportAllocs()
		for b.Loop() {
			for _, it := range sample {
				start := time.Now()
				ls, err := e.For(context.Background(), it)
				if err != nil {
					b.Fatal(err)
				}
				found += len(ls)
				l = append(l, time.Since(start))
			}
		}
		l.report(b)
		b.ReportMetric(float64(found)/float64(len(l)), "links/item")
	})
}

// BenchmarkFigureTable is what f does in the explorer: the links that
// compare an item's figures (links.Engine.Figures), then the comparison
// table of its figure, for statistics a search finds; "tables/item" is the
// share that have one. From the second pass on, every measure's search is
// kept with the index; BenchmarkFigureTableFirst times the first.
func BenchmarkFigureTable(b *testing.B) {
	each(b, func(b *testing.B, n int) {
		f := library(b, n)
		samples := sampleStatistics(b, f.ix)
		e := links.New(f.ix, f.cat.Sources, nil)
		var l latencies
		tables := 0
		b.ReportAllocs()
		for b.Loop() {
			tables += figureTables(b, e, samples, &l)
		}
		l.report(b)
		b.ReportMetric(float64(tables)/float64(len(l)), "tables/item")
	})
}

// BenchmarkFigureTableFirst is f on a library just opened: each pass opens
// the index afresh, preloads it as the explorer does, and runs the search
// that found the samples (all untimed), so each measure's first table
// searches, as the first f of a session does after the search that showed
// the statistic. CYPX_BENCH_PRELOAD=0 leaves the preload out.
func BenchmarkFigureTableFirst(b *testing.B) {
	each(b, func(b *testing.B, n int) {
		f := library(b, n)
		samples := sampleStatistics(b, f.ix)
		var l latencies
		b.ReportAllocs()
		for b.Loop() {
			b.StopTimer()
			ix, cat, err := cache.Open(context.Background(), cache.Options{Root: cacheRoot(), Name: f.dir, FS: os.DirFS(f.dir), Fallback: bundled.FS})
			if err != nil {
				b.Fatal(err)
			}
			if os.Getenv("CYPX_BENCH_PRELOAD") != "0" {
				if _, err := ix.Preload(); err != nil {
					b.Fatal(err)
				}
			}
			sampleStatistics(b, ix)
			e := links.New(ix, cat.Sources, nil)
			b.StartTimer()
			figureTables(b, e, samples, &l)
			ix.Close()
		}
		l.report(b)
	})
}

// sampleStatistics are the 50 statistics the figure benchmarks open f on.
func sampleStatistics(b *testing.B, ix *index.Index) []evidence.Item {
	res, err := ix.Search(context.Background(), index.Request{Query: "services ", Kinds: []evidence.Kind{evidence.Statistic}, Limit: 50})
	if err != nil || len(res.Hits) == 0 {
		b.Fatal("no sample statistics", err)
	}
	items := make([]evidence.Item, len(res.Hits))
	for i, h := range res.Hits {
		items[i] = h.Item
	}
	return items
}

// figureTables times f on each sample, links and table, adding to l; it
// returns how many samples have a table.
func figureTables(b *testing.B, e *links.Engine, samples []evidence.Item, l *latencies) int {
	tables := 0
	for _, it := range samples {
		start := time.Now()
		ls, err := e.Figures(context.Background(), it)
		if err != nil {
			b.Fatal(err)
		}
		if _, ok := figures.ForItem(it, -1, ls, nil, nil, e.Relation); ok {
			tables++
		}
		*l = append(*l, time.Since(start))
	}
	return tables
}
