package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/config"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/library"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/paths"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/resolve"
	"github.com/cypx/cypx/internal/themes"
)

// stdio is a command's standard streams, and whether each output is a
// terminal (asked of the terminal, see isTTY).
type stdio struct {
	in             io.Reader
	out, err       io.Writer
	outTTY, errTTY bool
}

// stillWanted is asked right before a command commits a change (a source
// added or removed, the basket, settings, a saved search): an error when
// the command was ended meanwhile, by a signal or by the reader of its
// output going away, so that a command that ends 141 or 143 has changed
// nothing. A broken pipe is otherwise learnt only at the next write,
// which for 'add' was its report, after the source was saved: a script
// could not tell from the status whether the change was made.
func (a *app) stillWanted(ctx context.Context) error {
	for _, w := range []io.Writer{a.io.out, a.io.err} {
		if s, ok := w.(*sink); ok {
			s.checkReader()
		}
	}
	return ctx.Err()
}

// app is what every command shares: the global flags and the corpus and
// index, loaded once and only when a command needs them.
type app struct {
	io        stdio
	corpusDir string
	// corpusArg: corpusDir was given as 'cypx check DIR', not --corpus.
	corpusArg bool
	noBundled bool
	corpus    *pipeline.Corpus
	ix        *index.Index
	catalog   *cache.Catalog
	linker    *links.Engine
	resolved  *resolve.Resolver
	config    *config.Config
	// libraryWarned: a library that cannot be read is said once a run.
	libraryWarned bool
	// warned are the load's warnings said so far, each said once a run.
	warned map[string]bool
	// rebuild builds the index again: it was found damaged (see run).
	rebuild bool
	// mu orders adopting an index against closing the app: the explorer
	// may end while its index is still being built (see quitWait), and an
	// index adopted after that is closed at once.
	mu     sync.Mutex
	closed bool
}

// usageError is a mistake in the command line: exit status 2.
func usageError(format string, args ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, args...)}
}

// corpusFS is the corpus in use: --corpus DIR, else the bundled corpus and
// the user's library together (the library alone with --no-bundled).
func (a *app) corpusFS() (fs.FS, string, error) {
	if a.corpusDir == "" {
		l, err := a.library()
		if err != nil {
			if a.noBundled {
				return nil, "", fmt.Errorf("--no-bundled: %w", err)
			}
			return bundled.FS, "bundled corpus", nil // no home, so no library
		}
		lib := l.Dir
		_, serr := os.Stat(filepath.Join(lib, "sources"))
		if probs := l.NotAFolder(); serr != nil || len(probs) > 0 {
			// A library that is a file, or a link to nothing, was passed
			// over without a word: a search of the bundled corpus alone
			// looked like a search of the user's reports, and 'cypx
			// check' said "ok". A sources folder leading out of the
			// library is not read either, and said so.
			if len(probs) > 0 {
				if a.noBundled {
					return nil, "", fmt.Errorf("--no-bundled: %s", problemText(probs[0]))
				}
				if !a.libraryWarned {
					a.libraryWarned = true
					fmt.Fprintf(a.io.err, "warning: %s; the bundled corpus is used alone\n", problemText(probs[0]))
				}
				return bundled.FS, "bundled corpus", nil
			}
			if a.noBundled {
				return nil, "", emptyLibrary(lib, 0)
			}
			return bundled.FS, "bundled corpus", nil
		}
		if a.noBundled {
			// A sources folder of no file (a failed 'cypx add' makes
			// one) is refused by noSourceLoaded, after the load, as
			// files each skipped are: one check, one message.
			return library.Merge{First: os.DirFS(lib)}, "library", nil
		}
		return library.Merge{First: os.DirFS(lib), Second: bundled.FS}, "bundled corpus and library", nil
	}
	// Named as given: a folder from 'cypx check DIR' was called
	// "--corpus DIR", a flag never typed, and a link to nothing was
	// "stat DIR: no such file or directory".
	named := cell(a.corpusDir)
	if !a.corpusArg {
		named = "--corpus " + named
	}
	info, err := os.Stat(a.corpusDir)
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if target, lerr := os.Readlink(a.corpusDir); lerr == nil {
			return nil, "", fmt.Errorf("%s: a link to %s, which is no folder: create that folder, or remove the link", named, cell(target))
		}
		return nil, "", fmt.Errorf("%s: no such folder", named)
	case atomicfile.IsLoop(err):
		return nil, "", atomicfile.LinkLoop(named, err)
	case errors.As(err, &pe):
		return nil, "", fmt.Errorf("%s: %v", named, pe.Err)
	case err != nil:
		return nil, "", err
	case !info.IsDir():
		return nil, "", fmt.Errorf("%s: a file, not a folder: a corpus is a folder holding %s/*.md (and themes.yaml)", named, corpus.SourcesDir)
	}
	// A folder without sources/ (the sources folder itself, its parent)
	// would be searched as an empty corpus: "0 of 0 items", exit 0.
	s, err := os.Stat(filepath.Join(a.corpusDir, corpus.SourcesDir))
	if atomicfile.IsLoop(err) {
		// A sources folder there that leads nowhere is not one missing.
		return nil, "", atomicfile.LinkLoop(filepath.Join(cell(a.corpusDir), corpus.SourcesDir), err)
	}
	if err != nil || !s.IsDir() {
		return nil, "", fmt.Errorf("%s: no sources folder in it: a corpus is a folder holding %s/*.md (and themes.yaml)", cell(a.corpusDir), corpus.SourcesDir)
	}
	return os.DirFS(a.corpusDir), a.corpusDir, nil
}

