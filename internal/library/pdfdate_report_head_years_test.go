package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestReportChapterIsDatedByTheYearItsHeadNames: a chapter cut from a
// report, headed on every page by the report's name and year ("Annual
// Report of the Director of Public Health 2024"), with no other date and a
// file that gives none, is dated to that year; a head naming a period
// ("2023/24") dates nothing, as a period nowhere does, and the import
// asks; a file's own date, more exact, still wins. Before: the chapter
// was refused, "could not tell the date".
func TestReportChapterIsDatedByTheYearItsHeadNames(t *testing.T) {
	chapter := func(head string) [][]string {
		return [][]string{{head, "", "# Chapter 4: Healthy teeth in Fallowmere", "",
			"In Fallowmere 27% of five-year-olds had visible tooth decay, against 22% across England.",
			"Supervised brushing now runs in 41 nurseries and infant schools across the borough.", "", "Fallowmere Borough Council 21"},
			{head, "", "## What we will do next", "",
				"We will offer fluoride varnish at every family hub by the end of the year.",
				"The dental team will visit each special school twice a term from September.", "", "Fallowmere Borough Council 22"}}
	}
	meta := library.Meta{Publisher: "Fallowmere Borough Council", AssumeType: true}
	im, err := library.Import(write(t, "year.pdf", makePDF(chapter("Annual Report of the Director of Public Health 2024"), "", "", "")), meta)
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	if got := im.Source.Date.String(); got != "2024" {
		t.Errorf("date %q, want 2024, the year the report's head names", got)
	}
	if _, err := library.Import(write(t, "period.pdf", makePDF(chapter("Annual Report of the Director of Public Health 2023/24"), "", "", "")), meta); err == nil || !strings.Contains(err.Error(), "--date") {
		t.Errorf("a period dated the chapter (%v), want the import to ask", err)
	}
	im, err = library.Import(write(t, "made.pdf", makePDF(chapter("Annual Report of the Director of Public Health 2024"), "", "", "20250314")), meta)
	if err != nil || im.Source.Date.String() != "2025-03-14" {
		t.Errorf("date %q (%v), want the file's own, 2025-03-14", im.Source.Date.String(), err)
	}
}
