package library

import "testing"

// TestPDFInfoTitleWithALineBreakIsReadWhole: pdfinfo prints a title as it
// is, so a title holding a line break spans two lines of its output; the
// line after the break continues the title (its break folded later, as
// metadata is cleaned), and a line that only looks like a field ("Note:
// …") does too. Before, "report" after the break was dropped without a
// word and the title read "Waiting times".
func TestPDFInfoTitleWithALineBreakIsReadWhole(t *testing.T) {
	out := "Title:           Waiting times\nreport\nNote: for boards\n" +
		"Author:          Jo Bloggs\nCreator:         Writer\nPages:           3\n" +
		"Linearized:      no\nPDF version:     1.7\n"
	info := parsePDFInfo(out)
	if got, want := info["Title"], "Waiting times\nreport\nNote: for boards"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if info["Author"] != "Jo Bloggs" || info["Pages"] != "3" || info["PDF version"] != "1.7" {
		t.Errorf("fields %q, want the author, pages and version read as their own", info)
	}
	if info["Linearized"] != "no" {
		t.Errorf("a field padded to column 16 that cypx does not know (%q) should be a field of its own", info["Linearized"])
	}
	if _, ok := info["Note"]; ok {
		t.Errorf("a title's continuation line read as a field: %q", info)
	}
}
