package library_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A note published from a notes app (Obsidian Publish) states when it was
// written only in the block of properties under its title: "created
// 2026-03-09". Before (set 83), such a page was refused, "could not tell
// the date from the file". A property dating a later edit ("updated")
// set before it does not date the note when one says when it was
// written.
func TestNoteDatedByItsCreatedProperty(t *testing.T) {
	for _, c := range []struct{ key, value, want string }{
		{"created", "2026-03-09", "2026-03-09"},
		{"date", "9 March 2026", "2026-03-09"},
		{"published", "2026-03", "2026-03"},
	} {
		page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Speech therapy waits - Ana Brook – clinic notes</title>
<meta property="og:title" content="Speech therapy waits - Ana Brook – clinic notes">
<meta property="og:site_name" content="Ana Brook – clinic notes"></head>
<body class="publish"><div class="published-container"><div class="site-body-center-column">
<div class="markdown-preview-view"><div class="mod-header"><div class="inline-title">Speech therapy waits</div>
<div class="metadata-container"><div class="metadata-properties-heading"><div class="metadata-properties-title">Properties</div></div>
<div class="metadata-content">
<div class="metadata-property" data-property-key="updated"><div class="metadata-property-key">updated</div><div class="metadata-property-value"><div class="metadata-input-longtext">2026-04-20</div></div></div>
<div class="metadata-property" data-property-key="` + c.key + `"><div class="metadata-property-key">` + c.key + `</div><div class="metadata-property-value"><div class="metadata-input-longtext">` + c.value + `</div></div></div>
<div class="metadata-property" data-property-key="author"><div class="metadata-property-key">author</div><div class="metadata-property-value"><div class="metadata-input-longtext">Ana Brook</div></div></div>
</div></div></div>
<h2>Our waiting list</h2>
<p>At the end of February there were 610 children waiting for a first speech and language therapy appointment.</p>
<p>The median wait was 31 weeks, up from 19 weeks a year before.</p>
</div></div></div></body></html>`
		path := filepath.Join(t.TempDir(), "note.html")
		if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
		im, err := library.Import(path, library.Meta{AssumeType: true})
		if err != nil {
			t.Errorf("%s %s: refused: %v", c.key, c.value, err)
			continue
		}
		if got := im.Source.Date.String(); got != c.want {
			t.Errorf("%s %s: date %q, want %q", c.key, c.value, got, c.want)
		}
	}
}
