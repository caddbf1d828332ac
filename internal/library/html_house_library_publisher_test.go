package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestHouseLibraryPageIsTheLibrarys checks that a briefing on the
// Parliament's site whose <title> ends in "- House of Lords Library" is
// published by the Library, not by "UK Parliament", the holder its
// footer's copyright line names; a debate page titled "- House of
// Commons" with the same footer stays the Parliament's (no Library in its
// <title>). Before, the copyright line's "UK Parliament" was the
// Library's publisher.
func TestHouseLibraryPageIsTheLibrarys(t *testing.T) {
	page := func(site string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">` +
			`<title>School nursing in England: debate pack - ` + site + `</title>` +
			`<meta property="article:published_time" content="2025-06-12T09:00:00+00:00"></head><body>` +
			`<main><h1>School nursing in England: debate pack</h1>` +
			`<p>Around 2,300 school nurses worked in England in 2024, a fall of a quarter in ten years.</p></main>` +
			`<footer><p>© UK Parliament 2025. Westminster, London SW1A 0AA.</p></footer></body></html>`
	}
	for _, c := range []struct{ site, want string }{
		{"House of Lords Library", "House of Lords Library"},
		{"House of Commons Library", "House of Commons Library"},
		{"House of Commons Hansard", "UK Parliament"},
	} {
		im, err := library.Import(write(t, "page.html", []byte(page(c.site))), library.Meta{Type: "report"})
		if err != nil {
			t.Fatalf("%s: refused: %v", c.site, err)
		}
		if got := im.Source.Publisher; got != c.want {
			t.Errorf("<title> ending %q: publisher %q, want %q", c.site, got, c.want)
		}
	}
}
