package figures_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/links"
)

func item(id, publisher string, year int, about string, f evidence.Figure) evidence.Item {
	return evidence.Item{ID: id, Kind: evidence.Statistic, Figures: []evidence.Figure{f},
		Source: evidence.Source{ID: id, Publisher: publisher, Date: evidence.Date{Year: year}, About: about}}
}

func fig(text string, v float64, period string) evidence.Figure {
	return evidence.Figure{Text: text, Value: v, Unit: evidence.UnitPercent, Offset: 0,
		Record: evidence.Record{Measure: "covered by a support team", Population: "pupils", Period: period, Key: "percent|pupil||=mhst cover"}}
}

func TestTableOfAnItemWithADisagreementAndATrend(t *testing.T) {
	dhsc := item("dhsc", "DHSC", 2024, "", fig("44%", 44, "April 2024"))
	tes := item("tes", "Tes", 2024, "dhsc", fig("46%", 46, "April 2024"))
	old := item("old", "DHSC", 2023, "", fig("35%", 35, "April 2023"))
	ls := []links.Link{
		{Type: links.Disagrees, Item: tes, Compared: &links.Comparison{Figure: dhsc.Figures[0], Other: tes.Figures[0]}},
		{Type: links.Trend, Item: old, Compared: &links.Comparison{Figure: dhsc.Figures[0], Other: old.Figures[0]}},
		{Type: links.Related, Item: old},
	}
	tb, ok := figures.ForItem(dhsc, -1, ls, nil)
	if !ok || len(tb.Rows) != 3 {
		t.Fatalf("table %+v, %v", tb, ok)
	}
	// Primary sources first, earlier periods first; coverage last.
	if tb.Rows[0].Item.ID != "old" || tb.Rows[1].Item.ID != "dhsc" || tb.Rows[2].Item.ID != "tes" || !tb.Rows[2].Secondary {
		t.Errorf("rows in the wrong order: %+v", tb.Rows)
	}
	md := tb.Markdown(evidence.Harvard, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
	for _, want := range []string{"| Source | Value | Period |", "| DHSC | 44% | April 2024 |", "primary, disagrees", "secondary, disagrees",
		"(DHSC, 2024)", "(Tes, 2024)", "Over time: April 2023 ▁█ April 2024", "## References", "- DHSC (2024)"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if w := figures.Warning(ls, evidence.Harvard); w != "Other sources give 46% for this measure: Tes, 2024" {
		t.Errorf("warning %q", w)
	}
	if figures.Warning(ls[1:], evidence.Harvard) != "" {
		t.Error("a trend warns")
	}
	if _, ok := figures.ForItem(dhsc, -1, ls[2:], nil); ok {
		t.Error("a table without comparisons")
	}
}

// TestTableIsCitedInTheStyle: a comparison table cites its rows in the
// style asked for, the table being one document (Vancouver numbers its
// works in row order, and its references carry those numbers), as a copy
// and `cypx cite` do. Before, every row was cited in Harvard whatever the
// style (red-team round 12).
func TestTableIsCitedInTheStyle(t *testing.T) {
	dhsc := item("dhsc", "DHSC", 2024, "", fig("44%", 44, "April 2024"))
	tes := item("tes", "Tes", 2024, "", fig("46%", 46, "April 2024"))
	old := item("old", "DHSC", 2023, "", fig("35%", 35, "April 2023"))
	ls := []links.Link{
		{Type: links.Disagrees, Item: tes, Compared: &links.Comparison{Figure: dhsc.Figures[0], Other: tes.Figures[0]}},
		{Type: links.Trend, Item: old, Compared: &links.Comparison{Figure: dhsc.Figures[0], Other: old.Figures[0]}},
	}
	tb, _ := figures.ForItem(dhsc, -1, ls, nil)
	acc := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	cites, refs := tb.Citations(evidence.Vancouver, acc)
	if want := []string{"(1)", "(2)", "(3)"}; !slices.Equal(cites, want) {
		t.Errorf("Vancouver cites %v, want %v (rows old, dhsc, tes)", cites, want)
	}
	if len(refs) != 3 || refs[0].Number != 1 || !strings.HasPrefix(refs[2].Text.String(), "Tes") {
		t.Errorf("references %+v", refs)
	}
	md := tb.Markdown(evidence.Vancouver, acc)
	for _, want := range []string{"| (1) |", "| (3) |", "## References", "\n3. Tes."} {
		if !strings.Contains(md, want) {
			t.Errorf("Vancouver markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "(DHSC, 2024)") {
		t.Errorf("a Harvard citation in the Vancouver table:\n%s", md)
	}
	apa, _ := tb.Citations(evidence.APA, acc)
	if apa[1] != "(DHSC, 2024b)" && apa[1] != "(DHSC, 2024)" {
		t.Errorf("APA cite %q", apa[1])
	}
}

// TestWarningCitesTheOtherItemAsItIsCited: the warning beside a finding
// another source contradicts cites that source's item as the item is cited
// on its own and in a pack's note: its page, and a story's report first.
// Before, it named the story's source alone, "Reporter, 2024", where the
// story's finding is everywhere else "(Smith, 2024; reported by
// Reporter, 2024)", left out the page of a report's, and named authors
// Harvard's way whatever the style ("Smith and Doe" beside APA's
// "Smith & Doe").
func TestWarningCitesTheOtherItemAsItIsCited(t *testing.T) {
	mine := item("mine", "Beta Trust", 2024, "", fig("45%", 45, "2023"))
	report := item("acme", "Acme Trust", 2024, "", fig("12%", 12, "2023"))
	report.Source.Author, report.Page = "Jane Smith", 4
	story := item("story", "News Corp", 2024, "acme", fig("12%", 12, "2023"))
	story.Source.Author, story.Primary, story.PrimaryValues = "Ann Reporter", &report.Source, []float64{12}
	ls := []links.Link{
		{Type: links.Disagrees, Item: report, Compared: &links.Comparison{Figure: mine.Figures[0], Other: report.Figures[0]}},
		{Type: links.Disagrees, Item: story, Compared: &links.Comparison{Figure: mine.Figures[0], Other: story.Figures[0]}},
	}
	want := "Other sources give other values for this measure: 12% (Smith, 2024, p. 4); 12% (Smith, 2024; reported by Reporter, 2024)"
	if w := figures.Warning(ls, evidence.Harvard); w != want {
		t.Errorf("warning\n got %q\nwant %q", w, want)
	}
	// In APA, as APA cites them.
	report.Source.Author = "Jane Smith and John Doe"
	ls[0].Item = report
	story.Primary = &report.Source
	ls[1].Item = story
	want = "Other sources give other values for this measure: 12% (Smith & Doe, 2024, p. 4); 12% (Smith & Doe, 2024; reported by Reporter, 2024)"
	if w := figures.Warning(ls, evidence.APA); w != want {
		t.Errorf("APA warning\n got %q\nwant %q", w, want)
	}
}

// TestRowOfTheSameValueDisagreesToo: in the table of an item's measure, a
// row giving the item's own value is contradicted by the rows that
// contradict the item, and says so, as the item's row does and as `cypx
// figures` marks every row another contradicts. Before, the explorer's
// table (f) marked the item "primary, disagrees" and a second report of
// the same 45% "primary" alone, beside a row of 12%.
func TestRowOfTheSameValueDisagreesToo(t *testing.T) {
	mine := item("mine", "Beta Trust", 2024, "", fig("45%", 45, "2023"))
	same := item("same", "Gamma Trust", 2024, "", fig("45%", 45, "2023"))
	other := item("other", "Acme Trust", 2024, "", fig("12%", 12, "2023"))
	earlier := item("earlier", "Beta Trust", 2023, "", fig("40%", 40, "2022"))
	ls := []links.Link{
		{Type: links.SameFinding, Item: same, Compared: &links.Comparison{Figure: mine.Figures[0], Other: same.Figures[0]}},
		{Type: links.Disagrees, Item: other, Compared: &links.Comparison{Figure: mine.Figures[0], Other: other.Figures[0]}},
		{Type: links.Trend, Item: earlier, Compared: &links.Comparison{Figure: mine.Figures[0], Other: earlier.Figures[0]}},
	}
	tb, ok := figures.ForItem(mine, -1, ls, nil)
	if !ok || len(tb.Rows) != 4 {
		t.Fatalf("table %+v", tb)
	}
	for _, r := range tb.Rows {
		if want := r.Item.ID != "earlier"; r.Disagrees != want {
			t.Errorf("row %s (%s): disagrees %v, want %v", r.Item.ID, r.Figure.Text, r.Disagrees, want)
		}
	}
}

// TestTableMarkdownEscapesItsCells: the comparison table copied as Markdown
// (the explorer's f, then c) writes each cell as the briefing pack writes
// its table of figures, escaped, so a source's text reads as written: a
// publisher "A&B <Trust>" is not an HTML tag a renderer swallows, a
// footnote marker kept in a figure ("1,200[^4]") is no footnote, and
// "*" is no emphasis. Before, only pipes were escaped.
func TestTableMarkdownEscapesItsCells(t *testing.T) {
	a := item("a", "A&B <Trust>", 2024, "", fig("1,200[^4]", 1200, "2023"))
	a.Figures[0].Unit = evidence.UnitCount
	b := item("b", "*Star* Trust", 2024, "", fig("900", 900, "2023"))
	b.Figures[0].Unit = evidence.UnitCount
	ls := []links.Link{{Type: links.Disagrees, Item: b, Compared: &links.Comparison{Figure: a.Figures[0], Other: b.Figures[0]}}}
	tb, ok := figures.ForItem(a, -1, ls, nil)
	if !ok {
		t.Fatal("no table")
	}
	md := tb.Markdown(evidence.Harvard, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
	for _, want := range []string{`| A&B \<Trust\> | 1,200\[^4\] |`, `| \*Star\* Trust | 900 |`} {
		if !strings.Contains(md, want) {
			t.Errorf("the table lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "<Trust>") || strings.Contains(md, "1,200[^4]") {
		t.Errorf("a cell is written as markup:\n%s", md)
	}
}
