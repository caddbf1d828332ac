package library_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// metaPage is an article page with the given head and the given markup
// before and after the article.
func metaPage(title, head, before, after string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + title + `</title>` + head + `</head><body>` +
		`<header><a href="/" class="site-logo"><img src="/img/brand.svg" alt="Eastmoor Borough Council logo"></a></header>` + before +
		`<main><h1>Waits for help</h1><p>In 2024, 41% of children referred for help waited more than 18 weeks for a first appointment in England.</p>` +
		`<p>Services said that rising demand and vacancies in every profession were the main causes of the longer waits.</p></main>` +
		after + `</body></html>`
}

// TestPageMetadataOrder checks which of several conventions wins when a
// page states its publisher or date more than once, and that the import
// says which one it used.
func TestPageMetadataOrder(t *testing.T) {
	const footer = `<footer><p>© 2024 Westvale Health Partnership. Registered charity 123456.</p></footer>`
	ld := func(body string) string { return `<script type="application/ld+json">` + body + `</script>` }
	cases := []struct {
		name, title, head, before, after string
		publisher, date, from            string
	}{
		{name: "JSON-LD before og:site_name", title: "Waits for help",
			head: ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Waits for help","datePublished":"2024-05-02T08:00:00+01:00","publisher":{"@type":"Organization","name":"The Daily Ledger"}}`) +
				`<meta property="og:site_name" content="the ledger">`,
			publisher: "The Daily Ledger", date: "2024-05-02", from: "publisher (the page's schema.org publisher)"},
		{name: "JSON-LD graph by @id", title: "Waits for help",
			head:      ld(`{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"#page","isPartOf":{"@id":"#site"},"datePublished":"2024-05-03"},{"@type":"WebSite","@id":"#site","publisher":{"@id":"#org"}},{"@type":"Organization","@id":"#org","name":"Northfield Council"}]}`),
			publisher: "Northfield Council", date: "2024-05-03", from: "date (the page's schema.org datePublished)"},
		{name: "a publisher tag before og:site_name", title: "Waits for help",
			head:      `<meta property="og:site_name" content="Kestrel Trust Research"><meta name="DC.publisher" content="Kestrel Trust"><meta name="DC.date" content="2024-05-04">`,
			publisher: "Kestrel Trust", date: "2024-05-04", from: "publisher (Dublin Core DC.publisher)"},
		{name: "og:site_name before the page's lines", title: "Waits for help",
			head:      `<meta property="og:site_name" content="Kestrel Trust"><meta property="article:published_time" content="2024-05-04">`,
			after:     `<footer><p>© 2024 Kestrel Trust Ltd</p></footer>`,
			publisher: "Kestrel Trust", date: "2024-05-04", from: "publisher (the site's name, og:site_name)"},
		{name: "Dublin Core before the copyright line", title: "Waits for help",
			head: `<meta name="dcterms.publisher" content="Moorland ICB"><meta name="dcterms.date" content="2024-05-05">`, after: footer,
			publisher: "Moorland ICB", date: "2024-05-05", from: "date (Dublin Core DC.date)"},
		{name: "citation tags before the page's lines", title: "Waits for help",
			head:      `<meta name="citation_publisher" content="Institute for Child Health Policy"><meta name="citation_publication_date" content="2024/05/06">`,
			before:    `<p class="meta">Published: 1 January 2020</p>`,
			publisher: "Institute for Child Health Policy", date: "2024-05-06", from: "date (citation_publication_date)"},
		{name: "time before a Published line", title: "Waits for help",
			before:    `<div class="info"><time datetime="2024-05-07">7 May 2024</time></div><p>Published: 1 January 2020</p>`,
			after:     footer,
			publisher: "Westvale Health Partnership", date: "2024-05-07", from: "date (the <time> of the article)"},
		{name: "a time shows its own day", title: "Waits for help",
			before:    `<time datetime="2024-05-07T23:30:00Z">8 May 2024</time>`,
			publisher: "Eastmoor Borough Council", date: "2024-05-08", from: "publisher (the site's logo)"},
		{name: "a comment's time is not the page's", title: "Waits for help | Fenwick News",
			before:    `<p>Posted on 9 May 2024</p>`,
			after:     `<section class="comments"><time datetime="2025-01-01">1 January 2025</time><p>Great piece on children's services.</p></section>`,
			publisher: "Fenwick News", date: "2024-05-09", from: "publisher (the site's name after the page title)"},
		{name: "published before last updated", title: "Waits for help - Fenwick News",
			before:    `<ul class="dates"><li>Last updated: 20 June 2024</li><li>Publication date: 10 May 2024</li></ul>`,
			publisher: "Fenwick News", date: "2024-05-10", from: `date (the page's "Publication date:" line)`},
		{name: "a label and its date in elements of their own", title: "Waits for help",
			before:    `<dl class="facts"><div><dt>Release date:</dt><dd>11 May 2024</dd></div><div><dt>Next release:</dt><dd>To be announced</dd></div></dl>`,
			publisher: "Eastmoor Borough Council", date: "2024-05-11", from: `date (the page's "Release date:" line)`},
		{name: "last updated before the modified time", title: "Waits for help",
			head:      `<meta property="article:modified_time" content="2024-07-01T10:00:00+00:00">`,
			after:     `<p class="updated">Last updated: 12 May 2024</p>`,
			publisher: "Eastmoor Borough Council", date: "2024-05-12", from: `date (the page's "Last updated:" line)`},
		{name: "the modified time last", title: "Waits for help",
			head:      `<meta property="article:modified_time" content="2024-05-13T10:00:00+00:00">`,
			publisher: "Eastmoor Borough Council", date: "2024-05-13", from: "date (the page's last-modified time)"},
		{name: "copyright before the title suffix and the logo", title: "Waits for help | WHP",
			before: `<p>Posted on 14 May 2024</p>`, after: footer,
			publisher: "Westvale Health Partnership", date: "2024-05-14", from: "publisher (the copyright line)"},
		{name: "a picture's credit is no publisher", title: "Waits for help",
			before:    `<p>Posted on 14 May 2024</p>`,
			after:     `<article><figure><img src="/img/clinic.jpg" alt="A clinic"><footer>© Alamy Stock Photo</footer></figure></article>`,
			publisher: "Eastmoor Borough Council", date: "2024-05-14", from: "publisher (the site's logo)"},
		{name: "a Published by line", title: "Waits for help",
			before:    `<p class="source">Published by Riverside Youth Trust on 15 May 2024</p>`,
			publisher: "Riverside Youth Trust", date: "2024-05-15", from: `publisher (the page's "Published by" line)`},
		{name: "a month and day as in the US", title: "Waits for help",
			before:    `<p>Posted May 16, 2024</p>`,
			publisher: "Eastmoor Borough Council", date: "2024-05-16", from: `date (the page's "Posted:" line)`},
		{name: "a report's published line beside other dates", title: "Waits for help",
			before:    `<p class="ratings__dates">Report published: 17 May 2024 | Inspection dates: 11 and 12 February 2024</p>`,
			publisher: "Eastmoor Borough Council", date: "2024-05-17", from: `date (the page's "Report published:" line)`},
		{name: "this guidance was published", title: "Waits for help",
			before:    `<p>This guidance was first published on 18 May 2024.</p>`,
			publisher: "Eastmoor Borough Council", date: "2024-05-18", from: `date (the page's "This guidance was first published:" line)`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page := metaPage(c.title, c.head, c.before, c.after)
			im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "news"})
			if err != nil {
				t.Fatal(err)
			}
			s := im.Source
			if s.Publisher != c.publisher || s.Date.String() != c.date || s.Title != "Waits for help" {
				t.Errorf("title %q publisher %q date %s, want %q %q %s (guessed %q)", s.Title, s.Publisher, s.Date, "Waits for help", c.publisher, c.date, im.Guessed)
			}
			if !strings.Contains(strings.Join(im.Guessed, "\n"), c.from) {
				t.Errorf("guessed %q lacks %q", im.Guessed, c.from)
			}
		})
	}
}

