package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/resolve"
)

func newRoot(a *app) *cobra.Command {
	var start startFlags
	root := &cobra.Command{
		Use:   "cypx",
		Short: "Explore evidence about children and young people's health services in England",
		Long: `cypx turns reports about children and young people's health services into
evidence items — statistics, recommendations and excerpts — tagged by theme,
searchable, and copyable with their citations.

Run with no command to open the explorer. The commands below serve scripts.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return explore(cmd, a, start)
		},
		PersistentPostRun: func(*cobra.Command, []string) { a.close() },
	}
	root.PersistentFlags().StringVar(&a.corpusDir, "corpus", "", "use this corpus folder (themes.yaml and sources/*.md) instead of the bundled corpus and your library")
	root.PersistentFlags().BoolVar(&a.noBundled, "no-bundled", false, "leave the bundled corpus out: your library alone")
	start.add(root)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError("%v", err) })
	root.AddCommand(itemsCmd(a), searchCmd(a), showCmd(a), citeCmd(a), linksCmd(a), basketCmd(a), exportCmd(a), mapCmd(a), chartCmd(a), addCmd(a), libraryCmd(a), removeCmd(a), themesCmd(a), thesaurusCmd(a), checkCmd(a),
		historyCmd(a), savedCmd(a), configCmd(a), figuresCmd(a))
	root.AddCommand(manCmd(root))
	helpTopics(root)
	// Cobra adds its help and completion commands as it executes, after
	// strictArgs would have seen them: added here, they follow its rules.
	// The completion scripts go where the output was set when they were
	// added.
	root.SetIn(a.io.in)
	root.SetOut(a.io.out)
	root.SetErr(a.io.err)
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	strictHelp(root)
	strictArgs(root)
	root.Version = version()
	root.SetVersionTemplate("cypx {{.Version}}\n")
	return root
}

// limitVar defines a command's --limit, a count of items: 1 or more, a
// value under 1 a usage error (exit 2) as any bad flag value is. Taken as
// a plain int, 0 and negatives reached the index, which reads a limit
// under 1 as its default page of 50: `cypx export --limit 0` wrote 50
// items, saying "only the first 50 are used (--limit 0)".
func limitVar(cmd *cobra.Command, p *int, def int, usage string) {
	*p = def
	cmd.Flags().Var((*limitValue)(p), "limit", usage)
}

// limitValue is the flag value of --limit (limitVar).
type limitValue int

func (l *limitValue) String() string { return strconv.Itoa(int(*l)) }

// Set reads a count of items, 1 or more.
func (l *limitValue) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return errors.New("not a whole number")
	}
	if n < 1 {
		return errors.New("a count of items: 1 or more")
	}
	*l = limitValue(n)
	return nil
}

// Type names the value in the flag's usage, as an int flag's.
func (l *limitValue) Type() string { return "int" }

// strictArgs makes every mistake in a command's arguments a usage error,
// exit 2, as a bad flag is (SetFlagErrorFunc): a wrong number of them, and
// a subcommand that does not exist. Cobra returns both as plain errors
// (exit 1), and a command that only groups others (basket, saved,
// config) printed its help for any word after it and exited 0: `cypx
// basket clera` or `cypx basket rm ID` looked done to a script. Such a
// command still prints its help when given nothing.
func strictArgs(c *cobra.Command) {
	if !c.Runnable() && c.HasSubCommands() {
		c.Args = cobra.NoArgs
		c.RunE = func(cmd *cobra.Command, _ []string) error { return cmd.Help() }
	}
	if check := c.Args; check != nil {
		c.Args = func(cmd *cobra.Command, args []string) error {
			if err := check(cmd, args); err != nil {
				return usageError("%v", err)
			}
			return nil
		}
	}
	for _, sub := range c.Commands() {
		strictArgs(sub)
	}
}

// strictHelp makes a help topic that does not exist a usage error, exit
// 2. Cobra's help command printed the whole help for any words it did
// not know ("cypx help nosuch", "cypx help search extra") and exited 0.
// (A help topic given words after it is refused in execute.)
func strictHelp(root *cobra.Command) {
	for _, c := range root.Commands() {
		if c.Name() == "help" && c.Run != nil {
			show := c.Run
			c.Run = nil
			c.RunE = func(cmd *cobra.Command, args []string) error {
				if found, rest, err := cmd.Root().Find(args); err != nil || found == nil || len(rest) > 0 {
					return usageError("no help topic %q: 'cypx --help' lists the commands and topics", strings.Join(args, " "))
				}
				show(cmd, args)
				return nil
			}
		}
	}
}

func itemsCmd(a *app) *cobra.Command {
	var f filters
	var out format
	cmd := &cobra.Command{
		Use:   "items",
		Short: "Print every item of the corpus, in document order",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := out.check(); err != nil {
				return err
			}
			c, err := a.load()
			if err != nil {
				return err
			}
			req, err := f.request(c.Taxonomy, c.Sources)
			if err != nil {
				return err
			}
			items := []evidence.Item{}
			for _, it := range c.Items {
				if req.Keep(it) {
					items = append(items, it)
				}
			}
			w := cmd.OutOrStdout()
			if out.value != "text" && anyCoverage(items) {
				// Coverage is cited primary first, which takes the index.
				if items, err = a.resolveItems(cmd.Context(), items); err != nil {
					return err
				}
			}
			switch out.value {
			case "json":
				return export.JSON(w, items)
			case "csv":
				return a.writeCSV(w, items)
			case "md":
				return a.writeMarkdown(w, items)
			}
			hits := make([]index.Hit, len(items))
			for i, it := range items {
				hits[i] = index.Hit{Item: it}
			}
			return writeHitsText(w, hits, isTerminal(w))
		},
	}
	f.add(cmd)
	out.add(cmd, "text", "text", "json", "md", "csv")
	return cmd
}

// anyCoverage reports whether any item may be cited with a primary source
// (coverage, or a statistic citing a body), which takes the index.
func anyCoverage(items []evidence.Item) bool {
	for _, it := range items {
		if links.NeedsPrimary(it) {
			return true
		}
	}
	return false
}

// searchJSON is the JSON shape of a search result.
type searchJSON struct {
	Total  int                       `json:"total"`
	Items  []evidence.Item           `json:"items"`
	Facets map[string]map[string]int `json:"facets"`
	// Expanded says what the thesaurus added; Suggestions offer near words
	// for words no item holds.
	Expanded    []index.Expansion  `json:"expanded"`
	Suggestions []index.Suggestion `json:"suggestions,omitempty"`
}

func searchCmd(a *app) *cobra.Command {
	var f filters
	var out format
	var limit, offset int
	cmd := &cobra.Command{
		Use:   "search QUERY...",
		Short: "Search the items: words, \"phrases\", field:value, OR, NOT, -x, ( )",
		Long: `Search the items. Words, "phrases" and field clauses must all match unless
OR joins them; -x and NOT x leave out; brackets group. Words are matched
after stemming ("waits" finds "waiting"), and the field's acronyms and
renamed bodies in their other forms too (CAMHS also finds "child and
adolescent mental health services"; what was added is said on stderr).
Fields: theme:waiting-lists kind:statistic type:news actor:NHSE
source:ID publisher:CQC year:2024 year:2018..2020 value:>50.
Patterns: wait* and autisim~1. See README "Searching".`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.check(); err != nil {
				return err
			}
			ix, cat, err := a.open(cmd.Context())
			if err != nil {
				return err
			}
			req, err := f.request(cat.Taxonomy, cat.Sources)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			req.Query = strings.Join(args, " ")
			req.Limit, req.Offset = limit, offset
			// Text and JSON show the facet counts; only text on a terminal
			// shows the matched words (in bold).
			req.Facets = out.value == "text" || out.value == "json"
			req.Matches = out.value == "text" && isTerminal(w)
			res, err := ix.Search(cmd.Context(), req)
			if err != nil {
				return queryExit(err)
			}
			writeQueryNotes(cmd.ErrOrStderr(), res)
			items := make([]evidence.Item, len(res.Hits))
			for i, h := range res.Hits {
				items[i] = h.Item
			}
			if out.value != "text" {
				// Every format but the text rows carries citations.
				if items, err = a.resolveItems(cmd.Context(), items); err != nil {
					return err
				}
			}
			switch out.value {
			case "json":
				j := searchJSON{Total: res.Total, Items: items, Facets: map[string]map[string]int{},
					Expanded: res.Expanded, Suggestions: res.Suggestions}
				if j.Expanded == nil {
					j.Expanded = []index.Expansion{}
				}
				for field, counts := range res.Facets {
					m := map[string]int{}
					for _, fc := range counts {
						m[fc.Value] = fc.Count
					}
					j.Facets[field] = m
				}
				return export.Value(w, j)
			case "csv":
				return a.writeCSV(w, items)
			case "md":
				return a.writeMarkdown(w, items)
			}
			fmt.Fprintf(w, "%d of %d items\n\n", len(res.Hits), res.Total)
			if err := writeHitsText(w, res.Hits, isTerminal(w)); err != nil {
				return err
			}
			writeFacetsText(w, res)
			return nil
		},
	}
	f.add(cmd)
	out.add(cmd, "text", "text", "json", "md", "csv")
	limitVar(cmd, &limit, 20, "show at most this many items")
	cmd.Flags().IntVar(&offset, "offset", 0, "skip this many items first")
	return cmd
}

