package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/history"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/library"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/paths"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/resolve"
	"github.com/cypx/cypx/internal/themes"
	"github.com/cypx/cypx/internal/tui"
)

// startFlags set the explorer's starting state.
type startFlags struct {
	query  string
	themes []string
	kind   string
	saved  string
}

func (f *startFlags) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.query, "query", "", "open the explorer with this search")
	fl.StringArrayVar(&f.themes, "theme", nil, "open the explorer filtered to this theme id (repeatable)")
	fl.StringVar(&f.kind, "kind", "", "open the explorer showing one kind: statistic, recommendation or excerpt")
	fl.StringVar(&f.saved, "saved", "", "open the explorer on a saved search, marking the items new since its last run (see 'cypx saved')")
}

// explore opens the explorer over the corpus in use. It starts at once:
// the index is opened (or built, with a progress bar) in the background,
// and the explorer searches what is indexed so far.
func explore(cmd *cobra.Command, a *app, f startFlags) error {
	if !a.io.outTTY {
		return &exitError{code: 2, err: fmt.Errorf("the explorer needs a terminal; in scripts use 'cypx search QUERY' (see 'cypx --help')")}
	}
	if os.Getenv("TERM") == "dumb" {
		return &exitError{code: 2, err: fmt.Errorf("TERM=dumb cannot draw the explorer (it cannot move the cursor): set TERM to your terminal's type, or use 'cypx search QUERY'")}
	}
	exploring.Store(true)
	holdStops()
	if watched, err := runSupervised(a.io.err); watched {
		return err
	}
	// Nothing may write to the terminal under the explorer's screen:
	// bleve's log lines are held back until the program can show them in
	// its status line (below).
	index.SetLog(nil)
	fsys, name, err := a.corpusFS()
	if err != nil {
		return err
	}
	tax, _, err := pipeline.LoadTaxonomyIn(a.corpusFolder(name), fsys, bundled.FS)
	if err != nil {
		return err
	}
	for i, t := range f.themes {
		// In any case, as cypx search reads it.
		if f.themes[i], err = tax.ParseID(t); err != nil {
			return usageError("--theme: %v", err)
		}
	}
	var kind evidence.Kind
	if f.kind != "" && f.kind != "all" {
		if kind, err = evidence.ParseKind(f.kind); err != nil {
			return usageError("--kind: %v", err)
		}
	}
	live := &cache.Live{}
	// Searched through watch: the library's sources folder is looked at
	// with each read and twice a second, and a change another cypx made
	// opens the index again (libraryWatch).
	watch := newLibraryWatch(live, a.watchedFolder())
	var exports exportGate
	m, err := a.explorerWith(&exports, tax, watch, ".", f.query, f.themes, kind)
	if err != nil {
		return err
	}
	// savedCheck is the saved search whose sources are still to be
	// checked: they are known once the index is open.
	var savedCheck *history.Search
	if f.saved != "" {
		if f.query != "" || len(f.themes) > 0 || f.kind != "" {
			return usageError("--saved opens a saved search with its own query and filters: leave out --query, --theme and --kind")
		}
		path, err := paths.Saved()
		if err != nil {
			return err
		}
		saved, err := history.LoadSaved(path)
		if err != nil {
			return err
		}
		x, err := saved.Get(f.saved)
		if err != nil {
			return err
		}
		// As 'saved run' reads it: before, a theme gone from themes.yaml
		// was left off the screen's filters but kept in the run that
		// judged what was new ("nothing new" over 4 new items).
		if x, err = savedFilters(x, tax, nil); err != nil {
			return err
		}
		m = m.WithSaved(x)
		savedCheck = &x
	}
	why := resumedBecause()
	if e, ok := resumed(); ok {
		m = m.WithResumed(e, why)
	}
	if followPipe != nil {
		m = m.WithFollow(followTo(followPipe))
	}
	// savedErr is the saved search's refusal once its sources are known,
	// or the library's when none of them loads (--no-bundled); the
	// explorer then ends, and it is the command's error. openedOnce: the
	// index was opened once (a reopening is not refused).
	var savedMu sync.Mutex
	var savedErr error
	var openedOnce atomic.Bool
	ctx, cancel := context.WithCancel(cmd.Context())
	defer cancel()
	var p *tea.Program
	open := func(rebuild bool) (tui.IndexReadyMsg, error) {
		start := time.Now()
		var lastRead time.Time
		var warnings []string
		fsys, name := fsys, name
		if again, named, err := a.corpusFS(); err == nil {
			// The corpus as it is now: a library made by 'cypx add' in
			// another shell since the explorer started on the bundled
			// corpus alone is searched once it is opened again.
			fsys, name = again, named
		}
		stamp, racy := watch.opening()
		ix, cat, err := cache.Open(ctx, cache.Options{
			Root: a.cacheRootOrEmpty(), Name: a.corpusName(name), FS: fsys, Dir: a.corpusFolder(name), Fallback: bundled.FS, Live: live, Rebuild: rebuild,
			TrustFolders: a.trustFolders(),
			Progress: func(done, total int) {
				p.Send(tui.IndexProgressMsg{Done: done, Total: total, Elapsed: time.Since(start)})
			},
			Reading: func(done, total int64) {
				// Told every 64 KB and after each source: a redraw a tenth
				// of a second is enough.
				if now := time.Now(); now.Sub(lastRead) >= readingEvery {
					lastRead = now
					p.Send(tui.IndexReadingMsg{Done: done, Total: total, Elapsed: now.Sub(start)})
				}
			},
			Warn: func(w string) { warnings = append(warnings, w) },
		})
		// Looked at again from now on, also after a failure: a library
		// changed again is opened again.
		watch.openedAt(stamp, racy)
		if err != nil {
			return tui.IndexReadyMsg{Err: err}, err
		}
		a.adopt(ix, cat)
		if openedOnce.CompareAndSwap(false, true) {
			// 'cypx --no-bundled' refuses a library of no source that
			// loads as the other commands do: it opened on 0 items where
			// its source files were all skipped (hostile check 60).
			if err := a.noSourceLoaded(name, len(cat.Sources), cat.Problems); err != nil {
				savedMu.Lock()
				savedErr = err
				savedMu.Unlock()
				p.Quit()
				return tui.IndexReadyMsg{Err: err}, err
			}
		}
		if savedCheck != nil {
			// Its sources checked by the function 'saved run' calls,
			// given the sources now they are known. Before, the explorer
			// never checked them, and opened on a search of a source no
			// longer in the corpus.
			x := *savedCheck
			savedCheck = nil
			if _, err := savedFilters(x, cat.Taxonomy, cat.Sources); err != nil {
				savedMu.Lock()
				savedErr = err
				savedMu.Unlock()
				p.Quit()
				return tui.IndexReadyMsg{Err: err}, err
			}
		}
		if w := loadWarning(cat.Problems); w != "" {
			warnings = append(warnings, w)
		}
		ready := indexReady(cat, watch)
		ready.Warning = strings.Join(warnings, "; ")
		return ready, nil
	}
	// An index whose files were changed while it was open (ErrDamaged)
	// is closed and built again, as the cache does for damage between runs.
	// A rebuild still under way when the explorer ends is waited for
	// and removed as the first build is (below): counted before ctx is
	// looked at, so one that starts after the end is seen either way.
	var reopening atomic.Int32
	reopen := func(rebuild bool) tui.IndexReadyMsg {
		reopening.Add(1)
		defer reopening.Add(-1)
		if ctx.Err() != nil {
			return tui.IndexReadyMsg{Err: ctx.Err()}
		}
		// An index another cypx replaced is said so, also when it is
		// opened again for a change of the library (libraryWatch),
		// which names the sources changed and not the index.
		replaced := errors.Is(live.Check(), index.ErrReplaced)
		live.Release()
		ready, _ := open(rebuild)
		ready.Replaced = replaced && ready.Err == nil
		return ready
	}
	m = m.WithReopen(func() tui.IndexReadyMsg { return reopen(true) })
	// An index another cypx rebuilt or updated meanwhile (every index
	// the explorer reads through live is watched: index.ErrReplaced) is
	// opened again as it is on disk, as the cache finds it.
	m = m.WithRefresh(func() tui.IndexReadyMsg { return reopen(false) })
	var gate importGate
	m = m.WithImporter(tui.Importer{
		Guess: guessImport,
		Import: func(path string, f tui.ImportFields) (tui.ImportResult, error) {
			gate.begin(path)
			defer gate.finish()
			return a.importLive(ctx, path, f, watch, &gate)
		},
		Dir: ".",
	})
	// Signals are main's (signalContext): SIGINT, SIGTERM and SIGHUP
	// cancel ctx, which ends the program and restores the terminal, and
	// the command then reports the signal as every other command does.
	// Bubble Tea's own handler took SIGTERM alone and quit as if asked,
	// exit 0, and left SIGHUP to kill the process.
	p = tea.NewProgram(m, tea.WithContext(ctx), tea.WithOutput(os.Stdout), tea.WithoutSignalHandler())
	// bleve's log lines (a snapshot it cannot load) are warnings in the
	// status line. bleve logs with a lock held, from goroutines of its
	// own: the line is handed over without waiting for the program.
	index.SetLog(func(line string) { go p.Send(tui.WarningMsg{Text: line}) })
	defer index.SetLog(nil)

	built := make(chan struct{})
	// crash holds a panic of the opening goroutine: the program is killed,
	// which restores the terminal, before the panic is reported.
	var crash error
	go func() {
		defer close(built)
		defer func() {
			if r := recover(); r != nil {
				crash = fmt.Errorf("opening the index failed: %v\n%s", r, debug.Stack())
				p.Kill()
			}
		}()
		ready, _ := open(false)
		p.Send(ready)
	}()
	final, err := p.Run()
	cancel()
	// The import the explorer was running when it ended: the user is told
	// what became of the file, not left to guess.
	if note := gate.end(); note != "" {
		fmt.Fprintln(a.io.err, "cypx: "+note)
	}
	// So are the imports asked for that waited their turn behind it.
	if fm, ok := final.(tui.Model); ok {
		if note := waitingNotStarted(fm.WaitingImports()); note != "" {
			fmt.Fprintln(a.io.err, "cypx: "+note)
		}
	}
	// So is the export: one still being built was cancelled, and nothing
	// was written.
	if note := exports.end(exportWait); note != "" {
		fmt.Fprintln(a.io.err, "cypx: "+note)
	}
	// Quitting while the index is still being built must not wait for the
	// build: reading and extracting sources stops at no context (30,000
	// sources ran 9.6 s past ctrl+c). A build cut short by the process's
	// end leaves what a kill leaves, which the cache is made for: at worst
	// a temporary folder deleted and a rebuild at the next start. Only the
	// wait is skipped: how the program ended is reported as ever (crash is
	// the opening goroutine's, read only once it has finished).
	// The same holds for a rebuild of an index damaged while open, which
	// ctx has cancelled too (before, nothing waited for it or removed its
	// folder: hostile check 49). The terminal is already restored.
	opened := true
	deadline := time.After(quitWait)
	select {
	case <-built:
	case <-deadline:
		opened = false
	}
	settled := opened
	for settled && reopening.Load() > 0 {
		select {
		case <-deadline:
			settled = false
		case <-time.After(2 * time.Millisecond):
		}
	}
	if !settled {
		// The build's temporary folder goes with the process, as a
		// one-shot command's does when a signal ends it; the next start
		// deletes whatever a build still writing adds after this.
		cache.Abandon()
	}
	if opened && crash != nil {
		return crash
	}
	savedMu.Lock()
	defer savedMu.Unlock()
	if savedErr != nil {
		return savedErr
	}
	if errors.Is(err, tea.ErrProgramKilled) || errors.Is(err, tea.ErrInterrupted) {
		if errors.Is(err, tea.ErrProgramPanic) {
			// Bubble Tea restored the terminal and printed the panic.
			return &exitError{code: 2, err: errors.New("the explorer stopped on an internal error (above); the terminal was restored")}
		}
		if endedBySignal(cmd.Context()) {
			return signalEnd(cmd.Context())
		}
		return nil
	}
	return err
}

