// Package tui is the explorer: a Bubble Tea program of small components
// under a root model that owns the screen, the focus, the layout and the
// selection, and routes messages.
//
// The result list and detail pane are the root's own; every other screen
// (linked findings, the basket, the chart, the map) is a component behind
// one small interface — handle a message and return an action; draw — that
// owns its state, and the pinned item is one too. Overlays (help, the theme
// picker, the copy menu, the import picker and form) form a stack: the top
// one gets the keys, and every message it does not handle goes on to the
// root, so nothing is dropped. No View writes state.
//
// Searches run as commands off the update loop, each with an increasing id;
// a result whose id is not the latest is dropped, so a slow search never
// overwrites a newer one. Every item shown, copied or exported is resolved
// (internal/resolve), so it is cited as every other path cites it.
package tui

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/history"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/resolve"
	"github.com/cypx/cypx/internal/tui/detail"
	"github.com/cypx/cypx/internal/tui/facets"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/results"
	"github.com/cypx/cypx/internal/tui/searchbox"
	"github.com/cypx/cypx/internal/tui/status"
	"github.com/cypx/cypx/internal/tui/styles"
)

// Searcher is what the explorer searches: the index, or a fake in tests.
type Searcher interface {
	Search(ctx context.Context, r index.Request) (index.Result, error)
}

// Theme is a theme of the taxonomy as the explorer names it.
type Theme struct {
	ID, Label string
	// Short is the label in the theme bar ("ADHD & autism").
	Short string
}

// Options configure a new explorer. They are read once, by New: what
// changes while the explorer runs (totals, sources, the link engine) lives
// in its catalog.
type Options struct {
	Searcher Searcher
	// Themes is the taxonomy, in order.
	Themes []Theme
	// Searched is the corpus searched, so a basket's missing finding is
	// told why by where it came from (resolve.Searched).
	Searched resolve.Searched
	// TotalItems and TotalSources describe the whole corpus for the header.
	TotalItems, TotalSources int
	// Query, Themes and Kind set the starting state (cypx --query ...).
	Query       string
	StartThemes []string
	Kind        evidence.Kind
	// Importer adds reports to the library; nil leaves the a key out.
	Importer *Importer
	// Sources are the corpus's sources, for the evidence map's columns.
	Sources []evidence.Source
	// Basket connects the briefing basket to where it is kept.
	Basket BasketHooks
	// History connects the history and the saved searches to their files.
	History HistoryHooks
	// Saved, when set, is the saved search the explorer opens on (cypx
	// --saved NAME): its query and filters are the starting state, and once
	// the index is whole it is run, the items new since its last run marked.
	Saved *history.Search
	// Reopen closes the index and opens it again, rebuilt, for an index
	// whose files were changed while the explorer had it open
	// (index.ErrDamaged); it runs off the update loop and says how it went
	// as the index's first opening does. Nil leaves the user to restart.
	Reopen func() IndexReadyMsg
	// Refresh closes the index and opens it again as it is on disk, for
	// an index another cypx rebuilt or updated while the explorer had it
	// open (index.ErrReplaced); off the update loop, as Reopen. Nil leaves
	// the user to restart.
	Refresh func() IndexReadyMsg
	// Linker finds linked findings; nil leaves them out.
	Linker Linker
	// Style is the citation style of copies and exports (the configured
	// one); empty is evidence.DefaultStyle.
	Style evidence.Style
	// StyleNow reads the configured style again, at each copy, copy menu
	// and export, and at each look at the basket file (Basket.Watch), so
	// that 'cypx config set style' run while the explorer is open applies
	// to its next copy as to 'cypx cite', and to the panes on screen
	// within a look; nil keeps Style.
	StyleNow func() (evidence.Style, error)
	// Clipboard also puts copies on the system clipboard; nil sends them
	// to the terminal (OSC 52) alone.
	Clipboard Clipboard
	// Now dates references; time.Now when nil.
	Now func() time.Time
	// Dark selects the palette until the terminal reports its background.
	Dark bool
	// InfoLifetime is how long information stays in the status line;
	// zero keeps it until the next message. Warnings and errors stay until
	// the next key.
	InfoLifetime time.Duration
	// Follow, when set, is told each search the explorer starts (its
	// query and filters, as the history keeps them), on the update loop:
	// it must not block. The supervisor keeps the last one, to open an
	// explorer it restarts where this one was (see WithResumed).
	Follow func(history.Entry)
}

