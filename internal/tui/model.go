// Package tui is the explorer: a Bubble Tea program composed of small
// components (search box, facet rows, result list, detail pane, theme
// picker, copy menu, help, status line) by a root model that owns the
// screen, the focus and the layout, and routes messages.
//
// Searches run as commands off the update loop, each with an increasing id;
// a result whose id is not the latest is dropped, so a slow search never
// overwrites a newer one.
package tui

import (
	"context"
	"fmt"
	"time"

	"charm.land/bubbles/v2/filepicker"
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/tui/chart"
	"github.com/cypx/cypx/internal/tui/detail"
	"github.com/cypx/cypx/internal/tui/evmap"
	"github.com/cypx/cypx/internal/tui/facets"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/menu"
	"github.com/cypx/cypx/internal/tui/picker"
	"github.com/cypx/cypx/internal/tui/results"
	"github.com/cypx/cypx/internal/tui/searchbox"
	"github.com/cypx/cypx/internal/tui/status"
	"github.com/cypx/cypx/internal/tui/styles"
)

// Searcher is what the explorer searches: the index, or a fake in tests.
type Searcher interface {
	Search(ctx context.Context, r index.Request) (index.Result, error)
}

// Options configure a new explorer.
type Options struct {
	Searcher Searcher
	// Themes is the taxonomy, in order.
	Themes []facets.Theme
	// TotalItems and TotalSources describe the whole corpus for the header.
	TotalItems, TotalSources int
	// Query, Themes and Kind set the starting state (cypx --query ...).
	Query       string
	StartThemes []string
	Kind        evidence.Kind
	// Import adds a file to the library and re-opens the index; nil leaves
	// the a key out. ImportDir is where the file picker starts.
	Import    func(path string) (ImportResult, error)
	ImportDir string
	// Sources are the corpus's sources, for the evidence map's columns.
	Sources []evidence.Source
	// Basket connects the briefing basket to where it is kept.
	Basket BasketHooks
	// Linker finds linked findings; nil leaves them out.
	Linker Linker
	// Now dates references; time.Now when nil.
	Now func() time.Time
	// Dark selects the palette until the terminal reports its background.
	Dark bool
}

// screen is what fills the body.
type screen int

const (
	screenBrowse screen = iota // list (and detail when wide)
	screenDetail               // detail alone, on narrow terminals
	screenLinked               // an item and its linked findings side by side
	screenBasket               // the briefing basket
	screenChart                // figures as bars
	screenMap                  // themes by source
)

// overlay is what is drawn over the screen and takes the keys.
type overlay int

const (
	overlayNone overlay = iota
	overlayPicker
	overlayCopyMenu
	overlayHelp
	overlayImport
)

// focus is which part of the screen gets keys.
type focus int

const (
	focusSearch focus = iota
	focusList
	focusDetail
)

// Model is the root model.
type Model struct {
	opts   Options
	keys   keys.KeyMap
	styles styles.Styles
	help   help.Model

	search  searchbox.Model
	facets  facets.Model
	results results.Model
	detail  detail.Model
	picker  picker.Model
	menu    menu.Model
	status  status.Model

	screen  screen
	overlay overlay
	focus   focus

	width, height int
	// labels names the themes, built once.
	labels map[string]string
	// searchSeq is the id of the latest search; older replies are dropped.
	searchSeq int
	total     int
	searching bool
	quitting  bool

	// linksSeq is the id of the latest links request; linksFor the item it
	// is for; selItem and selLinks the selected item (with its primary
	// source) and its links once they arrive.
	linksSeq int
	linksFor string
	// cancelFacets stops the facet count of an older search.
	cancelFacets context.CancelFunc
	loadingMore  bool
	// indexing is the progress of a build under way, or nil.
	indexing *IndexProgressMsg
	// searchFailed says the status line shows a search's error.
	searchFailed bool
	// basket is the marked items in order; basketList shows them.
	basket     []evidence.Item
	basketList results.Model
	chart      chart.Model
	evmap      evmap.Model
	filepicker filepicker.Model
	// sourceFilter and publisherFilter come from a map cell.
	sourceFilter, publisherFilter []string
	selItem                       evidence.Item
	selLinks                      []links.Link
	lv                            linkedView
	pinned                        *evidence.Item
}

// New makes the explorer.
func New(opts Options) Model {
	st := styles.New(opts.Dark)
	labels := map[string]string{}
	for _, t := range opts.Themes {
		labels[t.ID] = t.Label
	}
	m := Model{
		opts:    opts,
		keys:    keys.DefaultKeyMap(),
		styles:  st,
		help:    help.New(),
		search:  searchbox.New(st),
		facets:  facets.New(opts.Themes),
		detail:  detail.New(labels),
		labels:  labels,
		focus:   focusList,
		total:   opts.TotalItems,
		screen:  screenBrowse,
		overlay: overlayNone,
	}
	m.help.Styles = help.DefaultStyles(opts.Dark)
	m.search.SetValue(opts.Query)
	m.facets.SetThemes(opts.StartThemes)
	m.facets.SetKind(opts.Kind)
	return m
}

// WithImport returns the explorer with the a key importing files through
// fn, the file picker starting in dir.
func (m Model) WithImport(fn func(path string) (ImportResult, error), dir string) Model {
	m.opts.Import, m.opts.ImportDir = fn, dir
	return m
}

// Init asks the terminal for its background colour and runs the first search.
func (m Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, m.searchCmd(m.searchSeq), m.loadBasketCmd())
}

