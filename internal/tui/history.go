package tui

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/history"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui/status"
)

// HistoryHooks connect the explorer to the user's searches: the history of
// settled queries and the saved searches, files shared with other
// explorers and 'cypx history' and 'cypx saved'. Every change is made to
// the file as it is then, under its lock. Empty paths leave them out.
type HistoryHooks struct {
	Path      string
	SavedPath string
	// Unavailable says why the paths are empty (no home folder), in the
	// message shown when the history or a saved search is asked for.
	Unavailable string
}

// notAvailable is the message for a feature the explorer was opened
// without, with the reason when there is one.
func notAvailable(what, why string) string {
	if why == "" {
		return what + " is not available here"
	}
	return what + " is not available: " + why
}

// historyState is the explorer's view of the user's searches.
type historyState struct {
	// entries are the history as last read, newest first.
	entries []history.Entry
	// recorded is the search last recorded, so a settled search is
	// written once, not at every action on its results.
	recorded history.Entry
	// recall is the entry ↑ and ↓ have put in the search box (-1: none),
	// and draft what the box held before.
	recall int
	draft  history.Entry
	// isNew marks the items a saved search found new at this run;
	// savedRun is set once that run is asked for.
	isNew    map[string]bool
	savedRun bool
	// writes counts the writes under way — to the history, the saved
	// searches, the basket, an export — shared by every copy of the
	// model, so quitting waits for them.
	writes *sync.WaitGroup
}

// writing counts a write about to start in a command, when write is set,
// and gives what the command calls once it is done (nothing, when not).
func (m Model) writing(write bool) func() {
	w := m.hist.writes
	if !write || w == nil {
		return func() {}
	}
	w.Add(1)
	return w.Done
}

// quitWait bounds how long quitting waits for the writes under way: each
// waits for its file's lock, which another process may hold as long as it
// likes (one stopped with ctrl+z), and q and ctrl+c must still end the
// explorer. A write given up is whole or not made (atomic rename). An
// export is one of them only once its pack is built and its files are
// being written; while it is built, quitting cancels it (ExportRun).
const quitWait = 2 * time.Second

// quit quits once the writes under way are done, or quitWait has passed:
// a search settled, an item marked or removed, or a pack whose files are
// being written just before q is kept. A mark's write ran in a command of
// its own, which the program's end abandoned ("space q" typed at once lost
// the mark); and with the history's lock held elsewhere, q and ctrl+c
// waited for it without end on a blank screen. An export whose pack is
// still being built is cancelled, not waited for: with 3,000 findings
// quitting waited the whole 2 s, and the pack was then lost without a
// word (the command says after the explorer ends that it was cancelled).
func (m Model) quit() tea.Cmd {
	if m.export != nil {
		// Before the wait below begins: a write begun before this is
		// counted in the writes waited for, and none begins after it.
		m.export.Cancel()
	}
	w := m.hist.writes
	if w == nil {
		return tea.Quit
	}
	return func() tea.Msg {
		done := make(chan struct{})
		go func() {
			w.Wait()
			close(done)
		}()
		timer := time.NewTimer(quitWait)
		defer timer.Stop()
		select {
		case <-done:
		case <-timer.C:
		}
		return tea.QuitMsg{}
	}
}

// historyMsg is the history after a reading or a change.
type historyMsg struct {
	entries []history.Entry
	err     error
	// made is the history file this change created (the first search
	// settled on), said once in the status line.
	made string
}

// savedMsg reports a search saved from the explorer.
type savedMsg struct {
	name  string
	total int
	err   error
}

// savedRunMsg is the run of the saved search the explorer opened on.
type savedRunMsg struct {
	run   history.Run
	total int
	err   error
}

// filters are the filters in force, as the history keeps them.
func (m Model) filters() history.Filters {
	var kinds []string
	for _, k := range m.facets.Kinds() {
		kinds = append(kinds, string(k))
	}
	return history.Filters{Themes: m.facets.SelectedThemes(), Kinds: kinds, Sources: m.sourceFilter, Publishers: m.publisherFilter}.Normal()
}