func showCmd(a *app) *cobra.Command {
	var out format
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show one item in full, with its source and citation",
		Args:  cobra.ExactArgs(1),
		RunE: itemWithLinksCmd(a, &out, func(w io.Writer, res resolve.Resolved) error {
			st, err := a.citeStyle("")
			if err != nil {
				return err
			}
			return writeItemDetail(w, res, a.catalog.Taxonomy, st, a.accessed())
		}),
	}
	out.add(cmd, "text", "text", "json")
	return cmd
}

func citeCmd(a *app) *cobra.Command {
	var style, form string
	var copyIt bool
	cmd := &cobra.Command{
		Use:   "cite ID",
		Short: "Print an item as a quote with its citation, in a citation style",
		Long: `Print an item with its citation. --style chooses the citation style
(default: the configured one, 'cypx config set style apa', else harvard):
  harvard    Cite Them Right Harvard: (NHS Providers, 2024)
  apa        APA 7th: (NHS Providers, 2024), (Gault & Lee, 2024)
  vancouver  numbered: (1), the reference numbered 1
  footnotes  MHRA notes: the quote, a note mark and the full note
--format chooses what is printed:
  plain      "exact text" (NHS Providers, 2024)
  markdown   "exact text" ([NHS Providers, 2024](URL))
  figure     97% (NHS Providers, 2024)     (statistics; others quote the text)
  reference  the full reference of the work cited (and of the coverage
             that reported it)
--copy also puts it on the clipboard.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			// --style once named the formats: plain, markdown and figure
			// are still read as formats.
			if f, err := evidence.ParseFormat(style); err == nil && style != "" && !cmd.Flags().Changed("format") {
				form, style = string(f), ""
			}
			st, err := a.citeStyle(style)
			if err != nil {
				return err
			}
			f, err := evidence.ParseFormat(form)
			if err != nil {
				return usageError("--format: %v", err)
			}
			res, err := a.item(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			text := res.Cite(st, f, a.accessed())
			// A reference copy is one line a work (the work cited, then
			// the coverage that reported it); each is one line of text.
			lines := strings.Split(text, "\n")
			for i, l := range lines {
				lines[i] = cell(l)
			}
			if _, err = fmt.Fprintln(cmd.OutOrStdout(), strings.Join(lines, "\n")); err != nil || !copyIt {
				return err
			}
			return copyFromCLI(cmd.Context(), cmd.ErrOrStderr(), text)
		},
	}
	cmd.Flags().StringVar(&style, "style", "", "citation style: harvard, apa, vancouver or footnotes (default: the configured style)")
	cmd.Flags().StringVar(&form, "format", "plain", "plain, markdown, figure or reference")
	cmd.Flags().BoolVar(&copyIt, "copy", false, "also copy it: to the system clipboard on your own machine, and to the terminal (OSC 52)")
	return cmd
}

// linksJSON is the JSON shape of an item and its links.
type linksJSON struct {
	Item  evidence.Item `json:"item"`
	Links []links.Link  `json:"links"`
}

// itemWithLinksCmd runs a command that prints one item and its links: as
// JSON, or the item as head writes it followed by the links as text.
func itemWithLinksCmd(a *app, out *format, head func(io.Writer, resolve.Resolved) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		if err := out.check(); err != nil {
			return err
		}
		res, err := a.itemWithLinks(cmd.Context(), args[0])
		if err != nil {
			return err
		}
		w := cmd.OutOrStdout()
		// The linked items carry citations too: resolved, as everywhere.
		res.Links = append([]links.Link(nil), res.Links...)
		for i := range res.Links {
			items, err := a.resolveItems(cmd.Context(), []evidence.Item{res.Links[i].Item})
			if err != nil {
				return err
			}
			res.Links[i].Item = items[0]
		}
		st, err := a.citeStyle("")
		if err != nil {
			return err
		}
		// A reason names the items as the style cites them, primary
		// sources included.
		ls := res.Beside(st, nil)
		if out.value == "json" {
			return export.Value(w, linksJSON{Item: res.Item, Links: nonNil(ls)})
		}
		if err := head(w, res); err != nil {
			return err
		}
		return writeLinksText(w, ls)
	}
}

func nonNil(ls []links.Link) []links.Link {
	if ls == nil {
		return []links.Link{}
	}
	return ls
}

func linksCmd(a *app) *cobra.Command {
	var out format
	cmd := &cobra.Command{
		Use:   "links ID",
		Short: "List an item's linked findings, with the type and reason of each",
		Long: `List an item's linked findings: the same figure and claim elsewhere
(same-finding), the primary source a news item reports on (primary-source),
the same recommendation elsewhere (same-recommendation), the finding a
recommendation responds to (responds-to), related items (related), and,
between figures of one measure, another value for the same group and
period (disagrees, with both values and sources) or another period
(trend, with its direction).`,
		Args: cobra.ExactArgs(1),
		RunE: itemWithLinksCmd(a, &out, func(w io.Writer, res resolve.Resolved) error {
			return writeHitsText(w, []index.Hit{{Item: res.Item}}, false)
		}),
	}
	out.add(cmd, "text", "text", "json")
	return cmd
}

func themesCmd(a *app) *cobra.Command {
	var out format
	cmd := &cobra.Command{
		Use:   "themes",
		Short: "List the themes with the number of items tagged with each",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := out.check(); err != nil {
				return err
			}
			c, err := a.load()
			if err != nil {
				return err
			}
			counts := map[string]int{}
			for _, it := range c.Items {
				for _, t := range it.Themes {
					counts[t]++
				}
			}
			w := cmd.OutOrStdout()
			if out.value == "json" {
				type row struct {
					ID          string `json:"id"`
					Label       string `json:"label"`
					Description string `json:"description"`
					Items       int    `json:"items"`
				}
				rows := []row{}
				for _, th := range c.Taxonomy.Themes {
					rows = append(rows, row{th.ID, th.Label, th.Description, counts[th.ID]})
				}
				return export.Value(w, rows)
			}
			tw := newTable(w)
			tw.row("ID", "ITEMS", "LABEL")
			for _, th := range c.Taxonomy.Themes {
				tw.row(th.ID, fmt.Sprint(counts[th.ID]), th.Label)
			}
			return tw.flush()
		},
	}
	out.add(cmd, "text", "text", "json")
	return cmd
}

func checkCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "check [DIR]",
		Short: "Check a corpus folder and print every problem, file:line: message",
		Long: `Check a corpus folder (default: the one in use) and print every problem
as file:line: message. Exits 1 if there are problems, else prints a summary.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				a.corpusDir, a.corpusArg = args[0], true
			}
			fsys, name, err := a.corpusFS()
			if err != nil {
				return err
			}
			// A check of thousands of sources takes seconds: it says how
			// reading goes, as a search's first start does.
			prog := newProgress(a.io.err)
			var read int64
			reading := func(done, total int64) { read = total; prog.reading(done, total) }
			c, err := pipeline.CheckIn(a.corpusFolder(name), fsys, nil, bundledFS(), reading)
			if err != nil {
				if a.corpusDir == "" && !a.noBundled {
					return err
				}
				// A corpus without themes.yaml is checked against the
				// bundled one, as is the library alone (--no-bundled),
				// which was "no themes.yaml in the corpus" (hostile check
				// 64 L5).
				c, err = pipeline.CheckIn(a.corpusFolder(name), fsys, bundledFS(), bundledFS(), reading)
				if err != nil {
					return err
				}
			}
			prog.finish(read)
			w := cmd.OutOrStdout()
			for _, p := range c.Problems {
				fmt.Fprintln(w, problemText(p))
			}
			if len(c.Problems) > 0 {
				refused := ""
				if c.ThemesRefused {
					refused = fmt.Sprintf("; every command refuses %s until its problems are mended (its sources were checked with the bundled themes)", filepath.Join(a.corpusFolder(name), corpus.ThemesFile))
				}
				return fmt.Errorf("%s: %s in %s%s", name, plural(corpus.Count(c.Problems), "problem"), plural(countFiles(c.Problems), "file"), refused)
			}
			fmt.Fprintln(w, summary(name, c))
			return nil
		},
	}
}

func countFiles(ps []corpus.Problem) int {
	files := map[string]bool{}
	for _, p := range ps {
		files[p.File] = true
	}
	return len(files)
}

// summary is the one-line account of a corpus: sources and items by kind.
func summary(name string, c *pipeline.Corpus) string {
	n := c.CountByKind()
	return fmt.Sprintf("ok: %s: %s, %s (%s, %s, %s)",
		cell(name), plural(len(c.Sources), "source"), plural(len(c.Items), "item"),
		plural(n[evidence.Statistic], "statistic"), plural(n[evidence.Recommendation], "recommendation"), plural(n[evidence.Excerpt], "excerpt"))
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// writeCSV writes items as CSV cited in the configured style, as the
// basket's export and every copy cite them.
func (a *app) writeCSV(w io.Writer, items []evidence.Item) error {
	st, err := a.citeStyle("")
	if err != nil {
		return err
	}
	return export.CSV(w, items, st, a.accessed())
}

// writeMarkdown writes items as Markdown quotes cited in the configured
// style, with their reference list.
func (a *app) writeMarkdown(w io.Writer, items []evidence.Item) error {
	st, err := a.citeStyle("")
	if err != nil {
		return err
	}
	return export.Markdown(w, items, st, a.accessed())
}
