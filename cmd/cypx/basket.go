package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/basket"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/paths"
	"github.com/cypx/cypx/internal/refs"
	"github.com/cypx/cypx/internal/resolve"
)

func basketCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "basket",
		Short: "The briefing basket: items marked for a briefing (add, list, remove, clear)",
	}
	// Every change is made to the file as it is now, under its lock
	// (basket.Update), so changes made at once by other commands or by
	// explorers are all kept.
	edit := func(use, short string, fn func(ctx context.Context, args []string) (func(*basket.Basket) (string, error), error)) *cobra.Command {
		return &cobra.Command{Use: use, Short: short, RunE: func(c *cobra.Command, args []string) error {
			path, err := paths.Basket()
			if err != nil {
				return err
			}
			// Said before the ids are looked up: on a read-only disk
			// 'basket add' built the whole index, then failed to write.
			// A folder in the file's place is said as the basket says it,
			// with the command that moves it away.
			if err := basket.FolderError(path, " (mv "+evidence.ShellWord(path)+" "+evidence.ShellWord(path+".moved")+")"); err != nil {
				return err
			}
			if err := atomicfile.CanWrite(path); err != nil {
				return err
			}
			if use != "clear" {
				// A damaged file is refused before the ids are looked up:
				// 'basket add' built the whole index first, 13 s on a new
				// corpus, then refused (hostile check 88, B4). The read is
				// remembered, so the change's own read costs little.
				if _, err := basket.Load(path); err != nil {
					return err
				}
			}
			change, err := fn(c.Context(), args)
			if err != nil {
				return err
			}
			// The ids may have taken a first search's build to look up.
			if err := a.stillWanted(c.Context()); err != nil {
				return err
			}
			var msg string
			// A change that returns an error writes nothing.
			if _, err := basket.Update(path, func(b *basket.Basket) (err error) {
				msg, err = change(b)
				return err
			}); err != nil {
				if use == "clear" {
					return clearDamaged(err)
				}
				return err
			}
			// What was done is a message, not data: see done.
			return done(c, "%s", msg)
		}}
	}
	add := edit("add ID...", "Add items to the basket", func(ctx context.Context, args []string) (func(*basket.Basket) (string, error), error) {
		if len(args) == 0 {
			return nil, usageError("give the ids of the items to add")
		}
		// The ids are looked up before the basket is locked: the index may
		// take a while to open, and others may be waiting for the basket.
		var ids []string
		for _, ref := range args {
			it, err := a.lookup(ctx, ref)
			if err != nil {
				return nil, err
			}
			ids = append(ids, it.ID)
		}
		return func(b *basket.Basket) (string, error) {
			n := b.Add(ids...)
			return fmt.Sprintf("added %d, basket holds %d", n, len(b.IDs)), nil
		}, nil
	})
	add.Args = cobra.MinimumNArgs(1)
	var entryPlaces []int
	remove := edit("remove ID...", "Take items out of the basket", func(_ context.Context, args []string) (func(*basket.Basket) (string, error), error) {
		if len(args) == 0 && len(entryPlaces) == 0 {
			return nil, usageError("give the ids of the items to take out, or --entry N for an entry of the file that is no item id")
		}
		// An argument may be an entry of the file that is no item id,
		// given as the file holds it, to drop it (hostile check 86, F2):
		// looked for under the lock, before it is read as a reference, so
		// " ok#473b08ae", an entry with a blank, drops that entry and not
		// the item ok#473b08ae (hostile check 88, B1). An entry no shell
		// word can give (a control character) is named by its place.
		return func(b *basket.Basket) (string, error) {
			dropped := 0
			for _, place := range entryPlaces {
				n := b.DropAt(place - 1)
				if n == 0 {
					return "", usageError("--entry %d: the basket file's entry %d is no entry that is no item id ('cypx basket list' names those): nothing was removed", place, place)
				}
				dropped += n
			}
			var refs []string
			for _, arg := range args {
				if n := b.Drop(arg); n > 0 {
					dropped += n
					continue
				}
				if _, err := evidence.ParseItemRef(arg); err != nil {
					return "", usageError("%v", err)
				}
				refs = append(refs, arg)
			}
			ids, err := matchBasketIDs(b.IDs, refs)
			if err != nil {
				return "", err
			}
			n := b.Remove(ids...) + dropped
			return fmt.Sprintf("removed %d, basket holds %d", n, len(b.IDs)), nil
		}, nil
	})
	remove.Flags().IntSliceVar(&entryPlaces, "entry", nil, "take out the file's entry `N` (as a warning names it: \"entry N\") that is no item id")
	clear := edit("clear", "Empty the basket", func(context.Context, []string) (func(*basket.Basket) (string, error), error) {
		return func(b *basket.Basket) (string, error) {
			n, bad := len(b.IDs), len(b.Bad)
			b.IDs, b.Bad = nil, nil
			if bad > 0 {
				// Entries that are no item id go too: the basket is
				// emptied, as asked.
				entries := fmt.Sprintf("%d entries", bad)
				if bad == 1 {
					entries = "1 entry"
				}
				return fmt.Sprintf("removed %d entries (%s; %s no item id), basket is empty", b.Entries, plural(n, "finding"), entries), nil
			}
			if b.Entries > n {
				// A hand edit that set one id down twice: both entries
				// go, of one finding. "removed 1" was half the file.
				return fmt.Sprintf("removed %d entries (%s), basket is empty", b.Entries, plural(n, "finding")), nil
			}
			return fmt.Sprintf("removed %d, basket is empty", n), nil
		}, nil
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
			// Written as resolved, a chunk at a time, and buffered: a
			// basket of 700,000 ids held whole, then written a line per
			// write, took 36 s.
			w := bufio.NewWriter(c.OutOrStdout())
			type entry struct {
				ID      string         `json:"id"`
				Missing bool           `json:"missing"`
				Item    *evidence.Item `json:"item,omitempty"`
			}
			entries, line := []entry{}, 0
			n, err := a.eachBasketChunk(c.Context(), func(rs []resolve.Resolved) error {
				for _, r := range rs {
					if out.value == "json" {
						e := entry{ID: r.ID, Missing: r.Missing}
						if !r.Missing {
							it := r.Item
							e.Item = &it
						}
						entries = append(entries, e)
						continue
					}
					line++
					if r.Missing {
						fmt.Fprintf(w, "%2d. missing  %s  (%s)\n", line, cell(r.ID), cell(r.MissingReason()))
					} else {
						fmt.Fprintf(w, "%2d. %s\n", line, itemLine(r.Item, badgeCells-1))
					}
				}
				return nil
			})
			if err != nil {
				return err
			}
			switch {
			case out.value == "json":
				err = export.Value(w, entries)
			case n == 0:
				_, err = fmt.Fprintln(w, "The basket is empty ("+basketHowToAdd+").")
			}
			if err != nil {
				return err
			}
			return w.Flush()
		},
	}
	out.add(list, "text", "text", "json")
	cmd.AddCommand(add, list, remove, clear)
	return cmd
}

