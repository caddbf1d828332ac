package export_test

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// tableItemsF67a are three statistics whose citations say more than a
// work and its year: a figure its sentence gives to another body (cited
// in), a news story's figure its primary report states (reported by) and
// a figure from page 7 of a PDF.
func tableItemsF67a() []evidence.Item {
	report := evidence.Source{ID: "rep", Title: "Waiting well", Publisher: "Harbour Health Trust", Date: evidence.Date{Year: 2024, Month: 5}, Type: evidence.Report}
	news := evidence.Source{ID: "news", Title: "Trusts warn on waits", Publisher: "Coastal Gazette", Author: "Rita Penhale", Date: evidence.Date{Year: 2024, Month: 6, Day: 3}, Type: evidence.News, About: "rep"}
	pdf := evidence.Source{ID: "pdf", Title: "Clinic audit", Publisher: "Fenmoor Council", Date: evidence.Date{Year: 2025, Month: 2}, Type: evidence.Report}
	other := evidence.Source{ID: "oth", Title: "Play and health", Publisher: "Lantern Press", Date: evidence.Date{Year: 2023, Month: 1}, Type: evidence.Report}
	fig := func(sentence, text string, v float64, u evidence.Unit, period string) evidence.Figure {
		return evidence.Figure{Text: text, Value: v, Unit: u, Offset: strings.Index(sentence, text), Record: evidence.Record{Period: period}}
	}
	const (
		cut   = "Spending on play schemes fell by 18% since 2016/17, the Meadow Institute found."
		trust = "Almost two thirds of trusts (64%) expect waits to grow."
		seen  = "In 2024/25, 2,310 children were seen at the Fenmoor clinic."
	)
	return []evidence.Item{
		{ID: "oth#1", Kind: evidence.Statistic, Source: other, Cites: "Meadow Institute, 2022",
			Text: cut, Figures: []evidence.Figure{fig(cut, "18%", 18, evidence.UnitPercent, "since 2016/17")}},
		{ID: "news#1", Kind: evidence.Statistic, Source: news, Primary: &report, PrimaryValues: []float64{64},
			Text: trust, Figures: []evidence.Figure{fig(trust, "64%", 64, evidence.UnitPercent, "")}},
		{ID: "pdf#1", Kind: evidence.Statistic, Source: pdf, Page: 7,
			Text: seen, Figures: []evidence.Figure{fig(seen, "2,310 children", 2310, evidence.UnitCount, "2024/25")}},
	}
}

// docxTextF67a is the text of a Word pack's body, paragraph by paragraph
// and cell by cell, each on a line of its own.
func docxTextF67a(t *testing.T, p export.Pack) string {
	t.Helper()
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
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(r)
		x := regexp.MustCompile(`(?:</w:p>|</w:tc>)+`).ReplaceAllString(string(raw), "\n")
		x = regexp.MustCompile(`<[^>]+>`).ReplaceAllString(x, "")
		return strings.NewReplacer("&amp;", "&", "&#39;", "'", "&quot;", `"`, "&lt;", "<", "&gt;", ">").Replace(x)
	}
	t.Fatal("no word/document.xml")
	return ""
}

