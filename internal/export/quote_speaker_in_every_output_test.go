package export_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// speakerItem is a quotation whose lead-in named who speaks it.
func speakerItem() evidence.Item {
	return evidence.Item{
		ID: "kt-2024-kestrel-news#0a1b2c3d", Kind: evidence.Excerpt,
		Text:    `"We will open the kestrel clinic on Saturdays from the spring."`,
		Speaker: "Dr Iona Reed, the trust's Medical Director",
		Source:  evidence.Source{ID: "kt-2024-kestrel-news", Title: "Kestrel clinic news", Publisher: "Kestrel Trust", Date: evidence.Date{Year: 2024}, Type: "news"},
	}
}

// TestAQuotesSpeakerIsInEveryOutput: a quotation's speaker (Item.Speaker,
// which `cypx show` and the explorer's detail name) is printed where its
// quote is: after the quote's words, "… — Dr Iona Reed, …", in the copy
// (plain and Markdown), the Markdown and Word packs and the plain
// Markdown export (the line under the quote stays its citation's, as
// the packs' readers take it), a "speaker" column in the CSV; the JSON
// carries it. All take it from the one citation (evidence.Citer.Cite).
// Before, the copy, the packs and the CSV quoted the words as nobody's.
func TestAQuotesSpeakerIsInEveryOutput(t *testing.T) {
	it := speakerItem()
	when := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	who := "Dr Iona Reed, the trust's Medical Director"
	for _, f := range []evidence.Format{evidence.FormatPlain, evidence.FormatMarkdown, evidence.FormatFigure} {
		for _, st := range []evidence.Style{evidence.Harvard, evidence.Footnotes, evidence.Vancouver} {
			cp := evidence.CiteCopy(it, st, f, when)
			if !strings.Contains(cp.Text, `Saturdays from the spring."" — `+who) {
				t.Errorf("%s %s copy: %q, want the quote then — %s", st, f, cp.String(), who)
			}
		}
	}
	p := export.Pack{Items: []evidence.Item{it}, Accessed: when}
	var md bytes.Buffer
	if err := p.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "Saturdays from the spring.\" — "+who+"\n>\n> — (Kestrel Trust, 2024), excerpt") {
		t.Errorf("Markdown pack:\n%s", md.String())
	}
	fp := p
	fp.Style = evidence.Footnotes
	md.Reset()
	if err := fp.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "Saturdays from the spring.\" — "+who+"[^1]\n>\n> — excerpt") {
		t.Errorf("Markdown pack, footnotes:\n%s", md.String())
	}
	md.Reset()
	if err := export.Markdown(&md, []evidence.Item{it}, evidence.Harvard, when); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "Saturdays from the spring.\" — "+who+"\n>\n> — (Kestrel Trust, 2024) · excerpt") {
		t.Errorf("Markdown export:\n%s", md.String())
	}
	if doc := strings.ReplaceAll(docxTextF67a(t, p), "&#34;", `"`); !strings.Contains(doc, "Saturdays from the spring.\" — "+who+"\n(Kestrel Trust, 2024), excerpt") {
		t.Errorf("Word pack:\n%s", doc)
	}
	var c bytes.Buffer
	if err := p.WriteCSV(&c); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&c).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("CSV: %v %v", rows, err)
	}
	col := -1
	for k, h := range rows[0] {
		if h == "speaker" {
			col = k
		}
	}
	if col < 0 || rows[1][col] != who {
		t.Errorf("CSV: header %v, row %v, want a speaker column holding %q", rows[0], rows[1], who)
	}
	var j bytes.Buffer
	if err := p.WriteJSON(&j); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(j.String(), `"speaker": "Dr Iona Reed, the trust's Medical Director"`) {
		t.Errorf("JSON pack:\n%s", j.String())
	}
	// An item no one speaks has no such line.
	it.Speaker = ""
	if cp := evidence.CiteCopy(it, evidence.Harvard, evidence.FormatPlain, when); strings.Contains(cp.Text, " — ") {
		t.Errorf("copy of no one's words: %q", cp.Text)
	}
}
