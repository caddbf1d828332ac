package detail_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui/detail"
	"github.com/cypx/cypx/internal/tui/styles"
)

func TestDetailShowsProvenanceAndCitation(t *testing.T) {
	m := detail.New(map[string]string{"waiting-lists": "Waiting lists and access"})
	m.SetSize(50, 30)
	it := evidence.Item{ID: "x#1", Kind: evidence.Statistic, Section: "System working",
		Text:    "Nearly all respondents (97%) said that demand for services had increased since the pandemic.",
		Figures: []evidence.Figure{{Text: "97%", Value: 97, Unit: evidence.UnitPercent, Offset: 24}},
		Themes:  []string{"waiting-lists"},
		Source: evidence.Source{Title: "Forgotten generation", Publisher: "NHS Providers", Type: evidence.Report,
			Date: evidence.Date{Year: 2024, Month: 7, Day: 15}, URL: "https://example.org/r", Note: "Survey of 134 trust leaders"}}
	d := detail.Item{Hit: index.Hit{Item: it}, Has: true, Links: -1, Cite: evidence.ItemCitation(it)}
	v := ansi.Strip(m.View(styles.New(true), d))
	for _, want := range []string{"97%  statistic · NHS Providers · Jul 2024", "“Nearly all respondents (97%)", "Section: System working",
		"Source: Forgotten generation", "15 July 2024 · report", "Basis: Survey of 134 trust leaders", "URL: https://example.org/r",
		"Themes: Waiting lists and access", "Cite: (NHS Providers, 2024)"} {
		if !strings.Contains(v, want) {
			t.Errorf("detail lacks %q:\n%s", want, v)
		}
	}
	for _, line := range strings.Split(v, "\n") {
		if ansi.StringWidth(line) > 50 {
			t.Errorf("line wider than the pane: %q", line)
		}
	}
}

func TestDetailScrollsWithinItsContent(t *testing.T) {
	m := detail.New(nil)
	m.SetSize(30, 5)
	it := evidence.Item{Kind: evidence.Excerpt, Text: strings.Repeat("word ", 80), Source: evidence.Source{Publisher: "P", Date: evidence.Date{Year: 2020}}}
	d := detail.Item{Hit: index.Hit{Item: it}, Has: true, Links: 2, Cite: evidence.ItemCitation(it)}
	st := styles.New(true)
	first := m.View(st, d)
	if !strings.Contains(ansi.Strip(first), "↓ more") {
		t.Error("no sign of more content")
	}
	m.Scroll(st, d, 1000)
	last := ansi.Strip(m.View(st, d))
	if !strings.Contains(last, "Cite: (P, 2020)") || !strings.Contains(last, "Linked findings: 2") {
		t.Errorf("scrolling to the end does not reach the citation:\n%s", last)
	}
	m.Scroll(st, d, -1000)
	if m.View(st, d) != first {
		t.Error("scrolling back does not return to the top")
	}
}

// TestDetailShowsRecordsAndWarning: each figure's record is a line under
// the quote, and a disagreement is a warning line there too.
func TestDetailShowsRecordsAndWarning(t *testing.T) {
	m := detail.New(nil)
	m.SetSize(90, 30)
	it := evidence.Item{Kind: evidence.Statistic, Text: "In 2023, 82% of trust leaders said they could not meet demand.",
		Figures: []evidence.Figure{{Text: "82%", Value: 82, Unit: evidence.UnitPercent, Offset: 9,
			Record: evidence.Record{Measure: "could not meet demand", Population: "trust leaders", Period: "2023", Base: "134 trust leaders"}}},
		Source: evidence.Source{Publisher: "P", Date: evidence.Date{Year: 2024}}}
	d := detail.Item{Hit: index.Hit{Item: it}, Has: true, Links: 1, Warning: "Other sources give 75% for this measure: Q (2024)"}
	v := ansi.Strip(m.View(styles.New(true), d))
	for _, want := range []string{"82%: could not meet demand · of trust leaders · 2023 · base 134 trust leaders",
		"⚠ Other sources give 75% for this measure: Q (2024)"} {
		if !strings.Contains(v, want) {
			t.Errorf("detail lacks %q:\n%s", want, v)
		}
	}
	quote, record := strings.Index(v, "“In 2023"), strings.Index(v, "82%: could")
	if quote < 0 || record < quote {
		t.Errorf("the record is not under the quote:\n%s", v)
	}
}

// TestHugeMetadataIsShownBounded: a 4 MB title and publisher were wrapped
// whole, some 65,000 lines, in every frame drawn while the item was
// selected (seconds a key press), and the citation lay 65,000 lines down.
// A field shows its first 2 KB and its length; a scroll of 1,000 lines
// reaches the end of the citation, the last line.
func TestHugeMetadataIsShownBounded(t *testing.T) {
	big := strings.Repeat("Waiting ", 500_000)
	m := detail.New(nil)
	m.SetSize(60, 20)
	it := evidence.Item{Kind: evidence.Excerpt, Text: "Some 45% of children waited.", Source: evidence.Source{Title: big, Publisher: "P " + big, Date: evidence.Date{Year: 2024}}}
	d := detail.Item{Hit: index.Hit{Item: it}, Has: true, Links: -1}
	st := styles.New(true)
	v := ansi.Strip(m.View(st, d))
	if !strings.Contains(v, "P Waiting Waiting") {
		t.Errorf("the head lacks the publisher:\n%s", v)
	}
	m.Scroll(st, d, 1000)
	v = ansi.Strip(m.View(st, d))
	if !strings.HasSuffix(strings.TrimSpace(v), "… (4000010 bytes)") {
		t.Errorf("a scroll of 1,000 lines does not reach the citation, or the length is not said:\n%s", v)
	}
	for _, line := range strings.Split(v, "\n") {
		if ansi.StringWidth(line) > 60 {
			t.Errorf("line wider than the pane: %q", line)
		}
	}
}

// TestDetailNamesAQuotationsSpeaker: the explorer's detail of an item cut
// from a quotation names who speaks it, as `cypx show` does: the
// paragraph introducing the quotation makes no item of its own.
func TestDetailNamesAQuotationsSpeaker(t *testing.T) {
	m := detail.New(nil)
	m.SetSize(60, 30)
	it := evidence.Item{ID: "q#1", Kind: evidence.Excerpt, Text: "Families are waiting far too long for help.",
		Speaker: "Dr Ana Lowe, the college's officer for child health",
		Source:  evidence.Source{Title: "Waits", Publisher: "Royal College of Testing", Date: evidence.Date{Year: 2025}}}
	d := detail.Item{Hit: index.Hit{Item: it}, Has: true, Links: -1, Cite: evidence.ItemCitation(it)}
	v := ansi.Strip(m.View(styles.New(true), d))
	if !strings.Contains(v, "Speaker: Dr Ana Lowe") {
		t.Errorf("detail does not name the speaker:\n%s", v)
	}
	it.Speaker = ""
	d.Hit.Item = it
	if v := ansi.Strip(m.View(styles.New(true), d)); strings.Contains(v, "Speaker:") {
		t.Errorf("detail names a speaker for an item no one speaks:\n%s", v)
	}
}
