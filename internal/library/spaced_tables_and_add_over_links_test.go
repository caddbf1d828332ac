package library_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestSpacedTableOffItsColumns: a spaced table whose figures do not line
// up, one row's set two places right of the others (typed by hand), is
// still a table, each figure under its header's measure. Before, the
// block was one paragraph: a statistic whose one figure was the header's
// "18 weeks", the rows' figures none.
func TestSpacedTableOffItsColumns(t *testing.T) {
	text := "Community paediatrics waits\n\n" +
		"The table below shows waits by locality.\n\n" +
		"Locality      Children waiting   Waiting over 18 weeks (%)   Median wait (weeks)\n" +
		"North                    1,240                        48.2                   21\n" +
		"South                      980                        39.5                   17\n" +
		"East                       1,020                      51.0                   23\n\n" +
		"Most localities saw longer waits than last year.  Two spaces after the stop\n" +
		"are typed by some.  They make no table of a paragraph\n" +
		"of prose, whatever its lines hold: 45% and 12.\n\n" +
		"Westmere ICB   Room 12, County Hall\n" +
		"Westmere  WM1 2AB\n" +
		"Phone  01632 960123\n"
	im := importText(t, text, library.Meta{Publisher: "Westmere ICB", Date: "2025-04", Type: "report"})
	checkBody(t, im.Body, []string{
		"| Locality | Children waiting | Waiting over 18 weeks (%) | Median wait (weeks) |",
		"| East | 1,020 | 51.0 | 23 |",
	}, []string{"| Most", "| are typed", "| Westmere ICB", "| Phone"})
	measures := map[string]string{}
	for _, it := range im.Items {
		for _, f := range it.Figures {
			measures[f.Text] = f.Measure
		}
	}
	for fig, want := range map[string]string{"1,020": "children waiting", "51.0": "waiting over 18 weeks", "23": "median wait"} {
		if got := measures[fig]; got != want {
			t.Errorf("%s measures %q, want %q (figures %v)", fig, got, want, measures)
		}
	}
	if m, ok := measures["18 weeks"]; ok {
		t.Errorf("the header's 18 weeks is a figure (%q)", m)
	}
}

// TestAddOverALinkLeadingOutSaysWhatHelps: adding under an id whose
// source is a link to a file outside the library, with --force or
// without, is refused naming the link and what helps (remove moves the
// link, --id picks another), and the file outside is left as it was.
// Before: "…/sources/x.md leads out of …/library (to …): refused", and no
// way on.
func TestAddOverALinkLeadingOutSaysWhatHelps(t *testing.T) {
	root := t.TempDir()
	lib := library.Library{Dir: filepath.Join(root, "library")}
	sources := filepath.Join(lib.Dir, "sources")
	if err := os.MkdirAll(sources, 0o755); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(root, "notes.md")
	if err := os.WriteFile(outside, []byte("private"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(sources, "x.md")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	for _, force := range []bool{false, true} {
		_, err := lib.Save("x", []byte("---\ntitle: T\n---\n"), force)
		if err == nil || !errors.Is(err, library.ErrExists) || !strings.Contains(err.Error(), "sources/x.md, a link to "+outside+", outside the library") ||
			!strings.Contains(err.Error(), "'cypx remove x' moves the link") {
			t.Errorf("force %v: %v, want the link named and what helps", force, err)
		}
	}
	if got, _ := os.ReadFile(outside); string(got) != "private" {
		t.Errorf("the file outside was written: %q", got)
	}
}