// clearDamaged is the refusal by 'basket clear' of a basket file it cannot
// read, saying how to empty the basket all the same: move the file away,
// named, and cypx starts a new one. It said what was wrong and left the
// user there (hostile check 61 L10); the file is still never changed.
func clearDamaged(err error) error {
	var d *basket.DamagedError
	if !errors.As(err, &d) || strings.Contains(err.Error(), "makes a new one") {
		return err
	}
	// Every refusal says the file was left as it is, in the same words:
	// some said "left unchanged" and others nothing (hostile check 63 L4).
	unchanged := "; left unchanged"
	if strings.Contains(err.Error(), "left unchanged") {
		unchanged = ""
	}
	return fmt.Errorf("%w%s; to empty the basket all the same, move the file away (mv %s %s): cypx starts a new one, and the old file keeps what it holds",
		err, unchanged, evidence.ShellWord(d.Path), evidence.ShellWord(d.Path+".damaged"))
}

// basketHowToAdd says how findings come into the basket, as its list and
// an export of it say when it is empty.
const basketHowToAdd = "add items with 'cypx basket add ID', or space on a finding in the explorer"

// matchBasketIDs is the basket's id each reference names, by the rule
// 'basket add' finds items by (evidence.MatchItemRef): a whole id in any
// case, or the start of its hash, four characters or more. A reference
// matching no id of the basket, or more than one, is an error, and none is
// removed: 'basket remove 4e11' (which add takes) removed nothing and
// said "removed 0" with exit status 0, and a hash two sources share
// removed the first unnamed (hostile check 61).
func matchBasketIDs(ids, refs []string) ([]string, error) {
	var found, absent []string
	for _, ref := range refs {
		id, err := evidence.MatchItemRef(ref, ids)
		if err != nil {
			return nil, fmt.Errorf("%w: nothing was removed", err)
		}
		if id == "" {
			absent = append(absent, evidence.QuoteInput(ref))
			continue
		}
		found = append(found, id)
	}
	if len(absent) > 0 {
		return nil, fmt.Errorf("%s not in the basket ('cypx basket list' lists what is): nothing was removed", strings.Join(absent, ", "))
	}
	return found, nil
}

