package library

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestEncryptedAndMissingTools fakes poppler's answers, as a real encrypted
// PDF cannot be made without a further tool.
func TestEncryptedAndMissingTools(t *testing.T) {
	dir := t.TempDir()
	fake := filepath.Join(dir, "fake-pdftool")
	os.WriteFile(fake, []byte("#!/bin/sh\necho 'Command Line Error: Incorrect password' >&2\nexit 1\n"), 0o755)
	pdf := filepath.Join(dir, "locked.pdf")
	os.WriteFile(pdf, []byte("%PDF-1.7\nnot really a pdf\n"), 0o644)
	saved1, saved2 := pdftohtml, pdfinfo
	defer func() { pdftohtml, pdfinfo = saved1, saved2 }()
	pdftohtml, pdfinfo = fake, fake
	if _, err := Import(pdf, Meta{}); err == nil || !strings.Contains(err.Error(), "encrypted PDF") {
		t.Errorf("encrypted: %v", err)
	}
	pdftohtml = filepath.Join(dir, "no-such-tool")
	if _, err := Import(pdf, Meta{}); err == nil || !strings.Contains(err.Error(), "install poppler-utils") {
		t.Errorf("missing tools: %v", err)
	}
}

// TestDamagedPDFThatStallsPopplerIsGivenUp: a poppler that never finishes
// is stopped and the import refused, not left running.
func TestDamagedPDFThatStallsPopplerIsGivenUp(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the 10 s limit")
	}
	dir := t.TempDir()
	slow := filepath.Join(dir, "slow-pdftool")
	os.WriteFile(slow, []byte("#!/bin/sh\nexec sleep 60\n"), 0o755)
	pdf := filepath.Join(dir, "damaged.pdf")
	os.WriteFile(pdf, []byte("%PDF-1.7\ndamaged\n"), 0o644)
	saved1, saved2 := pdftohtml, pdfinfo
	defer func() { pdftohtml, pdfinfo = saved1, saved2 }()
	pdftohtml, pdfinfo = slow, slow
	if _, err := Import(pdf, Meta{}); err == nil || !strings.Contains(err.Error(), "poppler gave up after 10s") {
		t.Errorf("stalled poppler: %v", err)
	}
}

// TestEdgeNumberForms: the number a running header or footer prints,
// however it is decorated.
func TestEdgeNumberForms(t *testing.T) {
	for line, want := range map[string]int{
		"example.org.uk – 12 –":         12,
		"example.org.uk —7—":            7,
		"Annual report 2024 | 3":        3,
		"Page 4 of 40  Annual report":   4,
		"– 9 – Keystone Families Trust": 9,
		"Annual report 2024 page 5/40":  5,
		// A date at the far edge is the footer's date, not its page.
		"example.org.uk 1 May 2025":        1,
		"example.org.uk | 14 | March 2024": 14,
		"Sept. 2023 example.org.uk 6":      6,
	} {
		if n, ok := edgeNumber(line); !ok || n != want {
			t.Errorf("edgeNumber(%q) = %d, %v; want %d", line, n, ok, want)
		}
	}
	if n, ok := edgeNumber("Keystone Families Trust"); ok {
		t.Errorf("a line with no number gave page %d", n)
	}
}

// A running line that carries its chapter's number and name numbers no
// page by the chapter; the page number at its other edge does.
func TestEdgeNumberSkipsChapterNumbers(t *testing.T) {
	for line, want := range map[string]int{
		"2. Findings – 5 –":                          5,
		"– 6 – 2. Findings":                          6,
		"1.2 Background   Page 7":                    7,
		"4   Children’s Housing and Health Alliance": 4,
	} {
		if n, ok := edgeNumber(line); !ok || n != want {
			t.Errorf("edgeNumber(%q) = %d, %v; want %d", line, n, ok, want)
		}
	}
	for _, line := range []string{"1. Temporary accommodation in England", "3. Children’s health services"} {
		if n, ok := edgeNumber(line); ok {
			t.Errorf("edgeNumber(%q) = %d: a chapter's number read as the page's", line, n)
		}
	}
}

