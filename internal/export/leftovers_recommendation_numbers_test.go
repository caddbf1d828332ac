package export_test

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// Exports named a recommendation "recommendation" alone, where `cypx
// show` and the explorer give its number (evidence.Item.NumberLabel):
// every export now gives it as they do.
func TestExportsNumberRecommendations(t *testing.T) {
	src := evidence.Source{ID: "r", Title: "Waits", Publisher: "NHS Providers", Date: evidence.Date{Year: 2024}, Type: evidence.Report}
	rec := func(id, n string) evidence.Item {
		return evidence.Item{ID: "r#" + id, Kind: evidence.Recommendation, Number: n, Source: src, Text: "Trusts should publish waits " + id + "."}
	}
	items := []evidence.Item{rec("1", "3"), rec("2", "c"), rec("3", "R4"), rec("4", "")}
	wants := []string{"recommendation 3", "recommendation (c)", "recommendation R4"}
	for _, st := range []evidence.Style{evidence.Harvard, evidence.Footnotes} {
		var md, pmd, doc bytes.Buffer
		if err := export.Markdown(&md, items, st, accessed); err != nil {
			t.Fatal(err)
		}
		p := export.Pack{Title: "T", Items: items, Accessed: accessed, Style: st}
		if err := p.WriteMarkdown(&pmd); err != nil {
			t.Fatal(err)
		}
		if err := p.WriteDOCX(&doc); err != nil {
			t.Fatal(err)
		}
		word := docxParts(t, doc.Bytes())["word/document.xml"]
		for what, out := range map[string]string{"markdown": md.String(), "pack": pmd.String(), "word": word} {
			for _, w := range wants {
				if !strings.Contains(out, w) {
					t.Errorf("%s, %s: no %q in\n%s", st, what, w, out)
				}
			}
			if strings.Contains(out, "recommendation (c)") == strings.Contains(out, `recommendation \(c\)`) {
				t.Errorf("%s, %s: the number escaped or missing", st, what)
			}
		}
	}
	var c bytes.Buffer
	if err := export.CSV(&c, items, evidence.Harvard, accessed); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&c).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], "number")
	if col < 0 || rows[0][12] != "citation" || rows[0][len(rows[0])-4] != "measure" || rows[0][len(rows[0])-3] != "period" || rows[0][len(rows[0])-2] != "note" || rows[0][len(rows[0])-1] != "speaker" {
		t.Fatalf("header %v", rows[0])
	}
	for i, want := range []string{"3", "(c)", "R4", ""} {
		if got := rows[i+1][col]; got != want || got != items[i].NumberLabel() {
			t.Errorf("row %d: number %q, want %q", i+1, got, want)
		}
	}
}
