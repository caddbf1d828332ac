package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestURLFlagThatCannotBeALinkIsRefused: `cypx add --url www.example.org/a`
// (no scheme) or `--url 'javascript:alert(1)'` is refused naming the flag
// and what to write, as a bad --date is (round 25, red team). Before: the
// source was imported with a url no citation could link, and every
// command after warned of it.
func TestURLFlagThatCannotBeALinkIsRefused(t *testing.T) {
	path := write(t, "r.txt", []byte("In 2024, 45% of children waited over 18 weeks for CAMHS, the longest wait on record.\n"))
	for url, want := range map[string]string{
		"www.example.org/a":   `--url: "www.example.org/a" has no scheme, so it cannot be a link: write it whole, "https://www.example.org/a"`,
		"javascript:alert(1)": "--url: \"javascript:alert(1)\" is not a web address",
	} {
		_, err := library.Import(path, library.Meta{Title: "T", Publisher: "P", Date: "2024", Type: "report", URL: url})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("--url %q: %v, want %q", url, err, want)
		}
	}
	if _, err := library.Import(path, library.Meta{Title: "T", Publisher: "P", Date: "2024", Type: "report", URL: "https://example.org/a b"}); err != nil {
		t.Errorf("a URL with a space: %v", err)
	}
}
