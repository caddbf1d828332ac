package export_test

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// TestPackQuotesSpanMarkBlank: a briefing pack (Markdown with its table
// of figures, and Word) quotes a table row whose cell only continues the
// figure above ("^^") with that cell blank, as `cypx cite` copies it and
// every view shows it (red-team round 17). Before, the pack's findings
// and its table of figures printed "^^", a symbol of nothing to a reader.
func TestPackQuotesSpanMarkBlank(t *testing.T) {
	src := evidence.Source{ID: "rep", Title: "Waits", Publisher: "Example Trust", Type: "report", Date: evidence.Date{Year: 2024}}
	it := evidence.Item{ID: "rep#3", Kind: evidence.Statistic, Source: src, Text: "| North West | 2023/24 | 23,500 | 44% | ^^ |",
		Figures: []evidence.Figure{{Text: "23,500", Offset: 25, Value: 23500, Unit: evidence.UnitCount}, {Text: "44%", Offset: 34, Value: 44, Unit: evidence.UnitPercent}}}
	p := export.Pack{Items: []evidence.Item{it}, Accessed: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Figures: true}
	var md bytes.Buffer
	if err := p.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(md.String(), "^^") || !strings.Contains(md.String(), "**23,500**") {
		t.Errorf("Markdown pack:\n%s", md.String())
	}
	var doc bytes.Buffer
	if err := p.WriteDOCX(&doc); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(doc.Bytes()), int64(doc.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, _ := f.Open()
		x, _ := io.ReadAll(rc)
		rc.Close()
		if bytes.Contains(x, []byte("^^")) || !bytes.Contains(x, []byte("23,500")) {
			t.Errorf("Word pack quotes the span mark: %s", x)
		}
	}
}

// TestFigureTableMeasuresTheFigureWhereItStands: the pack's table of
// figures says what a figure measures from the clause it stands in, not
// the first clause holding the same text (red-team round 17). Before, a
// headline "45%" after an earlier "45%" was given the earlier clause.
func TestFigureTableMeasuresTheFigureWhereItStands(t *testing.T) {
	src := evidence.Source{ID: "rep", Title: "Waits", Publisher: "Example Trust", Type: "report", Date: evidence.Date{Year: 2024}}
	text := "In 2022, 45% of children waited over 18 weeks; in 2024, 45% were seen within four weeks."
	at := strings.LastIndex(text, "45%")
	it := evidence.Item{ID: "rep#4", Kind: evidence.Statistic, Source: src, Text: text,
		Figures: []evidence.Figure{{Text: "45%", Offset: 9, Value: 45, Unit: evidence.UnitPercent}, {Text: "45%", Offset: at, Value: 45, Unit: evidence.UnitPercent, Role: evidence.RoleHeadline}}}
	var md bytes.Buffer
	if err := (export.Pack{Items: []evidence.Item{it}, Accessed: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Figures: true}).WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "| 45% | in 2024, 45% were seen within four weeks |") {
		t.Errorf("table of figures:\n%s", md.String())
	}
}