// TestFigureTableCreditsEachFigureAsItsFindingIsCited: a row of the
// table of figures names the source, the body it is cited in, the
// reporter and the page in the words of its finding's citation, in
// Markdown and Word, in Harvard and APA. Before, the table said "Lantern
// Press | 2023" beside "(Meadow Institute, 2022, cited in Lantern Press,
// 2023)", gave no page beside "(…, 2025, p. 7)", and named a story's
// reporter alone where its finding was cited to the report first.
func TestFigureTableCreditsEachFigureAsItsFindingIsCited(t *testing.T) {
	acc := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	for st, want := range map[evidence.Style][]string{
		evidence.Harvard: {
			"Meadow Institute, 2022, cited in Lantern Press, 2023",
			"Harbour Health Trust, 2024; reported by Penhale, 2024",
			"Fenmoor Council, 2025, p. 7",
		},
		evidence.APA: {
			"Meadow Institute, 2022, as cited in Lantern Press, 2023",
			"Harbour Health Trust, 2024; reported by Penhale, 2024",
			"Fenmoor Council, 2025, p. 7",
		},
	} {
		p := export.Pack{Items: tableItemsF67a(), Figures: true, Style: st, Accessed: acc}
		var md bytes.Buffer
		if err := p.WriteMarkdown(&md); err != nil {
			t.Fatal(err)
		}
		word := docxTextF67a(t, p)
		for _, w := range want {
			if !strings.Contains(md.String(), "— ("+w+"), statistic") || !strings.Contains(md.String(), "| "+w+" |") {
				t.Errorf("%s: the Markdown's finding and row do not both cite %q:\n%s", st, w, md.String())
			}
			if !strings.Contains(word, "("+w+")") || !strings.Contains(word, "\n"+w+"\n") {
				t.Errorf("%s: the Word pack's finding and row do not both cite %q:\n%s", st, w, word)
			}
		}
		if strings.Contains(md.String(), "| Penhale, 2024 |") || strings.Contains(md.String(), "| Lantern Press, 2023 |") {
			t.Errorf("%s: a row credits the work read alone:\n%s", st, md.String())
		}
	}
}

// TestFigureTablePeriodIsTheFiguresOwn: the table's last column is the
// figure's own period as extracted, headed "Period", blank where the
// sentence states none. Before, a column "Year" gave the publication
// year: 2025 for a count of 2024/25, 2023 for a cut "since 2016/17".
func TestFigureTablePeriodIsTheFiguresOwn(t *testing.T) {
	p := export.Pack{Items: tableItemsF67a(), Figures: true, Accessed: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
	var md bytes.Buffer
	if err := p.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	out := md.String()
	for _, w := range []string{
		"| Figure | What it measures | Source | Period |",
		"| Fenmoor Council, 2025, p. 7 | 2024/25 |",
		"| Meadow Institute, 2022, cited in Lantern Press, 2023 | since 2016/17 |",
		"| Harbour Health Trust, 2024; reported by Penhale, 2024 |  |",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("the table lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out, "| Year |") || strings.Contains(out, "| 2025 |") {
		t.Errorf("the table gives a publication year as a column:\n%s", out)
	}
	word := docxTextF67a(t, p)
	if !strings.Contains(word, "\nSource\nPeriod\n") || !strings.Contains(word, "\nFenmoor Council, 2025, p. 7\n2024/25\n") {
		t.Errorf("the Word table lacks the period 2024/25 beside its source:\n%s", word)
	}
}

// TestFigureTableCitesAFigureAsItsCopyDoes: a story's figure that its
// report was not seen to state is cited to the story alone in the table,
// as the figure copy (`cypx cite --format figure`, `C` in the explorer)
// cites it: one rule, evidence.Item.ForFigure, for a figure cited by
// itself. Before, the row credited the report first, the copy the story
// alone: one figure, two citations.
func TestFigureTableCitesAFigureAsItsCopyDoes(t *testing.T) {
	acc := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	items := tableItemsF67a()
	story := items[1]
	story.PrimaryValues = []float64{90} // the report states 90%, not the story's 64%
	for _, st := range []evidence.Style{evidence.Harvard, evidence.APA} {
		p := export.Pack{Items: []evidence.Item{story}, Figures: true, Style: st, Accessed: acc}
		var md bytes.Buffer
		if err := p.WriteMarkdown(&md); err != nil {
			t.Fatal(err)
		}
		copied := evidence.NewCiter(st, acc, []evidence.Item{story}).Format(story, evidence.FormatFigure)
		if !strings.HasSuffix(copied, "(Penhale, 2024)") {
			t.Fatalf("%s: the figure copy is %q, want it cited to the story alone", st, copied)
		}
		if !strings.Contains(md.String(), "| Penhale, 2024 |  |") {
			t.Errorf("%s: the row does not cite the figure as its copy does (%q):\n%s", st, copied, md.String())
		}
		if !strings.Contains(md.String(), "(Harbour Health Trust, 2024; reported by Penhale, 2024)") {
			t.Errorf("%s: the finding's own citation changed:\n%s", st, md.String())
		}
	}
}