// catalog is what the explorer knows of the corpus: set from the options,
// replaced when the index is ready or re-opened after an import.
type catalog struct {
	themes                   []Theme
	labels                   map[string]string
	totalItems, totalSources int
	sources                  []evidence.Source
	linker                   Linker
	// skipped is the problem that kept each unread source file out, by
	// the source's id (IndexReadyMsg.Skipped).
	skipped map[string]string
}

// screen is what fills the body.
type screen int

const (
	screenBrowse  screen = iota // list (and detail when wide)
	screenDetail                // detail alone, on narrow terminals
	screenLinked                // an item and its linked findings side by side
	screenBasket                // the briefing basket
	screenChart                 // figures as bars
	screenMap                   // themes by source
	screenFigures               // a figure's values across sources
)

// focus is which part of the browse screen gets keys.
type focus int

const (
	focusSearch focus = iota
	focusList
	focusDetail
)

// Model is the root model.
type Model struct {
	// frame is the last screen drawn, shared by the model's copies.
	frame  *frame
	opts   Options
	cat    catalog
	keys   keys.KeyMap
	styles styles.Styles
	help   help.Model

	search  searchbox.Model
	facets  facets.Model
	results results.Model
	detail  detail.Model
	status  status.Model

	screen screen
	focus  focus
	// returnTo is where esc goes back to from the screen shown.
	returnTo place
	// The screens, each owning its state.
	linked     *linkedView
	basketView *basketView
	chartView  *chartView
	figs       *figuresView
	mapView    *mapView
	pin        *pinView
	// stack holds the overlays drawn over the screen, the top one last:
	// it gets the keys, and the messages it does not take go on to the root.
	stack []component

	// sel is the selected item: the one copy every view of it reads.
	sel selection
	// resolver resolves items for every copy, the basket and the pack.
	resolver *resolve.Resolver
	// bk is the basket as last read.
	bk basketState
	// cite is the citation style as last read (Options.StyleNow), shared
	// with the views that cite.
	cite *citing

	width, height int
	// searchSeq is the id of the latest search; older replies are dropped.
	searchSeq int
	total     int
	searching bool
	quitting  bool
	// linksSeq numbers the requests for links; a reply says which it is.
	linksSeq int
	// cancelFacets stops the facet count of an older search.
	cancelFacets context.CancelFunc
	loadingMore  bool
	// exporting says a briefing pack is being written; export is its run,
	// which quitting cancels while the pack is still built.
	exporting bool
	export    *ExportRun
	// wanted is an item to select once the list has loaded it.
	wanted wantedItem
	// reopening says the index was found damaged and is being reopened.
	reopening bool
	// importing says the explorer's own import runs (it closes the index,
	// writes the cache and opens it again); waiting are the imports asked
	// for while a reopening or another import ran, in the order asked,
	// each started once the one before has ended. An import and a
	// reopening never run at once (importCmd, afterDamage).
	importing bool
	waiting   []importFile
	// importName is the file being imported, for the status line, and
	// importPath the whole path, so the same file is not asked for twice;
	// importMet the damage a reply met while it ran (afterImport).
	importName, importPath string
	importMet              error
	// queued counts the imports of the run of imports the queue is in
	// (one asked for while another ran joins it), and notImported names
	// those of them that failed, with why: the run's last outcome says
	// them, since each line replaced the one before and a failure in the
	// middle of a queue showed for a moment only.
	queued      int
	notImported []string
	// refreshing says the reopening is of an index another cypx replaced
	// (index.ErrReplaced): opened again, not rebuilt. refreshed says the
	// last reopening was one.
	refreshing, refreshed bool
	// libraryChanged says the reopening under way is of a library another
	// cypx changed (LibraryChangedError); libraryRefreshed that the last
	// reopening was one.
	libraryChanged, libraryRefreshed bool
	// rebuiltUnread says the index was rebuilt after damage and no read
	// of it has worked yet: damage now stops the explorer rebuilding.
	rebuiltUnread bool
	// replaced is the damage of the index the last reopening replaced
	// (index.DamageOf), to know its late replies (lateReply).
	replacedDamage error
	// damageWhat is what the status line says happened to the index the
	// reopening mends (damageWords).
	damageWhat string
	// redo is what replies that met the damage were answering, answered
	// again once the index has been reopened.
	redo afterReopen
	// redoing is the export made again after a reopening, whose outcome
	// says the index was rebuilt first: the status line's "has been
	// rebuilt" gave way to "Exported…" within a second.
	redoing *ExportRun
	// indexing is the progress of a build under way, or nil.
	indexing *IndexProgressMsg
	// reading is set while the sources are read, before indexing starts.
	reading *IndexReadingMsg
	// replaced is set when a whole search was put in place of the one on
	// screen (a recalled or picked history entry, a resumed explorer)
	// until its first result: if that search fails, the results listed
	// are another search's, and are cleared rather than kept.
	replaced bool
	// searchError is the number of the status message that says a search
	// failed (0: none), cleared when the query reads again.
	searchError int
	// statusTimed is the number of the last message given a lifetime.
	statusTimed int
	// note is what the last search said about its query.
	note queryNote
	// hist is the history and the saved search opened on.
	hist historyState
	// sourceFilter and publisherFilter come from a map cell; filterLabel
	// names it in the header.
	sourceFilter, publisherFilter []string
	filterLabel                   string
}

