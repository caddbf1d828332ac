package library_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// templateCase is a page or message written in one template, with what its
// import must find and what it must leave out.
type templateCase struct {
	file                          string
	meta                          library.Meta
	title, publisher, date, autor string
	// furniture must appear in no item and, where it is not in the
	// metadata, nowhere in the body.
	furniture []string
	// present must appear in the body as written.
	present []string
}

// checkTemplate imports a fixture and checks its metadata, its body and its
// items.
func checkTemplate(t *testing.T, c templateCase) library.Imported {
	t.Helper()
	im, err := library.Import(filepath.Join("testdata", "import", c.file), c.meta)
	if err != nil {
		t.Fatal(err)
	}
	s := im.Source
	if s.Title != c.title || s.Publisher != c.publisher || s.Date.String() != c.date || s.Author != c.autor {
		t.Errorf("metadata: title %q publisher %q date %q author %q\nwant %q %q %q %q",
			s.Title, s.Publisher, s.Date, s.Author, c.title, c.publisher, c.date, c.autor)
	}
	for _, f := range c.furniture {
		if strings.Contains(im.Body, f) {
			t.Errorf("furniture %q in the body:\n%s", f, im.Body)
		}
		for _, it := range im.Items {
			if strings.Contains(it.Text, f) {
				t.Errorf("furniture %q in an item: %q", f, it.Text)
			}
		}
	}
	for _, p := range c.present {
		if !strings.Contains(im.Body, p) {
			t.Errorf("body lacks %q:\n%s", p, im.Body)
		}
	}
	for _, it := range im.Items {
		if !strings.Contains(im.Body, it.Text) {
			t.Errorf("item %q is not a substring of the body", it.Text)
		}
	}
	return im
}

func TestImportGOVUKPage(t *testing.T) {
	im := checkTemplate(t, templateCase{
		file:      "govuk.html",
		meta:      library.Meta{Type: "data"},
		title:     "Children and young people's mental health: waiting times statistics",
		publisher: "Department of Health and Social Care",
		date:      "2024-06-13",
		furniture: []string{"cookies", "Skip to main content", "Health and social care", "From:", "Published 13 June",
			"Last updated", "Contents", "Print this page", "PDF", "1.2 MB", "assistive technology", "accessible format",
			"Share this page", "Related content", "Explore the topic", "Is this page useful?", "Report a problem",
			"Services and information", "Open Government Licence", "Crown copyright", "GOV.UK", "Updates to this page"},
		present: []string{
			"## Main points",
			"At the end of March 2024, 270,300 children and young people were waiting",
			"38.1% had waited longer than 18 weeks since their referral[^1], compared with 31.4% a year earlier.",
			"- The median wait for a second contact was 13 weeks.\n- Around 1 in 5 children",
			// The caption as a paragraph, then the table with its header.
			"Table 1: Children waiting longer than 18 weeks, by NHS region, March 2024\n\n" +
				"| Region | Waiting | Waiting over 18 weeks (%) |\n|---|---|---|\n| London | 41,200 | 35.2 |\n" +
				"| North West | 38,900 | 42.6 |\n| South West \\| Cornwall | 22,100 | 39.0 |",
			"[^1]: Waits are measured from referral to the second contact with a service.",
		},
	})
	if strings.Contains(im.Body, "↩") || strings.Count(im.Body, "[^1]") != 2 {
		t.Errorf("footnote reference and definition, without the back link:\n%s", im.Body)
	}
	if !strings.HasSuffix(strings.TrimSpace(im.Body), "[^1]: Waits are measured from referral to the second contact with a service.") {
		t.Errorf("footnote definitions belong at the end:\n%s", im.Body)
	}
}

func TestImportWordPressPost(t *testing.T) {
	im := checkTemplate(t, templateCase{
		file:      "wordpress.html",
		meta:      library.Meta{Type: "blog"},
		title:     "Why young carers are missing out on mental health support",
		publisher: "Young Carers Voice",
		date:      "2024-02-20",
		autor:     "Amira Hussain",
		furniture: []string{"Skip to content", "Donate", "Posted on", "5 min read", "Amira Hussain", "Photo: Jess Hurd",
			"medication", "Sign up to our newsletter", "Get the latest news", "Share this", "Click to share",
			"Related", "300 young people", "Posted in", "Tagged", "policy and campaigns manager", "Previous post",
			"thoughts on", "CAMHS while caring", "Brilliant article", "Leave a Reply", "Recent Posts", "registered charity"},
		present: []string{
			"Our survey of 412 young carers aged 11 to 18 found that 61% said caring left them feeling stressed most days",
			"## What needs to change",
			"1. Every school should have a named lead for young carers.\n2. Local authorities should carry out",
		},
	})
	// The pull quote repeats a sentence of the article: one statistic only.
	n := 0
	for _, it := range im.Items {
		if strings.Contains(it.Text, "14% had spoken to a mental health professional") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the pull quote made %d items of one figure, want 1", n)
	}
}

