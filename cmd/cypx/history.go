package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/history"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/paths"
	"github.com/cypx/cypx/internal/themes"
	"github.com/cypx/cypx/internal/tui/searchbox"
)

func historyCmd(a *app) *cobra.Command {
	var out format
	var clear bool
	cmd := &cobra.Command{
		Use:   "history",
		Short: "The queries you settled on in the explorer, newest first (--clear empties it)",
		Long: `The queries you settled on in the explorer — left the search box with, or
acted on a result of — with their filters, newest first: at most 500, a
repeat moved to the top. Only queries and filters are kept, never the text
of items. --clear empties the history.`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if err := out.check(); err != nil {
				return err
			}
			w := c.OutOrStdout()
			if clear {
				path, err := paths.History()
				if err != nil {
					return err
				}
				n, err := history.Clear(path)
				if err != nil {
					return err
				}
				word := "queries"
				if n == 1 {
					word = "query"
				}
				return done(c, "cleared %d %s", n, word)
			}
			path, err := paths.History()
			if err != nil {
				return err
			}
			h, err := history.Load(path)
			if err != nil {
				return err
			}
			if out.value == "json" {
				if h.Entries == nil {
					h.Entries = []history.Entry{}
				}
				return export.Value(w, h.Entries)
			}
			if len(h.Entries) == 0 {
				_, err := fmt.Fprintln(w, "The history is empty: the explorer records each query you leave the search box with or act on.")
				return err
			}
			// A file edited by hand may hold more than the history keeps
			// (200,000 lines were printed at once): the newest it keeps
			// are listed, and the rest counted.
			shown := h.Entries[:min(len(h.Entries), history.Limit)]
			tw := newTable(w)
			for _, e := range shown {
				tw.row(e.At.Local().Format("2006-01-02 15:04"), searchLabel(e.Query, e.Filters))
			}
			if err := tw.flush(); err != nil {
				return err
			}
			if left := len(h.Entries) - len(shown); left > 0 {
				_, err := fmt.Fprintf(w, "… and %d older queries not shown: the history keeps %d (--format json lists them all)\n", left, history.Limit)
				return err
			}
			return nil
		},
	}
	out.add(cmd, "text", "text", "json")
	cmd.Flags().BoolVar(&clear, "clear", false, "empty the history")
	return cmd
}

// searchLabel is a query and its filters as one line: "autism --theme send",
// or "(everything) --kind statistic" for filters alone.
func searchLabel(query string, f history.Filters) string {
	q := strings.TrimSpace(query)
	if q == "" {
		q = "(everything)"
	}
	// A query no one could type (a history file edited to hold 15 MB) is
	// shown by its start and length, as the explorer's box holds it; so
	// are the filters (a 4 MB publisher was printed whole).
	cut := func(s string) string {
		return evidence.Shorten(s, searchbox.MaxChars, func(s string) string { return s })
	}
	q = cut(q)
	if fs := f.String(); fs != "" {
		q += "  " + cut(fs)
	}
	return q
}

func savedCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "saved",
		Short: "Saved searches: add, list, run (what is new since the last run), rm",
		Long: `Saved searches keep a query and its filters under a name, with the ids of
the items found at the last run, so a run says what is new since. Names are
1 to 64 characters: letters, digits, spaces and . - _ ', starting with a
letter or digit; case does not tell names apart. 'cypx --saved NAME' opens
the explorer on one, marking its new items.`,
	}
	cmd.AddCommand(savedAddCmd(a), savedListCmd(), savedRunCmd(a), savedRmCmd(a))
	return cmd
}

func savedAddCmd(a *app) *cobra.Command {
	var f filters
	cmd := &cobra.Command{
		Use:   "add NAME QUERY...",
		Short: "Save a search under a name (with the filters of 'cypx search'); what it finds now is its first run",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			name, query := args[0], strings.Join(args[1:], " ")
			if err := history.ValidName(name); err != nil {
				return &exitError{code: 2, err: err}
			}
			// The file is written after a search, which needs the index:
			// on a read-only disk the whole index was built before the
			// write failed.
			path, err := paths.Saved()
			if err != nil {
				return err
			}
			if err := atomicfile.CanWrite(path); err != nil {
				return err
			}
			// A saved-searches file that cannot be read is refused before
			// the search: it ran (indexing a library for minutes) and was
			// then refused (hostile check 86, F10). UpdateSaved reads it
			// again, under its lock.
			if _, err := history.LoadSaved(path); err != nil {
				return err
			}
			ix, cat, err := a.open(c.Context())
			if err != nil {
				return err
			}
			req, err := f.request(cat.Taxonomy, cat.Sources)
			if err != nil {
				return err
			}
			x := history.Search{Name: name, Query: query, Filters: history.FiltersOf(req), Created: clock(), LastRun: clock()}
			if strings.TrimSpace(x.Query) == "" && x.Filters.IsZero() {
				return usageError("give a query or filters to save")
			}
			// The search runs before the file is locked: others may be
			// waiting for it.
			res, err := history.Find(c.Context(), ix, x)
			if err != nil {
				return queryExit(err)
			}
			x.Seen = history.IDs(res.Hits)
			if err := a.stillWanted(c.Context()); err != nil {
				return err
			}
			if _, err := history.UpdateSaved(path, func(s *history.Saved) error { return s.Add(x) }); err != nil {
				return err
			}
			return done(c, "saved \"%s\": %s now (cypx saved run %s says what is new)",
				evidence.PrintableLine(name), plural(res.Total, "item"), evidence.ShellWord(name))
		},
	}
	f.add(cmd)
	return cmd
}

