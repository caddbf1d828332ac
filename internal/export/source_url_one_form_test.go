package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/refs"
)

// TestSourceURLWithSpaceIsOneAddressInEveryFormat: a source URL typed
// with a space is written in one form, the encoded one its link and the
// import's warning give, by every citation copy, reference list, CSV
// column, JSON citation, document text and reference-manager record.
// Before (hostile check 61), show, the copies, CSV, JSON and the docx text
// wrote it raw while Markdown, RIS, BibTeX and CSL encoded it.
func TestSourceURLWithSpaceIsOneAddressInEveryFormat(t *testing.T) {
	const raw = "https://ex.org/a b?x=1&y=2"
	const want = "https://ex.org/a%20b?x=1&y=2"
	if got := evidence.CitedURL(raw); got != want {
		t.Fatalf("CitedURL(%q) = %q, want %q", raw, got, want)
	}
	src := evidence.Source{ID: "w", Title: "Clinic waits", Publisher: "Northmoor Health Board", Type: evidence.Report,
		Date: evidence.Date{Year: 2023}, URL: raw}
	items := []evidence.Item{{ID: "w#00000001", Kind: evidence.Excerpt, Source: src, Text: "Clinic waits doubled in a year.", Themes: []string{"t"}}}
	check := func(where, out string) {
		t.Helper()
		if strings.Contains(out, "a b") {
			t.Errorf("%s writes the URL raw:\n%s", where, out)
		}
		if !strings.Contains(out, want) {
			t.Errorf("%s does not write %s:\n%s", where, want, out)
		}
	}
	for _, st := range evidence.CiteStyles {
		for _, f := range evidence.Formats {
			if f == evidence.FormatPlain {
				continue // the quote and its short citation name no URL
			}
			if out := evidence.NewCiter(st, accessed, items).Format(items[0], f); strings.Contains(out, "ex.org") {
				check(string(st)+" copy as "+string(f), out)
			}
		}
		c := evidence.NewCiter(st, accessed, items)
		c.Cite(items[0])
		check(string(st)+" reference text", export.ReferenceText(st, c.References()[0]))
		var md, cs, js, dx bytes.Buffer
		if err := export.Markdown(&md, items, st, accessed); err != nil {
			t.Fatal(err)
		}
		check(string(st)+" md", md.String())
		if err := export.CSV(&cs, items, st, accessed); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&cs).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for i, col := range rows[0] {
			if col == "url" || col == "reference" {
				check(string(st)+" csv "+col, rows[1][i])
			}
		}
		if err := export.JSONWithCitations(&js, items, st, accessed); err != nil {
			t.Fatal(err)
		}
		var recs []struct {
			Citations map[string]string `json:"citations"`
		}
		if err := json.Unmarshal(js.Bytes(), &recs); err != nil || len(recs) != 1 {
			t.Fatalf("json: %v: %s", err, js.String())
		}
		for _, name := range []string{"harvard", string(evidence.FormatReference)} {
			check(string(st)+" json citations."+name, recs[0].Citations[name])
		}
		pack := export.Pack{Title: "Brief", Items: items, Themes: []export.Theme{{ID: "t", Label: "Theme"}}, Accessed: accessed, Style: st}
		if err := pack.WriteDOCX(&dx); err != nil {
			t.Fatal(err)
		}
		parts := docxParts(t, dx.Bytes())
		check(string(st)+" docx", strings.ReplaceAll(parts["word/document.xml"]+parts["word/footnotes.xml"], "&amp;", "&"))
	}
	for _, f := range []refs.Format{refs.RIS, refs.BibTeX, refs.CSLJSON} {
		out, err := refs.Write(f, refs.Works(items), accessed)
		if err != nil {
			t.Fatal(err)
		}
		check(string(f), out)
	}
}