// quitWait is how long quitting waits for the index being opened or built
// to finish before the explorer ends without it.
const quitWait = 50 * time.Millisecond

// exportWait is how long the command, once the explorer has ended, waits
// for an export whose files are being written: the explorer's own wait for
// its writes (2 s) has passed by then when it ended by q, and not when it
// ended by a signal.
const exportWait = 2 * time.Second

// basketWatch is how often the explorer looks at the basket file for
// changes made by other explorers and 'cypx basket': a stat, twice a second.
var basketWatch = 500 * time.Millisecond

// statusLifetime is how long information stays in the explorer's status
// line ("Copied …"); warnings and errors stay until the next key.
var statusLifetime = 4 * time.Second

// explorer makes the explorer over a searcher (the live index), with the
// basket file and an export folder: the one wiring the command and the
// path tests share.
func (a *app) explorer(tax *themes.Taxonomy, s tui.Searcher, exportDir, query string, startThemes []string, kind evidence.Kind) (tui.Model, error) {
	return a.explorerWith(nil, tax, s, exportDir, query, startThemes, kind)
}

// explorerWith is explorer whose exports go through gate (nil: none), for
// the command to say what became of one still running when it ends.
func (a *app) explorerWith(gate *exportGate, tax *themes.Taxonomy, s tui.Searcher, exportDir, query string, startThemes []string, kind evidence.Kind) (tui.Model, error) {
	var themes []tui.Theme
	for _, t := range tax.Themes {
		themes = append(themes, tui.Theme{ID: t.ID, Label: t.Label, Short: t.Short})
	}
	style, err := a.citeStyle("")
	if err != nil {
		return tui.Model{}, err
	}
	// With no home (paths.ErrNoHome) the basket and the history are left
	// out, and say why when asked for; the explorer still reads.
	basketPath, err := paths.Basket()
	historyPath, _ := paths.History()
	savedPath, _ := paths.Saved()
	unavailable := ""
	if err != nil {
		unavailable = err.Error() // paths.ErrNoHome's own words, as the CLI says them
	}
	return tui.New(tui.Options{
		Searcher: s, Themes: themes, Searched: a.searched(),
		Basket: tui.BasketHooks{
			Path:  basketPath,
			Watch: basketWatch,
			Where: func() string { return packWhere(exportDir, packFreeName(exportDir, clock())) },
			Began: func(run *tui.ExportRun) { gate.begin(run, exportDir, clock()) },
			Export: func(run *tui.ExportRun, p export.Pack) (string, error) {
				where, err := exportPack(run.Context(), exportDir, a.corpusDir, p, clock(), run.Write)
				gate.finish(run, where, err)
				return where, err
			},
			Unavailable: unavailable,
		},
		History: tui.HistoryHooks{Path: historyPath, SavedPath: savedPath, Unavailable: unavailable},
		Query:   query, StartThemes: startThemes, Kind: kind,
		Now:          clock,
		Clipboard:    systemClipboard(),
		Style:        style,
		StyleNow:     configuredStyle,
		Dark:         true,
		InfoLifetime: statusLifetime,
	}), nil
}

