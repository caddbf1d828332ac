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
	cases := map[evidence.Format]string{
		evidence.FormatPlain:    `"Nearly all respondents (90%) said so." (NHS Providers, 2024)`,
		evidence.FormatFigure:   `90% (NHS Providers, 2024)`,
		evidence.FormatMarkdown: `"Nearly all respondents (90%) said so." ([NHS Providers, 2024](` + nhsp.URL + `))`,
	}
	for style, want := range cases {
		if got := evidence.Cite(it, evidence.Harvard, style, accessed); got != want {
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
	// A quotation's speaker goes out and comes back; an item without one
	// writes no key.
	if strings.Contains(string(b), `"speaker"`) {
		t.Errorf("JSON of an item with no speaker names one: %s", b)
	}
	it.Kind, it.Speaker = evidence.Excerpt, "Dr Amy Lowe, the trust's Director of Nursing"
	if b, err = json.Marshal(it); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"speaker":"Dr Amy Lowe, the trust's Director of Nursing"`) {
		t.Errorf("JSON lacks the speaker: %s", b)
	}
	back = evidence.Item{}
	if err := json.Unmarshal(b, &back); err != nil || back.Speaker != it.Speaker {
		t.Errorf("speaker read back as %q, %v", back.Speaker, err)
	}
}

func TestHeadlineBadgeAndFigureCitation(t *testing.T) {
	it := evidence.Item{Kind: evidence.Statistic, Source: nhsp,
		Text: "Our survey of 60 young people found that 58% had waited.",
		Figures: []evidence.Figure{
			{Text: "60", Value: 60, Unit: evidence.UnitCount, Role: evidence.RoleBase, Offset: 14},
			{Text: "58%", Value: 58, Unit: evidence.UnitPercent, Role: evidence.RoleHeadline, Offset: 41},
		}}
	if f, ok := it.Headline(); !ok || f.Text != "58%" {
		t.Errorf("headline = %q, %v; want 58%%", f.Text, ok)
	}
	if got := evidence.Cite(it, evidence.Harvard, evidence.FormatFigure, time.Time{}); got != "58% (NHS Providers, 2024)" {
		t.Errorf("figure citation = %q", got)
	}
	// Without a headline role, the first figure that is not a base.
	it.Figures[1].Role = ""
	if f, _ := it.Headline(); f.Text != "58%" {
		t.Errorf("headline without a role = %q", f.Text)
	}
	if _, ok := (evidence.Item{}).Headline(); ok {
		t.Error("an item with no figures has a headline")
	}
	badges := map[string]evidence.Figure{
		"2–3%":     {Value: 2, Low: 2, High: 3, Unit: evidence.UnitPercent},
		"13–52wk":  {Value: 13, Low: 13, High: 52, Unit: evidence.UnitWeeks},
		"£2–3bn":   {Value: 2e9, Low: 2e9, High: 3e9, Unit: evidence.UnitGBP},
		"300–400":  {Value: 300, Low: 300, High: 400, Unit: evidence.UnitCount},
		"2×":       {Value: 2, Unit: evidence.UnitRatio},
		"0–5%":     {Value: 0, Low: 0, High: 5, Unit: evidence.UnitPercent},
		"1.2–1.5m": {Value: 1.2e6, Low: 1.2e6, High: 1.5e6, Unit: evidence.UnitCount},
	}
	for want, f := range badges {
		if got := f.Badge(); got != want {
			t.Errorf("Badge(%+v) = %q, want %q", f, got, want)
		}
	}
}

func TestFigureJSONCarriesRangesAndRoles(t *testing.T) {
	it := evidence.Item{ID: "a#1", Kind: evidence.Statistic, Source: nhsp, Text: "| London | 0-5% | 60 |",
		Header: "| Region | Share | Children |",
		Figures: []evidence.Figure{
			{Text: "0-5%", Value: 0, Low: 0, High: 5, Unit: evidence.UnitPercent, Offset: 11},
			{Text: "60", Value: 60, Unit: evidence.UnitCount, Role: evidence.RoleBase, Offset: 18},
		}}
	b, err := json.Marshal(it)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`"low":0,"high":5`, `"role":"base"`, `"header":"| Region | Share | Children |"`} {
		if !strings.Contains(s, want) {
			t.Errorf("JSON lacks %s: %s", want, s)
		}
	}
	if strings.Count(s, `"low"`) != 1 || strings.Count(s, `"role"`) != 1 {
		t.Errorf("low or role written for a figure without them: %s", s)
	}
	var back evidence.Item
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Header != it.Header || !back.Figures[0].IsRange() || back.Figures[0].High != 5 || back.Figures[1].Role != evidence.RoleBase {
		t.Errorf("read back %+v", back)
	}
}

func TestRecordFieldsAndSummary(t *testing.T) {
	r := evidence.Record{Measure: "could not meet demand", Population: "trust leaders", Period: "2023", Base: "134 trust leaders", Key: "k"}
	got := r.Fields()
	want := []evidence.RecordField{{"measure", "could not meet demand"}, {"of", "trust leaders"}, {"period", "2023"}, {"base", "134 trust leaders"}}
	if len(got) != len(want) {
		t.Fatalf("Fields = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Fields[%d] = %v, want %v", i, got[i], want[i])
		}
	}
	if s := r.Summary(); s != "could not meet demand · of trust leaders · 2023 · base 134 trust leaders" {
		t.Errorf("Summary = %q", s)
	}
	if (evidence.Record{Key: "k"}).Summary() != "" {
		t.Error("a record with only a key has a summary")
	}
}

// TestJSONCitationIsTheItemsCitation: the JSON contract's "citation" says
// what the item's in-text citation says (`cypx cite`, `cypx show`), page
// and attribution included, in the narrative form the contract has always
// had. Before, the JSON named the source alone ("NHS Providers (2024)")
// for an item cited "(Health Foundation, 2024, cited in NHS Providers,
// 2024, p. 12)" everywhere else.
func TestJSONCitationIsTheItemsCitation(t *testing.T) {
	primary := nhsp
	primary.ID, primary.Publisher = "hf", "Health Foundation"
	for _, c := range []struct {
		it   evidence.Item
		want string
	}{
		{evidence.Item{ID: "nhsp#0", Kind: evidence.Statistic, Source: nhsp, Text: "12% waited."}, "NHS Providers (2024)"},
		{evidence.Item{ID: "nhsp#1", Kind: evidence.Statistic, Source: nhsp, Text: "12% waited.", Page: 12}, "NHS Providers (2024, p. 12)"},
		{evidence.Item{ID: "nhsp#2", Kind: evidence.Statistic, Source: nhsp, Text: "12% waited.", Page: 12, Cites: "Health Foundation"}, "Health Foundation, cited in NHS Providers (2024, p. 12)"},
		{evidence.Item{ID: "nhsp#3", Kind: evidence.Statistic, Source: nhsp, Text: "12% waited.", Primary: &primary}, "Health Foundation (2024), reported by NHS Providers (2024)"},
	} {
		b, err := json.Marshal(c.it)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		if m["citation"] != c.want {
			t.Errorf("%s: JSON citation %q, want %q", c.it.ID, m["citation"], c.want)
		}
		// The same words as the in-text citation, in the same order.
		if got, cite := citationWords(c.want), citationWords(evidence.CitationOf(c.it, evidence.Harvard, time.Time{})); got != cite {
			t.Errorf("%s: the JSON citation says %q, cite says %q", c.it.ID, got, cite)
		}
	}
}

// citationWords is a citation's words without its brackets and separators.
func citationWords(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(" (),;", r) }), " ")
}

func TestFigureShownWithoutItsMarker(t *testing.T) {
	for text, want := range map[string]string{
		"1,200[^4] referrals": "1,200 referrals",
		"340[12] children":    "340 children",
		"45%[3, 4]":           "45%",
		"£3.6bn":              "£3.6bn",
		"Tier [2] services":   "Tier [2] services", // no number before the bracket
		"12 [note 3]":         "12 [note 3]",       // not glued
		"950† children":       "950 children",
		"1,010 (a) children":  "1,010 children",
		"870 [1] children":    "870 children",
		"870[b] children":     "870 children",
		"640* children":       "640 children",
		"3,100§ referrals":    "3,100 referrals",
		"870¹ children":       "870 children",
		"45 (12%)":            "45 (12%)",           // a share, no note
		"Figure 3 (a) shows":  "Figure 3 (a) shows", // a part's label
		"5 * 3":               "5 * 3",
		"*640 children*":      "640 children", // emphasis, shown as the page shows it
		"**13**–**52 weeks**": "13–52 weeks",
		"10⁶ cells":           "10⁶ cells",
		// A Markdown footnote set apart by a space (red-team round 16).
		"2,000 [^3] children": "2,000 children",
		"45% [^note]":         "45%",
	} {
		if got := (evidence.Figure{Text: text}).Shown(); got != want {
			t.Errorf("Shown(%q) = %q, want %q", text, got, want)
		}
	}
}
