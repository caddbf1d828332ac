package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"time"

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
	var style string
	cmd := &cobra.Command{
		Use:   "figures [QUERY...]",
		Short: "Measures across sources: each value by source and period, with agreement, disagreement and trends",
		Long: `List the measures the statistics a search finds have in common across
sources: for each, every value by source, period, base and place, primary
sources first and coverage marked secondary. A row marked "disagrees" gives
another value for the same measure, group and period; a sparkline shows the
values over time where periods differ. Each row is cited in the
configured style (or --style), the table being one document: Vancouver
numbers its works in row order, and the works cited are listed under it
(text), in a reference column (CSV) or as the table's references (JSON).
Filters as for search.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.check(); err != nil {
				return err
			}
			st, err := a.citeStyle(style)
			if err != nil {
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
			tables := figures.GroupWithProgress(items, e.Relation, newProgress(a.io.err).grouping)
			if tables == nil {
				tables = []figures.Table{}
			}
			w := cmd.OutOrStdout()
			acc := a.accessed()
			switch out.value {
			case "json":
				return export.Value(w, citedTables(tables, st, acc))
			case "csv":
				return writeFiguresCSV(w, tables, st, acc)
			}
			return writeFiguresText(w, tables, st, acc)
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&style, "style", "", "citation style: harvard, apa, vancouver or footnotes (default: the configured style)")
	out.add(cmd, "text", "text", "json", "csv")
	limitVar(cmd, &limit, 1000, "compare the figures of at most this many items found")
	return cmd
}

// maxReferenceCells bounds a reference under a comparison table: ten
// times the longest the development set's sources make.
const maxReferenceCells = 2000

// citedTable is a comparison table as JSON: its rows, each with its
// citation in the style, and the works cited.
type citedTable struct {
	figures.Table
	Rows       []citedRow `json:"rows"`
	References []string   `json:"references"`
}

type citedRow struct {
	figures.Row
	Cite string `json:"cite"`
}

// citedTables are the tables as JSON, each cited as one document.
func citedTables(tables []figures.Table, st evidence.Style, acc time.Time) []citedTable {
	out := make([]citedTable, 0, len(tables))
	for _, t := range tables {
		cites, refs := t.Citations(st, acc)
		ct := citedTable{Table: t, Rows: make([]citedRow, len(t.Rows)), References: make([]string, len(refs))}
		for i, r := range t.Rows {
			ct.Rows[i] = citedRow{Row: r, Cite: cites[i]}
		}
		for i, e := range refs {
			ct.References[i] = e.Text.String()
		}
		out = append(out, ct)
	}
	return out
}

func writeFiguresText(w io.Writer, tables []figures.Table, st evidence.Style, acc time.Time) error {
	if len(tables) == 0 {
		_, err := fmt.Fprintln(w, "No measure is stated by two sources among the items found.")
		return err
	}
	for _, t := range tables {
		fmt.Fprintf(w, "%s  (%d sources)\n", cell(t.Measure), t.Sources())
		tw := newTable(w)
		tw.row(append([]string{""}, figures.Columns...)...)
		cites, refs := t.Citations(st, acc)
		for i, r := range t.Rows {
			cells := r.Cells(cites[i])
			// The table pads every row to its widest source: one
			// publisher of 8 MB made every row 8 MB long.
			cells[0] = column(cells[0], maxPublisherCells)
			for j := range cells[1:] {
				cells[j+1] = shown(cells[j+1]) // a citation naming a 1 MB publisher
			}
			tw.row(append([]string{""}, cells...)...)
		}
		if err := tw.flush(); err != nil {
			return err
		}
		if s := t.Spark(); s != "" {
			fmt.Fprintf(w, "  over time: %s\n", s)
		}
		for _, line := range export.TextReferences(st, refs) {
			// Whole, but for a hostile size: a publisher of 1 MB.
			fmt.Fprintf(w, "  %s\n", column(cell(line), maxReferenceCells))
		}
		if _, err := fmt.Fprintln(w); err != nil {
			return err
		}
	}
	return nil
}

// writeFiguresCSV writes every table's rows, each row cited in the style
// and carrying the full references of the works it cites, so a row read
// alone (sorted, filtered, pasted) still says where it came from.
func writeFiguresCSV(w io.Writer, tables []figures.Table, st evidence.Style, acc time.Time) error {
	cw := csv.NewWriter(w)
	cw.Write(append(append([]string{"Measure", "Item", "Link"}, figures.Columns...), "Reference"))
	for _, t := range tables {
		cites, refs := t.Citations(st, acc)
		refsOf := export.RowReferences(st, refs)
		for i, r := range t.Rows {
			cells := append([]string{t.Measure, r.Item.ID, string(r.Link)}, r.Cells(cites[i])...)
			for i := range cells {
				cells[i] = export.CSVSafe(evidence.OneLine(cells[i]))
			}
			cells = append(cells, export.CSVSafe(refsOf(r.Item)))
			cw.Write(cells)
		}
	}
	cw.Flush()
	return cw.Error()
}
