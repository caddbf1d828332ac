package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestURLBrokenByALineBreakIsJoined: an address with a line break set
// inside it (U+2028, a NEL, a vertical tab, with blanks beside it or not)
// is the address joined where it was wrapped, warned of as every cleaned
// field is; no space is left in it to become "%20" in a link.
func TestURLBrokenByALineBreakIsJoined(t *testing.T) {
	body := []byte("Around 40% of children waited more than 18 weeks for community paediatrics in 2024.\n")
	for _, raw := range []string{
		"https://ex.org/cyp-\u2028waits",
		"https://ex.org/cyp- \u2029 waits",
		"https://ex.org/cyp-\u0085waits\u2028",
		"https://ex.org/cyp-\vwaits",
	} {
		im, err := library.Import(write(t, "r.txt", body), library.Meta{Title: "Waits", Publisher: "NHS Providers", Date: "2024", Type: "report", URL: raw})
		if err != nil {
			t.Fatalf("%+q: %v", raw, err)
		}
		if im.Source.URL != "https://ex.org/cyp-waits" {
			t.Errorf("%+q: url %q, want https://ex.org/cyp-waits", raw, im.Source.URL)
		}
		if w := strings.Join(im.Warnings, "\n"); !strings.Contains(w, "url: --url: line breaks and invisible or control characters removed") {
			t.Errorf("%+q: warnings:\n%s", raw, w)
		}
	}
	// A space typed inside an address is no wrap: it stays, for the link to encode.
	im, err := library.Import(write(t, "r.txt", body), library.Meta{Title: "Waits", Publisher: "NHS Providers", Date: "2024", Type: "report", URL: "https://ex.org/cyp waits"})
	if err == nil && im.Source.URL != "https://ex.org/cyp waits" {
		t.Errorf("a typed space: url %q", im.Source.URL)
	}
}