// indexReady tells the explorer the index is open: its totals, sources and
// a link engine over the searcher.
func indexReady(cat *cache.Catalog, s links.Searcher) tui.IndexReadyMsg {
	labels := map[string]string{}
	for _, th := range cat.Taxonomy.Themes {
		labels[th.ID] = th.Label
	}
	return tui.IndexReadyMsg{Items: cat.Items, Sources: len(cat.Sources), SourceList: cat.Sources,
		Linker: links.New(s, cat.Sources, labels), Skipped: resolve.SkippedSources(cat.Problems), How: cat.Rebuilt}
}

// exportToFolder writes a pack as Markdown and Word files with a dated name
// in dir, never over an existing file, and says where. Each file is
// created only if its name is free (atomicfile.WriteNew), so two explorers
// exporting at the same instant take two names: a name lost in between is
// given up, with the half of the pair already written, for the next.
func exportToFolder(dir string, p export.Pack, now time.Time) (string, error) {
	return exportPack(context.Background(), dir, "", p, now, func(write func() error) error { return write() })
}

// exportPack is exportToFolder for the explorer: the files are made until
// ctx ends (the export cancelled), and written through commit, which may
// refuse (tui.ExportRun.Write): then nothing is written. A folder cypx
// reads itself (the library's sources or folder, a --corpus folder,
// corpusDir or "") is refused by the rule -o follows (ownFileError):
// before, e in an explorer started in the library's sources wrote the
// pack there, and every later command warned of a source with no front
// matter (hostile check 43).
func exportPack(ctx context.Context, dir, corpusDir string, p export.Pack, now time.Time, commit func(write func() error) error) (string, error) {
	// The folder cypx started in, removed while it runs (a build's
	// scratch folder cleaned, a project folder moved): said as it is, not
	// the system's "getwd: no such file or directory".
	// A removed working folder still stats (the kernel keeps its inode
	// while cypx holds it), so it is asked for its name.
	_, cwdErr := os.Getwd()
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) || (cwdErr != nil && !filepath.IsAbs(dir)) {
		where := "the folder cypx was started in"
		if dir != "." {
			where = "the folder " + dir
		}
		return "", fmt.Errorf("%s is gone (removed or moved since): nothing written; C on the basket copies the pack, or 'cypx export --basket -o FILE' writes it elsewhere", where)
	}
	if err := ownFileError(filepath.Join(dir, packName(now, 1)+".md"), corpusDir); err != nil {
		var own *ownFolderError
		if errors.As(err, &own) {
			return "", fmt.Errorf("nothing written: the folder cypx was started in lies in %s, %s; start cypx in another folder, or C copies the pack", own.place, own.why)
		}
		return "", err
	}
	files := map[string][]byte{}
	for _, format := range []string{"md", "docx"} {
		// Each format is made whole in memory (internal/export): a
		// cancelled export stops before the next one, and before writing.
		if err := ctx.Err(); err != nil {
			return "", err
		}
		var buf bytes.Buffer
		if err := writePack(&buf, format, p); err != nil {
			return "", err
		}
		files[format] = buf.Bytes()
	}
	if err := ctx.Err(); err != nil {
		return "", err
	}
	var name string
	err := commit(func() error {
		for n := 1; ; n++ {
			name = packName(now, n)
			if !packNameFree(dir, name) {
				continue
			}
			md := filepath.Join(dir, name+".md")
			err := atomicfile.WriteNew(md, files["md"])
			if errors.Is(err, fs.ErrExist) {
				continue
			}
			if err != nil {
				return err
			}
			err = atomicfile.WriteNew(filepath.Join(dir, name+".docx"), files["docx"])
			if err != nil {
				os.Remove(md) // made by this call, exclusively: no one else's
				if errors.Is(err, fs.ErrExist) {
					continue
				}
				return err
			}
			return nil
		}
	})
	if err != nil {
		return "", err
	}
	return packWhere(dir, name), nil
}

