package library

import (
	"strings"
	"testing"
)

// TestBlogNameFromItsBanner: a blog with no feed link in its head is
// still published under its name when the banner's link to the blog's
// home page and the <title> agree on it ("Ward Round Notes" in both,
// before the post's title), and the post's title is the rest of the
// <title>. A banner link naming no home page, a name the <title> does not
// carry, or the writer's own name give no publisher; a name shaped like a
// person's is the blog's only when the post names another writer.
func TestBlogNameFromItsBanner(t *testing.T) {
	post := `<main><article class="post"><span class="post-timestamp"><time datetime="2026-01-09T20:00:00Z">January 9, 2026</time></span>
<h3 class="post-title entry-title">Twelve hours in the emergency department</h3>
<div class="post-body entry-content">
<p>On Tuesday a thirteen-year-old boy waited in our emergency department for a children's mental health assessment for most of the night.</p>
<p>Across the winter we saw 64 young people in crisis who stayed longer than twelve hours before a bed or a plan was found.</p>
</div></article></main></body></html>`
	for _, c := range []struct{ name, title, href, by, want string }{
		{"Ward Round Notes", "Ward Round Notes: Twelve hours in the emergency department", "https://wardroundnotes.blogspot.com/", "Dr K. Mensah", "Ward Round Notes"},
		{"Ward Round Notes", "Twelve hours in the emergency department | Ward Round Notes", "/", "Dr K. Mensah", "Ward Round Notes"},
		{"Notes from the Ward", "Notes from the Ward: Twelve hours in the emergency department", "/", "", "Notes from the Ward"},
		{"Ward Round Notes", "Ward Round Notes: Twelve hours in the emergency department", "https://wardroundnotes.blogspot.com/p/about.html", "Dr K. Mensah", ""},
		{"Ward Round Notes", "Twelve hours in the emergency department", "https://wardroundnotes.blogspot.com/", "Dr K. Mensah", ""},
		{"Ward Round Notes", "Ward Round Notes: Twelve hours in the emergency department", "/", "", ""},
		{"Amara Lewis", "Amara Lewis: Twelve hours in the emergency department", "https://amaralewis.blogspot.com/", "Amara Lewis", ""},
	} {
		byline := ""
		if c.by != "" {
			byline = `<div class="post-footer"><span class="byline post-author vcard">Posted by <span class="fn">` + c.by + `</span></span></div>`
		}
		page := `<html><head><title>` + c.title + `</title></head><body>
<header role="banner"><div class="blog-name"><h1 class="title"><a href="` + c.href + `">` + c.name + `</a></h1>
<p class="description">Notes from a children's hospital</p></div></header>` + strings.Replace(post, "</div></article>", "</div>"+byline+"</article>", 1)
		im, err := importHTML([]byte(page))
		if c.want == "" {
			if err == nil && im.Source.Publisher != "" {
				t.Errorf("%s (%s): publisher %q, want none", c.title, c.href, im.Source.Publisher)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s (%s): %v", c.title, c.href, err)
		}
		if got := im.Source.Publisher; got != c.want {
			t.Errorf("%s (%s): publisher %q, want %q (guessed %v)", c.title, c.href, got, c.want, im.Guessed)
		}
		if got := im.Source.Title; got != "Twelve hours in the emergency department" {
			t.Errorf("%s: title %q", c.title, got)
		}
		if got := im.Source.Date.String(); got != "2026-01-09" {
			t.Errorf("%s: date %q", c.title, got)
		}
	}
}