// queryExit gives a query that cannot be read exit status 2.
func queryExit(err error) error {
	if qe := (*index.QueryError)(nil); errors.As(err, &qe) {
		return &exitError{code: 2, err: err}
	}
	return err
}

func savedListCmd() *cobra.Command {
	var out format
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the saved searches",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if err := out.check(); err != nil {
				return err
			}
			path, err := paths.Saved()
			if err != nil {
				return err
			}
			s, err := history.LoadSaved(path)
			if err != nil {
				return err
			}
			w := c.OutOrStdout()
			if out.value == "json" {
				type entry struct {
					Name    string          `json:"name"`
					Query   string          `json:"query"`
					Filters history.Filters `json:"filters"`
					LastRun time.Time       `json:"last_run"`
					Items   int             `json:"items"`
				}
				entries := []entry{}
				for _, x := range s.Searches {
					entries = append(entries, entry{x.Name, x.Query, x.Filters, x.LastRun, len(x.Seen)})
				}
				return export.Value(w, entries)
			}
			if len(s.Searches) == 0 {
				_, err := fmt.Fprintln(w, "No saved searches: save one with 'cypx saved add NAME QUERY' or S in the explorer.")
				return err
			}
			tw := newTable(w)
			tw.row("NAME", "SEARCH", "LAST RUN", "ITEMS")
			for _, x := range s.Searches {
				tw.row(x.Name, fit.Words(searchLabel(x.Query, x.Filters), maxSearchCell), x.LastRunAt("2006-01-02 15:04"), fmt.Sprint(len(x.Seen)))
			}
			return tw.flush()
		},
	}
	out.add(cmd, "text", "text", "json")
	return cmd
}

// maxSearchCell bounds the SEARCH column of 'cypx saved list': the
// columns after it are padded to its widest cell, so one search of 300
// characters (a long OR of synonyms) made every row 300 columns wide,
// each wrapping over several lines. The whole search is in --format json
// and 'cypx saved run'.
const maxSearchCell = 60

// runJSON is the JSON shape of a saved search's run.
type runJSON struct {
	Name    string          `json:"name"`
	Query   string          `json:"query"`
	Filters history.Filters `json:"filters"`
	// LastRun is when the run before this one was.
	LastRun time.Time       `json:"last_run"`
	Total   int             `json:"total"`
	Items   []evidence.Item `json:"items"`
	// New are the ids of the items found now and not at the last run.
	New []string `json:"new"`
}

func savedRunCmd(a *app) *cobra.Command {
	var out format
	var limit int
	cmd := &cobra.Command{
		Use:   "run NAME",
		Short: "Run a saved search: its results, new ones marked, then what is new since the last run",
		Args:  cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if err := out.check(); err != nil {
				return err
			}
			path, err := paths.Saved()
			if err != nil {
				return err
			}
			saved, err := history.LoadSaved(path)
			if err != nil {
				return err
			}
			x, err := saved.Get(args[0])
			if err != nil {
				return err
			}
			ix, cat, err := a.open(c.Context())
			if err != nil {
				return err
			}
			if x, err = savedFilters(x, cat.Taxonomy, cat.Sources); err != nil {
				return err
			}
			res, err := history.Find(c.Context(), ix, x)
			if err != nil {
				return queryExit(err)
			}
			// The run moves the search's "last run" on, after which what is
			// new now is new no more: it is recorded only once its results
			// are written, so output that is lost (a full disk, a closed
			// pipe) loses no news. What is new is worked out on the copy
			// read above, then recorded on the file as it is then.
			now := clock()
			run, err := saved.Record(x.Name, history.IDs(res.Hits), now)
			if err != nil {
				return err
			}
			if err := writeRun(c, a, out.value, run, res, limit); err != nil {
				return err
			}
			if err := outputError(c.OutOrStdout()); err != nil {
				return err
			}
			var recErr error
			_, err = history.UpdateSaved(path, func(s *history.Saved) error {
				_, recErr = s.Record(x.Name, history.IDs(res.Hits), now)
				return recErr
			})
			if err != nil && recErr == nil {
				// The results are out and right; only the record of the
				// run is lost (a read-only disk, a full one), as a cache
				// that cannot be written costs only time: say so once.
				fmt.Fprintf(a.io.err, "warning: this run could not be recorded (%s): the next run will show the same items as new\n",
					evidence.PrintableLine(err.Error()))
				return nil
			}
			return err
		},
	}
	out.add(cmd, "text", "text", "json")
	limitVar(cmd, &limit, 20, "show at most this many items")
	return cmd
}

