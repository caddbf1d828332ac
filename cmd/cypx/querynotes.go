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

// maxNoteForms is how many forms a note names; the rest are counted. A
// library's thesaurus entry of 20,000 forms wrote them all on one line, 200
// KB at every search of the term.
const maxNoteForms = 20

// expansionNote is one line saying what a term was widened to:
// "CAMHS: also searched CYPMHS, child and adolescent mental health services".
func expansionNote(x index.Expansion) string {
	forms := x.Forms
	more := ""
	if len(forms) > maxNoteForms {
		more = fmt.Sprintf(" and %d more ('cypx thesaurus %s' lists them)", len(forms)-maxNoteForms, x.Term)
		forms = forms[:maxNoteForms]
	}
	note := x.Term + ": also searched " + strings.Join(forms, ", ") + more
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
