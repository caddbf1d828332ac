package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// writeQueryNotes says on stderr what the thesaurus added to a search and,
// when nothing was found, which near words the index holds, so that the
// results on stdout stay the results.
func writeQueryNotes(w io.Writer, res index.Result) {
	for _, x := range res.Expanded {
		fmt.Fprintln(w, evidence.Printable(expansionNote(x)))
	}
	for _, s := range res.Suggestions {
		fmt.Fprintln(w, evidence.Printable(suggestionNote(s)))
	}
}

// expansionNote is one line saying what a term was widened to:
// "CAMHS: also searched CYPMHS, child and adolescent mental health services".
func expansionNote(x index.Expansion) string {
	note := x.Term + ": also searched " + strings.Join(x.Forms, ", ")
	if x.Ambiguous {
		note += " (it has more than one meaning; all were searched)"
	}
	return note
}

// suggestionNote offers the near words: "autisim: did you mean autism (12)?".
func suggestionNote(s index.Suggestion) string {
	terms := make([]string, len(s.Terms))
	for i, t := range s.Terms {
		terms[i] = fmt.Sprintf("%s (%d)", t.Term, t.Count)
	}
	return s.Word + ": did you mean " + strings.Join(terms, " or ") + "?"
}