// New makes the explorer.
func New(opts Options) Model {
	st := styles.New(opts.Dark)
	labels := map[string]string{}
	var themes []facets.Theme
	for _, t := range opts.Themes {
		labels[t.ID] = t.Label
		themes = append(themes, facets.Theme{ID: t.ID, Label: t.Label, Short: t.Short})
	}
	km := keys.DefaultKeyMap()
	cite := &citing{now: opts.Now}
	m := Model{
		cite:  cite,
		frame: &frame{},
		opts:  opts,
		cat: catalog{themes: opts.Themes, labels: labels, totalItems: opts.TotalItems, totalSources: opts.TotalSources,
			sources: opts.Sources, linker: opts.Linker},
		keys:   km,
		styles: st,
		help:   help.New(),
		search: searchbox.New(st),
		facets: facets.New(themes),
		detail: detail.New(labels),
		// The explorer opens ready to type: the first key searches.
		focus:      focusSearch,
		total:      opts.TotalItems,
		screen:     screenBrowse,
		linked:     &linkedView{keys: km, labels: labels, cite: cite},
		pin:        &pinView{keys: km, labels: labels, cite: cite},
		basketView: newBasketView(km),
		chartView:  &chartView{keys: km},
		figs:       &figuresView{keys: km, cite: cite},
		mapView:    &mapView{keys: km},
		resolver:   resolve.New(opts.Searcher, opts.Linker).WithSources(opts.Sources).WithSearched(opts.Searched),
	}
	m.help.Styles = help.DefaultStyles(opts.Dark)
	m.hist.recall = -1
	m.hist.writes = &sync.WaitGroup{}
	m.cite.style = opts.Style
	m.bk.turns = newTurns()
	m.bk.intents = map[string]*intent{}
	m.bk.counts = &missingCounts{}
	m.bk.reloading = &atomic.Bool{}
	m.search.SetValue(opts.Query)
	m.search.Focus()
	m.facets.SetThemes(opts.StartThemes)
	m.facets.SetKind(opts.Kind)
	if opts.Saved != nil {
		m = m.WithSaved(*opts.Saved)
	}
	return m
}

// WithSaved returns the explorer opened on a saved search (cypx --saved
// NAME): its query and filters are the starting state, and once the index
// is whole it is run and the items new since its last run are marked.
func (m Model) WithSaved(x history.Search) Model {
	m.opts.Saved = &x
	q, themes, kind, sources, publishers := explorerForm(x.Query, x.Filters)
	if q != "" {
		q += " " // the last word whole, as the saved search runs
	}
	m.search.SetValue(q)
	m.facets.SetThemes(themes)
	m.facets.SetKind(kind)
	m.sourceFilter, m.publisherFilter = sources, publishers
	return m
}

// WithResumed returns the explorer opened where an earlier one stopped:
// the search and filters it last ran, and a warning in the status line
// saying why it was restarted. It wins over the starting state (--query,
// --theme, --kind, and a saved search's query and filters). A saved
// search is not run again: the earlier explorer's run recorded it, so a
// second found nothing new, said so over the reason for the restart, and
// wrote the user's file again.
func (m Model) WithResumed(e history.Entry, why string) Model {
	m.applyEntry(e)
	m.status.Warning(why)
	if m.opts.Saved != nil {
		m.hist.savedRun = true
	}
	return m
}

// WithFollow returns the explorer telling follow each search it starts
// (see Options.Follow).
func (m Model) WithFollow(follow func(history.Entry)) Model {
	m.opts.Follow = follow
	return m
}