// packBase is the name a pack exported at now is given, but for a
// number added when it is taken.
func packBase(now time.Time) string { return "briefing-" + now.Format("2006-01-02") }

// packName is the nth name a pack exported at now may take: briefing-DATE,
// then briefing-DATE-2, -3, … The export and what the explorer says of a
// cancelled one (packFreeName) count alike through it.
func packName(now time.Time, n int) string {
	if n <= 1 {
		return packBase(now)
	}
	return fmt.Sprintf("%s-%d", packBase(now), n)
}

// packNameFree says whether neither file of the pack name is in dir.
func packNameFree(dir, name string) bool {
	// Lstat: a link, even one leading nowhere, is a name taken.
	_, errMD := os.Lstat(filepath.Join(dir, name+".md"))
	_, errDOCX := os.Lstat(filepath.Join(dir, name+".docx"))
	return os.IsNotExist(errMD) && os.IsNotExist(errDOCX)
}

// packWhere says where the pack name in dir is, as the status line does.
func packWhere(dir, name string) string {
	abs, err := filepath.Abs(filepath.Join(dir, name))
	if err != nil {
		abs = name
	}
	return abs + ".md and .docx"
}

// packFreeName is the name a pack exported at now into dir would take:
// the first of briefing-DATE, briefing-DATE-2, … with neither file there.
func packFreeName(dir string, now time.Time) string {
	for n := 1; n < 1000; n++ {
		if name := packName(now, n); packNameFree(dir, name) {
			return name
		}
	}
	return packBase(now)
}

