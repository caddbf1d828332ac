package library_test

import (
	"strings"
	"testing"
)

// forewordtitlepage.pdf (LibreOffice, from forewordtitlepage.fodt beside
// it): a title page holding a 26 pt bold title, a 16 pt subtitle not set
// bold, a date line, then a foreword under a bold 16 pt "Foreword" and
// its signature; the report's sections from page 2.

// TestBoldHeadingOverATitlePagesForewordIsKept: the title page's bold
// heading set well under the title, right above the paragraph the page
// keeps, is kept as that section's heading; the title and the subtitle
// are not. Before, a title page kept a heading only when it was set under
// 1.3 times the body's size, so "Foreword" (1.5 times) was lost and its
// paragraph read as the report's opening, under no heading.
func TestBoldHeadingOverATitlePagesForewordIsKept(t *testing.T) {
	im := h60Import(t, "forewordtitlepage.pdf")
	if !strings.Contains(im.Body, "<!-- page 1 -->\n\n## Foreword\n\nParents who ring our advice line") {
		t.Errorf("no foreword under its heading in:\n%s", im.Body)
	}
	for _, no := range []string{"## No room to wait", "## Speech and language therapy for young children", "Priya Lomax"} {
		if strings.Contains(im.Body, no) {
			t.Errorf("%q kept from the title page:\n%s", no, im.Body)
		}
	}
}
