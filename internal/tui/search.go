package tui

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/index"
)

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

// moreMsg carries the next page of the current search.
type moreMsg struct {
	seq int
	res index.Result
	err error
}

// resultLimit is how many items a search lists at first; more are loaded
// as the selection nears the end (decoding hits is a large part of a
// keystroke's cost on a big library).
const resultLimit = 50

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
		// The list and the detail show the matched words; facetsCmd counts
		// the facets after the hits.
		Matches: true,
	}
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
	req.Facets, req.FacetsOnly, req.Matches = true, true, false
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
	m.wanted = wantedItem{}
	if m.opts.Follow != nil {
		m.opts.Follow(m.currentEntry())
	}
	return m.searchCmd(m.searchSeq)
}

func (m *Model) applyResult(msg searchResultMsg) tea.Cmd {
	if msg.seq != m.searchSeq {
		return nil // a newer search is under way or done
	}
	m.searching = false
	replaced := m.replaced
	m.replaced = false
	var qe *index.QueryError
	if msg.err != nil && errors.As(msg.err, &qe) && !replaced && m.focus == focusSearch {
		// Keep the last results on screen while typing (a query is
		// often wrong for a key or two: "theme:men|" on its way to
		// "theme:men|send") and say quietly why, in the note: an error
		// at every key of it was alarm for nothing. Enter shows it as
		// an error (settleProblem).
		m.note = queryNote{problem: msg.err.Error()}
		m.fitNote()
		return nil
	}
	if msg.err != nil {
		// A recalled search that fails lists nothing: the results were
		// another search's, and a mark would take one of them.
		m.status.Error(msg.err.Error())
		m.searchError = m.status.Seq()
		if replaced {
			m.total = 0
			m.results.SetHits(nil)
		}
		return nil
	}
	if m.searchError != 0 {
		// The query reads again: its error goes, other messages stay.
		if m.status.Seq() == m.searchError {
			m.status.Clear()
		}
		m.searchError = 0
	}
	m.total = msg.res.Total
	m.results.SetHits(msg.res.Hits)
	m.setNote(msg.res)
	return m.facetsCmd(msg.seq)
}

func (m *Model) applyMore(msg moreMsg) tea.Cmd {
	if msg.seq != m.searchSeq {
		return nil
	}
	m.loadingMore = false
	if msg.err != nil {
		m.wanted = wantedItem{}
		return nil
	}
	m.results.Append(msg.res.Hits)
	if w := m.wanted; w.id != "" {
		if len(msg.res.Hits) == 0 {
			m.wanted = wantedItem{}
			m.notListed(w.label)
			return nil
		}
		return m.selectInList(w.id, w.label)
	}
	return nil
}

// wantedItem is an item another screen chose (the chart's bar, on esc)
// that the list has not loaded yet: the pages after the listed ones are
// loaded until it is found.
type wantedItem struct{ id, label string }

// selectInList selects an item in the list, loading the list's next pages
// when it is further down than the list has loaded, and says so when the
// list does not hold it: the chart draws up to 300 statistics whatever
// the kind filter, and the list loads 50 items at first, so a bar's item
// was often not listed, the selection stayed where it was, and space then
// marked another item than the one the chart showed.
func (m *Model) selectInList(id, label string) tea.Cmd {
	m.wanted = wantedItem{}
	if m.results.SelectID(id) {
		return nil
	}
	if m.results.Len() < m.total {
		m.wanted = wantedItem{id: id, label: label}
		if m.loadingMore {
			return nil // the page under way continues the search
		}
		return m.moreCmd()
	}
	m.notListed(label)
	return nil
}

// notListed says an item chosen elsewhere is not in the list.
func (m *Model) notListed(label string) {
	m.status.Warning(label + " is not in the list (its search or filters leave it out): the selection is unchanged")
}

func (m *Model) applyFacets(msg facetsMsg) {
	if msg.seq != m.searchSeq || msg.err != nil {
		return // stale, or cancelled by a newer search
	}
	m.facets.SetCounts(msg.facets)
}

// settleProblem shows why the query does not read as an error, once the
// user settles on it (leaves the search box): while typing it was only
// the status line's quiet note.
func (m *Model) settleProblem() {
	if m.note.problem != "" {
		m.status.Error(m.note.problem)
		m.searchError = m.status.Seq()
	}
}
