package library_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A chapter of an online book (bookdown, GitBook) names the book after
// the chapter in its <title> and its publishing body only in the imprint
// line at the end of its text: "Annual Report 2025 · © Fenwick District
// Council · Published 4 December 2025". Before (set 83), the book's title
// was the publisher, and every figure of the chapter was cited to it. A
// line with no day published, "© Crown copyright", the book tool's maker
// ("© RStudio, PBC") or a person names no body, and the import asks for
// --publisher: the book's title after the chapter's in the <title>
// publishes nothing either. Before (hostile check 64), this test
// expected the book's title, "Healthy futures in Fenwick", for these
// lines; a title is no body to cite.
func TestBookChapterPublishedByTheBodyItsImprintLineNames(t *testing.T) {
	for line, want := range map[string]string{
		"Annual Report 2025 · © Fenwick District Council · Published 4 December 2025": "Fenwick District Council",
		"© Fenwick District Council | Published: 4 December 2025":                     "Fenwick District Council",
		"Annual Report 2025 · © Fenwick District Council":                             "",
		"© Ann Castle · Published 4 December 2025":                                    "",
		"© Crown copyright · Published 4 December 2025":                               "",
		"Built with bookdown · © RStudio, PBC · Published 4 December 2025":            "",
	} {
		page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Chapter 2 Speech and language | Healthy futures in Fenwick</title>
<meta property="og:title" content="Chapter 2 Speech and language | Healthy futures in Fenwick">
<meta name="generator" content="bookdown 0.41 and GitBook 2.6.7">
<meta name="date" content="2025-12-04"></head>
<body><div class="book"><div class="book-summary"><nav role="navigation"><ul class="summary">
<li class="chapter"><a href="intro.html">1 Introduction</a></li><li class="chapter"><a href="speech.html">2 Speech and language</a></li></ul></nav></div>
<div class="book-body"><div class="body-inner"><div class="book-header" role="navigation"><h1><a href="./">Healthy futures in Fenwick</a></h1></div>
<div class="page-wrapper" role="main"><div class="page-inner"><section class="normal">
<div class="section level1"><h1><span class="header-section-number">Chapter 2</span> Speech and language</h1>
<p>In 2024/25, 1,310 children were referred to the speech and language therapy service, up from 1,020 two years before.</p>
<p>The median wait for a first appointment was 21 weeks.</p>
<p class="small">` + line + `</p>
</div></section></div></div></div></div></div></body></html>`
		path := filepath.Join(t.TempDir(), "speech.html")
		if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
		im, err := library.Import(path, library.Meta{AssumeType: true})
		if want == "" {
			if err == nil || !strings.Contains(err.Error(), "--publisher") {
				t.Errorf("%q: publisher %q (error %v), want it asked for", line, im.Source.Publisher, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: refused: %v", line, err)
			continue
		}
		if got := im.Source.Publisher; got != want {
			t.Errorf("%q: publisher %q, want %q (guessed %v)", line, got, want, im.Guessed)
		}
	}
}
