package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestOgTitleWithoutSubtitleTakesHeadline: set 63 spent (a page written
// for this test). An og:title giving only the main title before the
// headline's colon, where the <title> and the <h1> agree on the title
// with its subtitle, titles the page with the subtitle; an og:title the
// <title> does not back is kept.
func TestOgTitleWithoutSubtitleTakesHeadline(t *testing.T) {
	page := func(docTitle string) string {
		return `<html><head><title>` + docTitle + `</title>
<meta property="og:title" content="No wrong door | Brookfield Carers">
</head><body><main><h1>No wrong door: why young carers need one point of contact</h1>
<p>Young carers in Brookfield told us they had been passed between four services before anyone asked about their caring role at home.</p>
<p>We are asking the council to name one lead for young carers in every secondary school by next September.</p>
</main></body></html>`
	}
	long := "No wrong door: why young carers need one point of contact"
	for _, c := range []struct {
		docTitle string
		whole    bool
	}{
		{long + " | Brookfield Carers", true},
		{"No wrong door | Brookfield Carers", false},
	} {
		im, err := library.Import(write(t, "page.html", []byte(page(c.docTitle))), library.Meta{Type: "web-page", Date: "2026-01", Publisher: "Brookfield Carers"})
		if err != nil {
			t.Fatal(err)
		}
		if (im.Source.Title == long) != c.whole {
			t.Errorf("<title> %q: title %q, want the headline whole: %v", c.docTitle, im.Source.Title, c.whole)
		}
	}
}
