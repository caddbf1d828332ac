package library_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// chapterPageF73b is an online book's chapter page (bookdown, GitBook)
// whose text holds body, then its own foot line foot (may be empty).
func chapterPageF73b(body, foot string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Chapter 3 Oral health | Growing up in Ashmoor</title>
<meta property="og:title" content="Chapter 3 Oral health | Growing up in Ashmoor">
<meta name="generator" content="bookdown 0.41 and GitBook 2.6.7">
<meta name="date" content="2025-11-20"></head>
<body><div class="book"><div class="book-summary"><nav role="navigation"><ul class="summary">
<li class="chapter"><a href="intro.html">1 Introduction</a></li><li class="chapter"><a href="oral.html">3 Oral health</a></li></ul></nav></div>
<div class="book-body"><div class="body-inner"><div class="book-header" role="navigation"><h1><a href="./">Growing up in Ashmoor</a></h1></div>
<div class="page-wrapper" role="main"><div class="page-inner"><section class="normal">
<div class="section level1"><h1><span class="header-section-number">Chapter 3</span> Oral health</h1>
<p>In 2023/24, 28% of five-year-olds in Ashmoor had visible tooth decay, against 23% across the region.</p>
` + body + `
<p>Supervised toothbrushing now reaches 41 nurseries.</p>
<p class="small">` + foot + `</p>
</div></section></div></div></div></div></div></body></html>`
}

// A chart's caption or source line in a chapter credits where the chart's
// data came from, with its own © and day ("Source: Public Health Agency ·
// © Public Health Agency · Published 3 June 2018"): the figure's imprint,
// never the chapter's. Before (hostile check 64), the caption's body
// published the chapter, over the chapter's own foot line.
func TestBookChapterCaptionCreditNeverItsPublisher(t *testing.T) {
	credit := "Figure 3.1: Decay by ward. Source: Public Health Agency · © Public Health Agency · Published 3 June 2018"
	for _, c := range []struct{ body, foot, want string }{
		{`<div class="figure"><p class="caption">` + credit + `</p></div>`, "© Ashmoor Borough Council · Published 20 November 2025", "Ashmoor Borough Council"},
		{`<figure><img src="decay.png" alt=""><figcaption>` + credit + `</figcaption></figure>`, "© Ashmoor Borough Council · Published 20 November 2025", "Ashmoor Borough Council"},
		{`<p>Source: Public Health Agency · © Public Health Agency · Published 3 June 2018</p>`, "© Ashmoor Borough Council · Published 20 November 2025", "Ashmoor Borough Council"},
		{`<div class="figure"><p class="caption">` + credit + `</p></div>`, "", ""},
		// Near miss: the chapter's own line, no caption, still names it.
		{`<p>Decay fell in two wards.</p>`, "© Ashmoor Borough Council · Published 20 November 2025", "Ashmoor Borough Council"},
	} {
		path := filepath.Join(t.TempDir(), "oral.html")
		if err := os.WriteFile(path, []byte(chapterPageF73b(c.body, c.foot)), 0o644); err != nil {
			t.Fatal(err)
		}
		im, err := library.Import(path, library.Meta{AssumeType: true})
		if err != nil {
			if c.want != "" {
				t.Errorf("%q: refused: %v", c.body, err)
			}
			continue
		}
		got := im.Source.Publisher
		if c.want != "" && got != c.want {
			t.Errorf("%q / %q: publisher %q, want %q", c.body, c.foot, got, c.want)
		}
		if got == "Public Health Agency" {
			t.Errorf("%q / %q: published by the caption's credit %q", c.body, c.foot, got)
		}
	}
}