// WithImporter returns the explorer with the a key adding reports to the
// library through im.
func (m Model) WithImporter(im Importer) Model {
	m.opts.Importer = &im
	return m
}

// WithReopen returns the explorer reopening its index through reopen when
// the index's files are found changed under it (see Options.Reopen).
func (m Model) WithReopen(reopen func() IndexReadyMsg) Model {
	m.opts.Reopen = reopen
	return m
}

// WithRefresh returns the explorer opening its index again through
// refresh when another cypx has rebuilt or updated it (see
// Options.Refresh).
func (m Model) WithRefresh(refresh func() IndexReadyMsg) Model {
	m.opts.Refresh = refresh
	return m
}

// Init asks the terminal for its background colour and runs the first search.
func (m Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, m.searchCmd(m.searchSeq), m.loadBasket(), m.watchBasket(), m.loadHistory())
}

// setState changes screen and focus in one place, so the search box is
// focused exactly when the focus says so.
func (m *Model) setState(s screen, f focus) tea.Cmd {
	if opensOver(m.screen, s) {
		m.returnTo = place{m.screen, m.focus}
	}
	before := m.headerLines()
	m.screen, m.focus = s, f
	m.relayoutFrom(before)
	if f == focusSearch {
		// Others may have added to the history since: read it for ↑.
		return tea.Batch(m.search.Focus(), m.loadHistory())
	}
	m.search.Blur()
	return nil
}

// place is a screen and the part of it with the focus.
type place struct {
	screen screen
	focus  focus
}

// opensOver reports a screen (links, basket, chart, map, figures) opened
// from the list or the detail, which esc goes back to.
func opensOver(from, to screen) bool {
	return (from == screenBrowse || from == screenDetail) && to != screenBrowse && to != screenDetail
}

// closeScreen goes back from a screen to where it was opened: the detail
// it was opened from on a narrow screen, or the pane that had the focus
// (esc went to the list, a level further back than it had come).
func (m *Model) closeScreen() {
	to := m.returnTo
	if to.screen == screenDetail && !m.sel.ok {
		to = place{screenBrowse, focusList}
	}
	if to.focus == focusSearch || (to.screen == screenBrowse && !m.wide()) {
		// A narrow list has no detail pane beside it to take the keys.
		to.focus = focusList
	}
	m.setState(to.screen, to.focus)
}

// current is the component filling the body, or nil for the list.
func (m Model) current() component {
	switch m.screen {
	case screenLinked:
		return m.linked
	case screenBasket:
		return m.basketView
	case screenChart:
		return m.chartView
	case screenMap:
		return m.mapView
	case screenFigures:
		return m.figs
	}
	return nil
}

// wide reports whether list and detail fit side by side.
func (m Model) wide() bool { return m.width >= 100 }

// tooSmall reports a terminal below 40x10.
func (m Model) tooSmall() bool { return m.width < 40 || m.height < 10 }

// Selected is the selected item, for tests.
func (m Model) Selected() (evidence.Item, bool) { return m.sel.hit.Item, m.sel.ok }

// Status is the status line's text, for tests.
func (m Model) Status() string { return m.status.Text() }

// StatusNote is the note about the current query under the status line's
// messages.
func (m Model) StatusNote() string { return m.status.Note() }

// StatusIsError reports whether the status line shows an error.
func (m Model) StatusIsError() bool { return m.status.IsError() }

// Query is the search box's text.
func (m Model) Query() string { return m.search.Value() }

// SelectedThemes are the chosen themes.
func (m Model) SelectedThemes() []string { return m.facets.SelectedThemes() }

// Kind is the chosen kind.
func (m Model) Kind() evidence.Kind { return m.facets.Kind() }

// SearchFocused reports whether the search box has the keyboard.
func (m Model) SearchFocused() bool { return m.search.Focused() }

func (m Model) now() time.Time { return m.cite.accessed() }

// headerCount is the header's count in parts, the most needed first.
func (m Model) headerCount() []string {
	switch {
	case m.indexing != nil && m.indexing.Total == 0:
		return []string{fmt.Sprintf("%d items indexed so far", m.indexing.Done)}
	case m.indexing != nil:
		return []string{fmt.Sprintf("%d of %d items indexed so far", m.indexing.Done, m.indexing.Total)}
	}
	if m.reading != nil {
		return []string{"reading sources…"}
	}
	return []string{fmt.Sprintf("%d of %d items", m.total, m.cat.totalItems), plural(m.cat.totalSources, "source")}
}
