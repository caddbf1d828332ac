package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

var pdfDateProse = []string{
	"Summary: Ms B complained that the council took too long to arrange transport to school for her",
	"daughter, who uses a wheelchair, and that she missed several weeks of lessons in the autumn term.",
	"We found fault by the council, which caused the child to miss education and her mother distress.",
	"In October 2024 the council told Ms B that a new contract would start within a fortnight of then.",
}

// TestDateLineAtTheHeadOfTheFirstPage: a decision with no "Dear" line,
// whose letterhead sets its date on a row of its own above the first line
// of prose, is dated by it, not by the day its file was made; a date in
// the prose does not date it.
func TestDateLineAtTheHeadOfTheFirstPage(t *testing.T) {
	needPoppler(t)
	first := append([]string{"Northfield Complaints Service", "", "4 March 2025", "Complaint reference:", "24 000 111", ""}, pdfDateProse...)
	pages := [][]string{
		append(first, "", "1"),
		{"The council should apologise to Ms B within one month of our final decision.", "", "2"},
	}
	im, err := library.Import(write(t, "d.pdf", makePDF(pages, "Decision 24 000 111", "Northfield Complaints Service", "20261202")), library.Meta{Type: "report", Publisher: "Northfield Complaints Service"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2025-03-04" {
		t.Errorf("date %q, want 2025-03-04", got)
	}
}

// TestDateOverTheSignerOnTheLastPage: a report whose last page gives the
// date it was signed over the signer's name (after the number of the
// form's section) is dated by it.
func TestDateOverTheSignerOnTheLastPage(t *testing.T) {
	needPoppler(t)
	pages := [][]string{
		append(append([]string{}, pdfDateProse...), "", "1"),
		{"7 2 June 2025", "Anna Bright", "Senior Coroner, Eastmoor", "", "2"},
	}
	im, err := library.Import(write(t, "r.pdf", makePDF(pages, "Report", "Eastmoor Coroner", "20261202")), library.Meta{Type: "report", Publisher: "Eastmoor Coroner"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2025-06-02" {
		t.Errorf("date %q, want 2025-06-02", got)
	}
}