// exportGate knows what became of the export the explorer was running
// when it ended, for the command to say so after the screen is gone: q
// and ctrl+c cancel an export whose pack is still being built (there are
// seconds of it with thousands of findings), and wait briefly for one
// whose files are being written. Before, quitting waited up to 2 s for the
// build and then ended without a word, the pack lost.
type exportGate struct {
	mu  sync.Mutex
	run *tui.ExportRun
	dir string
	now time.Time
	// where and err are what the export's write returned.
	where string
	err   error
}

// begin is told of an export as it begins (tui.BasketHooks.Began).
func (g *exportGate) begin(run *tui.ExportRun, dir string, now time.Time) {
	if g == nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.run, g.dir, g.now, g.where, g.err = run, dir, now, "", nil
}

// finish is told what the export's write returned.
func (g *exportGate) finish(run *tui.ExportRun, where string, err error) {
	if g == nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.run == run {
		g.where, g.err = where, err
	}
}

// end cancels the export still being built, if any (the program may have
// ended by a signal, not by q), waits at most wait for one being written,
// and says what became of it: "" when no export was running, or it ended
// before the explorer did (the status line said so).
func (g *exportGate) end(wait time.Duration) string {
	g.mu.Lock()
	run, dir, now := g.run, g.dir, g.now
	g.mu.Unlock()
	if run == nil {
		return ""
	}
	if run.Cancel() {
		return "the explorer ended while the briefing pack was being built: the export was cancelled and nothing was written (it would have been " +
			packWhere(dir, packFreeName(dir, now)) + ")"
	}
	if !run.AskedWhileWriting() {
		return ""
	}
	select {
	case <-run.Over():
	case <-time.After(wait):
		return fmt.Sprintf("the explorer ended while the briefing pack was being written: each file is whole or absent (written atomically); look for %s*.md and .docx in %s", packBase(now), dir)
	}
	g.mu.Lock()
	where, err := g.where, g.err
	g.mu.Unlock()
	if err != nil {
		return "the explorer ended as the briefing pack failed to be written: " + err.Error()
	}
	return "the briefing pack was written to " + where + " as the explorer ended"
}

