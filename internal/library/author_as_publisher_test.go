package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPersonsPostIsCitedByItsAuthor: a post on a blogging platform that
// names the person who wrote it and no body that published it is cited by
// its author, who stands as the publisher, and the import says so; a
// publisher given with --publisher wins and nothing is said; a body the
// page names still publishes its writer's post. Before: the post was
// refused, "could not tell who published it from the file".
func TestPersonsPostIsCitedByItsAuthor(t *testing.T) {
	page := func(head string) string {
		return `<!DOCTYPE html><html><head><title>Why the wait for a hearing test keeps growing | by Tomas Brennan | Substack</title>
<meta property="og:site_name" content="Substack"><meta name="author" content="Tomas Brennan">` + head + `
<meta property="article:published_time" content="2025-06-11T08:00:00Z"></head><body><article>
<h1>Why the wait for a hearing test keeps growing</h1><p class="byline">Tomas Brennan · Jun 11, 2025</p>
<p>In my clinic the wait for a first hearing assessment has reached 21 weeks, up from 9 weeks two years ago.</p>
</article></body></html>`
	}
	im, err := library.Import(write(t, "post.html", []byte(page(""))), library.Meta{AssumeType: true})
	if err != nil {
		t.Fatalf("a person's post refused: %v", err)
	}
	if im.Source.Publisher != "Tomas Brennan" {
		t.Errorf("publisher %q, want the author, Tomas Brennan", im.Source.Publisher)
	}
	said := false
	for _, w := range im.Warnings {
		if strings.HasPrefix(w, "publisher: ") && strings.Contains(w, "Tomas Brennan") && strings.Contains(w, "--publisher") {
			said = true
		}
	}
	if !said {
		t.Errorf("no warning that the author stands as the publisher: %q", im.Warnings)
	}

	im, err = library.Import(write(t, "given.html", []byte(page(""))), library.Meta{AssumeType: true, Publisher: "Northfold Audiology Network"})
	if err != nil || im.Source.Publisher != "Northfold Audiology Network" {
		t.Errorf("--publisher: publisher %q (%v), want the one given", im.Source.Publisher, err)
	}
	for _, w := range im.Warnings {
		if strings.HasPrefix(w, "publisher: ") {
			t.Errorf("--publisher given, yet warned: %q", w)
		}
	}

	im, err = library.Import(write(t, "body.html", []byte(page(`<meta name="publisher" content="Northfold Deaf Children's Society">`))), library.Meta{AssumeType: true})
	if err != nil || im.Source.Publisher != "Northfold Deaf Children's Society" {
		t.Errorf("a body named: publisher %q (%v), want the body", im.Source.Publisher, err)
	}
}

// TestNetworkArticleHeadlineIsNoPublisher: a LinkedIn article saved from
// the browser sets its headline before the network's name in its <title>
// and as its og:title, as a page's post sets the page's name: the headline
// is no publisher, and the article's author stands as one. Before: the
// headline was the publisher.
func TestNetworkArticleHeadlineIsNoPublisher(t *testing.T) {
	const headline = "Two years of school drop-in clinics: what the numbers tell us about asthma"
	page := `<!DOCTYPE html><html><head><title>` + headline + ` | LinkedIn</title>
<meta property="og:title" content="` + headline + `"><meta property="og:type" content="article">
<meta property="og:site_name" content="LinkedIn"><meta property="article:published_time" content="2025-09-02T07:00:00.000Z">
<meta name="author" content="Harriet Osei"></head><body><article><h1>` + headline + `</h1>
<p>Across the two years the drop-in clinics saw 1,420 children with asthma, and 38% of them had no written action plan.</p>
</article></body></html>`
	im, err := library.Import(write(t, "article.html", []byte(page)), library.Meta{AssumeType: true})
	if err != nil || im.Source.Publisher != "Harriet Osei" {
		t.Errorf("publisher %q (%v), want the author, Harriet Osei", im.Source.Publisher, err)
	}
}

// TestCopyrightPolicyLinkIsNoNotice: a footer's list of links naming the
// site's "Copyright Policy" beside others ("Brand Policy") is no copyright
// notice: it names no holder. Before: "Policy Brand Policy Community
// Guidelines" published the page.
func TestCopyrightPolicyLinkIsNoNotice(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Spring clinics</title><meta name="author" content="Grace Ndlovu"></head><body>
<main><h1>Spring clinics</h1><p>The clinics saw 640 children in March, 12% more than in February.</p></main>
<footer><ul><li>About</li><li>Cookie Policy</li><li>Copyright Policy</li><li>Brand Policy</li><li>Community Guidelines</li></ul></footer></body></html>`
	im, err := library.Import(write(t, "links.html", []byte(page)), library.Meta{AssumeType: true, Date: "2025-04-01"})
	if err != nil || im.Source.Publisher != "Grace Ndlovu" {
		t.Errorf("publisher %q (%v), want the author, not a footer link's words", im.Source.Publisher, err)
	}
}
