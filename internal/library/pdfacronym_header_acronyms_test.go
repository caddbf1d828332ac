package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPDFHeaderAcronymSpeltAsTheCoverWritesIt: a PDF published by the
// name its running header gives with an acronym inside it ("Fenmoor CYP
// Eczema Network") is cited by the name the cover spells out, though the
// cover's line does not stay in the body. Before: the header's form.
func TestPDFHeaderAcronymSpeltAsTheCoverWritesIt(t *testing.T) {
	body := func(n string) []string {
		return []string{"Fenmoor CYP Eczema Network", "", "In 2024/25, " + n + " children were referred to the eczema clinic, up from 290 the year before.", "", "Waits for a first appointment averaged 14 weeks across the county."}
	}
	pdf := makePDF([][]string{
		{"# Clearer skin", "", "Fenmoor Children and Young People's Eczema Network annual report 2024/25", "", "July 2025"},
		body("412"), body("418"), body("423"),
	}, "", "", "")
	im, err := library.Import(write(t, "report.pdf", pdf), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Fenmoor Children and Young People’s Eczema Network" {
		t.Errorf("publisher %q, want the name the cover spells out (guessed %q)", im.Source.Publisher, im.Guessed)
	}
}
