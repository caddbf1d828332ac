package library_test

import (
	"strings"
	"testing"
)

// The fixtures of these tests were made with LibreOffice from the .fodt
// files beside them:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/NAME.fodt
//
// labellines_h61c.pdf: a cover, then three pages footed "© 2024 Ashdown
// Partnership | Page 2" to "Page 4", each opening with "Hubs opened: 4"
// (5, 6) and closing with "Families surveyed: 21" (22, 23), label lines
// whose figures step with the pages. numberedheadings_h61c.pdf: a cover,
// then three pages footed "Ashdown therapy bulletin 2" to "4", each headed
// "Term 1" to "Term 3" in bold.

// TestLabelLinesNumberNoPages: a body line "Label: N" at the top or
// foot of each page is the page's text, kept with its figure, however its
// number steps with the pages; the footer's "Page N" numbers them. Before
// (hostile check 57), such lines numbered the pages by their figures and
// were dropped.
func TestLabelLinesNumberNoPages(t *testing.T) {
	im := h60Import(t, "labellines_h61c.pdf")
	for _, want := range []string{
		"<!-- page 2 -->", "<!-- page 3 -->", "<!-- page 4 -->",
		"Hubs opened: 4", "Hubs opened: 5", "Hubs opened: 6",
		"Families surveyed: 21", "Families surveyed: 22", "Families surveyed: 23",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
	for _, bad := range []string{"<!-- page 5 -->", "<!-- page 21 -->", "<!-- page 22 -->", "Ashdown Partnership | Page"} {
		if strings.Contains(im.Body, bad) {
			t.Errorf("%q in:\n%s", bad, im.Body)
		}
	}
	if i, j := strings.Index(im.Body, "<!-- page 3 -->"), strings.Index(im.Body, "Health visitors saw 1,140"); i < 0 || j < i || strings.Contains(im.Body[i:max(i, j)], "<!-- page 4") {
		t.Errorf("the second section is not on page 3:\n%s", im.Body)
	}
}

// TestNumberedHeadingsNumberNoPages: headings numbered as the pages
// step ("Term 1" to "Term 3" on pages 2 to 4) are kept as headings, and
// the pages are numbered by their footers. Before (hostile check 57), the
// headings were dropped as a running line and numbered the pages 1 to 3.
func TestNumberedHeadingsNumberNoPages(t *testing.T) {
	im := h60Import(t, "numberedheadings_h61c.pdf")
	for _, want := range []string{
		"<!-- page 2 -->\n\n## Term 1\n\nIn term 1 of 2023",
		"<!-- page 3 -->\n\n## Term 2\n\nIn term 2 of 2023",
		"<!-- page 4 -->\n\n## Term 3\n\nIn term 3 of 2023",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
	if strings.Contains(im.Body, "therapy bulletin") {
		t.Errorf("the running footer was kept:\n%s", im.Body)
	}
}
