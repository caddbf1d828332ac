package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestSidebarFactsBoxDatesThePage: a page whose only date is a
// "Published:" line opening its sidebar, in a box of facts about the page
// beside a "Next review:" line, is dated by it; the body's meeting day is
// not the page's. A sidebar opening on "Related news" or on a link to
// another page dates nothing, and two sidebars that disagree date
// nothing: cypx asks. Before, the facts box was read for no date and the
// page was refused, "could not tell the date".
func TestSidebarFactsBoxDatesThePage(t *testing.T) {
	page := `<html><head><title>School nursing in Thornleigh</title><meta property="og:site_name" content="Thornleigh Children's Health Network"></head><body>
<main><article><h1>School nursing in Thornleigh</h1>
<p>The steering group met on 12 February 2026 to review the service and agreed the figures below.</p>
<p>Thornleigh had 14 whole-time equivalent school nurses in January 2026, down from 19 in 2021.</p></article></main>
%s</body></html>`
	for _, c := range []struct{ name, aside, date string }{
		{"facts.html", `<aside class="sidebar"><div class="meta-box"><p><span>Published:</span> <span>3 March 2026</span></p><p><span>Next review:</span> <span>March 2027</span></p></div>
<div class="more"><h3>More news</h3><ul><li><a href="/a">Health visiting</a> Published: 1 May 2025</li></ul></div></aside>`, "2026-03-03"},
		{"related.html", `<aside class="sidebar"><h2>Related news</h2><p>Published: 2 May 2019</p></aside>`, ""},
		{"card.html", `<div class="sidebar"><div class="card"><a href="/b">Asthma friendly schools</a><p>Published: 4 June 2024</p></div></div>`, ""},
		{"review.html", `<aside class="sidebar"><p>Next review: March 2027</p></aside>`, ""},
		{"two.html", `<aside class="sidebar"><p>Published: 3 March 2026</p></aside><div class="sidebar-second sidebar"><p>Published: 9 May 2024</p></div>`, ""},
	} {
		im, err := library.Import(write(t, c.name, []byte(strings.Replace(page, "%s", c.aside, 1))), library.Meta{Type: "news"})
		if c.date == "" {
			if err == nil || !strings.Contains(err.Error(), "--date") || !strings.Contains(err.Error(), c.name) {
				t.Errorf("%s: err %v; want the refusal naming the file and asking for --date", c.name, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := im.Source.Date.String(); got != c.date {
			t.Errorf("%s: date %s, want %s", c.name, got, c.date)
		}
	}
}
