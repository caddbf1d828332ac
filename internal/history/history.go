// Package history keeps the user's searches: the history of queries the
// explorer settled on, newest first, and saved searches by name with the
// ids of the items each found at its last run, so a later run can say what
// is new. Only queries, filters and item ids are kept, never the text of
// the items.
//
// Both live in the state folder beside the basket and are shared the same
// way by every explorer and command running at once: each change takes the
// file's lock, reads the file as it is then, makes its change and writes
// the file atomically. A file of a newer format is refused and left as it
// is.
package history

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// Limit is how many queries the history keeps; the oldest go first.
const Limit = 500

// Filters narrow a search beyond its query: what the explorer's theme and
// kind rows, a map cell and the command line's flags choose.
type Filters struct {
	Themes     []string `json:"themes,omitempty"`
	Kinds      []string `json:"kinds,omitempty"`
	Sources    []string `json:"sources,omitempty"`
	Publishers []string `json:"publishers,omitempty"`
	Actors     []string `json:"actors,omitempty"`
	// From and To are years of publication (0: open).
	From int `json:"from,omitempty"`
	To   int `json:"to,omitempty"`
}

// Normal is f with each list sorted and without repeats, so one choice of
// filters has one form whatever order it was made in.
func (f Filters) Normal() Filters {
	norm := func(s []string) []string {
		if len(s) == 0 {
			return nil
		}
		s = slices.Clone(s)
		slices.Sort(s)
		return slices.Compact(s)
	}
	f.Themes, f.Kinds, f.Sources = norm(f.Themes), norm(f.Kinds), norm(f.Sources)
	f.Publishers, f.Actors = norm(f.Publishers), norm(f.Actors)
	return f
}

// IsZero reports filters that choose nothing.
func (f Filters) IsZero() bool {
	return len(f.Themes)+len(f.Kinds)+len(f.Sources)+len(f.Publishers)+len(f.Actors) == 0 && f.From == 0 && f.To == 0
}

// String is the filters as the command line gives them: "--theme send
// --kind statistic"; empty for none.
func (f Filters) String() string {
	var parts []string
	add := func(flag string, values []string) {
		for _, v := range values {
			if strings.ContainsAny(v, " \"'") {
				v = `"` + v + `"`
			}
			parts = append(parts, "--"+flag+" "+v)
		}
	}
	add("theme", f.Themes)
	add("kind", f.Kinds)
	add("source", f.Sources)
	add("publisher", f.Publishers)
	add("actor", f.Actors)
	if f.From != 0 {
		parts = append(parts, "--from "+strconv.Itoa(f.From))
	}
	if f.To != 0 {
		parts = append(parts, "--to "+strconv.Itoa(f.To))
	}
	return strings.Join(parts, " ")
}

// Entry is one settled query and its filters.
type Entry struct {
	Query   string    `json:"query"`
	Filters Filters   `json:"filters,omitzero"`
	At      time.Time `json:"at"`
}

// NewEntry is a query as the history keeps it: spaces collapsed, filters in
// their normal form.
func NewEntry(query string, f Filters, at time.Time) Entry {
	return Entry{Query: strings.Join(strings.Fields(query), " "), Filters: f.Normal(), At: at}
}

// Same reports whether two entries are one search, whenever made.
func (e Entry) Same(o Entry) bool {
	a, b := e.Filters.Normal(), o.Filters.Normal()
	return strings.Join(strings.Fields(e.Query), " ") == strings.Join(strings.Fields(o.Query), " ") &&
		slices.Equal(a.Themes, b.Themes) && slices.Equal(a.Kinds, b.Kinds) && slices.Equal(a.Sources, b.Sources) &&
		slices.Equal(a.Publishers, b.Publishers) && slices.Equal(a.Actors, b.Actors) && a.From == b.From && a.To == b.To
}

// IsZero reports an entry that searches for nothing: no query, no filter.
func (e Entry) IsZero() bool { return strings.TrimSpace(e.Query) == "" && e.Filters.IsZero() }

// History is the settled queries, newest first.
type History struct {
	Version int     `json:"version"`
	Entries []Entry `json:"entries"`
}

// Add puts e at the top: a search already there moves up rather than
// appearing twice, and beyond Limit the oldest go. An entry that searches
// for nothing is not kept; Add reports whether e was.
func (h *History) Add(e Entry) bool {
	if e.IsZero() {
		return false
	}
	e = NewEntry(e.Query, e.Filters, e.At)
	h.Entries = slices.DeleteFunc(h.Entries, e.Same)
	h.Entries = append([]Entry{e}, h.Entries...)
	if len(h.Entries) > Limit {
		h.Entries = h.Entries[:Limit]
	}
	return true
}

// Load reads the history at path; a missing file is an empty history.
func Load(path string) (History, error) {
	var h History
	err := load(path, &h)
	return h, err
}

// Update changes the history at path under its lock, on the file as it is
// now, and returns it as written.
func Update(path string, change func(*History) error) (History, error) {
	var h History
	err := update(path, &h, func(h *History) error {
		if err := change(h); err != nil {
			return err
		}
		h.Version = Version
		if h.Entries == nil {
			h.Entries = []Entry{}
		}
		return nil
	})
	if err != nil {
		return History{}, err
	}
	return h, nil
}

// Record adds a settled query to the history at path.
func Record(path string, e Entry) (History, error) {
	return Update(path, func(h *History) error { h.Add(e); return nil })
}

// Clear empties the history at path and says how many queries it held.
func Clear(path string) (int, error) {
	n := 0
	_, err := Update(path, func(h *History) error {
		n = len(h.Entries)
		h.Entries = nil
		return nil
	})
	return n, err
}