// TestPageWithoutPublisherOrDateIsRefused: a page that states neither is
// refused with the file's name and the flags to pass; one that shows
// them is imported.
func TestPageWithoutPublisherOrDateIsRefused(t *testing.T) {
	bare := `<!DOCTYPE html><html><head><title>Waits for help</title></head><body><main><h1>Waits for help</h1>` +
		`<p>In 2024, 41% of children referred for help waited more than 18 weeks for a first appointment in England.</p></main></body></html>`
	dir := t.TempDir()
	path := filepath.Join(dir, "saved-page.html")
	if err := os.WriteFile(path, []byte(bare), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := library.Import(path, library.Meta{Type: "news"})
	if err == nil || !strings.Contains(err.Error(), "saved-page.html") || !strings.Contains(err.Error(), "--publisher") || !strings.Contains(err.Error(), "--date") {
		t.Fatalf("want a refusal naming the file and both flags, got %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the refused import left %d files", len(entries))
	}
	shown := strings.Replace(bare, "<main>", `<main><p class="byline">Published: 3 June 2024</p>`, 1)
	shown = strings.Replace(shown, "</main>", `</main><footer>Copyright © 2024 Northfield Parent Carer Forum</footer>`, 1)
	im, err := library.Import(write(t, "page.html", []byte(shown)), library.Meta{Type: "news"})
	if err != nil {
		t.Fatalf("a page that states its date and publisher was refused: %v", err)
	}
	if im.Source.Publisher != "Northfield Parent Carer Forum" || im.Source.Date.String() != "2024-06-03" {
		t.Errorf("publisher %q date %s", im.Source.Publisher, im.Source.Date)
	}
}

// TestBrokenJSONLDIsSkipped: metadata that does not parse is passed over
// for the next convention, never a reason to refuse the page.
func TestBrokenJSONLDIsSkipped(t *testing.T) {
	page := metaPage("Waits for help", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Waits for</script>`+
		`<meta property="og:site_name" content="Kestrel Trust"><meta property="article:published_time" content="2024-05-04">`, "", "")
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "news"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Kestrel Trust" || im.Source.Date.String() != "2024-05-04" {
		t.Errorf("publisher %q date %s", im.Source.Publisher, im.Source.Date)
	}
}

// TestPublisherFromCreatorTags: a page whose tags name an organisation as
// its creator (Dublin Core DC.creator, a schema.org Dataset's creator)
// names its publisher so, before the site's name. Pages written for this
// test.
func TestPublisherFromCreatorTags(t *testing.T) {
	dir := t.TempDir()
	cases := []struct{ name, head, want string }{
		{"dc creator", `<meta name="DC.creator" content="House of Lords Public Services Committee">` +
			`<title>Report - Public Services Committee - House of Lords</title>`, "House of Lords Public Services Committee"},
		{"a person as creator", `<meta name="DC.creator" content="Jane Smith"><meta property="og:site_name" content="Northfield Health News">` +
			`<title>Report - Northfield Health News</title>`, "Northfield Health News"},
		{"json-ld creator", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dataset","name":"Waits",` +
			`"creator":{"@type":"Organization","name":"Northfield Statistics Agency"}}</script>` +
			`<meta property="og:site_name" content="Northfield Digital"><title>Waits - Northfield Digital</title>`, "Northfield Statistics Agency"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page := "<!doctype html><html><head>" + c.head + "</head><body><main><h1>Report</h1>" +
				"<p>Waiting lists for children's community services grew by 12% in the year to March, to 4,200 children.</p>" +
				"<p>Published 4 June 2024.</p></main></body></html>"
			path := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "-")+".html")
			if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
				t.Fatal(err)
			}
			im, err := library.Import(path, library.Meta{Type: "report"})
			if err != nil {
				t.Fatal(err)
			}
			if im.Source.Publisher != c.want {
				t.Errorf("publisher %q, want %q", im.Source.Publisher, c.want)
			}
		})
	}
}