func TestImportNHSTrustPage(t *testing.T) {
	checkTemplate(t, templateCase{
		file:      "nhstrust.html",
		meta:      library.Meta{Type: "news"},
		title:     "Community paediatrics waiting list update",
		publisher: "Riverside Community Health NHS Trust",
		date:      "2024-03-05",
		furniture: []string{"cookies", "analytics", "Skip to main content", "Search the site", "Work for us", "Back to News",
			"Published:", "Information:", "Contact us", "Building 3", "01632 960 123", "Page last reviewed", "Next review due",
			"You may also be interested in", "how to refer your child", "Was this page helpful?", "Back to top",
			"Accessibility statement", "©"},
		present: []string{
			"We know that many families are waiting too long for a first appointment",
			"At the end of January there were 2,140 children on our waiting list",
			"If your child's needs change while they are waiting",
			"## What we are doing",
			"- We have recruited two additional consultant paediatricians",
		},
	})
}

func TestImportThinkTankLongRead(t *testing.T) {
	im := checkTemplate(t, templateCase{
		file:      "thinktank.html",
		meta:      library.Meta{Type: "report"},
		title:     "Growing up waiting: children's community health services in 2024",
		publisher: "The Policy Lab for Health",
		date:      "2024-09-18",
		autor:     "Tom Okafor",
		furniture: []string{"Accept All Cookies", "Long read", "12 minute read", "Download the full report", "2.1MB",
			"Sign up to our newsletter", "Stay up to date", "Share this article", "Cite this", "Okafor T (2024)",
			"Topics:", "About the author", "senior fellow", "Related research", "The hidden waits", "registered charity", "↩"},
		present: []string{
			// The standfirst, which readability leaves out with the header.
			"Children's community services have been overlooked in the NHS recovery effort",
			"## Key points",
			"- Waiting lists for children's community services have grown faster than those for adults.",
			"an increase of 17% on the previous year.[^1]",
			// A figure's caption is the table's caption, before it.
			"Figure 2: Children waiting for community services, by service\n\n| Service | Children waiting, June 2024 | Change on 2023 |\n|---|---|---|",
			"[^1]: NHS England, Community Health Services Waiting Lists, June 2024.",
			"[^2]: Policy Lab analysis of the same data.",
		},
	})
	// The aside pull quote, the bare blockquote and the key-facts bullet
	// repeat the article's sentences: each figure is one statistic.
	for _, figure := range []string{"Nearly a quarter of children waited more than a year", "increase of 17%"} {
		n := 0
		for _, it := range im.Items {
			if strings.Contains(it.Text, figure) || strings.Contains(strings.ToLower(it.Text), strings.ToLower(figure)) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q is in %d items, want 1", figure, n)
		}
	}
	// The notes keep their heading, at the end with them.
	if !strings.Contains(im.Body, "## Notes\n\n[^1]: NHS England") || strings.Count(im.Body, "## Notes") != 1 {
		t.Errorf("notes heading:\n%s", im.Body)
	}
}

func TestImportNewsArticleWithComments(t *testing.T) {
	im := checkTemplate(t, templateCase{
		file:      "news.html",
		meta:      library.Meta{Type: "news"},
		title:     "Thousands of children wait over a year for autism assessment",
		publisher: "The Northern Chronicle",
		date:      "2024-11-04",
		autor:     "Sarah Whitfield",
		furniture: []string{"We value your privacy", "AGREE", "Advertisement", "Subscribe from", "Opinion", "Health Correspondent",
			"06:00 GMT", "Share on", "Getty Images", "without support at school", "Read more:", "Families told to wait",
			"Get our daily health newsletter", "in your inbox", "Related Topics", "Comments (3)", "LeedsMum82",
			"private assessment", "Graham T", "14 years to fix", "Most read", "ring road", "bus routes", "All rights reserved"},
		present: []string{
			"Parents describe battling for help as figures show waits have almost doubled since 2021",
			"More than 172,000 children in England were waiting for an autism assessment in June",
			"Of those, 89% had been waiting longer than the 13 weeks recommended by national guidance.",
			"The charity Autism Support North called on ministers to set a maximum waiting time",
		},
	})
	for _, it := range im.Items {
		if it.Kind == evidence.Statistic && strings.Contains(it.Text, "£2,000") {
			t.Errorf("a comment's figure became a statistic: %q", it.Text)
		}
	}
}

