package evidence_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
)

func TestParseDate(t *testing.T) {
	cases := map[string]string{
		"2024-07-15": "15 July 2024", "2024-07": "July 2024", "2024": "2024",
		"2024-02-30": "error", "2024-13": "error", "15/07/2024": "error", "24": "error", "2024-7-1": "error",
	}
	for in, want := range cases {
		d, err := evidence.ParseDate(in)
		got := d.Long()
		if err != nil {
			got = "error"
		}
		if got != want {
			t.Errorf("ParseDate(%q) = %q, want %q", in, got, want)
		}
	}
}

var nhsp = evidence.Source{
	ID: "nhsp", Title: "Forgotten generation: shaping better services for children and young people",
	Publisher: "NHS Providers", Date: evidence.Date{Year: 2024, Month: 7, Day: 15}, Type: evidence.Report,
	URL: "https://nhsproviders.org/forgotten-generation-shaping-better-services-for-children-and-young-people",
}

func TestCitations(t *testing.T) {
	accessed := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	if got, want := evidence.Reference(nhsp, accessed), "NHS Providers (2024) Forgotten generation: shaping better services for children and young people. Available at: https://nhsproviders.org/forgotten-generation-shaping-better-services-for-children-and-young-people (Accessed: 22 November 2026)."; got != want {
		t.Errorf("Reference:\n%s\nwant:\n%s", got, want)
	}
	src := nhsp
	src.Accessed = evidence.Date{Year: 2025, Month: 1, Day: 2}
	if got := evidence.Reference(src, accessed); !strings.HasSuffix(got, "(Accessed: 2 January 2025).") {
		t.Errorf("a source's own access date should win: %s", got)
	}
	it := evidence.Item{Kind: evidence.Statistic, Source: nhsp, Text: "Nearly all\nrespondents (90%) said so.",
		Figures: []evidence.Figure{{Text: "90%", Value: 90, Unit: evidence.UnitPercent}}}
	cases := map[evidence.Style]string{
		evidence.StylePlain:    `"Nearly all respondents (90%) said so." (NHS Providers, 2024)`,
		evidence.StyleFigure:   `90% (NHS Providers, 2024)`,
		evidence.StyleMarkdown: `"Nearly all respondents (90%) said so." ([NHS Providers, 2024](` + nhsp.URL + `))`,
	}
	for style, want := range cases {
		if got := evidence.Cite(it, style, accessed); got != want {
			t.Errorf("Cite %s = %s, want %s", style, got, want)
		}
	}
	it.Page = 12
	if got := evidence.ItemCitation(it); got != "(NHS Providers, 2024, p. 12)" {
		t.Errorf("paged citation = %s", got)
	}
}

func TestPrintableEscapesControls(t *testing.T) {
	in := "red \x1b[31mtext\x1b[0m bell\a back\b osc\x1b]52;c;aGk=\x07 rtl\u202e ok\ttab\nline é ✓"
	got := evidence.Printable(in)
	if strings.ContainsAny(got, "\x1b\a\b\u202e") {
		t.Errorf("control left in %q", got)
	}
	for _, want := range []string{`\x1b[31m`, `\a`, `\b`, `\u202e`, "ok\ttab\nline é ✓"} {
		if !strings.Contains(got, want) {
			t.Errorf("Printable(%q) = %q, lacks %q", in, got, want)
		}
	}
}

func TestItemJSONRoundTrip(t *testing.T) {
	it := evidence.Item{ID: "nhsp#1", Kind: evidence.Recommendation, Source: nhsp, Text: "NHSE should act.",
		Number: "3", Actors: []evidence.Actor{evidence.NHSE}, Themes: []string{"transitions"}, Line: 9}
	b, err := json.Marshal(it)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"source":"nhsp"`, `"citation":"NHS Providers (2024)"`, `"figures":[]`, `"actors":["NHSE"]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s: %s", want, b)
		}
	}
	var back evidence.Item
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Source.Title != nhsp.Title || back.Source.Date != nhsp.Date || back.Number != "3" || back.Actors[0] != evidence.NHSE {
		t.Errorf("round trip lost data: %+v", back)
	}
}
