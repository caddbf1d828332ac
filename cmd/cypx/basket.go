package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cypx/cypx/internal/basket"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/paths"
	"github.com/cypx/cypx/internal/tui/results"
)

func basketCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "basket",
		Short: "The briefing basket: items marked for a briefing (add, list, remove, clear)",
	}
	edit := func(use, short string, fn func(ctx context.Context, b *basket.Basket, args []string) (string, error)) *cobra.Command {
		return &cobra.Command{Use: use, Short: short, RunE: func(c *cobra.Command, args []string) error {
			path := paths.Basket()
			b, err := basket.Load(path)
			if err != nil {
				return err
			}
			msg, err := fn(c.Context(), &b, args)
			if err != nil {
				return err
			}
			if err := b.Save(path); err != nil {
				return err
			}
			_, err = fmt.Fprintln(c.OutOrStdout(), msg)
			return err
		}}
	}
	add := edit("add ID...", "Add items to the basket", func(ctx context.Context, b *basket.Basket, args []string) (string, error) {
		if len(args) == 0 {
			return "", usageError("give the ids of the items to add")
		}
		ix, _, err := a.open(ctx)
		if err != nil {
			return "", err
		}
		var ids []string
		for _, ref := range args {
			it, err := ix.Lookup(ctx, ref)
			if err != nil {
				return "", err
			}
			ids = append(ids, it.ID)
		}
		n := b.Add(ids...)
		return fmt.Sprintf("added %d, basket holds %d", n, len(b.IDs)), nil
	})
	add.Args = cobra.MinimumNArgs(1)
	remove := edit("remove ID...", "Take items out of the basket", func(ctx context.Context, b *basket.Basket, args []string) (string, error) {
		var ids []string
		for _, ref := range args {
			if _, err := evidence.ParseItemRef(ref); err != nil {
				return "", usageError("%v", err)
			}
			ids = append(ids, matchBasketID(b.IDs, ref))
		}
		n := b.Remove(ids...)
		return fmt.Sprintf("removed %d, basket holds %d", n, len(b.IDs)), nil
	})
	remove.Args = cobra.MinimumNArgs(1)
	clear := edit("clear", "Empty the basket", func(_ context.Context, b *basket.Basket, _ []string) (string, error) {
		n := len(b.IDs)
		b.IDs = nil
		return fmt.Sprintf("removed %d, basket is empty", n), nil
	})
	clear.Args = cobra.NoArgs
	var out format
	list := &cobra.Command{
		Use:   "list",
		Short: "List the basket, in order; items whose source has gone are shown as missing",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if err := out.check(); err != nil {
				return err
			}
			items, missing, err := a.basketItems(c.Context())
			if err != nil {
				return err
			}
			w := c.OutOrStdout()
			if out.value == "json" {
				type entry struct {
					ID      string         `json:"id"`
					Missing bool           `json:"missing"`
					Item    *evidence.Item `json:"item,omitempty"`
				}
				entries := []entry{}
				for _, it := range items {
					if missing[it.ID] {
						entries = append(entries, entry{ID: it.ID, Missing: true})
					} else {
						it := it
						entries = append(entries, entry{ID: it.ID, Item: &it})
					}
				}
				return export.Value(w, entries)
			}
			if len(items) == 0 {
				_, err := fmt.Fprintln(w, "The basket is empty. Add items with 'cypx basket add ID' or space in the explorer.")
				return err
			}
			for i, it := range items {
				if missing[it.ID] {
					fmt.Fprintf(w, "%2d. missing  %s  (its source is no longer in the corpus)\n", i+1, cell(it.ID))
					continue
				}
				fmt.Fprintf(w, "%2d. %-7s %-14s %-28s %s\n", i+1, cell(results.Badge(it)), it.Kind, cell(evidence.CitationLabel(it.Source)), cell(it.ID))
			}
			return nil
		},
	}
	out.add(list, "text", "text", "json")
	cmd.AddCommand(add, list, remove, clear)
	return cmd
}

// matchBasketID resolves a full id or the part after "#" against the basket.
func matchBasketID(ids []string, ref string) string {
	for _, id := range ids {
		if id == ref || strings.HasSuffix(id, "#"+ref) {
			return id
		}
	}
	return ref
}