// currentEntry is the search on screen as a history entry.
func (m Model) currentEntry() history.Entry {
	return history.NewEntry(m.search.Value(), m.filters(), m.now())
}

// loadHistory reads the history file.
func (m Model) loadHistory() tea.Cmd {
	path := m.opts.History.Path
	if path == "" {
		return nil
	}
	return func() tea.Msg {
		h, err := history.Load(path)
		return historyMsg{entries: h.Entries, err: err}
	}
}

// settle records the search on screen in the history: the user has left
// the search box with it or acted on one of its results. A search the
// same as the last recorded is not written again.
func (m *Model) settle() tea.Cmd {
	path := m.opts.History.Path
	e := m.currentEntry()
	if path == "" || e.IsZero() || e.Same(m.hist.recorded) {
		return nil
	}
	m.hist.recorded = e
	w := m.hist.writes
	if w != nil {
		w.Add(1)
	}
	return func() tea.Msg {
		if w != nil {
			defer w.Done()
		}
		_, was := os.Lstat(path)
		h, err := history.Record(path, e)
		msg := historyMsg{entries: h.Entries, err: err}
		if err == nil && errors.Is(was, fs.ErrNotExist) {
			msg.made = path
		}
		return msg
	}
}

// historyMade is what the status line says once, as the first search
// settled on makes the history file: every settled search is written
// there, and nothing said of it before (hostile check 61). The file's
// name comes first: a narrow status line cuts the end.
func historyMade(path string) string {
	return "Searches kept in " + evidence.ScreenLine(path) + " (queries and filters, no item's text) · cypx history --clear empties it"
}

// applyHistory takes a reading of the history.
func (m *Model) applyHistory(msg historyMsg) {
	if msg.err != nil {
		m.status.Error("History: " + msg.err.Error())
		return
	}
	m.hist.entries = msg.entries
	if msg.made != "" {
		// Beside what the line says already (a mark's "Marked …" may
		// have come first): said once, it must not be lost under it.
		note := historyMade(msg.made)
		switch text := m.status.Text(); {
		case text == "":
			m.status.Info(note)
		case m.status.Level() == status.Info:
			m.status.Info(text + " · " + note)
		case m.status.Level() == status.Warning:
			m.status.Warning(text + " · " + note)
		default:
			m.status.Error(text + " · " + note)
		}
	}
	if hs, ok := m.top().(*historySearch); ok {
		hs.setEntries(msg.entries)
	}
}

// recall steps through the history from the search box: older (delta 1)
// or newer (-1), skipping entries the same as what was typed. Past the
// newest, the box holds again what was typed. It reports false when there
// is nowhere to go.
func (m *Model) recall(delta int) (tea.Cmd, bool) {
	h := &m.hist
	if h.recall < 0 {
		if delta < 0 {
			return nil, false
		}
		h.draft = m.currentEntry()
	}
	i := h.recall + delta
	for i >= 0 && i < len(h.entries) && h.entries[i].Same(h.draft) {
		i += delta
	}
	switch {
	case i >= len(h.entries):
		return nil, true // the oldest: stay
	case i < 0:
		h.recall = -1
		m.applyEntry(h.draft)
	default:
		h.recall = i
		m.applyEntry(h.entries[i])
	}
	return m.newSearch(), true
}

// applyEntry puts a search in the search box and the filters rows.
func (m *Model) applyEntry(e history.Entry) {
	m.replaced = true
	q, themes, kind, sources, publishers := explorerForm(e.Query, e.Filters)
	m.search.SetValue(q)
	// A theme this library's themes.yaml no longer has (renamed, or an
	// entry edited by hand) filters nothing: chosen, it left the row's
	// "All" unbracketed over an unfiltered list, a filter seemingly in
	// force that was not (hostile check 48). It is left out, and said.
	known := map[string]string{} // by id in lower case, as --theme reads any case
	for _, t := range m.facets.Themes() {
		known[strings.ToLower(t.ID)] = t.ID
	}
	var kept, unknown []string
	for _, id := range themes {
		if t, ok := known[strings.ToLower(id)]; ok {
			kept = append(kept, t)
		} else {
			unknown = append(unknown, evidence.ScreenLine(id))
		}
	}
	themes = kept
	if len(unknown) > 0 {
		m.status.Warning("The recalled search's theme " + strings.Join(unknown, ", ") + " is none of this library's themes: left out")
	}
	m.facets.SetThemes(themes)
	m.facets.SetKind(kind)
	m.sourceFilter, m.publisherFilter, m.filterLabel = sources, publishers, ""
	m.layout()
}

