package export_test

import (
	"bytes"
	"encoding/csv"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// TestCSVSourceColumnsAreTheWorkCitedFirst: a story's finding found in
// the report it covers is cited "(Kestrel Trust, 2023; reported by Lark,
// 2024)", and its row's publisher, year, title and url are the report's,
// the work its citation names first; a story cited alone keeps its own
// (hostile check 61 L8). Before, the row named the reporter beside a
// citation naming the report first.
func TestCSVSourceColumnsAreTheWorkCitedFirst(t *testing.T) {
	report := evidence.Source{ID: "k", Title: "Hidden waits", Publisher: "Kestrel Trust", Date: evidence.Date{Year: 2023}, Type: evidence.Report, URL: "https://kestrel.example/waits"}
	story := evidence.Source{ID: "s", Title: "Waits hidden", Publisher: "Daily Lark", Author: "Pat Lark", Date: evidence.Date{Year: 2024, Month: 2}, Type: evidence.News, About: "k", URL: "https://lark.example/w"}
	items := []evidence.Item{
		{ID: "s#1", Kind: evidence.Excerpt, Source: story, Text: "Waits are hidden, Kestrel says.", Primary: &report},
		{ID: "s#2", Kind: evidence.Excerpt, Source: story, Text: "Parents told us of their waits."},
	}
	var buf bytes.Buffer
	if err := export.CSV(&buf, items, evidence.Harvard, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("%v: %q", err, rows)
	}
	// publisher, year, title, url, citation
	cols := func(r []string) [5]string { return [5]string{r[8], r[9], r[10], r[11], r[12]} }
	if got, want := cols(rows[1]), [5]string{"Kestrel Trust", "2023", "Hidden waits", "https://kestrel.example/waits", "(Kestrel Trust, 2023; reported by Lark, 2024)"}; got != want {
		t.Errorf("the reported finding's row: %q, want %q", got, want)
	}
	if got, want := cols(rows[2]), [5]string{"Daily Lark", "2024", "Waits hidden", "https://lark.example/w", "(Lark, 2024)"}; got != want {
		t.Errorf("the story's own finding: %q, want %q", got, want)
	}
}