// writeRun writes a saved search's run: its results, new ones marked, and
// what is new since the last run.
func writeRun(c *cobra.Command, a *app, format string, run history.Run, res index.Result, limit int) error {
	isNew := map[string]bool{}
	for _, id := range run.New {
		isNew[id] = true
	}
	hits := res.Hits[:min(len(res.Hits), max(limit, 0))]
	w := c.OutOrStdout()
	if format == "json" {
		items := make([]evidence.Item, len(hits))
		for i, h := range hits {
			items[i] = h.Item
		}
		var err error
		if items, err = a.resolveItems(c.Context(), items); err != nil {
			return err
		}
		return export.Value(w, runJSON{Name: run.Search.Name, Query: run.Search.Query, Filters: run.Search.Filters,
			LastRun: run.Search.LastRun, Total: res.Total, Items: items, New: nonNilIDs(run.New)})
	}
	fmt.Fprintf(w, "%s: %s\n%d of %d items\n\n", evidence.PrintableLine(run.Search.Name), evidence.PrintableLine(searchLabel(run.Search.Query, run.Search.Filters)), len(hits), res.Total)
	if err := writeHitsMarked(w, hits, false, func(id string) string {
		if isNew[id] {
			return "new"
		}
		return ""
	}); err != nil {
		return err
	}
	return writeNewSummary(w, run, res.Total)
}

// writeNewSummary says how many items are new since the last run, and
// which, by id.
func writeNewSummary(w io.Writer, run history.Run, total int) error {
	when := run.Search.LastRunAt("2 Jan 2006 15:04")
	if len(run.New) == 0 {
		_, err := fmt.Fprintf(w, "Nothing new since the last run (%s): %s.\n", when, plural(total, "item"))
		return err
	}
	fmt.Fprintf(w, "%d of %s new since the last run (%s):\n", len(run.New), plural(total, "item"), when)
	for _, id := range run.New {
		if _, err := fmt.Fprintf(w, "  %s\n", evidence.Printable(id)); err != nil {
			return err
		}
	}
	return nil
}

func nonNilIDs(ids []string) []string {
	if ids == nil {
		return []string{}
	}
	return ids
}

func savedRmCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "rm NAME",
		Short: "Remove a saved search",
		Args:  cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			var gone history.Search
			path, err := paths.Saved()
			if err != nil {
				return err
			}
			if err := a.stillWanted(c.Context()); err != nil {
				return err
			}
			if _, err := history.UpdateSaved(path, func(s *history.Saved) error {
				var err error
				gone, err = s.Remove(args[0])
				return err
			}); err != nil {
				return err
			}
			return done(c, "removed saved search \"%s\"", evidence.PrintableLine(gone.Name))
		},
	}
}

// savedFilters holds a saved search's filters to the rules of the flags
// they were saved from, and reads them as the flags read them: a theme
// gone from themes.yaml, or a kind or actor edited by hand, found nothing,
// exit 0, "Nothing new" for ever; "statistics" is statistic and "nhse"
// NHSE. Its sources are checked when sources is given (the explorer knows
// them only once its index is open).
func savedFilters(x history.Search, tax *themes.Taxonomy, sources []evidence.Source) (history.Search, error) {
	kept := filters{themes: x.Filters.Themes, kinds: x.Filters.Kinds, actors: x.Filters.Actors, from: x.Filters.From, to: x.Filters.To}
	if sources != nil {
		kept.sources = x.Filters.Sources
	}
	req, err := kept.request(tax, sources)
	if err != nil {
		// A usage error still: exit status 2, as the flag's.
		code := 1
		if ee := (*exitError)(nil); errors.As(err, &ee) {
			code = ee.code
		}
		return x, &exitError{code: code, err: fmt.Errorf("saved search %q: %v: save it again ('cypx saved rm %s', then 'cypx saved add')", x.Name, err, x.Name)}
	}
	x.Filters.Kinds = nil
	for _, k := range req.Kinds {
		x.Filters.Kinds = append(x.Filters.Kinds, string(k))
	}
	x.Filters.Actors = nil
	for _, ac := range req.Actors {
		x.Filters.Actors = append(x.Filters.Actors, string(ac))
	}
	return x, nil
}