// explorerForm is a search as the explorer shows it: the filters it has
// rows for (themes, one kind, sources or publishers) as those rows, the
// others (actors, years, several kinds, from 'cypx saved add') as field
// clauses of the query, so every filter in force is on screen.
func explorerForm(query string, f history.Filters) (q string, themes []string, kind evidence.Kind, sources, publishers []string) {
	var clauses []string
	anyOf := func(field string, values []string) {
		var parts []string
		for _, v := range values {
			if strings.ContainsAny(v, " \"") {
				v = `"` + strings.ReplaceAll(v, `"`, "") + `"`
			}
			parts = append(parts, field+":"+v)
		}
		switch len(parts) {
		case 0:
		case 1:
			clauses = append(clauses, parts[0])
		default:
			clauses = append(clauses, "("+strings.Join(parts, " OR ")+")")
		}
	}
	// One kind the flag reads ("statistics" too) is the kind row's; any
	// other is a clause, so a kind no cypx writes, edited by hand into
	// the history, is said by the query's own error where it was set as
	// the row's and listed "0 of 2" with no word of why.
	if k, err := evidence.ParseKind(strings.Join(f.Kinds, "")); len(f.Kinds) == 1 && err == nil {
		kind = k
	} else {
		anyOf("kind", f.Kinds)
	}
	anyOf("actor", f.Actors)
	switch {
	case f.From != 0 && f.To != 0:
		clauses = append(clauses, fmt.Sprintf("year:%d..%d", f.From, f.To))
	case f.From != 0:
		clauses = append(clauses, fmt.Sprintf("year:>=%d", f.From))
	case f.To != 0:
		clauses = append(clauses, fmt.Sprintf("year:<=%d", f.To))
	}
	q = strings.TrimSpace(query)
	if len(clauses) > 0 {
		q = strings.TrimSpace(q + " " + strings.Join(clauses, " "))
	}
	if len(f.Sources) > 0 {
		sources = f.Sources
	} else if len(f.Publishers) > 0 {
		publishers = f.Publishers
	}
	return q, f.Themes, kind, sources, publishers
}

// pickEntry puts a search picked from the history in the search box.
type pickEntry struct{ e history.Entry }

// saveSearch saves the search on screen under a name.
type saveSearch struct{ name string }

// saveCmd saves the search on screen under a name: it runs the search as
// 'cypx saved add' does, its results the first run, then adds it to the
// file under its lock.
func (m Model) saveCmd(name string) tea.Cmd {
	path, s := m.opts.History.SavedPath, m.opts.Searcher
	x := history.Search{Name: name, Query: strings.TrimSpace(m.search.Value()), Filters: m.filters(), Created: m.now(), LastRun: m.now()}
	typed := m.request()
	done := m.writing(true)
	return func() tea.Msg {
		defer done()
		res, err := history.Find(context.Background(), s, x)
		if err != nil {
			return savedMsg{name: name, err: err}
		}
		if err := sameWhenWhole(s, typed, res.Total); err != nil {
			return savedMsg{name: name, err: err}
		}
		x.Seen = history.IDs(res.Hits)
		_, err = history.UpdateSaved(path, func(s *history.Saved) error { return s.Add(x) })
		return savedMsg{name: name, total: res.Total, err: err}
	}
}

