package evidence_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
)

// TestVancouverFigureCopyNumbersAsItsReferenceList: a statistic citing a
// body whose own report the library holds (its primary), copied as its
// figure where the primary was not seen to state that figure, is cited to
// the coverage alone; the number it gives the coverage is the number the
// item's reference list gives it. Before, the figure copy numbered the
// coverage (1) and the reference list numbered the primary 1 and the
// coverage 2: pasted together, the figure was cited to a report not seen
// to state it.
func TestVancouverFigureCopyNumbersAsItsReferenceList(t *testing.T) {
	hf := evidence.Source{ID: "hf", Title: "Waiting for care", Publisher: "Health Foundation", Date: evidence.Date{Year: 2023}, Type: evidence.Report}
	nhsp := evidence.Source{ID: "nhsp", Title: "Forgotten generation", Publisher: "NHS Providers", Date: evidence.Date{Year: 2024}, Type: evidence.Report}
	it := evidence.Item{ID: "nhsp#1", Kind: evidence.Statistic, Source: nhsp, Primary: &hf, PrimaryValues: []float64{40},
		Cites: "Health Foundation", Text: "Figures from the Health Foundation show 58% waited.",
		Figures: []evidence.Figure{{Text: "58%", Value: 58, Unit: evidence.UnitPercent, Offset: 39}}}
	acc := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	refs := evidence.Cite(it, evidence.Vancouver, evidence.FormatReference, acc)
	num := ""
	for _, line := range strings.Split(refs, "\n") {
		if n, rest, ok := strings.Cut(line, ". "); ok && strings.HasPrefix(rest, "NHS Providers") {
			num = n
		}
	}
	if num == "" {
		t.Fatalf("the reference list lacks the coverage:\n%s", refs)
	}
	fig := evidence.Cite(it, evidence.Vancouver, evidence.FormatFigure, acc)
	// It carries the one reference it cites, numbered as the list numbers
	// it, and not the primary's, which it does not cite (hostile check 63
	// L8: "(2)" alone pointed into a list the user lacked).
	if want := "58% (Health Foundation, cited in " + num + ")\n\n" + num + ". NHS Providers. Forgotten generation. NHS Providers; 2024."; fig != want {
		t.Errorf("figure copy %q, want %q: the reference list numbers the coverage %s:\n%s", fig, want, num, refs)
	}
}
