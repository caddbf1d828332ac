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

// TestACSVRowSaysWhenItsFigureIsTheStorysAlone: a story's row whose
// headline figure its primary report was not seen to state keeps the
// item's citation, as every path cites the item, and its note says the
// figure is the story's alone, as `cypx show` does; a story whose figure
// the report states has no note. The Markdown and Word packs carry the
// same note under the quote. Before (hostile check 69 F4), the row read
// "9%" beside "Harbour Health Trust" and "(Harbour Health Trust, 2024;
// reported by Penhale, 2024)" with an empty note, and no pack said that
// the report does not state the 9%.
func TestACSVRowSaysWhenItsFigureIsTheStorysAlone(t *testing.T) {
	acc := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	items := tableItemsF67a()
	stated := items[1] // the report states the story's 64%
	unstated := stated
	unstated.ID = "news#2"
	unstated.Text = "In 2023/24, 9% of children waited more than a year, while 64% were seen within 18 weeks."
	unstated.Figures = []evidence.Figure{
		{Text: "9%", Value: 9, Unit: evidence.UnitPercent, Offset: strings.Index(unstated.Text, "9%")},
		{Text: "64%", Value: 64, Unit: evidence.UnitPercent, Offset: strings.Index(unstated.Text, "64%")},
	}
	list := []evidence.Item{stated, unstated}
	rows := func(t *testing.T, write func(*bytes.Buffer) error) map[string]map[string]string {
		t.Helper()
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]map[string]string{}
		for _, r := range recs[1:] {
			row := map[string]string{}
			for i, h := range recs[0] {
				row[h] = r[i]
			}
			out[row["id"]] = row
		}
		return out
	}
	const note = "Note: the figure 9% is cited to Penhale, 2024 alone: Harbour Health Trust, 2024 was not seen to state it."
	pack := export.Pack{Items: list, Style: evidence.Harvard, Accessed: acc}
	for name, got := range map[string]map[string]map[string]string{
		"items":  rows(t, func(b *bytes.Buffer) error { return export.CSV(b, list, evidence.Harvard, acc) }),
		"basket": rows(t, func(b *bytes.Buffer) error { return pack.WriteCSV(b) }),
	} {
		u := got["news#2"]
		if u["figure"] != "9%" || u["citation"] != "(Harbour Health Trust, 2024; reported by Penhale, 2024)" || u["note"] != note {
			t.Errorf("%s: the unstated figure's row is %v", name, u)
		}
		s := got["news#1"]
		if s["publisher"] != "Harbour Health Trust" || s["citation"] != "(Harbour Health Trust, 2024; reported by Penhale, 2024)" || s["note"] != "" {
			t.Errorf("%s: the stated figure's row is %v", name, s)
		}
	}
	var md bytes.Buffer
	if err := pack.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "*"+note+"*") || strings.Count(md.String(), "was not seen to state it") != 1 {
		t.Errorf("the Markdown pack does not carry the figure's note once:\n%s", md.String())
	}
	if strings.Count(md.String(), "(Harbour Health Trust, 2024; reported by Penhale, 2024)") < 2 {
		t.Errorf("the findings' own citations changed:\n%s", md.String())
	}
	if doc := docxTextF67a(t, pack); !strings.Contains(doc, note) {
		t.Errorf("the Word pack does not carry the figure's note:\n%s", doc)
	}
}
