package library

import (
	"strings"
	"testing"
)

// TestComponentPrefixNotFurniture: a template that names every component
// with one prefix ("cmp-title", "cmp-text", "cmp-table": Adobe Experience
// Manager's core components) keeps its article, though "cmp" is also a
// consent manager's word; the cookie banner and the breadcrumbs in the same
// template still go by their own words.
func TestComponentPrefixNotFurniture(t *testing.T) {
	page := `<html><head><title>Speech therapy waits | Northby Health NHS Trust</title>
<meta property="og:site_name" content="Northby Health NHS Trust"></head><body>
<div class="cmp-container"><div class="grid">
<div class="cmp-container cmp-header"><div class="cmp-text cookie-banner"><p>We use cookies to make this site work and to see how it is used.</p></div></div>
<nav class="cmp-breadcrumb"><a href="/">Home</a> <a href="/services">Services</a></nav>
<main class="container"><div class="cmp-container">
<div class="cmp-title"><h1 class="cmp-title__text">Speech therapy waits</h1></div>
<div class="cmp-text"><p>In March 2025 there were 812 children waiting for a first speech and language therapy appointment.</p>
<p>Half of them had waited longer than 18 weeks, against a standard of 12 weeks for a first assessment.</p></div>
<div class="cmp-title"><h2 class="cmp-title__text">What we are doing</h2></div>
<div class="cmp-text"><p>We recruited more staff this spring after a long and difficult search across the region for people with the right skills. We have recruited six new therapists and opened two drop-in clinics for families this year.</p></div>
<div class="cmp-table"><table><tr><th>Clinic</th><th>Weeks</th></tr><tr><td>Northby</td><td>21</td></tr></table></div>
</div></main>
</div></div></body></html>`
	body := importedBody(t, page)
	for _, kept := range []string{"812 children", "longer than 18 weeks", "six new therapists", "What we are doing", "| Northby | 21 |"} {
		if !strings.Contains(body, kept) {
			t.Errorf("%q lost:\n%s", kept, body)
		}
	}
	for _, gone := range []string{"We use cookies", "Services"} {
		if strings.Contains(body, gone) {
			t.Errorf("furniture %q kept:\n%s", gone, body)
		}
	}
}

// TestBlogPostDateInAnAbbr: a blog template that marks its post as a
// schema.org item while the item's own wrapper claims to be a property of
// none (Blogger's itemprop="blogPost" under no itemscope), and gives the
// time it was posted in an abbr's title (the microformats' abbr pattern:
// the text is only "20:14"), dates the post by that title.
func TestBlogPostDateInAnAbbr(t *testing.T) {
	page := `<html><head><title>A year of waiting: A year of waiting for a wheelchair</title></head><body>
<div class="blog-posts"><div class="post hentry" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<h3 class="post-title entry-title" itemprop="name">A year of waiting for a wheelchair</h3>
<div class="post-body entry-content" itemprop="articleBody">
<p>Our daughter was assessed for a powered wheelchair in March last year, and we were told the wait would be about 18 weeks.</p>
<p>Fifty-one weeks later she is still using the manual chair she outgrew two years ago, and the service cannot give us a date.</p>
</div>
<div class="post-footer">Posted at <abbr class="published" itemprop="datePublished" title="2025-10-04T09:30:00+01:00">09:30</abbr></div>
</div></div></body></html>`
	im, err := importHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2025-10-04" {
		t.Errorf("date: got %q, want 2025-10-04 (guessed %v)", got, im.Guessed)
	}
}

// TestBlogNameFromItsFeed: a personal blog has no body behind it; it is
// published under its name, which the <title> puts before the post's
// title ("Wheels and Waits: A year of waiting") and the blog's feed link
// names ("Wheels and Waits - Atom"). A blog named only for its writer gets
// no publisher from it, though a blog's name capitalised like a person's
// ("Our Days With Sam") does.
func TestBlogNameFromItsFeed(t *testing.T) {
	post := `<div class="post hentry"><h3 class="post-title entry-title">A year of waiting for a wheelchair</h3>
<div class="post-body entry-content">
<p>Our daughter was assessed for a powered wheelchair in March last year, and we were told the wait would be about 18 weeks.</p>
<p>Fifty-one weeks later she is still using the manual chair she outgrew two years ago, and the service cannot give us a date.</p>
</div></div></body></html>`
	for _, c := range []struct{ name, want string }{
		{"Wheels and Waits", "Wheels and Waits"},
		{"Our Days With Sam", "Our Days With Sam"},
		{"Jane Okafor", ""},
	} {
		page := `<html><head><title>` + c.name + `: A year of waiting for a wheelchair</title>
<link rel="alternate" type="application/atom+xml" title="` + c.name + ` - Atom" href="https://example.blogspot.com/feeds/posts/default">
<link rel="alternate" type="application/rss+xml" title="` + c.name + ` - RSS" href="https://example.blogspot.com/feeds/posts/default?alt=rss">
<meta property="og:title" content="A year of waiting for a wheelchair"></head><body>
<header><h1 class="title">` + c.name + `</h1></header>` + post
		im, err := importHTML([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if got := im.Source.Publisher; got != c.want {
			t.Errorf("%s: publisher %q, want %q (guessed %v)", c.name, got, c.want, im.Guessed)
		}
	}
}

// TestShareBarInsideTheArticleStillGoes: three names led by "share" inside
// the article (a share bar's buttons) make no namespace: none of them
// wraps the article's text, as a template's component prefix does.
func TestShareBarInsideTheArticleStillGoes(t *testing.T) {
	page := `<html><head><title>Speech therapy waits | Northby Health NHS Trust</title>
<meta property="og:site_name" content="Northby Health NHS Trust"></head><body>
<main><article><h1>Speech therapy waits</h1>
<div class="share-panel"><p class="share-intro">Tell other parents about this page by email or on social media today.</p><span class="share-count">Passed on 41 times this month</span></div>
<p>In March 2025 there were 812 children waiting for a first speech and language therapy appointment in the county.</p>
<p>Half of them had waited longer than 18 weeks, against a standard of 12 weeks for a first assessment of their needs.</p>
</article></main></body></html>`
	body := importedBody(t, page)
	if strings.Contains(body, "Tell other parents") || strings.Contains(body, "41 times") {
		t.Errorf("share bar kept:\n%s", body)
	}
	if !strings.Contains(body, "812 children") {
		t.Errorf("article lost:\n%s", body)
	}
}
