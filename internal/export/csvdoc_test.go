package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// TestCSVIsCitedAsOneDocument: the rows of a CSV export are cited as the
// same export in Markdown cites its findings, one document: Vancouver
// numbers each work once, in row order; two reports of one publisher in
// one year are 2024a and 2024b; a story's two references are told apart on
// the row's one line. Before, each row was cited on its own: three works
// numbered "(1)" each, both reports "(Acme Trust, 2024)", and the story's
// references joined by a visible "\n".
func TestCSVIsCitedAsOneDocument(t *testing.T) {
	a := evidence.Source{ID: "a", Title: "Second look", Publisher: "Acme Trust", Date: evidence.Date{Year: 2024, Month: 9}, Type: evidence.Report}
	b := evidence.Source{ID: "b", Title: "Leaflet", Publisher: "Acme Trust", Date: evidence.Date{Year: 2024}, Type: evidence.Guidance}
	news := evidence.Source{ID: "n", Title: "Waits", Publisher: "News Corp", Author: "Ann Reporter", Date: evidence.Date{Year: 2024, Month: 3, Day: 5}, Type: evidence.News, About: "a"}
	items := []evidence.Item{
		{ID: "a#1", Kind: evidence.Excerpt, Source: a, Text: "Children wait."},
		{ID: "b#1", Kind: evidence.Excerpt, Source: b, Text: "Children wait long."},
		{ID: "n#1", Kind: evidence.Excerpt, Source: news, Text: "Children wait, Acme says.", Primary: &a},
	}
	acc := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	cells := func(st evidence.Style) (cites, refs []string) {
		var buf bytes.Buffer
		if err := export.CSV(&buf, items, st, acc); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows[1:] {
			cites, refs = append(cites, r[12]), append(refs, r[13])
		}
		return cites, refs
	}
	cites, refs := cells(evidence.Vancouver)
	if want := []string{"(1)", "(2)", "(1; reported by 3)"}; strings.Join(cites, "|") != strings.Join(want, "|") {
		t.Errorf("Vancouver citations %q, want %q", cites, want)
	}
	if !strings.HasPrefix(refs[1], "2. Acme Trust. Leaflet.") || !strings.HasPrefix(refs[2], "1. Acme Trust. Second look.") || !strings.Contains(refs[2], " 3. Reporter A.") {
		t.Errorf("Vancouver references %q", refs)
	}
	cites, refs = cells(evidence.Harvard)
	if want := []string{"(Acme Trust, 2024b)", "(Acme Trust, 2024a)", "(Acme Trust, 2024b; reported by Reporter, 2024)"}; strings.Join(cites, "|") != strings.Join(want, "|") {
		t.Errorf("Harvard citations %q, want %q", cites, want)
	}
	if strings.Contains(refs[2], `\n`) || !strings.Contains(refs[2], "Acme Trust (2024b) Second look. Reporter, A. (2024)") {
		t.Errorf("the story's references: %q", refs[2])
	}
}