func TestFurnitureIsToldByStructureNotByOnePage(t *testing.T) {
	// The same article in three wrappers that name their furniture
	// differently: a dialog role, an aria-modal overlay, an id naming
	// consent, a hidden element and a breadcrumb class.
	article := `<main><h1>Waits for help</h1><p>In 2024, 41% of children referred for help waited more than 18 weeks for a first appointment in England.</p><p>Services said that rising demand and vacancies in every profession were the main causes of the longer waits.</p></main>`
	for name, furniture := range map[string]string{
		"dialog role":      `<div role="dialog"><p>Your privacy choices matter to us and our partners, tell us what you prefer.</p></div>`,
		"aria-modal":       `<div aria-modal="true"><p>Before you continue reading, choose how we can use your personal data.</p></div>`,
		"consent id":       `<section id="ConsentManagerWrapper"><p>Choose which optional features of this website you are happy for us to use.</p></section>`,
		"hidden":           `<div hidden><p>This text is hidden from readers and should never be read as part of the article.</p></div>`,
		"breadcrumb class": `<ul class="c-breadcrumb-trail"><li>Home page of the site</li><li>Children and young people's services</li></ul>`,
		"newsletter":       `<div class="footer-newsletter-box"><p>Every Friday we send the week's most important health policy news to readers.</p></div>`,
	} {
		t.Run(name, func(t *testing.T) {
			page := `<!DOCTYPE html><html><head><title>Waits for help</title><meta property="og:site_name" content="Site"></head><body>` +
				furniture + article + `</body></html>`
			im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "news", Date: "2024"})
			if err != nil {
				t.Fatal(err)
			}
			text := strings.Fields(strings.NewReplacer("<", " <", ">", "> ").Replace(furniture))
			for _, w := range []string{"privacy", "personal", "optional", "hidden", "Home", "Friday"} {
				if strings.Contains(strings.Join(text, " "), w) && strings.Contains(im.Body, w) {
					t.Errorf("furniture word %q kept:\n%s", w, im.Body)
				}
			}
			if !strings.Contains(im.Body, "41% of children referred") {
				t.Errorf("article lost:\n%s", im.Body)
			}
		})
	}
}

func TestArticleWrappersAreNeverRemoved(t *testing.T) {
	// No main or article element, and wrappers whose classes name furniture
	// words: the wrapper holding most of the text, the headline and its
	// paragraphs stays; an inline "Related:" link box and a component named
	// as a tag list go.
	page := `<!DOCTYPE html><html><head><title>Waits grow</title><meta property="og:site_name" content="Site"></head><body>
<form id="aspnetForm"><div class="layout has-sidebar social-theme">
<h1>Waits grow</h1>
<p>In 2024, 41% of children referred for help waited more than 18 weeks for a first appointment in England.</p>
<aside class="element-rich-link"><p>Related: Hospital waiting lists fall for the third month running across the country</p></aside>
<p>Services said that rising demand and vacancies in every profession were the main causes of the longer waits.</p>
<div data-component="tag-list"><p>Children's health services, waiting lists, mental health support, NHS England data</p></div>
</div></form></body></html>`
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "news", Date: "2024"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"41% of children referred", "rising demand and vacancies"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("article text %q lost:\n%s", want, im.Body)
		}
	}
	for _, f := range []string{"Hospital waiting lists fall", "NHS England data"} {
		if strings.Contains(im.Body, f) {
			t.Errorf("furniture %q kept:\n%s", f, im.Body)
		}
	}
}

// A blog theme's "Read more" block of post cards (each an <article> with a
// title and an excerpt) after the article is furniture: the cards are not
// articles the page is made of, and their excerpts are no standfirst.
func TestReadMoreCardsAreNotTheArticle(t *testing.T) {
	para := "<p>Children's waits for planned hospital care have grown faster than adults' since 2021, and the gap is widest for dental and ear, nose and throat operations.</p>"
	page := `<!DOCTYPE html><html><head><title>Children's waits</title>
<meta property="og:site_name" content="The Example Institute"><meta property="article:published_time" content="2024-11-20T07:00:00Z"></head>
<body><main><article class="post"><header><h1>Children's waits</h1><p class="article-excerpt">What the latest data show about children's waits, and what should happen next.</p></header>
<section class="gh-content">` + strings.Repeat(para, 6) + `</section></article></main>
<aside class="read-more-wrap"><div class="read-more"><h3>Read more</h3>
<article class="post-card"><h2 class="post-card-title">Waiting Well 1</h2><div class="post-card-excerpt">More than a quarter of a million children wait for community health services.</div></article>
<article class="post-card"><h2 class="post-card-title">The spending review</h2><div class="post-card-excerpt">Three questions the Treasury should answer before the spending review in June.</div></article>
</div></aside></body></html>`
	im, err := library.Import(write(t, "post.html", []byte(page)), library.Meta{Type: "blog"})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []string{"quarter of a million", "Treasury", "Waiting Well 1"} {
		if strings.Contains(im.Body, g) {
			t.Errorf("%q kept:\n%s", g, im.Body)
		}
	}
	if !strings.Contains(im.Body, "What the latest data show") || !strings.Contains(im.Body, "grown faster than adults") {
		t.Errorf("the standfirst or the article is lost:\n%s", im.Body)
	}
}