// guessImport reads a file for the explorer's import form: what it says of
// its title, publisher, date and type. It writes nothing.
func guessImport(path string) (tui.ImportFields, error) {
	im, err := library.Guess(path)
	if err != nil {
		return tui.ImportFields{}, err
	}
	s := im.Source
	return tui.ImportFields{Title: s.Title, Publisher: s.Publisher, Date: s.Date.String(), Type: string(s.Type),
		Format: im.Format, Guessed: im.Guessed, Warnings: im.Warnings}, nil
}

// explorerExists is the explorer's refusal of a report whose id is
// already in the library, in its own words: the library's ("pass --force
// to replace it, or --id for another id") named flags the explorer has
// none of (hostile check 59, left; check 60). Its form's title makes the
// id, so another title imports another report beside the one there; the
// same text is refused then as a repeat (explorerSameText).
func explorerExists(id string) error {
	return fmt.Errorf("%s is already in the library: if this is another report, press a and import it again with another title in the form (the id is made of the publisher, year and title); the same report is refused again", id)
}

// explorerSameText is the explorer's refusal of a report whose text is
// already a source of the library, in its own words: the library's names
// --force, which the explorer has none of, and another title in the form
// would not help (hostile check 61).
func explorerSameText(path string, same *library.SameTextError) error {
	return fmt.Errorf("%s has the same text as library source %s (%s), so it was not imported: one report imported twice would count as two sources agreeing", evidence.PrintableLine(filepath.Base(path)), same.ID, same.File)
}

