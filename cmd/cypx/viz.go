package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/viz"
)

func mapCmd(a *app) *cobra.Command {
	var f filters
	var out format
	var by string
	cmd := &cobra.Command{
		Use:   "map [QUERY...]",
		Short: "The evidence map: items per theme and source (or publisher), empty cells as gaps",
		Long: `The evidence map: how many items each source (or publisher) has on each
theme, with row and column totals. An item counts once in every theme it has.
Empty cells are gaps: what no report covers is itself a finding. A query and
the search filters narrow the items counted.`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := out.check(); err != nil {
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
			if len(args) > 0 {
				req.Query = strings.Join(args, " ") + " "
			}
			var themes []viz.Theme
			for _, t := range cat.Taxonomy.Themes {
				themes = append(themes, viz.Theme{ID: t.ID, Label: t.Label})
			}
			m, err := viz.BuildMatrix(c.Context(), ix, req, themes, cat.Sources, by)
			if err != nil {
				return matrixError(err)
			}
			w := c.OutOrStdout()
			switch out.value {
			case "json":
				return export.Value(w, m)
			case "csv":
				cw := csv.NewWriter(w)
				rows := m.CSV()
				for _, row := range rows {
					for i := range row {
						row[i] = export.CSVSafe(row[i])
					}
				}
				cw.WriteAll(rows)
				return cw.Error()
			}
			return writeMapText(w, m, by)
		},
	}
	f.add(cmd)
	out.add(cmd, "text", "text", "csv", "json")
	cmd.Flags().StringVar(&by, "by", "source", "columns: source or publisher")
	return cmd
}

func chartCmd(a *app) *cobra.Command {
	var f filters
	var bySource bool
	var limit int
	cmd := &cobra.Command{
		Use:   "chart [QUERY...]",
		Short: "Bar chart of the figures of the statistics a search finds",
		Long: `Draw the figures of the statistics a search finds as bars: percentages on
a 0–100 scale, counts, money and durations each in a section of their own,
largest first (or grouped by source with --by-source). --kind is read as
the explorer's kind filter is: kinds without statistics have no figures to
chart, and the chart says so.`,
		RunE: func(c *cobra.Command, args []string) error {
			asked, err := parseKinds(f.kinds)
			if err != nil {
				return err
			}
			// What --kind keeps is what is charted, by the explorer's
			// rule: --kind recommendation charted statistics.
			kinds, why := viz.ChartKinds(asked)
			w := c.OutOrStdout()
			if why != "" {
				_, err := fmt.Fprintln(w, why+" (leave --kind out, or give --kind statistic).")
				return err
			}
			f.kinds = nil
			for _, k := range kinds {
				f.kinds = append(f.kinds, string(k))
			}
			items, err := a.searchItems(c.Context(), f, strings.Join(args, " "), limit)
			if err != nil {
				return err
			}
			secs := viz.Sections(items, bySource)
			if len(secs) == 0 {
				_, err := fmt.Fprintln(w, "No statistics with figures match.")
				return err
			}
			return writeChartText(w, secs)
		},
	}
	f.add(cmd)
	cmd.Flags().BoolVar(&bySource, "by-source", false, "group the bars by source instead of sorting by value")
	limitVar(cmd, &limit, 100, "chart at most this many statistics")
	return cmd
}

// writeMapText writes the evidence map as text, with a key to the source
// columns.
func writeMapText(w io.Writer, m viz.Matrix, by string) error {
	lines, _ := m.Map(1000, -1, -1, 0)
	if by == "source" {
		lines = append(lines, "", "Sources:")
		for i, id := range m.Cols {
			lines = append(lines, fmt.Sprintf("  %-10s %s", m.ColLabels[i], id))
		}
	}
	for _, l := range lines {
		fmt.Fprintln(w, cell(strings.TrimRight(l, " ")))
	}
	return nil
}

// writeChartText writes a bar chart as text.
func writeChartText(w io.Writer, secs []viz.Section) error {
	for _, l := range viz.Chart(secs, textWidth) {
		fmt.Fprintln(w, cell(strings.TrimRight(l.Text, " ")))
	}
	return nil
}

// matrixError gives a map's error its exit status: a query or a grouping
// the user got wrong is a usage error (2); the index's own errors are left
// as they are, so that one found damaged while the map was counted is
// rebuilt and the map run again (see run). Before, every error was a
// usage error, and a damaged index ended the map with status 2.
func matrixError(err error) error {
	if qe := (*index.QueryError)(nil); errors.As(err, &qe) {
		return &exitError{code: 2, err: err}
	}
	if errors.Is(err, viz.ErrUnknownBy) {
		return usageError("%v", err)
	}
	return err
}