// emptyLibrary is --no-bundled's refusal of a library with no source that
// loads, the one rule for an empty library: no sources folder, a folder of
// no source file, or files each skipped for its problems (skipped of them,
// counted as 'cypx check' counts files, warned of before). It names the
// check that lists them with the library's folder, which works with or
// without --no-bundled; it said "(3 files, …)" of 2, beside check's "3
// problems in 2 files", and 'cypx check' alone (hostile check 64 L5).
func emptyLibrary(lib string, skipped int) error {
	if skipped > 0 {
		return fmt.Errorf("--no-bundled: the library (%s) holds no source that loads (%s, each skipped for its problems, which 'cypx check %s' lists); mend them, or add reports with 'cypx add FILE'", lib, plural(skipped, "file"), evidence.ShellWord(lib))
	}
	return fmt.Errorf("--no-bundled: the library (%s) is empty; add reports with 'cypx add FILE'", lib)
}

// noSourceLoaded is emptyLibrary when --no-bundled searches a library of
// which no source loaded (problems are the load's), else nil: the one
// check of a library folder that is there, whether its sources folder
// holds no file (a failed 'cypx add' leaves one, which was searched as a
// library of 0 items: hostile check 60) or files each skipped. Before,
// a glob of the sources folder before the load said the first apart.
func (a *app) noSourceLoaded(name string, sources int, problems []corpus.Problem) error {
	if !a.noBundled || a.corpusDir != "" || sources > 0 {
		return nil
	}
	var skipped, told []corpus.Problem
	for _, p := range problems {
		if p.Skipped {
			skipped = append(skipped, p)
		}
		if p.File != corpus.SourcesDir || p.Message != corpus.NoSources {
			told = append(told, p)
		}
	}
	// The refusal says an empty library is empty: "warning: sources: no
	// source files (*.md) found" before it said so twice, where every
	// other command said it once (hostile check 63 L1). The problems of
	// files skipped are warned of, as the refusal points at them.
	a.warnProblems(told)
	return emptyLibrary(a.corpusFolder(name), countFiles(skipped))
}

// load runs the pipeline once and warns about sources it had to skip.
func (a *app) load() (*pipeline.Corpus, error) {
	if a.corpus != nil {
		return a.corpus, nil
	}
	fsys, name, err := a.corpusFS()
	if err != nil {
		return nil, err
	}
	c, err := pipeline.LoadIn(a.corpusFolder(name), fsys, bundled.FS, nil)
	if err != nil {
		return nil, err
	}
	if err := a.noSourceLoaded(name, len(c.Sources), c.Problems); err != nil {
		return nil, err
	}
	a.warnProblems(c.Problems)
	a.corpus = c
	return c, nil
}

// warnProblems warns of a load's problems, each once a run: a command
// that both loads the corpus and opens its index ('cypx items --format
// json') read the sources twice and said a source's URL warning twice
// (hostile check 61 L7).
func (a *app) warnProblems(problems []corpus.Problem) {
	for _, p := range problems {
		suffix := ""
		if p.Skipped {
			suffix = " (source skipped)"
		}
		line := problemText(p) + suffix
		if a.warned[line] {
			continue
		}
		if a.warned == nil {
			a.warned = map[string]bool{}
		}
		a.warned[line] = true
		fmt.Fprintf(a.io.err, "warning: %s\n", line)
	}
}