// basketItems resolves the basket's ids, in order. An id no longer in the
// index comes back as a bare item marked missing, never dropped.
func (a *app) basketItems(ctx context.Context) ([]evidence.Item, map[string]bool, error) {
	b, err := basket.Load(paths.Basket())
	if err != nil || len(b.IDs) == 0 {
		return nil, nil, err
	}
	ix, _, err := a.open(ctx)
	if err != nil {
		return nil, nil, err
	}
	e, err := a.links(ctx)
	if err != nil {
		return nil, nil, err
	}
	var items []evidence.Item
	missing := map[string]bool{}
	for _, id := range b.IDs {
		it, ok, err := ix.Get(ctx, id)
		if err != nil {
			return nil, nil, err
		}
		if !ok {
			missing[id] = true
			items = append(items, evidence.Item{ID: id})
			continue
		}
		if it, err = e.Primary(ctx, it); err != nil {
			return nil, nil, err
		}
		items = append(items, it)
	}
	return items, missing, nil
}

func exportCmd(a *app) *cobra.Command {
	var f filters
	var out format
	var fromBasket bool
	var output, title string
	var force bool
	var limit int
	cmd := &cobra.Command{
		Use:   "export [--basket | QUERY...]",
		Short: "Export the basket, or a search, as a briefing pack: md, docx, csv or json",
		Long: `Export the basket (--basket) or the items a search finds as a briefing pack:
  md    the findings grouped by theme, quoted with their citations (primary
        sources first), figures in bold, then a numbered Harvard reference list
  docx  the same as a Word document
  csv   one row per item
  json  the item contract with every citation form
Without -o the pack goes to standard output (docx only when it is not a terminal).`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := out.check(); err != nil {
				return err
			}
			if fromBasket && len(args) > 0 {
				return usageError("give --basket or a query, not both")
			}
			var items []evidence.Item
			if fromBasket {
				all, missing, err := a.basketItems(c.Context())
				if err != nil {
					return err
				}
				for _, it := range all {
					if missing[it.ID] {
						fmt.Fprintf(a.io.err, "warning: %s is missing (its source is no longer in the corpus): left out\n", cell(it.ID))
						continue
					}
					items = append(items, it)
				}
			} else {
				var err error
				if items, err = a.searchItems(c.Context(), f, strings.Join(args, " "), limit); err != nil {
					return err
				}
			}
			_, cat, err := a.open(c.Context())
			if err != nil {
				return err
			}
			var themes []export.Theme
			for _, th := range cat.Taxonomy.Themes {
				themes = append(themes, export.Theme{ID: th.ID, Label: th.Label})
			}
			pack := export.Pack{Title: title, Items: items, Themes: themes, Accessed: a.accessed()}
			var buf bytes.Buffer
			if err := writePack(&buf, out.value, pack); err != nil {
				return err
			}
			if output != "" {
				if err := writeOutput(output, buf.Bytes(), force); err != nil {
					return err
				}
				fmt.Fprintf(a.io.err, "wrote %d items to %s\n", len(items), cell(output))
				return nil
			}
			if out.value == "docx" && isTerminal(c.OutOrStdout()) {
				return usageError("a Word document would garble the terminal: give -o FILE.docx")
			}
			_, err = c.OutOrStdout().Write(buf.Bytes())
			return err
		},
	}
	f.add(cmd)
	out.add(cmd, "md", "md", "docx", "csv", "json")
	cmd.Flags().BoolVar(&fromBasket, "basket", false, "export the basket")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file (atomically) instead of standard output")
	cmd.Flags().BoolVar(&force, "force", false, "with -o, replace an existing file")
	cmd.Flags().StringVar(&title, "title", "", "the pack's title")
	cmd.Flags().IntVar(&limit, "limit", 50, "export at most this many search results")
	return cmd
}

// writePack writes a pack in a format.
func writePack(w io.Writer, format string, p export.Pack) error {
	switch format {
	case "docx":
		return p.WriteDOCX(w)
	case "csv":
		return export.CSV(w, p.Items)
	case "json":
		return export.JSONWithCitations(w, p.Items, p.Accessed)
	}
	return p.WriteMarkdown(w)
}

// searchItems runs a search from the command line, items cited primary first.
func (a *app) searchItems(ctx context.Context, f filters, query string, limit int) ([]evidence.Item, error) {
	ix, cat, err := a.open(ctx)
	if err != nil {
		return nil, err
	}
	req, err := f.request(cat.Taxonomy, cat.Sources)
	if err != nil {
		return nil, err
	}
	if query != "" {
		req.Query = query + " "
	}
	req.Limit, req.NoFacets = limit, true
	res, err := ix.Search(ctx, req)
	if err != nil {
		if _, ok := err.(*index.QueryError); ok {
			return nil, &exitError{code: 2, err: err}
		}
		return nil, err
	}
	e, err := a.links(ctx)
	if err != nil {
		return nil, err
	}
	items := make([]evidence.Item, len(res.Hits))
	for i, h := range res.Hits {
		if items[i], err = e.Primary(ctx, h.Item); err != nil {
			return nil, err
		}
	}
	return items, nil
}
