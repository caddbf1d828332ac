package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestHTMLAuthorMetaCleanedAndKept: a page's author meta tag holding a
// control or invisible character is cleaned, warned of and kept, as every
// other field is; two people joined by "and" or "&" are kept as two
// authors; what is left out on purpose is said. Before, all but a NEL
// at the end were dropped, most without a word (hostile check 47).
func TestHTMLAuthorMetaCleanedAndKept(t *testing.T) {
	page := func(author string) string {
		return "<html><head><title>Waits for community paediatrics</title><meta property=\"og:site_name\" content=\"NHS Providers\">" +
			"<meta name=\"author\" content=\"" + author + "\"></head><body><article><h2>Waits</h2>" +
			"<p>Around 40% of children waited more than 18 weeks for a first appointment with community paediatrics in 2024.</p>" +
			"<p>NHS England should publish waiting times for community paediatrics every month from April.</p></article></body></html>"
	}
	const cleaned = "page.html: line breaks and invisible or control characters removed"
	for _, c := range []struct{ raw, author, warn string }{
		{"Jane Smith", "Jane Smith", ""},
		{"Jane Smith\u0085", "Jane Smith", "author: the page's meta tag: line breaks"},
		{"Jane\u2028Smith", "Jane Smith", "characters removed"},
		{"Jane Smith\u202e", "Jane Smith", cleaned},
		{"Jane Smith\ufe0f", "Jane Smith", cleaned},
		{"Bob\U000E0041 Lee", "Bob Lee", cleaned},
		// A soft hyphen before a capital parts two names (hostile check 49).
		{"Jane\u00adSmith", "Jane Smith", cleaned},
		{"Ander\u00adson Lee", "Anderson Lee", cleaned},
		{"Jane \u034fSmith", "Jane Smith", cleaned},
		{"Jane Smith and Bob Lee", "Jane Smith and Bob Lee", ""},
		{"Jane Smith & Bob Lee", "Jane Smith & Bob Lee", ""},
		{"Jane Smith and Bob\u202e Lee", "Jane Smith and Bob Lee", cleaned},
		{"Smith, Jane", "Smith, Jane", ""},
		{"WordPress", "", "author: the page's author meta tag (WordPress) names no person: left out"},
	} {
		im, err := library.Import(write(t, "page.html", []byte(page(c.raw))), library.Meta{Type: "report", Date: "2024"})
		if err != nil {
			t.Fatalf("%+q: %v", c.raw, err)
		}
		w := strings.Join(im.Warnings, "\n")
		if im.Source.Author != c.author || c.warn == "" && w != "" || c.warn != "" && !strings.Contains(w, c.warn) {
			t.Errorf("author %+q: saved %+q (want %+q), warnings:\n%s", c.raw, im.Source.Author, c.author, w)
		}
		if strings.Count(w, "author:") != min(len(c.warn), 1) {
			t.Errorf("author %+q: want one author warning:\n%s", c.raw, w)
		}
	}
}