// open opens the corpus's index through the cache: built on the first run,
// opened on later ones, re-indexed where sources changed.
func (a *app) open(ctx context.Context) (*index.Index, *cache.Catalog, error) {
	if a.ix != nil {
		return a.ix, a.catalog, nil
	}
	fsys, name, err := a.corpusFS()
	if err != nil {
		return nil, nil, err
	}
	prog := newProgress(a.io.err)
	ix, cat, err := cache.Open(ctx, cache.Options{
		Root: a.cacheRootOrEmpty(), Name: a.corpusName(name), FS: fsys, Dir: a.corpusFolder(name), Fallback: bundled.FS, Rebuild: a.rebuild,
		TrustFolders: a.trustFolders(),
		Progress:     prog.indexing,
		Reading:      prog.reading,
		Warn:         func(w string) { fmt.Fprintf(a.io.err, "warning: %s\n", evidence.PrintableLine(w)) },
		Watch:        watchBuild,
	})
	if err != nil {
		return nil, nil, err
	}
	if err := a.noSourceLoaded(name, len(cat.Sources), cat.Problems); err != nil {
		ix.Close()
		return nil, nil, err
	}
	a.warnProblems(cat.Problems)
	a.ix, a.catalog = ix, cat
	if afterOpen != nil {
		afterOpen()
	}
	return ix, cat, nil
}

// afterOpen, when set, runs once the index is open: tests damage it there,
// as if another program did while cypx ran.
var afterOpen func()

// corpusFolder is the folder of the corpus corpusFS named name, as the
// user named it (--corpus DIR, else the library's folder), or "" for the
// bundled corpus alone: messages about its files (themes.yaml) name them
// with it, a path the user can find.
func (a *app) corpusFolder(name string) string {
	if a.corpusDir != "" {
		return a.corpusDir
	}
	if name != "bundled corpus" {
		l, _ := a.library() // a library was read, so it has a folder
		return l.Dir
	}
	return ""
}

// corpusName identifies the corpus for its cache: "bundled corpus", the
// library's path with or without it, or an absolute path.
func (a *app) corpusName(name string) string {
	if a.corpusDir != "" {
		if abs, err := filepath.Abs(a.corpusDir); err == nil {
			return abs
		}
		return a.corpusDir
	}
	if name != "bundled corpus" {
		l, _ := a.library() // a library was read, so it has a folder
		return name + ":" + l.Dir
	}
	return name
}

// library is the user's library folder; paths.ErrNoHome when there is no
// folder to keep one in.
func (a *app) library() (library.Library, error) { return userLibrary() }

// userLibrary is the user's library folder, whichever command asks.
func userLibrary() (library.Library, error) {
	data, err := paths.Data()
	if err != nil {
		return library.Library{}, err
	}
	return library.Library{Dir: filepath.Join(data, "library")}, nil
}

// cacheRootOrEmpty is the cache folder, or "" (an index in memory) with a
// warning when there is none.
func (a *app) cacheRootOrEmpty() string {
	root, err := cacheRoot()
	if err != nil {
		fmt.Fprintf(a.io.err, "warning: no cache folder (%v): indexing in memory\n", err)
		return ""
	}
	return root
}

// cacheRoot is the index cache folder (see internal/paths).
func cacheRoot() (string, error) { return paths.Cache() }

// links is the link engine over the index.
func (a *app) links(ctx context.Context) (*links.Engine, error) {
	if a.linker != nil {
		return a.linker, nil
	}
	ix, cat, err := a.open(ctx)
	if err != nil {
		return nil, err
	}
	labels := map[string]string{}
	for _, th := range cat.Taxonomy.Themes {
		labels[th.ID] = th.Label
	}
	a.linker = links.New(ix, cat.Sources, labels)
	return a.linker, nil
}

