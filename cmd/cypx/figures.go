package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/figures"
)

// figuresCmd lists measures across sources: every value of one measure by
// source and period, primary sources first, coverage marked.
func figuresCmd(a *app) *cobra.Command {
	var f filters
	var out format
	var limit int
	cmd := &cobra.Command{
		Use:   "figures [QUERY...]",
		Short: "Measures across sources: each value by source and period, with agreement, disagreement and trends",
		Long: `List the measures the statistics a search finds have in common across
sources: for each, every value by source, period, base and place, primary
sources first and coverage marked secondary. A row marked "disagrees" gives
another value for the same measure, group and period; a sparkline shows the
values over time where periods differ. Filters as for search.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.check(); err != nil {
				return err
			}
			items, err := a.searchItems(cmd.Context(), f, strings.Join(args, " "), limit)
			if err != nil {
				return err
			}
			e, err := a.links(cmd.Context())
			if err != nil {
				return err
			}
			tables := figures.Group(items, e.Relation)
			if tables == nil {
				tables = []figures.Table{}
			}
			w := cmd.OutOrStdout()
			switch out.value {
			case "json":
				return export.Value(w, tables)
			case "csv":
				return writeFiguresCSV(w, tables)
			}
			return writeFiguresText(w, tables)
		},
	}
	f.add(cmd)
	out.add(cmd, "text", "text", "json", "csv")
	limitVar(cmd, &limit, 1000, "compare the figures of at most this many items found")
	return cmd
}

func writeFiguresText(w io.Writer, tables []figures.Table) error {
	if len(tables) == 0 {
		_, err := fmt.Fprintln(w, "No measure is stated by two sources among the items found.")
		return err
	}
	for _, t := range tables {
		fmt.Fprintf(w, "%s  (%d sources)\n", cell(t.Measure), t.Sources())
		tw := newTable(w)
		tw.row(append([]string{""}, figures.Columns...)...)
		for _, r := range t.Rows {
			cells := r.Cells()
			// The table pads every row to its widest source: one
			// publisher of 8 MB made every row 8 MB long.
			cells[0] = column(cells[0], maxPublisherCells)
			tw.row(append([]string{""}, cells...)...)
		}
		if err := tw.flush(); err != nil {
			return err
		}
		if s := t.Spark(); s != "" {
			fmt.Fprintf(w, "  over time: %s\n", s)
		}
		if _, err := fmt.Fprintln(w); err != nil {
			return err
		}
	}
	return nil
}

func writeFiguresCSV(w io.Writer, tables []figures.Table) error {
	cw := csv.NewWriter(w)
	cw.Write(append([]string{"Measure", "Item", "Link"}, figures.Columns...))
	for _, t := range tables {
		for _, r := range t.Rows {
			cells := append([]string{t.Measure, r.Item.ID, string(r.Link)}, r.Cells()...)
			for i := range cells {
				cells[i] = export.CSVSafe(evidence.OneLine(cells[i]))
			}
			cw.Write(cells)
		}
	}
	cw.Flush()
	return cw.Error()
}
