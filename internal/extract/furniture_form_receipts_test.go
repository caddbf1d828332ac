package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestFormReceiptAndDeclarationFurniture: set 47 spent (every line
// written for this test). An online form's receipt closes with the
// platform's footer and privacy notice, and an application form with its
// declaration and office-use box: none is a finding; the answers above
// them stay.
func TestFormReceiptAndDeclarationFurniture(t *testing.T) {
	body := "## What has changed this year?\n\nOur waiting list for hearing tests fell from 640 to 410 children this year.\n\n" +
		"Created with Google Forms | Terms of service\n\n" +
		"The owner of this form has not said how responses will be used. Do not provide personal or sensitive information.\n\n" +
		"Never give out your password. Report abuse\n\n" +
		"## Declaration\n\nWe confirm that the information in this bid is accurate to the best of our knowledge.\n\n" +
		"For office use only. Date received: ______\n"
	var texts []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		texts = append(texts, it.Text)
	}
	all := strings.Join(texts, "\n")
	for _, not := range []string{"Created with Google Forms", "owner of this form", "personal or sensitive", "give out your password", "We confirm that the information", "For office use only"} {
		if strings.Contains(all, not) {
			t.Errorf("%q is an item:\n%s", not, all)
		}
	}
	if !strings.Contains(all, "fell from 640 to 410 children") {
		t.Errorf("the answer is lost:\n%s", all)
	}
}

// TestPhraseCellsHoldFigures: a table's evidence told in a phrase ("62%
// seen within 18 weeks (2023/24: 55%)") holds the row's figures, read as
// a sentence's; a target column's phrase is no finding (set 47 spent;
// written for this test).
func TestPhraseCellsHoldFigures(t *testing.T) {
	body := "## Ratings\n\n| Area | Evidence | Rating |\n|---|---|---|\n" +
		"| Speech therapy waits | 62% seen within 18 weeks in 2024/25 (2023/24: 55%) | Amber |\n" +
		"| Parents' views | 48% of surveyed parents agree | Red |\n\n" +
		"## Our goals\n\n| Goal | Measure | Target by March 2027 |\n|---|---|---|\n" +
		"| Shorter waits | Children seen on time | 80% of children seen within 18 weeks |\n"
	stats := map[string][]string{}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if it.Kind != "statistic" {
			continue
		}
		for _, f := range it.Figures {
			stats[it.Text] = append(stats[it.Text], f.Text)
		}
	}
	found := func(label, fig string) bool {
		for text, figs := range stats {
			if strings.Contains(text, label) && strings.Contains(strings.Join(figs, "|"), fig) {
				return true
			}
		}
		return false
	}
	for _, c := range [][2]string{{"Speech therapy waits", "62%"}, {"Speech therapy waits", "55%"}, {"Parents' views", "48%"}} {
		if !found(c[0], c[1]) {
			t.Errorf("row %q lacks %s: %v", c[0], c[1], stats)
		}
	}
	if found("Shorter waits", "80%") {
		t.Errorf("a target read as a finding: %v", stats)
	}
}

// TestBaseAfterChartNote: a chart's base set after another sentence of
// its note ("... Base: 212 schools.") says whom its shares are of: no
// statistic (set 47 spent; written for this test).
func TestBaseAfterChartNote(t *testing.T) {
	body := "## Figure 3: Schools with a named nurse\n\nBars show the share of schools in each area. Base: 212 schools.\n\n" +
		"Only 41% of schools in the north had a named nurse.\n"
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if strings.Contains(it.Text, "Base:") {
			t.Errorf("the base kept as a %s: %q %v", it.Kind, it.Text, it.Figures)
		}
	}
}
