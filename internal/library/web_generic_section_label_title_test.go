package library_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A council news page whose <title> and first heading are the site's
// section label ("News Flash" on a CivicPlus site, "Latest news", with
// og:title saying the same) is titled by the heading of its story: a
// section's label names every page of the section and no one story. The
// story's heading is the first heading under the label with the story's
// text after it; a category heading right above it ("Health and
// Wellbeing") is skipped. Before, the page was cited as "News Flash" and
// published by the CivicEngage platform its <title> names.
func TestGenericSectionLabelIsNoTitle(t *testing.T) {
	for _, c := range []struct{ file, title, publisher, date string }{
		{"civicplus-news-flash.html", "School nursing drop-ins to open in every secondary school", "Tarnside Borough Council", "2025-03-14"},
		{"latest-news.html", "Extra funding for children's speech and language therapy", "Brambleford City Council", "2025-04-02"},
	} {
		im, err := library.Import(filepath.Join("testdata", "web13b", c.file), library.Meta{AssumeType: true})
		if err != nil {
			t.Errorf("%s: refused: %v", c.file, err)
			continue
		}
		if im.Source.Title != c.title || im.Source.Publisher != c.publisher || im.Source.Date.String() != c.date {
			t.Errorf("%s: %q by %q on %s, want %q by %q on %s", c.file, im.Source.Title, im.Source.Publisher, im.Source.Date,
				c.title, c.publisher, c.date)
		}
		for _, it := range im.Items {
			if strings.Contains(it.Text, "News Flash") || strings.Contains(it.Text, "Latest news") {
				t.Errorf("%s: the section label in the %s %q", c.file, it.Kind, it.Text)
			}
		}
	}
}
