package export_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// TestAFiguresNoteIsInTheJSONAndInThePacksStyle: a story's finding whose
// figure its report was not seen to state carries the note in the JSON, as
// show, the packs and the CSV do: the item's own JSON in Harvard (as its
// `citation`), a pack's JSON and Markdown naming the works as the pack's
// citations do (numbers in Vancouver, short notes in the footnote style).
// Before (hostile check 70 G12, G13), no JSON carried it, and every note
// was written in Harvard whatever the style.
func TestAFiguresNoteIsInTheJSONAndInThePacksStyle(t *testing.T) {
	acc := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	it := tableItemsF67a()[1]
	it.ID = "news#2"
	it.Text = "In 2023/24, 9% of children waited more than a year, the trust said."
	it.Figures = []evidence.Figure{{Text: "9%", Value: 9, Unit: evidence.UnitPercent, Offset: strings.Index(it.Text, "9%")}}
	const harvard = "the figure 9% is cited to Penhale, 2024 alone: Harbour Health Trust, 2024 was not seen to state it"

	raw, err := json.Marshal(it)
	if err != nil {
		t.Fatal(err)
	}
	var own map[string]any
	if err := json.Unmarshal(raw, &own); err != nil {
		t.Fatal(err)
	}
	if own["figure_note"] != harvard {
		t.Errorf("the item's JSON note is %v, want %q", own["figure_note"], harvard)
	}

	for st, want := range map[evidence.Style]string{
		evidence.Harvard:   harvard,
		evidence.Vancouver: "the figure 9% is cited to 2 alone: 1 was not seen to state it",
		evidence.Footnotes: "the figure 9% is cited to Penhale, ‘Trusts Warn on Waits’ alone: Harbour Health Trust, Waiting Well was not seen to state it",
	} {
		pack := export.Pack{Items: []evidence.Item{it}, Style: st, Accessed: acc}
		var b bytes.Buffer
		if err := pack.WriteJSON(&b); err != nil {
			t.Fatal(err)
		}
		var got []map[string]any
		if err := json.Unmarshal(b.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0]["figure_note"] != want {
			t.Errorf("%s: the pack's JSON note is %v, want %q", st, got[0]["figure_note"], want)
		}
		var md bytes.Buffer
		if err := pack.WriteMarkdown(&md); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(md.String(), "Note: "+want+".") {
			t.Errorf("%s: the Markdown pack has no note %q:\n%s", st, want, md.String())
		}
		if n := it.FigureNote(st); n != want {
			t.Errorf("%s: the item's note alone is %q, want %q", st, n, want)
		}
	}
	// A finding cited as its quote is has none.
	stated := tableItemsF67a()[1]
	raw, _ = json.Marshal(stated)
	if strings.Contains(string(raw), "figure_note") {
		t.Errorf("a figure the report states has a note: %s", raw)
	}
}