// searchResultMsg is a finished search.
type searchResultMsg struct {
	seq int
	res index.Result
	err error
}

// facetsMsg carries the facet counts of a search, which come after its
// hits: counting every match costs more than a frame on a large library.
type facetsMsg struct {
	seq    int
	facets map[string][]index.FacetCount
	err    error
}

// request is the search the current state asks for.
func (m Model) request() index.Request {
	return index.Request{
		Query:      m.search.Value(),
		Typing:     true,
		Themes:     m.facets.SelectedThemes(),
		Kinds:      m.facets.Kinds(),
		Sources:    m.sourceFilter,
		Publishers: m.publisherFilter,
		Limit:      resultLimit,
		// Hits first; facetsCmd counts them after.
		NoFacets: true,
	}
}

// resultLimit is how many items a search lists at first; more are loaded
// as the selection nears the end (decoding hits is a large part of a
// keystroke's cost on a big library).
const resultLimit = 50

// moreMsg carries the next page of the current search.
type moreMsg struct {
	seq int
	res index.Result
	err error
}

// moreCmd loads the page after the items listed, for the current search.
func (m *Model) moreCmd() tea.Cmd {
	if m.loadingMore || m.results.Len() >= m.total {
		return nil
	}
	m.loadingMore = true
	req, s, seq := m.request(), m.opts.Searcher, m.searchSeq
	req.Offset = m.results.Len()
	return func() tea.Msg {
		res, err := s.Search(context.Background(), req)
		return moreMsg{seq: seq, res: res, err: err}
	}
}

// facetsCmd counts the facets of the current search, cancelled when a newer
// search starts.
func (m *Model) facetsCmd(seq int) tea.Cmd {
	if m.cancelFacets != nil {
		m.cancelFacets()
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancelFacets = cancel
	req, s := m.request(), m.opts.Searcher
	req.NoFacets, req.FacetsOnly = false, true
	return func() tea.Msg {
		res, err := s.Search(ctx, req)
		return facetsMsg{seq: seq, facets: res.Facets, err: err}
	}
}

// searchCmd runs a search off the update loop over a copy of the request.
func (m Model) searchCmd(seq int) tea.Cmd {
	req, s := m.request(), m.opts.Searcher
	return func() tea.Msg {
		res, err := s.Search(context.Background(), req)
		return searchResultMsg{seq: seq, res: res, err: err}
	}
}

// newSearch starts a search for the current state.
func (m *Model) newSearch() tea.Cmd {
	m.searchSeq++
	m.searching = true
	m.loadingMore = false
	return m.searchCmd(m.searchSeq)
}

func (m *Model) applyResult(msg searchResultMsg) tea.Cmd {
	if msg.seq != m.searchSeq {
		return nil // a newer search is under way or done
	}
	m.searching = false
	if msg.err != nil {
		// Keep the last results on screen and say what is wrong.
		m.status.Error(msg.err.Error())
		m.searchFailed = true
		return nil
	}
	if m.searchFailed {
		// The query reads again: its error goes, other messages stay.
		m.status.Clear()
		m.searchFailed = false
	}
	m.total = msg.res.Total
	m.results.SetHits(msg.res.Hits)
	m.syncDetail()
	return m.facetsCmd(msg.seq)
}

func (m *Model) applyFacets(msg facetsMsg) {
	if msg.seq != m.searchSeq || msg.err != nil {
		return // stale, or cancelled by a newer search
	}
	m.facets.SetCounts(msg.facets)
}

// syncDetail shows the selected item, with its primary source once its
// links have said what that is.
func (m *Model) syncDetail() {
	h, ok := m.results.Selected()
	if ok && m.selItem.ID == h.Item.ID {
		h.Item = m.selItem
	}
	m.detail.SetHit(h, ok)
}

// setState changes screen, overlay and focus in one place, so the search
// box is focused exactly when the focus says so.
func (m *Model) setState(s screen, o overlay, f focus) tea.Cmd {
	m.screen, m.overlay, m.focus = s, o, f
	if f == focusSearch && o == overlayNone {
		return m.search.Focus()
	}
	m.search.Blur()
	return nil
}

// wide reports whether list and detail fit side by side.
func (m Model) wide() bool { return m.width >= 100 }

// tooSmall reports a terminal below 40x10.
func (m Model) tooSmall() bool { return m.width < 40 || m.height < 10 }

// Selected is the selected item, for tests and the linked view.
func (m Model) Selected() (evidence.Item, bool) {
	h, ok := m.results.Selected()
	return h.Item, ok
}

// Status is the status line's text, for tests.
func (m Model) Status() string { return m.status.Text() }

// Query is the search box's text.
func (m Model) Query() string { return m.search.Value() }

// SelectedThemes are the chosen themes.
func (m Model) SelectedThemes() []string { return m.facets.SelectedThemes() }

// Kind is the chosen kind.
func (m Model) Kind() evidence.Kind { return m.facets.Kind() }

// SearchFocused reports whether the search box has the keyboard.
func (m Model) SearchFocused() bool { return m.search.Focused() }

func (m Model) now() time.Time {
	if m.opts.Now != nil {
		return m.opts.Now()
	}
	return time.Now()
}

func (m Model) headerCount() string {
	if m.indexing != nil {
		return fmt.Sprintf("%d of %d items indexed so far", m.indexing.Done, m.indexing.Total)
	}
	return fmt.Sprintf("%d of %d items · %d sources", m.total, m.opts.TotalItems, m.opts.TotalSources)
}