// eachBasketChunk resolves the basket's ids, in order, handing them to fn
// a chunk at a time (resolve.ResolveEach), and says how many there were.
// An id no longer in the index comes back missing, never dropped.
func (a *app) eachBasketChunk(ctx context.Context, fn func([]resolve.Resolved) error) (int, error) {
	path, err := paths.Basket()
	if errors.Is(err, paths.ErrNoHome) {
		return 0, nil // no basket was ever kept: it is empty
	}
	if err != nil {
		return 0, err
	}
	b, err := basket.Load(path)
	if err != nil {
		return 0, err
	}
	a.warnBadEntries(b.Bad)
	if len(b.IDs) == 0 {
		return 0, nil
	}
	r, err := a.resolver(ctx)
	if err != nil {
		return 0, err
	}
	return len(b.IDs), r.ResolveEach(ctx, b.IDs, fn)
}

// warnBadEntries warns of the basket file's entries that are no item id,
// each named by file and line and left out, with the command that takes it
// out of the file: the others are listed and exported all the same. The
// first corpus.MaxProblems are named, the rest counted.
func (a *app) warnBadEntries(bad []basket.BadEntry) {
	for i, e := range bad {
		if i == corpus.MaxProblems {
			fmt.Fprintf(a.io.err, "warning: %d more entries of the basket are no item id: left out\n", len(bad)-i)
			return
		}
		fmt.Fprintf(a.io.err, "warning: %s: left out; '%s' takes it out of the file\n",
			evidence.PrintableLine(e.Error()), e.RemoveCommand())
	}
}

