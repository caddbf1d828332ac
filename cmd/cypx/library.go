package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/library"
	"github.com/cypx/cypx/internal/plainfile"
	"github.com/cypx/cypx/internal/refs"
)

func addCmd(a *app) *cobra.Command {
	var m library.Meta
	var force bool
	var meta string
	cmd := &cobra.Command{
		Use:   "add FILE...",
		Short: "Import reports (text, Markdown, HTML, e-mail, PDF) into your library",
		Long: `Import reports into your library ($XDG_DATA_HOME/cypx/library): text,
Markdown, HTML pages (the article without navigation, banners and footers),
e-mails (.eml: the message without headers, quoted replies and signatures) and
PDFs (their layout read with poppler's pdftohtml: headings, lists, tables,
footnotes and columns kept, running headers and title page left out, and each
page marked so citations can give the page). The format is told from the
content. Metadata missing from the flags is
taken from the file where it says it; what cannot be found is an error naming
the flag to pass. An existing id is never replaced, and a text the library
already has (one report under another title or publisher) never imported
again, without --force.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if m.ID != "" && len(args) > 1 {
				return usageError("--id names one source: give one file")
			}
			// A bad id is said first: the import would say what metadata
			// is missing, and only after it was given, that the id is bad.
			if m.ID != "" {
				if err := evidence.CheckSourceID(m.ID); err != nil {
					return usageError("--id: %v", err)
				}
			}
			if meta != "" {
				rec, urlLine, err := readRecord(meta)
				if err != nil {
					return usageError("--meta %v", err)
				}
				m.Record, m.RecordName, m.RecordURLLine, m.RecordCleaned = &rec.Source, meta, urlLine, rec.Cleaned
			}
			// The report of each import says what was done: a message,
			// on standard error (see done).
			w := c.ErrOrStderr()
			lib, err := a.library()
			if err != nil {
				return err
			}
			if err := lib.CanSave(); err != nil {
				return err
			}
			if m.About != "" {
				if m.About, err = checkAbout(lib, m.About); err != nil {
					return err
				}
			}
			failed := 0
			// The ids this command has written, by the one id rule's
			// case: with --force, a second file making the id of the
			// first replaced it, and both were reported imported.
			made := map[string]string{}
			for _, path := range args {
				// A large import takes minutes: say so as it reads,
				// terminal or not.
				prog := newProgress(a.io.err)
				prog.label = evidence.PrintableLine(path)
				var read int64
				m.Progress = func(done, total int64) { read = total; prog.reading(done, total) }
				var im library.Imported
				if id, in := inLibrary(lib, path); in {
					// A source of the library's own, added again, was
					// imported as a second copy under a new id, --force or
					// not (round 41, held-out check).
					err = fmt.Errorf("%s is already in your library as %s: nothing to add", path, id)
				} else {
					im, err = library.Import(path, m)
				}
				prog.finish(read)
				if err == nil {
					var data []byte
					if first, ok := made[strings.ToLower(im.Source.ID)]; ok {
						err = fmt.Errorf("%s: the id of %s, imported by this command: add it on its own with --id", im.Source.ID, evidence.PrintableLine(first))
					} else if id, ok := bundledSourceID(im.Source.ID); ok {
						// A library source of a bundled source's id hides
						// it from every command, its items gone from
						// searches and baskets without a word, --force
						// or not (hostile check 69).
						err = fmt.Errorf("%s is the id of a source of the bundled corpus, which a library source of that id would hide: give another with --id", id)
					} else if data, err = im.File(); err == nil {
						if err := a.stillWanted(c.Context()); err != nil {
							return err
						}
						var dest, kept string
						if force {
							// The source it replaces goes to the trash, its
							// hand edits with it, and the report says where.
							dest, kept, err = lib.Replace(im.Source.ID, data, time.Now())
						} else {
							dest, err = lib.Save(im.Source.ID, data, false)
						}
						if err == nil && kept != "" {
							im.Warnings = append(im.Warnings, "replaced the library's source "+im.Source.ID+": the file before is kept in "+kept)
						}
						if err == nil {
							made[strings.ToLower(im.Source.ID)] = path
							writeImported(w, im, dest)
							continue
						}
					}
					// Which of several files was refused: "r2.txt: x:
					// already in the library", not "x: already in the
					// library" after the report of the one that made x.
					err = fmt.Errorf("%s: %w", path, err)
				}
				failed++
				fmt.Fprintf(a.io.err, "cypx: %s\n", clipLongInputs(cell(err.Error())))
			}
			if failed > 0 {
				return fmt.Errorf("%d of %d files not imported; the library is unchanged for them", failed, len(args))
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&m.Title, "title", "", "the report's title")
	fl.StringVar(&m.Publisher, "publisher", "", "who published it, as cited: NHS Providers")
	fl.StringVar(&m.Date, "date", "", "publication date: YYYY-MM-DD, YYYY-MM or YYYY")
	fl.StringVar(&m.URL, "url", "", "where it was published")
	fl.StringVar(&m.Type, "type", "", evidence.SourceTypeList())
	fl.StringVar(&m.Section, "section", "", "which part of the document this is")
	fl.StringVar(&m.About, "about", "", "the id of the source this one reports on")
	fl.StringVar(&m.ID, "id", "", "the source's id (default: from publisher, year and title)")
	fl.BoolVar(&force, "force", false, "replace a source with the same id, or import a text the library already has")
	fl.StringVar(&meta, "meta", "", "take the title, authors, publisher, place, date, URL and type from a reference manager's record (.ris, .bib or CSL .json) instead of guessing; flags still win")
	return cmd
}

func writeImported(w io.Writer, im library.Imported, dest string) {
	s := im.Source
	kinds := im.Counts
	tw := newTable(w)
	tw.row("imported", s.ID)
	tw.row("title", reported(s.Title))
	tw.row("publisher", reported(s.Publisher))
	tw.row("date", s.Date.Long())
	tw.row("type", string(s.Type))
	tw.row("format", im.Format)
	if im.Pages > 0 {
		tw.row("pages", fmt.Sprint(im.Pages))
	}
	tw.row("items", plural(kinds[evidence.Statistic], "statistic")+", "+plural(kinds[evidence.Recommendation], "recommendation")+", "+plural(kinds[evidence.Excerpt], "excerpt"))
	if im.Record != "" {
		tw.row("metadata", "from "+cell(im.Record))
	}
	for i, g := range im.Guessed {
		label := ""
		if i == 0 {
			label = "guessed"
		}
		tw.row(label, g)
	}
	for _, warn := range im.Warnings {
		tw.row("warning", warn)
	}
	tw.row("file", dest)
	tw.flush()
	fmt.Fprintln(w)
}

// reported is a title or publisher as an import's report shows it: cut
// to its first 200 bytes with "…" and its length when longer (a PDF's
// author of 8 MB, guessed as the publisher, was reported whole: 8 MB on
// standard error). The source keeps the whole value.
func reported(s string) string {
	return evidence.Shorten(s, 200, func(s string) string { return s })
}

func libraryCmd(a *app) *cobra.Command {
	var out format
	cmd := &cobra.Command{
		Use:   "library",
		Short: "List the reports in your library",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if err := out.check(); err != nil {
				return err
			}
			lib, err := a.library()
			if err != nil {
				return err
			}
			srcs, problems := lib.Sources()
			for _, p := range problems {
				fmt.Fprintf(a.io.err, "warning: %s\n", problemText(p))
			}
			w := c.OutOrStdout()
			if out.value == "json" {
				if srcs == nil {
					srcs = []evidence.Source{}
				}
				return export.Value(w, srcs)
			}
			if len(srcs) == 0 && len(lib.NotAFolder()) > 0 {
				// "or 'cypx check …'" sent the user to a command that
				// cannot read a file as a corpus either.
				_, err := fmt.Fprintln(w, "Your library cannot be read: see the warning above.")
				return err
			}
			if len(srcs) == 0 && len(problems) > 0 {
				_, err := fmt.Fprintf(w, "No source in your library (%s) loads: see the warnings above, or 'cypx check %s'.\n", cell(lib.Dir), cell(lib.Dir))
				return err
			}
			if len(srcs) == 0 {
				_, err := fmt.Fprintf(w, "Your library (%s) is empty: add reports with 'cypx add FILE'.\n", cell(lib.Dir))
				return err
			}
			tw := newTable(w)
			tw.row("ID", "DATE", "PUBLISHER", "TITLE")
			for _, s := range srcs {
				tw.row(s.ID, s.Date.String(), column(s.Publisher, maxPublisherCells), column(s.Title, maxTitleCells))
			}
			tw.flush()
			_, err = fmt.Fprintf(w, "\n%s in %s\n", plural(len(srcs), "source"), cell(lib.Dir))
			return err
		},
	}
	out.add(cmd, "text", "text", "json")
	return cmd
}

// The widest publisher and title cypx library shows: the table pads every
// row to its widest publisher, so one of 8 MB (a PDF's author) made every
// line of the listing 8 MB long.
const (
	maxPublisherCells = 48
	maxTitleCells     = 120
)

// column cuts a cell of the library's table to width cells, with "…".
func column(s string, width int) string {
	return ansi.Truncate(fit.Clip(s, width), width, "…")
}

func removeCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "remove ID",
		Short: "Move a report out of your library into its trash folder (never deleted)",
		Args:  cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			lib, err := a.library()
			if err != nil {
				return err
			}
			if err := a.stillWanted(c.Context()); err != nil {
				return err
			}
			removed, err := lib.Remove(args[0], clock())
			if err != nil {
				if id, ok := bundledSourceID(args[0]); ok {
					// Not "no source in the library" alone: the user sees
					// it listed, and would not know why it stays.
					return fmt.Errorf("%s is a source of the bundled corpus, which ships inside cypx and cannot be removed: leave the bundled corpus out with --no-bundled", evidence.QuoteInput(id))
				}
				return err
			}
			// The library's own id: one typed in another case is the same
			// id, and the line names the source as 'cypx library' lists it.
			if err := done(c, "moved %s to %s", cell(removed.ID), cell(removed.Trash)); err != nil {
				return err
			}
			// Coverage of the removed report still loads, its about:
			// naming nothing now: said here, where the user can undo it,
			// not first as a load problem on the next command.
			for _, id := range removed.CoveredBy {
				fmt.Fprintf(c.ErrOrStderr(), "warning: %s names %s as the report it covers (about:): it keeps its items, but its citations no longer name that report as their primary (restore the file from the trash, or edit its about:)\n",
					cell(id), cell(removed.ID))
			}
			return nil
		},
	}
}

// bundledSourceID is the id of the bundled corpus's source named id (in
// any case), as that source has it.
func bundledSourceID(id string) (string, bool) {
	as, ok := bundledSourceIDs()[evidence.IDKey(id)]
	return as, ok
}

// bundledSourceIDs are the bundled corpus's source ids as its sources have them,
// by evidence.IDKey: read once a run, whoever asks first.
var bundledSourceIDs = sync.OnceValue(func() map[string]string {
	docs, _ := corpus.Load(bundled.FS)
	ids := make(map[string]string, len(docs))
	for _, d := range docs {
		ids[evidence.IDKey(d.Source.ID)] = d.Source.ID
	}
	return ids
})

// maxRecord bounds a --meta record: a record is a few hundred bytes, and a
// whole library exported by mistake is not one.
const maxRecord = 1 << 20

// checkAbout refuses an --about naming no source of the library or the
// bundled corpus, and returns the id as that source has it (an id typed in
// another case is the same id, and the loader reads about: as written).
// Before, the report was imported, and every command after it warned that
// its about named no source, its link to its primary lost.
func checkAbout(lib library.Library, about string) (string, error) {
	if err := evidence.CheckSourceID(about); err != nil {
		return "", usageError("--about: %v", err)
	}
	srcs, _ := lib.Sources()
	for _, s := range srcs {
		if strings.EqualFold(s.ID, about) {
			return s.ID, nil
		}
	}
	if id, ok := bundledSourceID(about); ok {
		return id, nil
	}
	return "", usageError("--about: no source %s in your library or the bundled corpus (their ids: 'cypx library', 'cypx items')", evidence.QuoteInput(about))
}

// inLibrary reports whether path is one of the library's own source files
// (sources/*.md, by a link or another name of the same file too), and the
// id it is loaded by.
func inLibrary(lib library.Library, path string) (string, bool) {
	base := filepath.Base(path)
	if !strings.EqualFold(filepath.Ext(base), ".md") {
		return "", false
	}
	info, err := os.Stat(path)
	if err != nil || !info.Mode().IsRegular() {
		return "", false
	}
	var own string
	if matches, _ := filepath.Glob(filepath.Join(lib.Dir, corpus.SourcesDir, "*")); matches != nil {
		for _, m := range matches {
			if !strings.EqualFold(filepath.Ext(m), ".md") {
				continue
			}
			if mi, err := os.Stat(m); err == nil && os.SameFile(info, mi) {
				own = m
				break
			}
		}
	}
	if own == "" {
		return "", false
	}
	id := strings.TrimSuffix(filepath.Base(own), filepath.Ext(own))
	srcs, _ := lib.Sources()
	for _, s := range srcs {
		if filepath.Base(s.File) == filepath.Base(own) {
			id = s.ID
			break
		}
	}
	return evidence.PrintableLine(id), true
}

// readRecord reads the first record of a RIS, BibTeX or CSL JSON file,
// and the line that gives its URL (0 when none or not known).
func readRecord(path string) (refs.Record, int, error) {
	info, err := os.Stat(path)
	if err != nil {
		return refs.Record{}, 0, plainfile.Named(path, err)
	}
	if info.Size() > maxRecord {
		return refs.Record{}, 0, fmt.Errorf("%s: %d KB is too large for a record (the limit is 1 MB)", path, info.Size()>>10)
	}
	data, err := plainfile.Read(path, maxRecord)
	if err != nil {
		return refs.Record{}, 0, plainfile.Named(path, err)
	}
	rec, err := refs.ReadRecord(path, data)
	return rec, refs.URLLine(data, rec.Source.URL), err
}