// resolver resolves items for every command: one place decides how an item
// is cited (see internal/resolve).
func (a *app) resolver(ctx context.Context) (*resolve.Resolver, error) {
	if a.resolved != nil {
		return a.resolved, nil
	}
	ix, cat, err := a.open(ctx)
	if err != nil {
		return nil, err
	}
	e, err := a.links(ctx)
	if err != nil {
		return nil, err
	}
	a.resolved = resolve.New(ix, e).WithSearched(a.searched())
	if cat != nil {
		a.resolved.WithSources(cat.Sources).WithSkipped(resolve.SkippedSources(cat.Problems))
	}
	return a.resolved, nil
}

// searched is the corpus the flags choose, for a missing item's reason
// (resolve.Searched).
func (a *app) searched() resolve.Searched {
	return resolve.Searched{Folder: a.corpusDir, NoBundled: a.noBundled, Bundled: func(src string) bool {
		_, ok := bundledSourceID(src)
		return ok
	}}
}

// lookup finds an item by its id or the start of its hash. A source id
// typed in another case ("NHSP-2024-…#9c09") is the source's own: ids that
// differ only in case are one id, which the loader and 'add' hold to.
func (a *app) lookup(ctx context.Context, ref string) (evidence.Item, error) {
	// A reference that is no item id is the caller's mistake, said before
	// the index is opened and with a usage error's status (2), as `basket
	// remove` and `add --id` say theirs (show, cite, links and basket add
	// said 1).
	if _, err := evidence.ParseItemRef(ref); err != nil {
		return evidence.Item{}, usageError("%v", err)
	}
	ix, cat, err := a.open(ctx)
	if err != nil {
		return evidence.Item{}, err
	}
	it, err := ix.Lookup(ctx, ref)
	src, hash, whole := strings.Cut(ref, "#")
	if err == nil || !whole || errors.Is(err, index.ErrDamaged) || ctx.Err() != nil || cat == nil {
		return it, err
	}
	for _, s := range cat.Sources {
		if s.ID != src && strings.EqualFold(s.ID, src) {
			return ix.Lookup(ctx, s.ID+"#"+hash)
		}
	}
	// An item of a source skipped for a fault is not there for now, and
	// the fault is why: "no item … (ids are listed by 'cypx items')"
	// sent the user looking for an id that had not changed (hostile
	// check 56).
	if why := resolve.SkippedSources(cat.Problems)[evidence.IDKey(src)]; why != "" {
		return it, fmt.Errorf("no item %s for now: its source could not be read, %s; mend that file and it is found again", evidence.QuoteInput(ref), why)
	}
	return it, err
}

// item finds an item by its id or the start of its hash, resolved.
func (a *app) item(ctx context.Context, ref string) (resolve.Resolved, error) {
	it, err := a.lookup(ctx, ref)
	if err != nil {
		return resolve.Resolved{}, err
	}
	r, err := a.resolver(ctx)
	if err != nil {
		return resolve.Resolved{}, err
	}
	return r.Item(ctx, it)
}

// itemWithLinks finds an item, resolved, with its linked findings.
func (a *app) itemWithLinks(ctx context.Context, ref string) (resolve.Resolved, error) {
	res, err := a.item(ctx, ref)
	if err != nil {
		return res, err
	}
	r, err := a.resolver(ctx)
	if err != nil {
		return res, err
	}
	return r.WithLinks(ctx, res.Item)
}

// resolveItems resolves items in hand (search hits, the corpus's items),
// on every core: coverage takes a search each.
func (a *app) resolveItems(ctx context.Context, items []evidence.Item) ([]evidence.Item, error) {
	r, err := a.resolver(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]evidence.Item, len(items))
	errs := make([]error, len(items))
	var wg sync.WaitGroup
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, it := range items {
		if !links.NeedsPrimary(it) {
			out[i] = it // nothing to find: cited by its own source
			continue
		}
		wg.Add(1)
		slots <- struct{}{}
		go func() {
			defer func() { <-slots; wg.Done() }()
			res, err := r.Item(ctx, it)
			out[i], errs[i] = res.Item, err
		}()
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

func (a *app) close() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.closed = true
	if a.ix != nil {
		a.ix.Close()
	}
}

// clock dates references ("Accessed: ..."); tests fix it.
var clock = time.Now

func (a *app) accessed() time.Time { return clock() }

// filters are the flags that narrow items: shared by items and search.
type filters struct {
	themes, kinds, sources, actors []string
	from, to                       int
}

