package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestDashboardExportText checks a public dashboard saved from the browser
// as plain text: the viewer's name over the report title and its owner, a
// "Last refreshed" line as its only date, tabs and filter panes, then pages
// headed in capitals. The refresh date is the source's date (it was
// refused for want of one), the report title is the title, and the
// page and section names stay headings.
func TestDashboardExportText(t *testing.T) {
	txt := "Microsoft Power BI\n\nSchool nursing activity dashboard (public)\nNHS Example Vale Integrated Care Board\n\n" +
		"Last refreshed: 14/03/2026 07:02:10\nData to: January 2026 (provisional)\n\n" +
		"Pages\nSummary\nBy locality\n\nFilters\nLocality\nAll\n\n" +
		"SUMMARY\n\n6,210\nChildren seen by a school nurse (12 months to January 2026)\n▲ 4.2% on the same period last year\n\n" +
		"Headline messages\nThe number of children seen rose in every locality over the year.\n\n" +
		"BY LOCALITY\n\nNotes on the data\n1. Figures for the last two months are provisional and will be revised.\n"
	im, err := library.Import(write(t, "dashboard.txt", []byte(txt)), library.Meta{Type: "data", Publisher: "NHS Example Vale Integrated Care Board"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2026-03-14" {
		t.Errorf("date: got %q, want 2026-03-14", got)
	}
	if got := im.Source.Title; got != "School nursing activity dashboard (public)" {
		t.Errorf("title: got %q", got)
	}
	for _, want := range []string{"## SUMMARY\n", "## Headline messages\n", "## BY LOCALITY\n", "## Notes on the data\n"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no heading %q in\n%s", want, im.Body)
		}
	}
}

// TestDashboardExportChrome checks that the viewer's panes, buttons, help
// lines and footer in a dashboard saved as text are not kept as the
// report's words, while its own sentences are.
func TestDashboardExportChrome(t *testing.T) {
	txt := "Power BI\n\nSchool nursing activity dashboard (public)\nNHS Example Vale Integrated Care Board\n\n" +
		"Last refreshed: 14/03/2026 07:02:10\nData to: January 2026 (provisional)\n\n" +
		"Pages\nSummary\nBy locality\n\nFilters on this page\nLocality\nAll\nClear all filters\n\n" +
		"SUMMARY\n\nHeadline messages\nThis summary is generated automatically from the visuals on this page.\n" +
		"The number of children seen rose in every locality over the year.\n" +
		"Click a locality on the chart to filter the table. Hover over a dot for the weekly count.\n\n" +
		"This dashboard is refreshed every month.\n\nTerms of use | Privacy\nPublished with Power BI.\nShare\nZoom 90%\n"
	im, err := library.Import(write(t, "dashboard.txt", []byte(txt)), library.Meta{Type: "data", Publisher: "NHS Example Vale Integrated Care Board"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "The number of children seen rose in every locality over the year.") {
		t.Errorf("the report's sentence went:\n%s", im.Body)
	}
	for _, gone := range []string{"Last refreshed", "Data to", "By locality", "Clear all filters", "generated automatically", "Hover over", "Click a locality", "refreshed every month", "Terms of use", "Published with", "Share", "Zoom"} {
		if strings.Contains(im.Body, gone) {
			t.Errorf("%q kept in\n%s", gone, im.Body)
		}
	}
}

// TestTableCaptionOverTabTable checks a numbered table caption set right
// over a tab-separated table: the caption is the table's heading and the
// rows are a table, not one paragraph with the caption.
func TestTableCaptionOverTabTable(t *testing.T) {
	txt := "Annual review of school nursing\n\nThe service grew in every area this year.\n\n" +
		"Table 2: Contacts by area, 2025\nMeasure\tNorth\tSouth\tTotal\n" +
		"Children seen\t1,210\t980\t2,190\nHealth reviews completed\t640\t512\t1,152\n"
	im, err := library.Import(write(t, "review.txt", []byte(txt)), library.Meta{Type: "report", Publisher: "Example Trust", Date: "2025"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## Table 2: Contacts by area, 2025\n", "| Children seen | 1,210 | 980 | 2,190 |"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in\n%s", want, im.Body)
		}
	}
}
