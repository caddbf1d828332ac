package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestTextImprintLineNamesPublisherAndDate: a plain-text or Markdown
// report with no front matter that says on a line of its own "Published
// by Eastmere Borough Council, April 2025.", "Published: 9 April 2025" or
// "© Eastmere Borough Council 2025" is published by that body, then; two
// lines naming different bodies or dates give neither, and a sentence
// opening "Published by ... in 2023, the plan ..." names no publisher of
// this report. Before (hostile check 61), `cypx add` asked for both flags.
// Only the file's head (before its first paragraph) and foot (after its
// last, a sentence) hold its imprint: such a line between paragraphs (a
// box quoting another body's report) or under a closing "References"
// heading names another work, and a copyright older than the published
// date's year ("© NHS England 2019" under "Published: 12 March 2025") no
// publisher (hostile check 63: each became the file's publisher).
func TestTextImprintLineNamesPublisherAndDate(t *testing.T) {
	const title = "Waiting for a wheelchair: children in Eastmere\n\n"
	const finding = "In 2024, 310 children waited more than 18 weeks for a wheelchair assessment.\n\n"
	for _, c := range []struct {
		name, text, publisher, date string
	}{
		{"by.txt", title + "Published by Eastmere Borough Council, April 2025.\n\n" + finding, "Eastmere Borough Council", "2025-04"},
		{"by.md", "# Waiting for a wheelchair\n\n" + finding + "*Published by Eastmere Borough Council, April 2025.*\n", "Eastmere Borough Council", "2025-04"},
		{"split.txt", title + finding + "Published: 9 April 2025\n\n© Eastmere Borough Council 2025\n", "Eastmere Borough Council", "2025-04-09"},
		{"copyright.txt", title + finding + "© Eastmere Borough Council 2025. All rights reserved.\n", "Eastmere Borough Council", "2025"},
		{"two.txt", title + "Published by Eastmere Borough Council, April 2025.\n\n" + finding + "Published by Fenwold Health Trust, May 2025.\n", "", ""},
		{"dates.txt", title + "Published by Eastmere Borough Council, April 2025.\n\n" + finding + "Published: 2 June 2025\n", "", ""},
		{"same-date.txt", title + "Published by Eastmere Borough Council, April 2025.\n\n" + finding + "Published: 9 April 2025\n", "Eastmere Borough Council", "2025-04-09"},
		{"short-foot.txt", title + finding + "Published by NHS Fenwold, June 2025\n", "NHS Fenwold", "2025-06"},
		{"head-and-foot.txt", title + "Published by Eastmere Borough Council, April 2025\n\n" + finding + "Published by NHS England, June 2019\n", "", ""},
		{"box.txt", title + finding + "Box 2: What parents told us\n\nPublished by Healthwatch Fenwold, May 2023\n\nParents said waits were too long.\n", "", ""},
		{"between-paragraphs.txt", title + finding + finding + "Published by Healthwatch Fenwold, May 2023\n\n" + finding, "", ""},
		{"old-copyright.txt", title + "Published: 12 March 2025\n\n© NHS England 2019\n\n" + finding, "", "2025-03-12"},
		{"references.txt", title + finding + "References\n\nHealthy Child Programme: best start in life\n\nPublished by NHS England, June 2019\n", "", ""},
		{"sentence.txt", title + "Published by NHS England in 2023, the long term workforce plan sets out how the NHS will grow its workforce.\n\n" + finding, "", ""},
	} {
		im, err := library.Guess(write(t, c.name, []byte(c.text)))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if im.Source.Publisher != c.publisher {
			t.Errorf("%s: publisher %q, want %q", c.name, im.Source.Publisher, c.publisher)
		}
		if got := im.Source.Date.String(); got != c.date {
			t.Errorf("%s: date %q, want %q", c.name, got, c.date)
		}
	}
}
