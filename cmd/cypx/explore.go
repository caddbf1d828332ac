package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"github.com/cypx/cypx/internal/evidence"
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

// explore opens the explorer over the corpus in use.
func explore(cmd *cobra.Command, a *app, f startFlags) error {
	if !isTerminal(cmd.OutOrStdout()) {
		return &exitError{code: 2, err: fmt.Errorf("the explorer needs a terminal; in scripts use 'cypx search QUERY' (see 'cypx --help')")}
	}
	ix, c, err := a.open(cmd.Context())
	if err != nil {
		return err
	}
	for _, t := range f.themes {
		if err := c.Taxonomy.Check(t); err != nil {
			return usageError("--theme: %v", err)
		}
	}
	var kind evidence.Kind
	if f.kind != "" && f.kind != "all" {
		if kind, err = evidence.ParseKind(f.kind); err != nil {
			return usageError("--kind: %v", err)
		}
	}
	linker, err := a.links(cmd.Context())
	if err != nil {
		return err
	}
	var themes []facets.Theme
	for _, t := range c.Taxonomy.Themes {
		themes = append(themes, facets.Theme{ID: t.ID, Label: t.Label, Short: t.Short})
	}
	m := tui.New(tui.Options{
		Searcher: ix, Linker: linker, Themes: themes,
		TotalItems: c.Items, TotalSources: len(c.Sources),
		Query: f.query, StartThemes: f.themes, Kind: kind,
		Dark: true,
	})
	p := tea.NewProgram(m, tea.WithContext(cmd.Context()), tea.WithOutput(os.Stdout))
	_, err = p.Run()
	if err == tea.ErrProgramKilled || err == tea.ErrInterrupted {
		return nil
	}
	return err
}
