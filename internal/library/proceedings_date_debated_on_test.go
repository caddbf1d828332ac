package library_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A parliamentary debate's page states its date only in the line under
// its title ("Volume 801: debated on Tuesday 3 March 2026"), as Hansard
// prints it; no tag, <time> or "Published:" line dates it. Before, such a
// page was refused ("could not tell the date from the file"). A sentence
// in a speech that merely says when something else was debated does not
// date the page.
func TestDebatePageDatedByItsDebatedOnLine(t *testing.T) {
	for line, want := range map[string]string{
		"Volume 801: debated on Tuesday 3 March 2026": "2026-03-03",
		"Debated on Thursday 12 February 2026":        "2026-02-12",
	} {
		page := `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>School Nurses: Workforce - Hansard - UK Parliament</title></head><body>
<div class="house-banner lords">House of Lords</div>
<main><div class="debate-header"><h1>School Nurses: Workforce</h1>
<p class="debate-meta">` + line + `</p></div>
<div class="contribution"><p class="speaker">Baroness Ashdown</p>
<p>My Lords, the number of school nurses has fallen by about a quarter in ten years, and the Government should publish a plan to rebuild the service.</p>
<p>The same question was debated on 4 May 2021, and little has changed since then for the children who need the service most.</p></div>
</main></body></html>`
		path := filepath.Join(t.TempDir(), "debate.html")
		if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
		im, err := library.Import(path, library.Meta{AssumeType: true})
		if err != nil {
			t.Errorf("%q: refused: %v", line, err)
			continue
		}
		if got := im.Source.Date.String(); got != want {
			t.Errorf("%q: date %q, want %q", line, got, want)
		}
		if got, want := im.Source.Title, "School Nurses: Workforce"; got != want {
			t.Errorf("%q: title %q, want %q", line, got, want)
		}
		if got, want := im.Source.Publisher, "House of Lords"; got != want {
			t.Errorf("%q: publisher %q, want %q", line, got, want)
		}
	}
}