// importLive adds a file to the library from the explorer, with the
// metadata the user confirmed in the form, and re-opens the index with it
// (only the new source is indexed), for the explorer to search.
func (a *app) importLive(ctx context.Context, path string, f tui.ImportFields, watch *libraryWatch, gate *importGate) (tui.ImportResult, error) {
	im, err := library.Import(path, library.Meta{Title: f.Title, Publisher: f.Publisher, Date: f.Date, Type: f.Type})
	if err != nil {
		return tui.ImportResult{}, err
	}
	data, err := im.File()
	if err != nil {
		return tui.ImportResult{}, err
	}
	lib, err := a.library()
	if err != nil {
		return tui.ImportResult{}, err
	}
	if err := gate.save(im.Source.ID, func() error {
		_, err := lib.Save(im.Source.ID, data, false)
		return err
	}); err != nil {
		if errors.Is(err, library.ErrExists) {
			return tui.ImportResult{}, explorerExists(im.Source.ID)
		}
		if same, ok := errors.AsType[*library.SameTextError](err); ok {
			return tui.ImportResult{}, explorerSameText(path, same)
		}
		return tui.ImportResult{}, err
	}
	fsys, name, err := a.corpusFS()
	if err != nil {
		return tui.ImportResult{}, err
	}
	// The library as the import left it is the one the index is opened
	// from: its own change is no other cypx's (libraryWatch).
	stamp, racy := watch.opening()
	watch.Release()
	ix, cat, err := cache.Open(ctx, cache.Options{Root: a.cacheRootOrEmpty(), Name: a.corpusName(name), FS: fsys, Dir: a.corpusFolder(name), Fallback: bundled.FS, Live: watch.Live})
	watch.openedAt(stamp, racy)
	if err != nil {
		return tui.ImportResult{}, err
	}
	a.adopt(ix, cat)
	summary := fmt.Sprintf("Imported %s: %s", im.Source.ID, plural(im.Total(), "item"))
	return tui.ImportResult{Summary: summary, Warnings: im.Warnings, Ready: indexReady(cat, watch)}, nil
}

// adopt makes ix the index the explorer reads from now on, and maps its
// segment files ahead in the background (index.Preload): the first search
// to reach a part of the library, such as a measure's first comparison
// table, then does not stop on page faults. A failure there is the next
// search's to report.
func (a *app) adopt(ix *index.Index, cat *cache.Catalog) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		ix.Close()
		return
	}
	a.ix, a.catalog, a.linker, a.resolved = ix, cat, nil, nil
	go ix.Preload()
}

// waitingNotStarted says which imports asked for in the explorer were
// still waiting their turn when it ended, or "": none of them was read,
// so none was added. Before (hostile check 54), only the running import
// was named, and the files queued behind it were left out without a word.
func waitingNotStarted(paths []string) string {
	if len(paths) == 0 {
		return ""
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = evidence.PrintableLine(filepath.Base(p))
	}
	what, again := "an import was waiting its turn", "it"
	if len(paths) > 1 {
		what, again = strconv.Itoa(len(paths))+" imports were waiting their turn", "them"
	}
	return "the explorer ended while " + what + ": nothing was added from " + strings.Join(names, ", ") + "; import " + again + " again"
}

// readingEvery is how often the explorer is told how reading the sources
// advances.
const readingEvery = 100 * time.Millisecond

// importGate knows what became of an import the explorer ran when the
// explorer ends (q answers at once, and an import may be half way): the
// save into the library is made under its lock, and none is made once the
// explorer has ended, so what end says is what is so. Before, quitting
// during an import said nothing, and the user could think the file added.
type importGate struct {
	mu      sync.Mutex
	running string // the file being imported, "" when none
	saved   string // the id it was saved under, once saved
	ended   bool
}

func (g *importGate) begin(path string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.running, g.saved = path, ""
}

func (g *importGate) finish() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.running, g.saved = "", ""
}

// save runs the save of the source id, unless the explorer has ended.
func (g *importGate) save(id string, save func() error) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.ended {
		return errors.New("the explorer ended before the file was saved")
	}
	if err := save(); err != nil {
		return err
	}
	g.saved = id
	return nil
}

// end marks the explorer ended and says what became of an import still
// running, or "".
func (g *importGate) end() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.ended = true
	switch {
	case g.running == "":
		return ""
	case g.saved != "":
		return fmt.Sprintf("%s was added to the library as %s before the explorer ended; its items are indexed at the next start", evidence.PrintableLine(filepath.Base(g.running)), g.saved)
	}
	return fmt.Sprintf("the explorer ended before %s was imported: nothing was added to the library", evidence.PrintableLine(filepath.Base(g.running)))
}