// sameWhenWhole checks that a search typed in the box finds, read whole as
// a saved search runs, what the screen lists: while typing, its last word
// also matches as the start of a word ("waiti" lists "waiting"), which the
// saved search does not, so "waiti" was saved finding nothing under a
// screen of items. It says how to save what was meant.
func sameWhenWhole(s Searcher, typed index.Request, whole int) error {
	if typed.Query == "" || unicode.IsSpace(lastRune(typed.Query)) {
		return nil
	}
	typed.Limit, typed.Matches = 0, false
	res, err := s.Search(context.Background(), typed)
	if err != nil || res.Total == whole {
		return nil
	}
	words := strings.Fields(typed.Query)
	last := words[len(words)-1]
	return fmt.Errorf("not saved: the search lists %s while typed, its last word %q read as the start of a word; saved, it is read whole and finds %s. Finish the word, or end it with * (%s*) to save the start of a word",
		plural(res.Total, "item"), last, plural(whole, "item"), last)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// applySaved says what saving did: a problem goes to the form, still open.
func (m *Model) applySaved(msg savedMsg) {
	form, open := m.top().(*saveForm)
	if msg.err != nil {
		if open {
			form.failed(msg.err.Error())
			return
		}
		m.status.Error("Not saved: " + msg.err.Error())
		return
	}
	if open {
		m.pop()
	}
	m.status.Info(fmt.Sprintf("Saved “%s” (%s) · cypx --saved %s opens it, marking what is new", msg.name, plural(msg.total, "item"), quoteName(msg.name)))
}

// quoteName quotes a name with a space for the shell.
func quoteName(name string) string {
	if strings.ContainsAny(name, " '") {
		return "'" + strings.ReplaceAll(name, "'", `'\''`) + "'"
	}
	return name
}

// runSavedCmd runs the saved search the explorer opened on, once the
// index is whole: the ids found now that its last run did not find are
// marked new, and this run becomes its last.
func (m *Model) runSavedCmd() tea.Cmd {
	x := m.opts.Saved
	if x == nil || m.hist.savedRun || m.opts.History.SavedPath == "" {
		return nil
	}
	m.hist.savedRun = true
	path, s, now := m.opts.History.SavedPath, m.opts.Searcher, m.now()
	return func() tea.Msg {
		res, err := history.Find(context.Background(), s, *x)
		if err != nil {
			return savedRunMsg{err: err}
		}
		var run history.Run
		_, err = history.UpdateSaved(path, func(saved *history.Saved) error {
			run, err = saved.Record(x.Name, history.IDs(res.Hits), now)
			return err
		})
		return savedRunMsg{run: run, total: res.Total, err: err}
	}
}

// applySavedRun marks the items new since the saved search's last run.
func (m *Model) applySavedRun(msg savedRunMsg) {
	if msg.err != nil {
		m.status.Error("Saved search: " + msg.err.Error())
		return
	}
	m.hist.isNew = map[string]bool{}
	for _, id := range msg.run.New {
		m.hist.isNew[id] = true
	}
	isNew := m.hist.isNew
	m.results.SetNew(func(id string) bool { return isNew[id] })
	when := msg.run.Search.LastRunAt("2 Jan 2006 15:04")
	if len(msg.run.New) == 0 {
		m.status.Info(fmt.Sprintf("“%s”: nothing new since the last run (%s)", msg.run.Search.Name, when))
		return
	}
	m.status.Info(fmt.Sprintf("“%s”: %d of %s new since the last run (%s), marked new", msg.run.Search.Name, len(msg.run.New), plural(msg.total, "item"), when))
}

// openHistorySearch opens the history search (ctrl+r) over the screen,
// with the history as last read, and reads it again.
func (m *Model) openHistorySearch() tea.Cmd {
	if m.opts.History.Path == "" {
		m.status.Error(notAvailable("The history", m.opts.History.Unavailable))
		return nil
	}
	m.push(newHistorySearch(m.keys, m.styles, m.hist.entries))
	return m.loadHistory()
}

// openSaveForm opens the form that names the search on screen (S).
func (m *Model) openSaveForm() tea.Cmd {
	switch {
	case m.opts.History.SavedPath == "":
		m.status.Error(notAvailable("Saved searches", m.opts.History.Unavailable))
	case m.currentEntry().IsZero():
		m.status.Error("Nothing to save: type a query or choose filters first")
	default:
		m.push(newSaveForm(m.keys, m.styles, m.currentEntry()))
	}
	return nil
}

// top is the overlay on top, or nil.
func (m Model) top() component {
	if n := len(m.stack); n > 0 {
		return m.stack[n-1]
	}
	return nil
}
