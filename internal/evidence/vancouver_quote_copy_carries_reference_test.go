package evidence_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
)

// TestVancouverQuoteCopyCarriesItsReference: a quote copied alone in
// Vancouver, plain or Markdown, carries the numbered reference its "(1)"
// points to, as its figure copy and the footnote style's copy already
// did; a story reporting a report carries both, numbered as its
// reference copy numbers them. The other author–date styles carry none.
// Before, "…" (1) alone pointed into a list the user did not have
// (hostile check 64 M5).
func TestVancouverQuoteCopyCarriesItsReference(t *testing.T) {
	acc := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	rep := evidence.Source{ID: "r", Title: "Nurses in Westhaven", Publisher: "Westhaven Trust", Date: evidence.Date{Year: 2025}, Type: evidence.Report, URL: "https://example.org/nurses"}
	story := evidence.Source{ID: "s", Title: "Nurse gap", Publisher: "Daily Post", Author: "Ann Reporter", Date: evidence.Date{Year: 2025, Month: 2}, Type: evidence.News, About: "r"}
	own := evidence.Item{ID: "r#1", Kind: evidence.Excerpt, Source: rep, Text: "Each nurse covers three schools."}
	told := evidence.Item{ID: "s#1", Kind: evidence.Excerpt, Source: story, Primary: &rep, Text: "Each nurse covers three schools, the trust says."}

	plain := evidence.Cite(own, evidence.Vancouver, evidence.FormatPlain, acc)
	if want := "\"Each nurse covers three schools.\" (1)\n\n" + evidence.Cite(own, evidence.Vancouver, evidence.FormatReference, acc); plain != want {
		t.Errorf("plain copy %q, want %q", plain, want)
	}
	md := evidence.Cite(own, evidence.Vancouver, evidence.FormatMarkdown, acc)
	if !strings.HasPrefix(md, "\"Each nurse covers three schools.\" ([1](https://example.org/nurses))\n\n1. Westhaven Trust. Nurses in Westhaven") ||
		!strings.Contains(md, "<https://example.org/nurses>") {
		t.Errorf("Markdown copy %q: no reference 1, or its address not linked", md)
	}
	refs := evidence.Cite(told, evidence.Vancouver, evidence.FormatReference, acc)
	for _, f := range []evidence.Format{evidence.FormatPlain, evidence.FormatFigure} {
		got := evidence.Cite(told, evidence.Vancouver, f, acc)
		if !strings.HasSuffix(got, "(1; reported by 2)\n\n"+refs) {
			t.Errorf("%s copy of a story %q, want it to end with both references:\n%s", f, got, refs)
		}
	}
	for _, st := range []evidence.Style{evidence.Harvard, evidence.APA} {
		for _, f := range []evidence.Format{evidence.FormatPlain, evidence.FormatMarkdown} {
			if got := evidence.Cite(own, st, f, acc); strings.Contains(got, "\n") {
				t.Errorf("%s %s copy %q: an author–date citation needs no reference", st, f, got)
			}
		}
	}
}
