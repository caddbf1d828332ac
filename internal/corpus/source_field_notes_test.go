package corpus

import (
	"strings"
	"testing"
	"time"
)

// TestADateAfterTodayIsSaid: a source dated after today is read as dated,
// with a warning at its date's line naming the date, today and the year
// every citation gives; today's date, an earlier one and a later month of
// today's year given as the year alone are not. Before (hostile check 69
// F17), a date after today was taken without a word.
func TestADateAfterTodayIsSaid(t *testing.T) {
	defer func(was func() time.Time) { today = was }(today)
	today = func() time.Time { return time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC) }
	for date, want := range map[string]string{
		"2027-06-01": "date: 1 June 2027 is after today (6 December 2026): every citation gives 2027; if it is a typo, correct the date",
		"2027":       "date: 2027 is after today (6 December 2026): every citation gives 2027; if it is a typo, correct the date",
		"2026-12-07": "date: 7 December 2026 is after today (6 December 2026): every citation gives 2026; if it is a typo, correct the date",
		"2026-12-06": "",
		"2026-12":    "",
		"2026":       "",
		"2024-05-01": "",
	} {
		src := "---\ntitle: Waits\npublisher: Harbour Trust\ndate: " + date + "\ntype: report\n---\nIn 2024, 41% of children waited.\n"
		doc, problems := Parse("sources/h.md", []byte(src))
		var said []string
		for _, p := range problems {
			if p.Skipped {
				t.Fatalf("%s: skipped: %+v", date, p)
			}
			said = append(said, p.Message)
			if p.Line != 4 || p.Key != "date" {
				t.Errorf("%s: the warning is at line %d, key %q", date, p.Line, p.Key)
			}
		}
		if got := strings.Join(said, "; "); got != want {
			t.Errorf("%s: problems %q, want %q", date, got, want)
		}
		if doc.Source.Date.String() != date {
			t.Errorf("%s: read as %q", date, doc.Source.Date)
		}
	}
}

// TestAnAccessDateAfterTodayIsSaid: an access date after today is said at
// its line, as a publication date is; today's is not. Before (hostile
// check 70, G20), every reference printed it without a word.
func TestAnAccessDateAfterTodayIsSaid(t *testing.T) {
	defer func(was func() time.Time) { today = was }(today)
	today = func() time.Time { return time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC) }
	for accessed, want := range map[string]string{
		"2027-01-15": "accessed: 15 January 2027 is after today (6 December 2026): every reference gives it as the day the work was read; if it is a typo, correct the date",
		"2026-12-06": "",
	} {
		src := "---\ntitle: Waits\npublisher: Harbour Trust\ndate: 2025-03-01\naccessed: " + accessed + "\ntype: web-page\nurl: https://example.org/waits\n---\nIn 2024, 41% of children waited.\n"
		_, problems := Parse("sources/h.md", []byte(src))
		var said []string
		for _, p := range problems {
			said = append(said, p.Message)
			if p.Line != 5 || p.Key != "accessed" {
				t.Errorf("%s: the warning is at line %d, key %q", accessed, p.Line, p.Key)
			}
		}
		if got := strings.Join(said, "; "); got != want {
			t.Errorf("%s: problems %q, want %q", accessed, got, want)
		}
	}
}

// TestAnAuthorFieldsBylineAndPostsAreSaid: check says of a hand-written
// author field with a byline's "By" or a post what it is read as and what
// names no one, at the field's line; the source loads. Before (hostile
// check 69 F14), it said nothing, and "Health Correspondent" (a post
// alone) would have been told as holding no letters.
func TestAnAuthorFieldsBylineAndPostsAreSaid(t *testing.T) {
	for author, want := range map[string]string{
		"By Tom Brown":               `author: "By Tom Brown" is read as "Tom Brown": "By" names no one (a byline's words or a post): leave it out of the author`,
		"Tom Brown, Health Reporter": `author: "Tom Brown, Health Reporter" is read as "Tom Brown": "Health Reporter" names no one (a byline's words or a post): leave it out of the author`,
		"Health Correspondent":       `author: "Health Correspondent" is read as no one (the publisher is cited): "Health Correspondent" names no one (a byline's words or a post): leave it out of the author`,
		"Tom Brown":                  "",
	} {
		src := "---\ntitle: Waits\npublisher: Kent Herald\nauthor: " + author + "\ndate: 2025\ntype: news\n---\nIn 2024, 41% of children in Kent waited.\n"
		_, problems := Parse("sources/k.md", []byte(src))
		var said []string
		for _, p := range problems {
			if p.Skipped || p.Line != 4 {
				t.Errorf("%s: %+v", author, p)
			}
			said = append(said, p.Message)
		}
		if got := strings.Join(said, "; "); got != want {
			t.Errorf("%s: problems %q, want %q", author, got, want)
		}
	}
}
