package library_test

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// The fixtures of these tests were made with LibreOffice from the .fodt
// files beside them:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/NAME.fodt
//
// chapterfooter.pdf: a chapter of an annual report whose pages are
// numbered from 48, its title page too, each footed by "Chapter 5:
// Children and young people" and the page field at the line's end; its
// third page, a table's, is landscape. reportfooter.pdf: the same with
// the footer "Annual Report 2024/25 · " and the page field, the title
// page unnumbered (its number 49, the next page 50). chapter2p.pdf: the
// title page and the landscape table page alone. chapternotitle.pdf:
// chapterfooter.pdf with no title on the first page, its first line a
// paragraph. chaptertable.pdf: chapterfooter.pdf whose landscape page
// holds "Table 5.1: Median weeks from referral to first appointment, …"
// over a table of services by quarter, its last row "Seen within 18
// weeks, all services (%)".

// importChapter imports one of these fixtures.
func importChapter(t *testing.T, name string) library.Imported {
	t.Helper()
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", name), library.Meta{Publisher: "Marlow and Tey ICB", Type: "report", Date: "2025"})
	if err != nil {
		t.Fatal(err)
	}
	return im
}

// TestFooterPageNumberOnLandscapePage: a running footer that ends in the
// printed page number ("Chapter 5: Children and young people 50") numbers
// a landscape page among portrait ones too, and is dropped there: the
// footer keeps its place from the page's foot, not from its top. Before,
// the landscape page was cited by its place in the file (page 3, or 2)
// and kept its footer as text.
func TestFooterPageNumberOnLandscapePage(t *testing.T) {
	for _, c := range []struct {
		name, footer string
		want         []string
	}{
		{"chapterfooter.pdf", "Chapter 5: Children and young people", []string{
			"<!-- page 48 -->", "<!-- page 49 -->\n\n## Community paediatrics",
			"<!-- page 50 -->\n\n## Table 5.2", "<!-- page 51 -->\n\n## Mental health support teams"}},
		{"reportfooter.pdf", "Annual Report", []string{
			"<!-- page 50 -->\n\n## Community paediatrics",
			"<!-- page 51 -->\n\n## Table 5.2", "<!-- page 52 -->\n\n## Mental health support teams"}},
		{"chapter2p.pdf", "Chapter 5: Children and young people", []string{
			"<!-- page 48 -->", "<!-- page 49 -->\n\n## Table 5.2"}},
	} {
		im := importChapter(t, c.name)
		for _, w := range c.want {
			if !strings.Contains(im.Body, w) {
				t.Errorf("%s: no %q in:\n%s", c.name, w, im.Body)
			}
		}
		if strings.Contains(im.Body, c.footer) {
			t.Errorf("%s: the footer is kept:\n%s", c.name, im.Body)
		}
		if im.Source.Title != "Children and young people" {
			t.Errorf("%s: title %q", c.name, im.Source.Title)
		}
	}
}

// TestTitleFromFooterLeavesItsPageNumber: a document titled by its
// running footer, its first page having no title, takes the footer's
// words without the page number at their end. Before, the chapter was
// titled "Chapter 5: Children and young people 48", its first page's
// footer.
func TestTitleFromFooterLeavesItsPageNumber(t *testing.T) {
	if got := importChapter(t, "chapternotitle.pdf").Source.Title; got != "Chapter 5: Children and young people" {
		t.Errorf("title %q, want %q", got, "Chapter 5: Children and young people")
	}
}

// TestLandscapeTableCaptionedInWeeks: the table on a landscape page of a
// LibreOffice chapter, captioned "Table 5.1: Median weeks from referral
// to first appointment, …" over bare numbers by quarter, is cited at its
// printed page (50) and its cells are weeks; its last row, whose label
// gives percentages, keeps them, with the label's limit its threshold.
// Before, the rows were cited at page 3 and every cell was a count.
func TestLandscapeTableCaptionedInWeeks(t *testing.T) {
	im := importChapter(t, "chaptertable.pdf")
	want := map[string]string{
		"| Occupational therapy | 14 | 15 | 13 | 12 |":                   "50: 14 weeks; 15 weeks; 13 weeks; 12 weeks",
		"| Community paediatrics | 38 | 41 | 40 | 36 |":                  "50: 38 weeks; 41 weeks; 40 weeks; 36 weeks",
		"| Seen within 18 weeks, all services (%) | 58 | 55 | 54 | 60 |": "50: 58 percent; 55 percent; 54 percent; 60 percent; 18 weeks weeks threshold",
	}
	for _, it := range im.Items {
		w, ok := want[it.Text]
		if !ok {
			continue
		}
		delete(want, it.Text)
		var fs []string
		for _, f := range it.Figures {
			fs = append(fs, strings.TrimSpace(f.Text+" "+string(f.Unit)+" "+string(f.Role)))
		}
		if got := strconv.Itoa(it.Page) + ": " + strings.Join(fs, "; "); got != w {
			t.Errorf("%s: %s, want %s", it.Text, got, w)
		}
	}
	for row := range want {
		t.Errorf("no row %s in:\n%s", row, im.Body)
	}
}