// TestPDFNamedLikeAnOptionIsReadAsAFile: a PDF whose name starts with a
// dash (`cypx add -- -v`) reached poppler as an option: pdftohtml -v printed
// its version, and the import was refused as "no text layer" for a PDF
// that had one. poppler takes no "--", so such a path is given as ./-v.
func TestPDFNamedLikeAnOptionIsReadAsAFile(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "args")
	fake := filepath.Join(dir, "fake-pdftool")
	os.WriteFile(fake, []byte("#!/bin/sh\nfor a; do last=$a; done\necho \"$last\" >> '"+log+"'\nexit 1\n"), 0o755)
	os.WriteFile(filepath.Join(dir, "-v"), []byte("%PDF-1.7\nnot really a pdf\n"), 0o644)
	saved1, saved2 := pdftohtml, pdfinfo
	defer func() { pdftohtml, pdfinfo = saved1, saved2 }()
	pdftohtml, pdfinfo = fake, fake
	t.Chdir(dir)
	Import("-v", Meta{})
	got, _ := os.ReadFile(log)
	lines := strings.Fields(string(got))
	if len(lines) == 0 {
		t.Fatal("poppler was never run")
	}
	for _, a := range lines {
		if strings.HasPrefix(a, "-") {
			t.Errorf("poppler was given the file as %q, an option", a)
		}
	}
}

// TestEventDateIsNoPublicationDate: the date of a visit or an inspection
// a report describes is not the date it was published; a board meeting's
// date is a board paper's own.
func TestEventDateIsNoPublicationDate(t *testing.T) {
	for _, s := range []string{"Visit of 11 February 2025", "Date of visit: 4 March 2025", "Inspection dates: 3 to 7 June 2024", "Visited on 12 May 2024"} {
		if !eventDateRe.MatchString(s) {
			t.Errorf("%q read as a publication date", s)
		}
	}
	for _, s := range []string{"March 2025", "Meeting date: 11 July 2024", "Published 4 March 2025"} {
		if eventDateRe.MatchString(s) {
			t.Errorf("%q not read as a publication date", s)
		}
	}
}

// TestEdgeNumbersBeforeAWholeDate: a footer ending with a whole date offers
// the number before the date as well as the date's day; printedNumbers
// keeps the one that steps with the pages.
func TestEdgeNumbersBeforeAWholeDate(t *testing.T) {
	var numbers [][]int
	for page := 1; page <= 3; page++ {
		numbers = append(numbers, edgeNumbers(fmt.Sprintf("Breathing easier: a review | %d | 14 March 2025", page)))
	}
	if got := printedNumbers(numbers, make([][]int, 3)); !slices.Equal(got, []int{1, 2, 3}) {
		t.Errorf("printed %v from candidates %v, want [1 2 3]", got, numbers)
	}
}

// TestPopplerOutputIsReadWithinALimit: a small PDF can hold one page's
// content drawn on 20,000 pages (3 MB for 1.7 GB of poppler's XML), and
// poppler writes it faster than it can be read whole: its output is read up
// to maxPDFXMLBytes and the import refused, naming the limit, with poppler
// stopped. Before, it was read until poppler's time ran out (941 MB peak
// RSS for that 3 MB file, "poppler gave up after 13s"), and parsed whole
// had poppler finished in time.
func TestPopplerOutputIsReadWithinALimit(t *testing.T) {
	dir := t.TempDir()
	fake := filepath.Join(dir, "flood-pdftohtml")
	line := `<text top="10" left="10" width="300" height="10" font="0">In 2023, 45% of children waited more than 18 weeks for help.</text>`
	os.WriteFile(fake, []byte("#!/bin/sh\nprintf '<?xml version=\"1.0\"?><pdf2xml><page number=\"1\" top=\"0\" left=\"0\" height=\"792\" width=\"612\"><fontspec id=\"0\" size=\"10\" family=\"Helvetica\" color=\"#000000\"/>\\n'\nyes '"+line+"' | head -c 3000000\nprintf '</page></pdf2xml>\\n'\n"), 0o755)
	quiet := filepath.Join(dir, "quiet-pdfinfo")
	os.WriteFile(quiet, []byte("#!/bin/sh\nexit 0\n"), 0o755)
	pdf := filepath.Join(dir, "flood.pdf")
	os.WriteFile(pdf, []byte("%PDF-1.7\nsmall\n"), 0o644)
	saved1, saved2, saved3 := pdftohtml, pdfinfo, maxPDFXMLBytes
	defer func() { pdftohtml, pdfinfo, maxPDFXMLBytes = saved1, saved2, saved3 }()
	pdftohtml, pdfinfo, maxPDFXMLBytes = fake, quiet, 1<<20
	_, err := Import(pdf, Meta{Publisher: "P", Date: "2024", Type: "report"})
	if err == nil || !strings.Contains(err.Error(), "flood.pdf") || !strings.Contains(err.Error(), "more than 1 MB") || !strings.Contains(err.Error(), "split") {
		t.Errorf("a flood of poppler's output: %v, want a refusal naming the file and the limit", err)
	}
}
