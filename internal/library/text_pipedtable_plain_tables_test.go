package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPipedPlainTable checks a plain-text table whose cells " | " parts
// with no rule under its header, as a project system's report mail sets
// it: a table, each row its own, its short header no heading.
func TestPipedPlainTable(t *testing.T) {
	msg := "From: Eastvale ICB PMO <pmo@eastvale.example.org>\nTo: board@eastvale.example.org\n" +
		"Subject: Highlight report: school nursing, March\nDate: Mon, 02 Mar 2026 10:00:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\n" +
		"SUMMARY\nThe school nursing programme reached 8,200 pupils this term, more than planned.\n\n" +
		"MEASURES\n\nMeasure | Target | Actual | RAG\nPupils seen this term | 8,000 | 8,200 | GREEN\n" +
		"Health plans reviewed on time | 90% | 74% | RED\nVacant posts | 2 or fewer | 5 | AMBER\n\nEnd of report.\n"
	im, err := library.Import(write(t, "report.eml", []byte(msg)), library.Meta{Type: "report", Publisher: "Eastvale ICB"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| Measure | Target | Actual | RAG |", "| Health plans reviewed on time | 90% | 74% | RED |"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no table row %q:\n%s", want, im.Body)
		}
	}
	if strings.Contains(im.Body, "## Measure") {
		t.Errorf("the header read as a heading:\n%s", im.Body)
	}
}

// TestPipedActionLinesAreNoTable checks numbered action lines parted by
// " | " into the action, its labelled owner and its date: a list, each
// line its item, not a table.
func TestPipedActionLinesAreNoTable(t *testing.T) {
	msg := "From: Eastvale ICB <pmo@eastvale.example.org>\nTo: board@eastvale.example.org\n" +
		"Subject: Notes of the partners meeting\nDate: Mon, 02 Mar 2026 10:00:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\n" +
		"The partners met to review waiting times for community paediatrics across the county.\n\n" +
		"ACTION LOG\n4. Trust to write to every family waiting over a year | Owner: Eastvale Trust | Due: 1 May 2026\n" +
		"5. Council to share hub registrations with the ICB | Owner: Eastvale Council | Due: 1 June 2026\n" +
		"6. ICB to confirm next year's funding | Owner: Eastvale ICB | Due: Next meeting\n"
	im, err := library.Import(write(t, "notes.eml", []byte(msg)), library.Meta{Type: "report", Publisher: "Eastvale ICB"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "| --- |") {
		t.Errorf("action lines read as a table:\n%s", im.Body)
	}
}
