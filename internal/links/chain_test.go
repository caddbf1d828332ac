package links_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/links"
)

// TestStoryOfAStoryTakesTheReport: a story whose primary-source link is
// another story, itself found in a report (resolved, with its primary),
// is cited by the report for the figures the report states, and its
// attribution to the story passed over is dropped; a figure the report
// does not state stays with the story it was found in.
func TestStoryOfAStoryTakesTheReport(t *testing.T) {
	pct := func(v float64) evidence.Figure { return evidence.Figure{Value: v, Unit: evidence.UnitPercent} }
	report := evidence.Source{ID: "report", Publisher: "Acme Trust", Author: "Jane Smith", Date: evidence.Date{Year: 2024}, Type: evidence.Report}
	first := evidence.Source{ID: "first", Publisher: "News Corp", Author: "Ann Reporter", Date: evidence.Date{Year: 2024}, Type: evidence.News, About: "report"}
	second := evidence.Source{ID: "second", Publisher: "Daily Echo", Date: evidence.Date{Year: 2024}, Type: evidence.News, About: "first"}
	firstItem := evidence.Item{ID: "first#1", Kind: evidence.Statistic, Source: first, Figures: []evidence.Figure{pct(12), pct(30)}, Primary: &report, PrimaryValues: []float64{12}}
	it := evidence.Item{ID: "second#1", Kind: evidence.Statistic, Source: second, Cites: "News Corp", Figures: []evidence.Figure{pct(12)}}
	got := links.WithPrimary(it, []links.Link{{Type: links.PrimarySource, Item: firstItem}})
	if got.Primary == nil || got.Primary.ID != "report" || got.Cites != "" {
		t.Fatalf("primary %+v, cites %q", got.Primary, got.Cites)
	}
	if c := evidence.ItemCitation(got); c != "(Smith, 2024; reported by Daily Echo, 2024)" {
		t.Errorf("cited %s", c)
	}
	// 30% was found in the first story alone: it stays its primary.
	it.Figures = []evidence.Figure{pct(30)}
	got = links.WithPrimary(it, []links.Link{{Type: links.PrimarySource, Item: firstItem}})
	if got.Primary == nil || got.Primary.ID != "first" || got.Cites != "News Corp" {
		t.Errorf("30%%: primary %+v, cites %q", got.Primary, got.Cites)
	}
}
