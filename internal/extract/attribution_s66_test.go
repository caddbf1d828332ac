package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAccordingToAWidelyCitedEstimateCitesItsAuthors: "according to the
// widely cited estimate by <Author> and colleagues" (or "an estimate by")
// cites the author, as "according to <Author>" does. Before: the
// adjective and the singular "estimate" hid the cue and nothing was cited.
// A finding with no cue still cites no one.
func TestAccordingToAWidelyCitedEstimateCitesItsAuthors(t *testing.T) {
	for s, want := range map[string]string{
		"Half of all lifetime anxiety begins by the age of 14, according to the widely cited estimate by Marwood and colleagues.": "Marwood",
		"Half of all lifetime anxiety begins by the age of 14, according to an estimate by Marwood and colleagues.":               "Marwood",
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
