package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestBylineUnderTheTitleDatesTheReport: a chapter whose author line under
// its title names the writer, her post and her council before the month
// ("Dr Ada Lin, Director of Public Health, Easthope Council | May 2025") is
// dated by that month, not by the day the PDF was made; a sentence under
// the title that merely mentions a month does not date it (the PDF's own
// date, the last resort, does).
func TestBylineUnderTheTitleDatesTheReport(t *testing.T) {
	needPoppler(t)
	// A first page that opens the text (over 120 words): no title page,
	// on which any dated line would do.
	text := []string{
		"Children who grow up with smokers at home are more likely to start smoking themselves,",
		"and more likely to be admitted to hospital with asthma and chest infections when young.",
		"Smoking in pregnancy raises the risk of a baby born too early or too small, and of",
		"sudden infant death, and it is more common in the most deprived parts of the borough.",
		"This chapter sets out what we know about smoking around children in Easthope, what the",
		"council and its partners have done in the past year, and what we will do next year with",
		"the money we have. It draws on the maternity service's records and our school survey,",
		"and on what parents told us at the family hubs about the help they would want from us.",
	}
	for line, want := range map[string]string{
		"Dr Ada Lin, Director of Public Health, Easthope Council | May 2025":                 "2025-05",
		"Prof Sam Reid and Jo Hart, Easthope Public Health Team | March 2024":                "2024-03",
		"The clinic we opened in the town centre has been busy since it opened in May 2025.": "2026-12-02",
	} {
		first := append([]string{"# Easthope public health report 2025", "Chapter 2: Smoke-free childhoods", "", line, "",
			"1.1 Why this matters", ""}, text...)
		pages := [][]string{
			append(first, "", "In Easthope 9% of mothers smoked at the time of delivery last year.", "", "1"),
			{"1.2 What we will do", "", "We will fund a stop smoking adviser in each family hub.", "", "2"},
		}
		im, err := library.Import(write(t, "a.pdf", makePDF(pages, "Easthope report", "Public Health", "20261202")), library.Meta{Type: "report", Publisher: "Easthope Council"})
		if err != nil {
			t.Fatal(err)
		}
		if got := im.Source.Date.String(); got != want {
			t.Errorf("line %q under the title: date %q, want %q", line, got, want)
		}
	}
}
