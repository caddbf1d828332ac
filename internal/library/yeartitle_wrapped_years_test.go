package library_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestTitleWrappedOntoItsYearsIsNoPageNumber: a LibreOffice PDF whose
// title page sets the title large and wraps it onto a line of its years
// alone ("Children's community health services in Westmoor" over
// "2023/24"), with pages after it numbered 2 and 3 in their footer,
// keeps the years in its title and cites its pages as printed (hostile
// check 54). Before: the years' line was taken as the title page's
// printed number, 2023, and dropped, so the title lost its years (the
// title page's text is not kept, so no item cited page 2023 here; a
// cover's sentence would have).
//
// yeartitle.pdf is made from yeartitle.fodt by
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/yeartitle.fodt
func TestTitleWrappedOntoItsYearsIsNoPageNumber(t *testing.T) {
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", "yeartitle.pdf"), library.Meta{Publisher: "Westmoor Health Observatory", Type: "report", Date: "2024"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Source.Title, "Westmoor 2023/24") {
		t.Errorf("title %q lost its years", im.Source.Title)
	}
	if strings.Contains(im.Body, "<!-- page 2023") {
		t.Errorf("a page cited as 2023:\n%s", im.Body)
	}
	for _, want := range []string{"<!-- page 2 -->\n\n## Waiting times", "<!-- page 3 -->\n\n## Staffing"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
}
