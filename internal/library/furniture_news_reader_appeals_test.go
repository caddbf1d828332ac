package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestNewsReaderAppealUnderTheStoryIsFurniture: a news site's appeal to
// its readers for money, set in a box after the story (class "epic"),
// is page furniture: its "support us from just £3 a month" was read as a
// statistic and its "Remind me in May" as an excerpt. The story's own
// figures stay.
func TestNewsReaderAppealUnderTheStoryIsFurniture(t *testing.T) {
	page := `<!doctype html><html><head><title>Waits for speech therapy grow | Daily Courier</title></head><body>
<article><h1>Waits for speech therapy grow</h1>
<p>By Sam Reed, 12 May 2026</p>
<p>In 2025, 41% of children referred for speech and language therapy in Westby waited more than 18 weeks, up from 29% two years earlier.</p>
<p>The council said it had funded two extra therapists.</p>
</article>
<div class="epic"><h2>You've read 12 articles this year</h2>
<p>We have one small request. Readers fund our reporting, not owners. If you can, please support us from just £3 a month. It only takes a minute.</p>
<a href="/support">Support the Daily Courier</a> <span>Remind me in May</span></div>
</body></html>`
	im, err := library.Import(write(t, "story.html", []byte(page)), library.Meta{Publisher: "Daily Courier", Date: "2026-05-12", Type: "news"})
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"£3 a month", "Remind me in May", "small request"} {
		if strings.Contains(im.Body, gone) {
			t.Errorf("body keeps %q:\n%s", gone, im.Body)
		}
	}
	if !strings.Contains(im.Body, "41% of children referred") {
		t.Errorf("body lost the story:\n%s", im.Body)
	}
}
