package export_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
)

// TestFigureTableCitesAHeadlineWithoutTheComparedValuesBody: a pack's
// table of figures cites a statistic's headline, set before the phrase of
// a compared value another body is named for (Item.CitesFrom), to the
// item's own source alone, as its figure copy does, and the compared
// value to the body (hostile check 69). Before: the row of Whitstable's
// 45% read "NHS England, cited in Cole, 2025".
func TestFigureTableCitesAHeadlineWithoutTheComparedValuesBody(t *testing.T) {
	acc := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	news := evidence.Source{ID: "gaz", Title: "Children wait", Publisher: "Whitstable Gazette", Author: "Nia Cole", Date: evidence.Date{Year: 2025, Month: 3, Day: 10}, Type: evidence.News}
	const s = "In 2024, 45% of children in Whitstable waited more than 18 weeks, compared with 38% across England according to NHS England."
	it := evidence.Item{ID: "gaz#1", Kind: evidence.Statistic, Source: news, Text: s, Cites: "NHS England", CitesFrom: strings.Index(s, "compared"),
		Figures: []evidence.Figure{
			{Text: "45%", Value: 45, Unit: evidence.UnitPercent, Role: evidence.RoleHeadline, Offset: strings.Index(s, "45%"), Record: evidence.Record{Period: "2024"}},
			{Text: "38%", Value: 38, Unit: evidence.UnitPercent, Offset: strings.Index(s, "38%"), Record: evidence.Record{Period: "2024", Place: "England"}},
		}}
	copied := evidence.NewCiter(evidence.Harvard, acc, []evidence.Item{it}).Format(it, evidence.FormatFigure)
	if !strings.HasSuffix(copied, "(Cole, 2025)") {
		t.Errorf("the figure copy is %q, want it cited to the story alone", copied)
	}
	p := export.Pack{Items: []evidence.Item{it}, Figures: true, Style: evidence.Harvard, Accessed: acc}
	var md bytes.Buffer
	if err := p.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(md.String(), "\n") {
		switch {
		case strings.HasPrefix(line, "| 45%") && strings.Contains(line, "NHS England"):
			t.Errorf("the headline's row cites NHS England: %s", line)
		case strings.HasPrefix(line, "| 38%") && !strings.Contains(line, "NHS England, cited in Cole, 2025"):
			t.Errorf("the compared value's row does not cite NHS England: %s", line)
		}
	}
	if !strings.Contains(md.String(), "| 45%") || !strings.Contains(md.String(), "| 38%") {
		t.Errorf("no row of each figure:\n%s", md.String())
	}
}
