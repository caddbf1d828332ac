package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/facets"
)

// startFlags set the explorer's starting state.
type startFlags struct {
	query  string
	themes []string
	kind   string
}

func (f *startFlags) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.query, "query", "", "open the explorer with this search")
	fl.StringArrayVar(&f.themes, "theme", nil, "open the explorer filtered to this theme id (repeatable)")
	fl.StringVar(&f.kind, "kind", "", "open the explorer showing one kind: statistic, recommendation or excerpt")
}

// explore opens the explorer over the corpus in use. It starts at once:
// the index is opened (or built, with a progress bar) in the background,
// and the explorer searches what is indexed so far.
func explore(cmd *cobra.Command, a *app, f startFlags) error {
	if !isTerminal(cmd.OutOrStdout()) {
		return &exitError{code: 2, err: fmt.Errorf("the explorer needs a terminal; in scripts use 'cypx search QUERY' (see 'cypx --help')")}
	}
	fsys, name, err := a.corpusFS()
	if err != nil {
		return err
	}
	tax, err := cache.LoadTaxonomy(fsys, bundled.FS)
	if err != nil {
		return err
	}
	for _, t := range f.themes {
		if err := tax.Check(t); err != nil {
			return usageError("--theme: %v", err)
		}
	}
	var kind evidence.Kind
	if f.kind != "" && f.kind != "all" {
		if kind, err = evidence.ParseKind(f.kind); err != nil {
			return usageError("--kind: %v", err)
		}
	}
	var themes []facets.Theme
	labels := map[string]string{}
	for _, t := range tax.Themes {
		themes = append(themes, facets.Theme{ID: t.ID, Label: t.Label, Short: t.Short})
		labels[t.ID] = t.Label
	}
	live := &cache.Live{}
	m := tui.New(tui.Options{
		Searcher: live, Themes: themes,
		Query: f.query, StartThemes: f.themes, Kind: kind,
		Dark: true,
	})
	ctx, cancel := context.WithCancel(cmd.Context())
	defer cancel()
	p := tea.NewProgram(m, tea.WithContext(ctx), tea.WithOutput(os.Stdout))

	built := make(chan struct{})
	go func() {
		defer close(built)
		start := time.Now()
		var warnings []string
		ix, cat, err := cache.Open(ctx, cache.Options{
			Root: a.cacheRootOrEmpty(), Name: a.corpusName(name), FS: fsys, Fallback: bundled.FS, Live: live,
			Progress: func(done, total int) {
				p.Send(tui.IndexProgressMsg{Done: done, Total: total, Elapsed: time.Since(start)})
			},
			Warn: func(w string) { warnings = append(warnings, w) },
		})
		if err != nil {
			p.Send(tui.IndexReadyMsg{Err: err})
			return
		}
		a.ix, a.catalog = ix, cat
		skipped := 0
		for _, pr := range cat.Problems {
			if pr.Skipped {
				skipped++
			}
		}
		if skipped > 0 {
			warnings = append(warnings, fmt.Sprintf("%d sources skipped: run 'cypx check' to see why", skipped))
		}
		p.Send(tui.IndexReadyMsg{Items: cat.Items, Sources: len(cat.Sources),
			Linker: links.New(live, cat.Sources, labels), Warning: strings.Join(warnings, "; ")})
	}()
	_, err = p.Run()
	cancel()
	<-built
	if err == tea.ErrProgramKilled || err == tea.ErrInterrupted {
		return nil
	}
	return err
}
