package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/thesaurus"
)

// thesaurusEntryJSON is the JSON shape of one thesaurus entry.
type thesaurusEntryJSON struct {
	Terms  []string `json:"terms"`
	Gloss  string   `json:"gloss"`
	Source string   `json:"source"`
	Note   string   `json:"note,omitempty"`
	File   string   `json:"file"`
	Line   int      `json:"line"`
}

func thesaurusCmd(a *app) *cobra.Command {
	var out format
	cmd := &cobra.Command{
		Use:   "thesaurus [TERM]",
		Short: "Show the thesaurus entries a term belongs to, or every entry",
		Long: `Show the thesaurus: the acronyms, spelled-out forms, synonyms and renamed
bodies a search widens a term to (CAMHS also finds "child and adolescent
mental health services"). With a TERM, the entries it belongs to come first,
then those whose terms, gloss or note mention it. Add or replace entries
with a thesaurus.yaml in your library folder (see README "Searching").`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.check(); err != nil {
				return err
			}
			fsys, _, err := a.corpusFS()
			if err != nil {
				return err
			}
			th, problems := pipeline.LoadThesaurus(fsys, bundled.FS)
			for _, p := range problems {
				fmt.Fprintf(a.io.err, "warning: %s\n", evidence.Printable(p.Error()))
			}
			if th == nil {
				return fmt.Errorf("no thesaurus could be read")
			}
			term := strings.Join(args, " ")
			entries := th.Find(term)
			if len(entries) == 0 {
				return &exitError{code: 1, err: fmt.Errorf("%s is in no thesaurus entry", evidence.QuoteInput(term))}
			}
			w := cmd.OutOrStdout()
			if out.value == "json" {
				js := make([]thesaurusEntryJSON, len(entries))
				for i, e := range entries {
					js[i] = thesaurusEntryJSON{Terms: e.Terms, Gloss: e.Gloss, Source: e.Source, Note: e.Note, File: e.File, Line: e.Line}
				}
				return export.Value(w, js)
			}
			for i, e := range entries {
				if i > 0 {
					fmt.Fprintln(w)
				}
				writeThesaurusEntry(w, e)
			}
			return nil
		},
	}
	out.add(cmd, "text", "text", "json")
	return cmd
}

// writeThesaurusEntry prints an entry: its terms on one line, then what
// they mean and where that is defined.
func writeThesaurusEntry(w io.Writer, e thesaurus.Entry) {
	fmt.Fprintln(w, evidence.Printable(strings.Join(e.Terms, " · ")))
	fmt.Fprintln(w, "  "+evidence.Printable(e.Gloss))
	fmt.Fprintln(w, "  source: "+evidence.Printable(e.Source))
	if e.Note != "" {
		fmt.Fprintln(w, "  note:   "+evidence.Printable(e.Note))
	}
}
