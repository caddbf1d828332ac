package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestMeetingsInADescriptionListDateThePageOnlyWhenTheyAgree: a committee
// page listing its meetings as a description list's terms and
// descriptions is read as its "Meeting:" lines are: two meetings on
// different days date neither, one meeting dates the page; "Issue
// history" over the item's own heading is the system's page kind, no
// title. Before (hostile check 68), the meetings in a description list
// were seen by the first reading only, so the older meeting dated the page.
func TestMeetingsInADescriptionListDateThePageOnlyWhenTheyAgree(t *testing.T) {
	for _, c := range []struct{ name, page, title, date string }{
		{"dlhistory.html", `<!DOCTYPE html><html><head><title>Children's Oral Health Strategy | Wexdale County Council</title></head><body>
<div id="modgov"><h1>Issue history</h1><h2>Children's Oral Health Strategy</h2>
<dl><dt>Meeting</dt><dd>14/10/2025 - Health Scrutiny Committee</dd>
<dt>Meeting</dt><dd>20/01/2026 - Cabinet</dd></dl>
<p>In 2024, 23% of five-year-olds in Wexdale had visible tooth decay.</p></div></body></html>`,
			"Children's Oral Health Strategy", ""},
		{"dlone.html", `<!DOCTYPE html><html><head><title>Children's Oral Health Strategy | Wexdale County Council</title></head><body>
<div id="modgov"><h1>Issue history</h1><h2>Children's Oral Health Strategy</h2>
<dl><dt>Meeting</dt><dd>14/10/2025 - Health Scrutiny Committee</dd></dl>
<p>In 2024, 23% of five-year-olds in Wexdale had visible tooth decay.</p></div></body></html>`,
			"Children's Oral Health Strategy", "2025-10-14"},
	} {
		im, err := library.Guess(write(t, c.name, []byte(c.page)))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if im.Source.Title != c.title || im.Source.Date.String() != c.date {
			t.Errorf("%s: title %q, date %q; want %q, %q", c.name, im.Source.Title, im.Source.Date, c.title, c.date)
		}
	}
}
