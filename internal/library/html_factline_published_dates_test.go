package library_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A data page states its date only in a line of facts under its title,
// the date the page was published second, after the period its data
// cover: "Figures to the end of June 2024 · Published 18 July 2024 ·
// Download (CSV)". Before, such a page was refused ("could not tell the
// date from the file"). The period the data cover does not date it.
func TestPageDatedByThePublishedPartOfItsLineOfFacts(t *testing.T) {
	for line, want := range map[string]string{
		"Figures to the end of June 2024 · Published 18 July 2024 · Download (CSV, 12 KB)": "2024-07-18",
		"Quarter 1 2024/25 | Published: 2 August 2024":                                     "2024-08-02",
	} {
		page := `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>School nursing activity dashboard – Ashmoor Council</title>
<meta property="og:site_name" content="Ashmoor Council"></head><body>
<div class="container"><h1>School nursing activity dashboard</h1>
<p class="text-muted">` + line + `</p>
<p>School nurses saw 2,310 pupils in the quarter, and 41% of them were seen within two weeks of being referred.</p>
</div></body></html>`
		path := filepath.Join(t.TempDir(), "dashboard.html")
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
	}
}