// TestPackFigureTableGivesTheLetters: the table of figures under a pack
// gives a work's year as the pack's citations do, so a row leads to one
// reference: 2024a and 2024b for two reports of one publisher in one year.
// Before, both rows said "Acme Trust | 2024" beside findings cited
// "(Acme Trust, 2024a)" and "(Acme Trust, 2024b)".
func TestPackFigureTableGivesTheLetters(t *testing.T) {
	a := evidence.Source{ID: "a", Title: "Second look", Publisher: "Acme Trust", Date: evidence.Date{Year: 2024, Month: 9}, Type: evidence.Report}
	b := evidence.Source{ID: "b", Title: "Leaflet", Publisher: "Acme Trust", Date: evidence.Date{Year: 2024}, Type: evidence.Guidance}
	f := evidence.Figure{Text: "45%", Value: 45, Unit: evidence.UnitPercent, Offset: 9}
	items := []evidence.Item{
		{ID: "a#1", Kind: evidence.Statistic, Source: a, Text: "In 2023, 45% of children waited.", Figures: []evidence.Figure{f}},
		{ID: "b#1", Kind: evidence.Statistic, Source: b, Text: "In 2023, 45% of children waited long.", Figures: []evidence.Figure{f}},
	}
	var buf bytes.Buffer
	p := export.Pack{Items: items, Figures: true, Style: evidence.Harvard, Accessed: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
	if err := p.WriteMarkdown(&buf); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{"(Acme Trust, 2024b)", "| Acme Trust, 2024b |", "| Acme Trust, 2024a |"} {
		if !strings.Contains(md, want) {
			t.Errorf("the pack lacks %q:\n%s", want, md)
		}
	}
}

// TestJSONIsCitedAsOneDocument: the citations of a JSON export are one
// document's, as the CSV and Markdown of the same export are: Vancouver
// numbers each work once in item order, in the in-text citations and the
// references alike; two reports of one publisher in one year are 2024a and
// 2024b, the Harvard reference too; each item's in-text citation is the
// CSV row's. Before, each item was cited on its own: "(1)" for every
// work, "1. …" for every reference, both reports "(Acme Trust, 2024)".
func TestJSONIsCitedAsOneDocument(t *testing.T) {
	a := evidence.Source{ID: "a", Title: "Second look", Publisher: "Acme Trust", Date: evidence.Date{Year: 2024, Month: 9}, Type: evidence.Report}
	b := evidence.Source{ID: "b", Title: "Leaflet", Publisher: "Acme Trust", Date: evidence.Date{Year: 2024}, Type: evidence.Guidance}
	news := evidence.Source{ID: "n", Title: "Waits", Publisher: "News Corp", Author: "Ann Reporter", Date: evidence.Date{Year: 2024, Month: 3, Day: 5}, Type: evidence.News, About: "a"}
	items := []evidence.Item{
		{ID: "a#1", Kind: evidence.Excerpt, Source: a, Text: "Children wait."},
		{ID: "b#1", Kind: evidence.Excerpt, Source: b, Text: "Children wait long."},
		{ID: "n#1", Kind: evidence.Excerpt, Source: news, Text: "Children wait, Acme says.", Primary: &a},
	}
	acc := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	for _, st := range []evidence.Style{evidence.Vancouver, evidence.Harvard, evidence.APA} {
		var j, c bytes.Buffer
		if err := export.JSONWithCitations(&j, items, st, acc); err != nil {
			t.Fatal(err)
		}
		var out []struct {
			Citations map[string]string `json:"citations"`
		}
		if err := json.Unmarshal(j.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		if err := export.CSV(&c, items, st, acc); err != nil {
			t.Fatal(err)
		}
		rows, _ := csv.NewReader(&c).ReadAll()
		for i, o := range out {
			// A Vancouver copy carries its references after a blank line
			// (hostile check 64 M5); its first line ends as the CSV cites.
			quote, _, _ := strings.Cut(o.Citations["plain"], "\n\n")
			if cite := rows[i+1][12]; !strings.HasSuffix(quote, " "+cite) {
				t.Errorf("%s: item %d cited %q in JSON, %q in the CSV", st, i, o.Citations["plain"], cite)
			}
		}
		switch st {
		case evidence.Vancouver:
			if !strings.HasPrefix(out[1].Citations["reference"], "2. Acme Trust. Leaflet.") || !strings.HasSuffix(out[1].Citations["plain"], "(2)\n\n"+out[1].Citations["reference"]) {
				t.Errorf("Vancouver's second work: %q", out[1].Citations)
			}
		case evidence.Harvard:
			if !strings.HasPrefix(out[0].Citations["harvard"], "Acme Trust (2024b) Second look") || !strings.HasSuffix(out[1].Citations["figure"], "(Acme Trust, 2024a)") {
				t.Errorf("Harvard's letters: %q %q", out[0].Citations, out[1].Citations)
			}
		}
	}
}

// TestFigureTableNamesWorksAsTheStyleDoes: the pack's table of figures
// names each work as the pack's citations do: "Smith & Doe" and "Ba et
// al." in APA, where Harvard says "Smith and Doe" and "Ba, Ca and Da".
// Before, the table named works in Harvard's form whatever the style, so
// an APA pack's table said "Smith and Doe" beside "(Smith & Doe, 2024)".
func TestFigureTableNamesWorksAsTheStyleDoes(t *testing.T) {
	a := evidence.Source{ID: "a", Title: "Waiting", Publisher: "Acme Trust", Author: "Jane Smith and John Doe", Date: evidence.Date{Year: 2024}, Type: evidence.Report}
	b := evidence.Source{ID: "b", Title: "Waits", Publisher: "Beta Trust", Author: "Al Ba, Bo Ca and Cy Da", Date: evidence.Date{Year: 2023}, Type: evidence.Report}
	f := evidence.Figure{Text: "45%", Value: 45, Unit: evidence.UnitPercent}
	items := []evidence.Item{
		{ID: "a#1", Kind: evidence.Statistic, Source: a, Text: "In 2023, 45% of children waited.", Figures: []evidence.Figure{f}},
		{ID: "b#1", Kind: evidence.Statistic, Source: b, Text: "In 2022, 45% of children waited long.", Figures: []evidence.Figure{f}},
	}
	for st, want := range map[evidence.Style][]string{
		evidence.APA:     {"(Smith & Doe, 2024)", "| Smith & Doe, 2024 |", "(Ba et al., 2023)", "| Ba et al., 2023 |"},
		evidence.Harvard: {"(Smith and Doe, 2024)", "| Smith and Doe, 2024 |", "(Ba, Ca and Da, 2023)", "| Ba, Ca and Da, 2023 |"},
	} {
		var buf bytes.Buffer
		p := export.Pack{Items: items, Figures: true, Style: st, Accessed: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
		if err := p.WriteMarkdown(&buf); err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !strings.Contains(buf.String(), w) {
				t.Errorf("%s: the pack lacks %q:\n%s", st, w, buf.String())
			}
		}
	}
}