func exportCmd(a *app) *cobra.Command {
	var f filters
	var out format
	var fromBasket bool
	var output, title, group, style string
	var limit int
	var figureTable, force bool
	cmd := &cobra.Command{
		Use:   "export [--basket | QUERY...]",
		Short: "Export the basket, or a search, as a briefing pack: md, docx, csv or json",
		Long: `Export the basket (--basket) or the items a search finds as a briefing pack:
  md    the findings in the basket's order (--group theme groups them by
        theme), quoted with their citations (primary sources first), figures
        in bold, then the reference list each citation leads to, in the
        citation style (--style, else the configured one, else harvard;
        footnotes gives notes [^1] and a bibliography); --figures adds a
        table of the figures
  docx  the same as a Word document (footnotes as real Word footnotes)
  csv   one row per item
  json  the item contract with its citations in the style
  ris, bibtex, csljson
        one record per work cited (a story's primary source too), for
        Zotero, EndNote, Mendeley and JabRef: type, authors, publisher,
        place, date, URL and accessed date
--title, --group and --figures shape md and docx only; with the other
formats they are refused. --style cites md, docx, csv and json (its
"citations"; "citation" stays Harvard, the contract's); ris, bibtex and
csljson carry no citation to style, and refuse it.
Without --format, the extension of -o's file names the format (.docx,
.csv, .json, .ris, .bib; else md); a --format other than the one the
extension names is refused, unless --force.
Without -o the pack goes to standard output (docx only when it is not a terminal).`,
		RunE: func(c *cobra.Command, args []string) error {
			named, isNamed := formatOfName(output)
			if isNamed && !c.Flags().Changed("format") {
				// "-o pack.docx" wrote Markdown into a file named as a
				// Word document, which Word then refused to open: the
				// name's extension says the format when --format does not.
				out.value = named
			}
			if err := out.check(); err != nil {
				return err
			}
			if isNamed && !force && !formatFitsName(out.value, named) {
				// "-o x.docx --format md" wrote Markdown under a Word
				// document's name, which Word called corrupt, unsaid
				// (hostile check 61).
				return usageError("-o %s names a %s file, but --format %s writes %s: give --format %s, or a file name ending %s (--force writes it as asked)",
					cell(output), named, out.value, out.value, named, extensionOf(out.value))
			}
			if isNamed && !formatFitsName(out.value, named) {
				// --force, given to replace the file, wrote Markdown under
				// a Word name without a word (hostile check 88, W1).
				fmt.Fprintf(a.io.err, "warning: %s names a %s file but holds %s, as --format and --force asked\n", cell(output), named, out.value)
			}
			if fromBasket && len(args) > 0 {
				return usageError("give --basket or a query, not both")
			}
			if !export.HasLayout(out.value) {
				// A pack's title, groups and table of figures: csv,
				// json and the reference formats have nowhere to put
				// them, and left them out unsaid.
				var given []string
				if title != "" {
					given = append(given, "--title")
				}
				if group != "" {
					given = append(given, "--group")
				}
				if figureTable {
					given = append(given, "--figures")
				}
				if len(given) > 0 {
					return usageError("%s: only the %s formats write a pack's title, groups and table of figures; --format %s has none of them (leave %s out, or use --format md)",
						strings.Join(given, ", "), strings.Join(export.LayoutFormats, " and "), out.value, strings.Join(given, ", "))
				}
			}
			if slices.Contains(refs.Formats, refs.Format(out.value)) && c.Flags().Changed("style") {
				// A record holds a work's fields, not a citation: the
				// reference manager cites it in the style chosen there.
				// --style was read and dropped without a word.
				return usageError("--style: --format %s writes records of works (authors, title, date), which the reference manager cites in its own style; --style applies to md, docx, csv and json (leave --style out, or choose the style in the reference manager)", out.value)
			}
			if c.Flags().Changed("output") && strings.TrimSpace(output) == "" {
				// -o "" (an unset shell variable) would quietly write to
				// standard output instead of the file meant.
				return usageError("-o needs a file name; leave -o out to write to standard output")
			}
			if output == "-" {
				// The usual name for standard output (-o - | pandoc):
				// it wrote a file named "-" in the current folder. A
				// file of that name is still reached as ./-.
				output = ""
			}
			// Said before the search, which may take minutes and warns of
			// items "used" by a pack then refused.
			if group != export.GroupNone && group != export.GroupTheme {
				return usageError("--group %q: use theme, or leave it out for the basket's order", group)
			}
			st, err := a.citeStyle(style)
			if err != nil {
				return err
			}
			if output != "" {
				if err := checkOutput(output, force, a.corpusDir); err != nil {
					return err
				}
			}
			if !isNamed {
				if why := foreignEnding(output, out.value); why != "" {
					if !force {
						// "-o y.pdf" and "-o y.xlsx" held Markdown, and
						// "--format docx -o y.txt" a Word document, that
						// their programs refused, unsaid (hostile check
						// 89, W2).
						return usageError("-o %s %s: give a name ending %s (--force writes it as asked)", cell(output), why, extensionOf(out.value))
					}
					fmt.Fprintf(a.io.err, "warning: %s %s; it holds %s, as --force asked\n", cell(output), why, out.value)
				}
			}

			var items []evidence.Item
			if fromBasket {
				// Each missing item is named up to corpus.MaxProblems, the
				// rest counted: a basket file edited to hold 100,000 ids of
				// no item wrote 100,000 warnings.
				missing := 0
				held, err := a.eachBasketChunk(c.Context(), func(rs []resolve.Resolved) error {
					for _, r := range rs {
						if r.Missing {
							if missing++; missing <= corpus.MaxProblems {
								fmt.Fprintf(a.io.err, "warning: %s is missing (%s): left out\n", cell(r.ID), cell(r.MissingReason()))
							}
						}
					}
					items = append(items, resolve.Items(rs)...)
					return nil
				})
				if err != nil {
					return err
				}
				if n := missing - corpus.MaxProblems; n > 0 {
					fmt.Fprintf(a.io.err, "warning: %d more items of the basket are missing: left out ('cypx basket list' names them)\n", n)
				}
				if held == 0 {
					// An empty pack, "wrote 0 items", exit status 0, where
					// a basket of missing findings is refused (hostile
					// check 60).
					return fmt.Errorf("the basket is empty: no pack was written (%s)", basketHowToAdd)
				}
				if len(items) == 0 {
					// A pack of none of the findings asked for, written
					// with exit status 0, passed in a script for the
					// briefing (hostile check 59).
					return fmt.Errorf("none of the basket's %s could be exported (each one missing, as told above): no pack was written", plural(held, "item"))
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
			// The notes on other sources' values are the laid-out
			// formats' (md, docx), and json and csv number and letter
			// their works as those do (export.NumbersAsPack): the
			// reference formats write the works alone, and compared each
			// statistic with every other of its measure for nothing.
			// Before, json (hostile check 65 M3) and csv (hostile check
			// 66) numbered the findings' works alone: "(2)" for the
			// Markdown's "(3)" after a note citing another work.
			var others map[string][]export.Other
			var more map[string]int
			if export.NumbersAsPack(out.value) {
				r, err := a.resolver(c.Context())
				if err != nil {
					return err
				}
				disagreements, err := r.DisagreementsOf(c.Context(), items)
				if err != nil {
					return err
				}
				if others, more, err = figures.PackOthers(items, disagreements, newProgress(a.io.err).comparing); err != nil {
					return err
				}
			}
			pack := export.Pack{Title: title, Items: items, Themes: themes, Group: group, Accessed: a.accessed(), Style: st, Figures: figureTable, Others: others, OthersMore: more}
			var buf bytes.Buffer
			if err := writePack(&buf, out.value, pack); err != nil {
				return err
			}
			if output != "" {
				if err := writeOutput(output, buf.Bytes(), force, a.corpusDir); err != nil {
					return err
				}
				fmt.Fprintf(a.io.err, "wrote %s to %s\n", plural(len(items), "item"), cell(output))
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
	out.add(cmd, "md", "md", "docx", "csv", "json", "ris", "bibtex", "csljson")
	cmd.Flags().BoolVar(&fromBasket, "basket", false, "export the basket")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file (atomically) instead of standard output (- is standard output)")
	cmd.Flags().BoolVar(&force, "force", false, "with -o, replace an existing file")
	cmd.Flags().StringVar(&title, "title", "", "the pack's title")
	cmd.Flags().StringVar(&group, "group", "", "theme: group the findings by their first theme (default: the basket's order, or the search's)")
	limitVar(cmd, &limit, 50, "export at most this many search results")
	cmd.Flags().StringVar(&style, "style", "", "citation style: harvard, apa, vancouver or footnotes (default: the configured style)")
	cmd.Flags().BoolVar(&figureTable, "figures", false, "add a table of the figures (figure, what it measures, source, year) after the findings")
	return cmd
}

// writePack writes a pack in a format.
func writePack(w io.Writer, format string, p export.Pack) error {
	switch format {
	case "docx":
		return p.WriteDOCX(w)
	case "csv":
		return p.WriteCSV(w)
	case "json":
		return p.WriteJSON(w)
	case "ris", "bibtex", "csljson":
		text, err := refs.Write(refs.Format(format), refs.Works(p.Items), p.Accessed)
		if err != nil {
			return err
		}
		_, err = io.WriteString(w, text)
		return err
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
	req.Limit = limit
	res, err := ix.Search(ctx, req)
	if err != nil {
		return nil, queryExit(err)
	}
	if res.Total > len(res.Hits) {
		// A pack, a table or a chart of part of what was asked for must
		// say so: nothing else on the page shows the items left out.
		fmt.Fprintf(a.io.err, "warning: %d items were found; only the first %d are used (--limit %d): pass --limit %d for all of them\n",
			res.Total, len(res.Hits), limit, res.Total)
	}
	items := make([]evidence.Item, len(res.Hits))
	for i, h := range res.Hits {
		items[i] = h.Item
	}
	return a.resolveItems(ctx, items)
}

// formatFitsName reports whether a file named for one export format may
// hold another: a .json file holds CSL JSON as well as the item contract.
func formatFitsName(format, named string) bool {
	return format == named || named == "json" && format == "csljson"
}

// extensionOf is the file name ending an export format is written under
// (formatOfName's own).
func extensionOf(format string) string {
	switch format {
	case "bibtex":
		return ".bib"
	case "csljson":
		return ".json"
	}
	return "." + format
}

// foreignEnding says why a file name whose ending names no format cypx
// writes does not fit format, or "" when it fits: a text ending (.txt)
// holds any format but Word's; any other ending of letters names a format
// cypx does not write (.pdf, .xlsx, .doc, .htm), whose program would refuse
// the file. A name with no ending, or one of digits ("pack.2026"), fits.
func foreignEnding(name, format string) string {
	ext := strings.ToLower(filepath.Ext(name))
	if len(ext) < 2 || strings.IndexFunc(ext[1:], func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 || ext[1:] == format {
		// "pack.bibtex" names the format given by its own name.
		return ""
	}
	if ext == ".txt" || ext == ".text" {
		if format == "docx" {
			return "names a text file, but --format docx writes a Word document"
		}
		return ""
	}
	return fmt.Sprintf("names a %s file, which cypx does not write (it writes %s)", ext[1:], format)
}

// formatOfName is the export format a file name's extension names
// (pack.docx, refs.bib), if any.
func formatOfName(name string) (string, bool) {
	f, ok := map[string]string{
		".md": "md", ".markdown": "md", ".docx": "docx", ".csv": "csv",
		".json": "json", ".ris": "ris", ".bib": "bibtex",
	}[strings.ToLower(filepath.Ext(name))]
	return f, ok
}