func (f *filters) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringArrayVar(&f.themes, "theme", nil, "keep items with this theme id (repeatable; any of them)")
	fl.StringArrayVar(&f.kinds, "kind", nil, "keep items of this kind: statistic, recommendation, excerpt (repeatable)")
	fl.StringArrayVar(&f.sources, "source", nil, "keep items from this source id (repeatable)")
	fl.StringArrayVar(&f.actors, "actor", nil, "keep recommendations to this actor, e.g. NHSE, Government, ICSs (repeatable)")
	fl.IntVar(&f.from, "from", 0, "keep sources published in or after this year")
	fl.IntVar(&f.to, "to", 0, "keep sources published in or before this year")
}

// request checks the filter values and fills a search request.
func (f *filters) request(tax *themes.Taxonomy, sources []evidence.Source) (index.Request, error) {
	var r index.Request
	for _, t := range f.themes {
		// Theme ids are lower case (themes.yaml's rule), and read in any
		// case, as theme:SEND in a query and --kind STATISTIC are.
		t, err := tax.ParseID(t)
		if err != nil {
			return r, usageError("--theme: %v", err)
		}
		r.Themes = append(r.Themes, t)
	}
	kinds, err := parseKinds(f.kinds)
	if err != nil {
		return r, err
	}
	r.Kinds = kinds
	for _, s := range f.sources {
		// An id is one id in any case (show, cite and the basket find
		// "ACME-A"), so the filter keeps the source as it is spelt.
		i := slices.IndexFunc(sources, func(src evidence.Source) bool { return src.ID == s })
		if i < 0 {
			i = slices.IndexFunc(sources, func(src evidence.Source) bool { return strings.EqualFold(src.ID, s) })
		}
		if i < 0 {
			return r, usageError("--source: no source %q (see 'cypx items' or 'cypx check')", s)
		}
		r.Sources = append(r.Sources, sources[i].ID)
	}
	for _, s := range f.actors {
		a, err := parseActor(s)
		if err != nil {
			return r, usageError("--actor: %v", err)
		}
		r.Actors = append(r.Actors, a)
	}
	if err := checkYears(f.from, f.to); err != nil {
		return r, err
	}
	r.YearFrom, r.YearTo = f.from, f.to
	return r, nil
}

// checkYears refuses years that can find nothing (0 is no year): a
// negative one, or --from later than --to. Before, each found nothing,
// exit 0, as though no source were of those years.
func checkYears(from, to int) error {
	for _, y := range []struct {
		flag string
		year int
	}{{"--from", from}, {"--to", to}} {
		if y.year < 0 {
			return usageError("%s %d: a year cannot be negative", y.flag, y.year)
		}
	}
	if from != 0 && to != 0 && from > to {
		return usageError("--from %d is later than --to %d, so nothing could be found: swap them", from, to)
	}
	return nil
}

func parseActor(s string) (evidence.Actor, error) {
	names := make([]string, len(evidence.Actors))
	for i, a := range evidence.Actors {
		names[i] = string(a)
		if strings.EqualFold(string(a), s) {
			return a, nil
		}
	}
	return "", fmt.Errorf("unknown actor %q (valid: %s)", s, strings.Join(names, ", "))
}

// format is the --format flag, checked against what a command offers.
type format struct {
	value   string
	allowed []string
}

func (f *format) add(cmd *cobra.Command, def string, allowed ...string) {
	f.allowed = allowed
	cmd.Flags().StringVar(&f.value, "format", def, "output format: "+strings.Join(allowed, ", "))
}

// check reads --format as the user may type it, in any case and with
// "markdown" for md (as "-o x.markdown" names md), and keeps the name the
// commands compare with; "--format CSV" and "--format markdown" were
// refused (hostile check 62).
func (f *format) check() error {
	v := strings.ToLower(strings.TrimSpace(f.value))
	if v == "markdown" && slices.Contains(f.allowed, "md") {
		v = "md"
	}
	for _, a := range f.allowed {
		if a == v {
			f.value = v
			return nil
		}
	}
	return usageError("--format %q: use one of %s", f.value, strings.Join(f.allowed, ", "))
}

// parseKinds reads --kind's values.
func parseKinds(names []string) ([]evidence.Kind, error) {
	var kinds []evidence.Kind
	for _, k := range names {
		kind, err := evidence.ParseKind(k)
		if err != nil {
			return nil, usageError("--kind: %v", err)
		}
		kinds = append(kinds, kind)
	}
	return kinds, nil
}
