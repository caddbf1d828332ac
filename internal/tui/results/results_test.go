package results_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui/results"
	"github.com/cypx/cypx/internal/tui/styles"
)

func hits(n int) []index.Hit {
	var out []index.Hit
	for i := 0; i < n; i++ {
		out = append(out, index.Hit{Item: evidence.Item{
			ID: fmt.Sprintf("s#%d", i), Kind: evidence.Statistic, Text: fmt.Sprintf("Item %d says 4%d%% of trusts agree.", i, i),
			Figures: []evidence.Figure{{Text: fmt.Sprintf("4%d%%", i), Value: float64(40 + i), Unit: evidence.UnitPercent, Offset: 13}},
			Source:  evidence.Source{Publisher: "NHS Providers", Date: evidence.Date{Year: 2024}},
		}})
	}
	return out
}

func TestMovementClampsAndScrolls(t *testing.T) {
	var m results.Model
	m.SetSize(40, 6) // three items visible
	m.SetHits(hits(10))
	m.Move(-1)
	if m.Cursor() != 0 {
		t.Errorf("cursor %d after moving up from the top", m.Cursor())
	}
	m.Move(4)
	view := ansi.Strip(m.View(styles.New(true), true))
	if !strings.Contains(view, "▌44%") || strings.Contains(view, "Item 0") {
		t.Errorf("after moving to item 4 the view should scroll to it:\n%s", view)
	}
	m.End()
	if h, _ := m.Selected(); h.Item.ID != "s#9" {
		t.Errorf("End selected %s", h.Item.ID)
	}
	m.Move(100)
	if m.Cursor() != 9 {
		t.Errorf("cursor %d past the end", m.Cursor())
	}
	if lines := strings.Count(m.View(styles.New(true), true), "\n") + 1; lines != 6 {
		t.Errorf("view has %d lines, want exactly the height 6", lines)
	}
}

func TestSelectionSurvivesNewResults(t *testing.T) {
	var m results.Model
	m.SetSize(40, 20)
	m.SetHits(hits(5))
	m.Move(3)
	m.SetHits(hits(8)[2:]) // s#3 is now at position 1
	if h, _ := m.Selected(); h.Item.ID != "s#3" {
		t.Errorf("selected %s, want s#3 kept", h.Item.ID)
	}
	m.SetHits(hits(2))
	if m.Cursor() != 0 {
		t.Errorf("selection gone: cursor %d, want 0", m.Cursor())
	}
}

func TestClickSelectsRowAndEmptyListSaysSo(t *testing.T) {
	var m results.Model
	m.SetSize(40, 10)
	m.SetHits(hits(5))
	if !m.SelectAt(5) || m.Cursor() != 2 {
		t.Errorf("click on line 5 selected %d, want 2", m.Cursor())
	}
	if m.SelectAt(40) {
		t.Error("click below the items selected something")
	}
	m.SetHits(nil)
	if !strings.Contains(ansi.Strip(m.View(styles.New(true), true)), "No items match") {
		t.Error("empty list does not say so")
	}
}

func TestHighlightMarksMatchesAndEscapesControls(t *testing.T) {
	st := styles.New(true)
	text := "Long waits\nfor \x1b[31mautism\x1b[0m"
	got := results.Highlight(st, text, []index.Span{{Start: 5, End: 10}}, nil)
	if strings.Contains(ansi.Strip(got), "\n") {
		t.Error("line break kept")
	}
	if !strings.Contains(ansi.Strip(got), `\x1b[31mautism`) {
		t.Errorf("control characters not escaped: %q", ansi.Strip(got))
	}
	if got == ansi.Strip(got) {
		t.Error("matched word not styled")
	}
}

func TestBadges(t *testing.T) {
	cases := []struct {
		it   evidence.Item
		want string
	}{
		{evidence.Item{Kind: evidence.Statistic, Figures: []evidence.Figure{{Text: "97%", Value: 97, Unit: evidence.UnitPercent}}}, "97%"},
		{evidence.Item{Kind: evidence.Statistic, Figures: []evidence.Figure{{Text: "8,500 new staff", Value: 8500, Unit: evidence.UnitCount}}}, "8,500"},
		{evidence.Item{Kind: evidence.Statistic, Figures: []evidence.Figure{{Text: "£2.3 billion", Value: 2.3e9, Unit: evidence.UnitGBP}}}, "£2.3bn"},
		{evidence.Item{Kind: evidence.Recommendation, Number: "3"}, "R3"},
		{evidence.Item{Kind: evidence.Recommendation, Actors: []evidence.Actor{evidence.Government}}, "Gov"},
		{evidence.Item{Kind: evidence.Excerpt}, "¶"},
	}
	for _, c := range cases {
		if got := c.it.Badge(); got != c.want {
			t.Errorf("Badge = %q, want %q", got, c.want)
		}
	}
}

// hugePublisher is an item whose publisher is 4 MB: a PDF's author field
// filled by a broken tool.
func hugePublisher() evidence.Item {
	return evidence.Item{Kind: evidence.Statistic, Source: evidence.Source{Publisher: "P " + strings.Repeat("Waiting ", 500_000), Date: evidence.Date{Year: 2024}}}
}

// TestRowOfAHugePublisherIsFittedFromItsStart: a 4 MB publisher's row is
// its start, cut to the width, with the year kept. How fast that is, is
// BenchmarkRowOfAHugePublisher's to say, not a clock in a test.
func TestRowOfAHugePublisherIsFittedFromItsStart(t *testing.T) {
	meta := results.Meta(hugePublisher(), 40)
	if !strings.HasPrefix(meta, "P Waiting Waiting") || !strings.HasSuffix(meta, "… 2024") || ansi.StringWidth(meta) > 40 {
		t.Errorf("row %q (%d cells)", meta, ansi.StringWidth(meta))
	}
}

// BenchmarkRowOfAHugePublisher: a 4 MB publisher was measured grapheme by
// grapheme, twice, for its row in every frame the explorer drew (about
// 400 ms a row, 4 s before a typed key showed); only the start that could
// fit is measured: under a millisecond.
func BenchmarkRowOfAHugePublisher(b *testing.B) {
	it := hugePublisher()
	b.ReportAllocs()
	for b.Loop() {
		results.Meta(it, 40)
	}
}

// TestHighlightBlanksSpanMark: a table row whose cell continues the
// figure above it is shown with that cell blank, not "^^", and its figure
// still styled where it stands (round 17, tables).
func TestHighlightBlanksSpanMark(t *testing.T) {
	st := styles.New(true)
	text := "| North | 2024 | ^^ | 53% |"
	got := results.Highlight(st, text, nil, []evidence.Figure{{Text: "53%", Offset: 22}})
	if plain := ansi.Strip(got); plain != "| North | 2024 |    | 53% |" {
		t.Errorf("shown %q", plain)
	}
	if !strings.Contains(got, st.Figure.Render("53%")) {
		t.Errorf("figure not styled where it stands: %q", got)
	}
}