// TestGuessedDateOutOfRangeIsDropped: a date a file gives of itself that
// no source may have — a page's published time of 0001-01-01 (a Go or
// .NET zero time, common on real sites), an e-mail dated 9999 — was kept,
// and the import then failed with "the converted source would not load:
// date: bad date ... year out of range", not saying --date would do. The
// guess is dropped with a warning and the import asks for --date; given
// it, the file imports.
func TestGuessedDateOutOfRangeIsDropped(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "zero.html")
	os.WriteFile(page, []byte(metaPage("Waits for help | Care News", `<meta property="og:site_name" content="Care News"><meta property="article:published_time" content="0001-01-01T00:00:00Z">`, "", "")), 0o644)
	mail := filepath.Join(dir, "late.eml")
	os.WriteFile(mail, []byte("From: Jane Smith <jane@nhs.net>\nSubject: Waits for help\nDate: Fri, 31 Dec 9999 10:00:00 +0000\n\n"+
		"In 2024, 41% of children referred for help waited more than 18 weeks for a first appointment in England.\n\nKind regards,\nJane\nNHS Providers\n"), 0o644)
	for _, path := range []string{page, mail} {
		_, err := library.Import(path, library.Meta{Type: "news", Publisher: "Care News"})
		if err == nil || !strings.Contains(err.Error(), "--date") || strings.Contains(err.Error(), "would not load") {
			t.Errorf("%s: %v, want it to ask for --date", filepath.Base(path), err)
		}
		im, err := library.Guess(path)
		if err != nil {
			t.Fatalf("%s: guess: %v", filepath.Base(path), err)
		}
		if !im.Source.Date.IsZero() || strings.Contains(strings.Join(im.Guessed, " "), "date") || !strings.Contains(strings.Join(im.Warnings, " "), "date") {
			t.Errorf("%s: guessed date %v (%v), warnings %q: want none guessed, and a warning", filepath.Base(path), im.Source.Date, im.Guessed, im.Warnings)
		}
		im, err = library.Import(path, library.Meta{Type: "news", Publisher: "Care News", Date: "2024-05-01"})
		if err != nil || im.Source.Date.String() != "2024-05-01" {
			t.Errorf("%s with --date: %v, %v", filepath.Base(path), im.Source.Date, err)
		}
	}
}
