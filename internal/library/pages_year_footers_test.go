package library_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// The fixtures of these tests were made with LibreOffice from the .fodt
// files beside them:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/NAME.fodt
//
// yearfooters.pdf: a title page, then three pages of an annual series
// each footed by its year alone ("2021", "2022", "2023"), centred.
// yearfield.pdf: the same pages footed by the partnership's name and a
// page field that starts at 2021. numberlines.pdf: three pages numbered 2
// to 4 in the footer, each opening with "Table 4: referrals in YEAR were
// N" and closing with "Children waiting: N", alike but for their numbers.
// yearheadings.pdf: three pages numbered 2 to 4 in the footer, each
// headed by a year alone ("2021", "2022", "2023") in the heading style.

// h60Import imports one of this round's fixtures.
func h60Import(t *testing.T, name string) library.Imported {
	t.Helper()
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", name), library.Meta{Publisher: "Ashdown Children's Health Partnership", Type: "report", Date: "2024"})
	if err != nil {
		t.Fatal(err)
	}
	return im
}

// TestYearFootersNumberNoPages: pages footed by years that step with
// them, as an annual series' pages are ("2021", "2022", "2023"), or by a
// page field that a writer started at 2021, are cited by their place in
// the file (2, 3, 4): a year (1900–2099) is never a page number. Before
// (hostile check 55), every item was cited at pages 2021-2023.
func TestYearFootersNumberNoPages(t *testing.T) {
	for _, name := range []string{"yearfooters.pdf", "yearfield.pdf"} {
		im := h60Import(t, name)
		if strings.Contains(im.Body, "<!-- page 202") {
			t.Errorf("%s: a page cited by a year:\n%s", name, im.Body)
		}
		for _, want := range []string{
			"<!-- page 2 -->\n\n## Speech and language therapy",
			"<!-- page 3 -->\n\n## Eating disorders",
			"<!-- page 4 -->\n\n## School nursing",
		} {
			if !strings.Contains(im.Body, want) {
				t.Errorf("%s: no %q in:\n%s", name, want, im.Body)
			}
		}
	}
}

// TestLinesAlikeButForNumbersAreNoRunningLines: lines that recur at the
// top and foot of pages alike in their words but not in their numbers
// ("Table 4: referrals in 2021 were 640" over "... 2022 were 712", and
// "Children waiting: 320" over "Children waiting: 356") are each page's
// own text, kept; the footer whose only change is a page number stepping
// with the pages is still running, dropped, and numbers the pages. Before
// (hostile check 55), both lines were dropped from every page as a
// running header and footer.
func TestLinesAlikeButForNumbersAreNoRunningLines(t *testing.T) {
	im := h60Import(t, "numberlines.pdf")
	for _, want := range []string{
		"<!-- page 2 -->", "<!-- page 3 -->", "<!-- page 4 -->",
		"Table 4: referrals in 2021 were 640", "Table 4: referrals in 2022 were 712", "Table 4: referrals in 2023 were 806",
		"Children waiting: 320", "Children waiting: 356", "Children waiting: 403",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
	if strings.Contains(im.Body, "Ashdown referrals bulletin") {
		t.Errorf("the running footer was kept:\n%s", im.Body)
	}
}

// TestYearAloneHeadsItsSection: a year alone set as a heading over each
// page's section ("2021", "2022", "2023", stepping with pages numbered 2
// to 4) is kept as the section's heading, and the pages are cited as
// printed. Before (hostile check 55), each year was dropped as a line of
// no words, and the figures under it lost the section's year.
func TestYearAloneHeadsItsSection(t *testing.T) {
	im := h60Import(t, "yearheadings.pdf")
	for _, want := range []string{
		"<!-- page 2 -->\n\n## 2021\n\nSpeech therapists",
		"<!-- page 3 -->\n\n## 2022\n\nThe Ashdown eating disorder team",
		"<!-- page 4 -->\n\n## 2023\n\nSome 31%",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
}
