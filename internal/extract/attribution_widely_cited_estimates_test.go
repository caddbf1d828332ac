package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAccordingToAWidelyCitedEstimateCitesItsAuthors: "according to the
// widely cited estimate by <Author> and colleagues" (or "an estimate by")
// cites the authors as the text names them ("Marwood and colleagues",
// "Marwood et al."), as "according to <Author>" cites its author. Before:
// the adjective and the singular "estimate" hid the cue and nothing was
// cited, and a first author was cited without "and colleagues".
// A finding with no cue still cites no one.
func TestAccordingToAWidelyCitedEstimateCitesItsAuthors(t *testing.T) {
	for s, want := range map[string]string{
		"Half of all lifetime anxiety begins by the age of 14, according to the widely cited estimate by Marwood and colleagues.": "Marwood and colleagues",
		"Half of all lifetime anxiety begins by the age of 14, according to an estimate by Marwood et al.":                        "Marwood et al.",
		"Half of all lifetime anxiety begins by the age of 14, as Marwood and colleagues have long argued in print.":              "",
	} {
		got := ""
		for _, it := range extract.Extract(parseBody(t, "P", s+"\n")) {
			got = it.Cites
		}
		if got != want {
			t.Errorf("%q: cites %q, want %q", s, got, want)
		}
	}
}
