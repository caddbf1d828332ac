package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// s75SnapshotPage is a local paper's story as a web archive saved it: the
// archive's capture bar and its own capture-time tag over the paper's
// masthead, headline and a byline with the hour before the day and an
// update after it.
func s75SnapshotPage(docTitle, byline string) string {
	return `<!DOCTYPE html><html itemscope itemtype="http://schema.org/Article"><head>
<title>` + docTitle + `</title>
<meta property="og:title" content="Children's dentist waits double in Coldmere">
<meta itemprop="dateModified" content="2026-03-06T08:02:11Z">
</head><body>
<div id="HEADER"><table><tr><td><a href="https://archive.ph/">archive.today</a> webpage capture</td><td>Saved from</td>
<td><input type="text" readonly value="https://www.coldmerepost.co.uk/news/dentist-waits-2231"></td></tr>
<tr><td></td><td>6 Mar 2026 08:02:11 UTC</td></tr></table></div>
<div id="CONTENT"><div style="font-size:30px">Coldmere Evening Post</div>
<h1>Children's dentist waits double in Coldmere</h1>
<div style="color:#666">` + byline + `</div>
<p>About 2,400 children in Coldmere are waiting for a first NHS dental appointment, twice as many as a year ago.</p>
<p>The council should fund supervised toothbrushing in every nursery, a local dentist said.</p>
</div></body></html>`
}

// TestSnapshotWrapperPageNamesThePaperAndItsDay: a story saved by a web
// archive, whose <title> ends with the archive's name after the paper's,
// is published by the paper, and dated by the byline's day ("06:00, 4 MAR
// 2026 · Updated 09:41, 4 MAR 2026"), not by the capture time the archive
// tags. Before, the archive's name ended the <title> and the import
// refused the page, "could not tell who published it" (set 75). A title
// naming the archive alone still names no publisher.
func TestSnapshotWrapperPageNamesThePaperAndItsDay(t *testing.T) {
	byline := "By Ruth Okafor, Health Reporter · 06:00, 4 MAR 2026 · Updated 09:41, 4 MAR 2026"
	im, err := library.Import(write(t, "a.html", []byte(s75SnapshotPage(
		"Children's dentist waits double in Coldmere | Coldmere Evening Post • archive.today", byline))), library.Meta{AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Publisher; got != "Coldmere Evening Post" {
		t.Errorf("publisher %q, want the paper the <title> names before the archive", got)
	}
	if got := im.Source.Date.String(); got != "2026-03-04" {
		t.Errorf("date %q, want 2026-03-04 from the byline, not the capture day", got)
	}
	_, err = library.Import(write(t, "b.html", []byte(s75SnapshotPage(
		"Children's dentist waits double in Coldmere • archive.today", byline))), library.Meta{AssumeType: true})
	if err == nil || !strings.Contains(err.Error(), "who published") {
		t.Errorf("a <title> naming the archive alone: err %v, want the publisher asked for", err)
	}
}
