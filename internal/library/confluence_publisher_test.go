package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A Confluence page ("Notes - Space - Confluence") was published by
// "Confluence", the wiki it was written in, not the space (the network
// or team) whose page it is. A wiki is a platform, never a publisher.
func TestConfluencePageIsItsSpaces(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>2025-03-04 Asthma network meeting notes - Fenwick Children's Asthma Network - Confluence</title>
<meta name="ajs-page-title" content="2025-03-04 Asthma network meeting notes">
<meta name="ajs-space-name" content="Fenwick Children's Asthma Network"></head>
<body id="com-atlassian-confluence"><header role="banner"><a href="/wiki">Confluence</a></header>
<div id="main"><h1 id="title-text">2025-03-04 Asthma network meeting notes</h1>
<div id="main-content" class="wiki-content"><h2>Discussion</h2>
<p>Members reviewed the latest audit, which found that 212 children had been admitted with asthma in the year, and that only 64 had a written asthma plan when they left hospital.</p>
<p>The network agreed to recommend that every trust in the county offers a review within two days of discharge, and that school nurses are told of every admission.</p>
</div></div></body></html>`
	im, err := library.Import(write(t, "notes.html", []byte(page)), library.Meta{Type: "web-page", Date: "2025-03-04"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Fenwick Children's Asthma Network" {
		t.Errorf("publisher %q, want the page's space", im.Source.Publisher)
	}
}
