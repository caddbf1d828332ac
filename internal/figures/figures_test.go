package figures_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/measure"
)

func item(id, publisher string, year int, about string, f evidence.Figure) evidence.Item {
	return evidence.Item{ID: id, Kind: evidence.Statistic, Figures: []evidence.Figure{f},
		Source: evidence.Source{ID: id, Publisher: publisher, Date: evidence.Date{Year: year}, About: about}}
}

// apart relates no two sources as one study.
func apart(a, b evidence.Item) measure.Related { return measure.Unrelated }

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
	tb, ok := figures.ForItem(dhsc, -1, ls, nil, nil, apart)
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
	if w := figures.Warning(links.OthersOf(ls, links.AllOthers), evidence.Harvard); w != "Other sources give 46% for this measure: Tes, 2024" {
		t.Errorf("warning %q", w)
	}
	if figures.Warning(links.OthersOf(ls[1:], links.AllOthers), evidence.Harvard) != "" {
		t.Error("a trend warns")
	}
	if _, ok := figures.ForItem(dhsc, -1, ls[2:], nil, nil, apart); ok {
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
	tb, _ := figures.ForItem(dhsc, -1, ls, nil, nil, apart)
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

// TestGroupTakesARowsSeries: a table row's figures of one measure at two
// times ("| North | 1,200 | 1,300 |" under 2023 and 2024) both join the
// measure their first heads, so its table holds the row's series; two
// figures of one statement for the same time are its own parts, and are
// not set against each other. Before, a row's second year never joined
// the table its first year headed.
func TestGroupTakesARowsSeries(t *testing.T) {
	count := func(text string, v float64, period string) evidence.Figure {
		return evidence.Figure{Text: text, Value: v, Unit: evidence.UnitCount, Offset: int(v),
			Record: evidence.Record{Measure: "referrals", Population: "North", Period: period, Key: "count|north||referr"}}
	}
	trust := item("trust", "North Trust", 2025, "", count("1,200", 1200, "2023"))
	trust.Figures = append(trust.Figures, count("1,300", 1300, "2024"))
	news := item("news", "Health News", 2025, "", count("1,200", 1200, "2023"))
	unrelated := func(a, b evidence.Item) measure.Related { return measure.Unrelated }
	tables := figures.Group([]evidence.Item{trust, news}, unrelated)
	if len(tables) != 1 || len(tables[0].Rows) != 3 || tables[0].Spark() == "" {
		t.Fatalf("tables %+v, want one of three rows over 2023 and 2024", tables)
	}
	for _, r := range tables[0].Rows {
		if r.Disagrees {
			t.Errorf("row %s (%s) disagrees", r.Figure.Text, r.Figure.Period)
		}
	}
	parts := item("parts", "North Trust", 2025, "", count("1,200", 1200, "2023"))
	parts.Figures = append(parts.Figures, count("1,250", 1250, "2023"))
	for _, tb := range figures.Group([]evidence.Item{parts, news}, unrelated) {
		for _, r := range tb.Rows {
			if r.Item.ID == "parts" && r.Figure.Value == 1250 {
				t.Errorf("a statement's second figure for the same time joined its first: %+v", tb.Rows)
			}
		}
	}
}

// TestForItemIsTheMeasuresGroup: the table of a figure (f in the
// explorer) is the table Group makes of its measure over the item and the
// items linked to it, whichever pair of figures each link was made for:
// two sources' series of 2023 and 2024, linked 2023 with 2023 and 2024
// with 2024, are four rows from either year. Before, the table took the
// links of the figure itself: its own year alone, two rows.
func TestForItemIsTheMeasuresGroup(t *testing.T) {
	count := func(text string, v float64, period string) evidence.Figure {
		return evidence.Figure{Text: text, Value: v, Unit: evidence.UnitCount, Offset: int(v),
			Record: evidence.Record{Measure: "referrals", Population: "North", Period: period, Key: "count|north||referr"}}
	}
	trust := item("trust", "North Trust", 2025, "", count("1,200", 1200, "2023"))
	trust.Figures = append(trust.Figures, count("1,300", 1300, "2024"))
	board := item("board", "Regional Health Board", 2025, "", count("1,200", 1200, "2023"))
	board.Figures = append(board.Figures, count("1,300", 1300, "2024"))
	ls := []links.Link{
		{Type: links.SameFinding, Item: board, Compared: &links.Comparison{Figure: trust.Figures[0], Other: board.Figures[0]}},
		{Type: links.SameFinding, Item: board, Compared: &links.Comparison{Figure: trust.Figures[1], Other: board.Figures[1]}},
	}
	groups := figures.Group([]evidence.Item{trust, board}, apart)
	if len(groups) != 1 || len(groups[0].Rows) != 4 {
		t.Fatalf("groups %+v, want one of four rows", groups)
	}
	acc := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	want := groups[0].Markdown(evidence.Harvard, acc)
	for fig := -1; fig < len(trust.Figures); fig++ {
		tb, ok := figures.ForItem(trust, fig, ls, nil, nil, apart)
		if got := tb.Markdown(evidence.Harvard, acc); !ok || got != want {
			t.Errorf("figure %d: the table (%v)\n%s\nwant the measure's group\n%s", fig, ok, got, want)
		}
	}
}

// TestGroupTakesATablesRowsByYear: rows of one table that give one
// measure by year ("North | 2023", "North | 2024") are one series, and
// join the table their first row heads as other periods; another row of
// that table for the same time (another service, keyed alike or not) is
// the table's own part and joins no one's series. Before, a row of the
// head's own source never joined, so a Year column's second row fell out
// of the comparison when its first row headed it.
func TestGroupTakesATablesRowsByYear(t *testing.T) {
	row := func(id, text string, v float64, period string) evidence.Item {
		it := item(id, "North Trust", 2025, "", evidence.Figure{Text: text, Value: v, Unit: evidence.UnitCount,
			Record: evidence.Record{Measure: "children waiting", Population: "North", Period: period, Key: "count|north||wait"}})
		it.Source.ID, it.Header = "trust", "| Region | Year | Children waiting |"
		return it
	}
	y23, y24 := row("y23", "12,905", 12905, "2023"), row("y24", "14,310", 14310, "2024")
	other := row("other", "13,000", 13000, "2024")
	other.Header = "| Region | Year | Children waiting (other table) |"
	news := item("news", "Health News", 2025, "", evidence.Figure{Text: "14,310", Value: 14310, Unit: evidence.UnitCount,
		Record: evidence.Record{Measure: "were waiting", Population: "North", Period: "2024", Key: "count|north||wait"}})
	unrelated := func(a, b evidence.Item) measure.Related { return measure.Unrelated }
	tables := figures.Group([]evidence.Item{y23, y24, other, news}, unrelated)
	if len(tables) != 1 || len(tables[0].Rows) != 3 || tables[0].Spark() == "" {
		t.Fatalf("tables %+v, want one of 2023 and 2024 from the trust and 2024 from the news", tables)
	}
	for _, r := range tables[0].Rows {
		if r.Item.ID == "other" || r.Disagrees {
			t.Errorf("row %s (%s): item %s, disagrees %v", r.Figure.Text, r.Figure.Period, r.Item.ID, r.Disagrees)
		}
	}
	same := row("same", "1,240", 1240, "2023")
	for _, tb := range figures.Group([]evidence.Item{y23, same, news}, unrelated) {
		for _, r := range tb.Rows {
			if r.Item.ID == "same" {
				t.Errorf("a row of the head's table for the same time joined it: %+v", tb.Rows)
			}
		}
	}
}

// TestGroupKeepsASourcesPartsApart: two figures of one source for one
// time with different values (a table's two services, each of which the
// head of another source matches) are parts of its account, and never
// sit in one group, where each would be marked as disagreeing; its
// figures at other times, and its repeats of one finding, still join.
// Before, both joined the head's table.
func TestGroupKeepsASourcesPartsApart(t *testing.T) {
	count := func(id, source, text string, v float64, period string) evidence.Item {
		it := item(id, source, 2025, "", evidence.Figure{Text: text, Value: v, Unit: evidence.UnitCount,
			Record: evidence.Record{Measure: "children waiting", Population: "North", Period: period, Key: "count|north||wait"}})
		it.Source.ID = source
		return it
	}
	news := count("news", "Health News", "14,310", 14310, "2024")
	slt := count("slt", "North Trust", "1,240", 1240, "2024")
	ot := count("ot", "North Trust", "830", 830, "2024")
	earlier := count("earlier", "North Trust", "12,905", 12905, "2023")
	again := count("again", "North Trust", "1,240", 1240, "2024")
	unrelated := func(a, b evidence.Item) measure.Related {
		if a.Source.ID == b.Source.ID {
			return measure.SameStudy
		}
		return measure.Unrelated
	}
	tables := figures.Group([]evidence.Item{news, slt, ot, earlier, again}, unrelated)
	if len(tables) != 1 {
		t.Fatalf("%d tables, want 1: %+v", len(tables), tables)
	}
	ids := map[string]bool{}
	for _, r := range tables[0].Rows {
		ids[r.Item.ID] = true
	}
	if ids["ot"] || !ids["slt"] || !ids["earlier"] || !ids["again"] {
		t.Errorf("rows %v: want news, slt, earlier and again, never slt beside ot", ids)
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
	if w := figures.Warning(links.OthersOf(ls, links.AllOthers), evidence.Harvard); w != want {
		t.Errorf("warning\n got %q\nwant %q", w, want)
	}
	// In APA, as APA cites them.
	report.Source.Author = "Jane Smith and John Doe"
	ls[0].Item = report
	story.Primary = &report.Source
	ls[1].Item = story
	want = "Other sources give other values for this measure: 12% (Smith & Doe, 2024, p. 4); 12% (Smith & Doe, 2024; reported by Reporter, 2024)"
	if w := figures.Warning(links.OthersOf(ls, links.AllOthers), evidence.APA); w != want {
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
	tb, ok := figures.ForItem(mine, -1, ls, nil, nil, apart)
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
// figure's footnote marker ("1,200[^4]") is left out of its cell (a
// figure is shown without it apart from its sentence), and "*" is no
// emphasis. Before, only pipes were escaped.
func TestTableMarkdownEscapesItsCells(t *testing.T) {
	a := item("a", "A&B <Trust>", 2024, "", fig("1,200[^4]", 1200, "2023"))
	a.Figures[0].Unit = evidence.UnitCount
	b := item("b", "*Star* Trust", 2024, "", fig("900", 900, "2023"))
	b.Figures[0].Unit = evidence.UnitCount
	ls := []links.Link{{Type: links.Disagrees, Item: b, Compared: &links.Comparison{Figure: a.Figures[0], Other: b.Figures[0]}}}
	tb, ok := figures.ForItem(a, -1, ls, nil, nil, apart)
	if !ok {
		t.Fatal("no table")
	}
	md := tb.Markdown(evidence.Harvard, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
	for _, want := range []string{`| A&B \<Trust\> | 1,200 |`, `| \*Star\* Trust | 900 |`} {
		if !strings.Contains(md, want) {
			t.Errorf("the table lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "<Trust>") || strings.Contains(md, "1,200[^4]") {
		t.Errorf("a cell is written as markup:\n%s", md)
	}
}

// TestSparkChartsCountsOfOneLength: a count over a quarter and a count
// over a year are not one series: a quarter's 12,000 referrals charted
// between two years' 47,000 and 49,000 read as a fall and a rise. The
// sparkline of counts and money charts the periods of one length; a
// share may be charted over any. Before: "2023 ▇▁█▁ Q2 2024", its last
// bar the year 2024 under the label of the quarter (red-team round 15).
func TestSparkChartsCountsOfOneLength(t *testing.T) {
	row := func(text string, v float64, period string, unit evidence.Unit) figures.Row {
		return figures.Row{Figure: evidence.Figure{Text: text, Value: v, Unit: unit, Record: evidence.Record{Measure: "referrals to CAMHS", Period: period}}}
	}
	counts := figures.Table{Rows: []figures.Row{
		row("47,000", 47000, "2023", evidence.UnitCount), row("12,000", 12000, "Q1 2024", evidence.UnitCount),
		row("12,500", 12500, "Q2 2024", evidence.UnitCount), row("49,000", 49000, "2024", evidence.UnitCount),
	}}
	if got, want := counts.Spark(), "2023 ▁█ 2024"; got != want {
		t.Errorf("counts: %q, want %q", got, want)
	}
	quarters := figures.Table{Rows: []figures.Row{
		row("12,000", 12000, "Q1 2024", evidence.UnitCount), row("12,500", 12500, "Q2 2024", evidence.UnitCount),
		row("11,000", 11000, "Q3 2024", evidence.UnitCount), row("49,000", 49000, "2024", evidence.UnitCount),
	}}
	if got, want := quarters.Spark(), "Q1 2024 ▅█▁ Q3 2024"; got != want {
		t.Errorf("quarters: %q, want %q", got, want)
	}
	shares := figures.Table{Rows: []figures.Row{
		row("45%", 45, "2023", evidence.UnitPercent), row("47%", 47, "Q1 2024", evidence.UnitPercent),
	}}
	if shares.Spark() == "" {
		t.Errorf("shares of a year and a quarter: no sparkline")
	}
}
