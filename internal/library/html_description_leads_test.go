package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestAStandfirstRepeatingThePagesDescriptionIsNoText: the line under a
// headline that is the page's meta description word for word, with no
// figure, is left out, whether readability kept it with the article or
// not. Near misses: a standfirst with a figure, one that differs from the
// description, and the article's own paragraphs stay. Every sentence is
// written for this test.
func TestAStandfirstRepeatingThePagesDescriptionIsNoText(t *testing.T) {
	para := "<p>Families in the most deprived areas wait longer for a first speech and language therapy appointment than families anywhere else in the county.</p>"
	page := func(desc, standfirst string) string {
		return `<!DOCTYPE html><html><head><title>Speech therapy waits</title>
<meta name="description" content="` + desc + `">
<meta property="og:site_name" content="The Example Trust"><meta property="article:published_time" content="2025-03-02T07:00:00Z"></head>
<body><main><article class="post"><header><h1>Speech therapy waits</h1><p class="post-standfirst">` + standfirst + `</p></header>
<section class="gh-content">` + strings.Repeat(para, 6) + `</section></article></main></body></html>`
	}
	cases := []struct {
		name, desc, standfirst string
		kept                   bool
	}{
		{"the description again", "Where a child lives decides how long they wait to be heard. The gap is growing.",
			"Where a child lives decides how long they wait to be heard. The gap is growing.", false},
		{"the description with other quotes and spaces", "Where a child lives decides how long they wait &#8217;to be heard&#8217;.",
			"Where a child lives  decides how long they wait ‘to be heard’.", false},
		// Near misses.
		{"a figure", "Nine in ten families waited more than 18 weeks for a first appointment.",
			"Nine in ten families waited more than 18 weeks for a first appointment.", true},
		{"a figure in words", "Almost half of the families we heard from waited over a year to be seen.",
			"Almost half of the families we heard from waited over a year to be seen.", true},
		{"not the description", "How long children wait for speech and language therapy in the county.",
			"Where a child lives decides how long they wait to be heard. The gap is growing.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			im, err := library.Import(write(t, "post.html", []byte(page(c.desc, c.standfirst))), library.Meta{Type: "blog"})
			if err != nil {
				t.Fatal(err)
			}
			key := "decides how long they wait"
			if f := strings.Fields(c.standfirst); f[0] == "Nine" || f[0] == "Almost" {
				key = strings.Join(f[:4], " ")
			}
			if got := strings.Contains(im.Body, key); got != c.kept {
				t.Errorf("standfirst kept %v, want %v:\n%s", got, c.kept, im.Body)
			}
			if !strings.Contains(im.Body, "most deprived areas wait longer") {
				t.Errorf("the article is lost:\n%s", im.Body)
			}
		})
	}
}
