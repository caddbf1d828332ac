package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// Set 53 spent. Every page and message is written for these tests.

// TestJournalAbstractPageDatedByEpub: an index's abstract page with no
// date tag but citation tags in a citation's order ("2025 Jun") and a
// citation line with the article's Epub date is dated by the Epub day,
// published by the journal its tags name (not the index after the page
// title) and titled whole by its citation_title, however long.
func TestJournalAbstractPageDatedByEpub(t *testing.T) {
	title := "Dental general anaesthetic waits for children in three northern English regions: a population-based retrospective cohort study of hospital records, 2019 to 2024"
	page := `<html><head><title>` + title + ` - MedIndex</title>
<meta name="citation_title" content="` + title + `">
<meta name="citation_journal_title" content="Journal of Paediatric Dental Services">
<meta name="citation_date" content="2025 Jun">
</head><body><header><a class="logo" href="/">MedIndex</a></header>
<main><div class="article-citation"><span class="cit">2025 Jun;7(3):210-219.</span> <span class="secondary-date">doi: 10.1000/jpds.2025.0042. Epub 2025 Apr 3.</span></div>
<h1>` + title + `</h1>
<div class="abstract"><h2>Abstract</h2><p>Children in the most deprived areas waited a median of 31 weeks for a dental general anaesthetic, against 22 weeks in the least deprived areas. Health boards should publish dental waits for children every quarter.</p></div>
<div class="similar"><h2>Similar articles</h2><ul><li>Oral health of five-year-olds. J Dent. 2024 Jan 5. Epub 2023 Dec 1.</li></ul></div>
</main></body></html>`
	im, err := library.Import(write(t, "abstract.html", []byte(page)), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2025-04-03" {
		t.Errorf("date %q, want 2025-04-03", got)
	}
	if im.Source.Publisher != "Journal of Paediatric Dental Services" {
		t.Errorf("publisher %q, want the journal", im.Source.Publisher)
	}
	if im.Source.Title != title {
		t.Errorf("title %q, want it whole", im.Source.Title)
	}
}

// TestJournalCitationDateInCitationOrder: with no Epub line, the
// citation_date tag written in a citation's order dates the page by its
// month.
func TestJournalCitationDateInCitationOrder(t *testing.T) {
	page := `<html><head><title>Speech therapy waits - MedIndex</title>
<meta name="citation_title" content="Speech therapy waits for pre-school children">
<meta name="citation_journal_title" content="Child Language Services Review">
<meta name="citation_date" content="2024 Nov">
</head><body><main><h1>Speech therapy waits for pre-school children</h1>
<p>Pre-school children referred for speech and language therapy waited a median of 26 weeks for a first assessment in the study year.</p></main></body></html>`
	im, err := library.Import(write(t, "abstract2.html", []byte(page)), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2024-11" {
		t.Errorf("date %q, want 2024-11", got)
	}
}

// TestGroupDigestPostHeadersAreHeadings: a group's daily digest in plain
// text sets each post's title over its poster and time stamp: the title
// is a heading, the poster's line, the time stamp, a reply's "RE:" title
// and the digest's count of new posts are no text.
func TestGroupDigestPostHeadersAreHeadings(t *testing.T) {
	msg := "From: Practice Hub <digest@practicehub.example>\nTo: sam@example.org\n" +
		"Subject: Your daily digest: School Health Forum\nDate: Wed, 4 Mar 2026 07:00:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\n" +
		"Hi Sam,\n\n" +
		"Here is your daily digest for the School Health Forum. There are 2 new posts since your last digest.\n\n" +
		"------------------------------------------------------------\n" +
		"Vision screening in reception: who does it?\n" +
		"Priya Lal - Commissioning Officer, Northmere Council\n" +
		"Posted 3 March 2026, 10:05\n\n" +
		"Our vision screening contract ends next year, and last year only 81% of reception children in Northmere were screened before the spring term.\n\n" +
		"------------------------------------------------------------\n" +
		"RE: Vision screening in reception: who does it?\n" +
		"Dan Ross - School Nurse Lead, Eastfold Trust\n" +
		"Posted 3 March 2026, 14:40\n\n" +
		"In Eastfold the school nursing team screens every reception class, and coverage reached 96% last year.\n"
	im, err := library.Import(write(t, "digest.eml", []byte(msg)), library.Meta{Type: "report", Publisher: "School Health Forum"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "## Vision screening in reception: who does it?\n") {
		t.Errorf("the post's title is no heading:\n%s", im.Body)
	}
	for _, furniture := range []string{"Commissioning Officer", "School Nurse Lead", "Posted 3 March", "RE: Vision", "new posts since"} {
		if strings.Contains(im.Body, furniture) {
			t.Errorf("%q kept in the text:\n%s", furniture, im.Body)
		}
	}
	for _, text := range []string{"only 81% of reception children", "coverage reached 96% last year"} {
		if !strings.Contains(im.Body, text) {
			t.Errorf("%q lost:\n%s", text, im.Body)
		}
	}
}

// TestSearchAlertResultsAreHeadings: a search alert's plain part sets each
// result as its title, its outlet, the snippet and a link: the title is a
// heading over the snippet, the outlet and the link no text, and the
// section line ("=== News - 2 new results for [...] ===") heads its
// section by its name alone.
func TestSearchAlertResultsAreHeadings(t *testing.T) {
	msg := "From: News Alerts <alerts-noreply@search.example>\nTo: kim@example.org\n" +
		"Subject: News Alert - school nurses\nDate: Mon, 9 Feb 2026 15:00:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\n" +
		"=== News - 2 new results for [school nurses] ===\n\n" +
		"Borough to recruit 9 school nurses after review\n" +
		"Westby Courier\n" +
		"Westby Council will recruit nine school nurses after a review found that each nurse covered more than 3,000 pupils ...\n" +
		"<https://search.example/url?q=https://westby.example/news/1>\n\n" +
		"School nurse drop-ins return to secondary schools\n" +
		"Community Health Weekly (blog)\n" +
		"Drop-in sessions have restarted in 11 of the county's 30 secondary schools after two years without them ...\n" +
		"<https://search.example/url?q=https://chw.example/2>\n"
	im, err := library.Import(write(t, "alert.eml", []byte(msg)), library.Meta{Type: "news", Publisher: "News Alerts"})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"## News\n", "## Borough to recruit 9 school nurses after review\n", "## School nurse drop-ins return to secondary schools\n"} {
		if !strings.Contains(im.Body, h) {
			t.Errorf("no heading %q:\n%s", h, im.Body)
		}
	}
	for _, furniture := range []string{"Westby Courier", "Community Health Weekly", "new results for", "search.example/url"} {
		if strings.Contains(im.Body, furniture) {
			t.Errorf("%q kept in the text:\n%s", furniture, im.Body)
		}
	}
}

// TestThreadReplyWithItsOwnTextBox: on a request thread whose messages
// keep their text in one class of box, a reply (a site's annotation) that
// names its text box in its own way keeps its text.
func TestThreadReplyWithItsOwnTextBox(t *testing.T) {
	page := `<html><head><title>School nurse numbers - a request</title></head><body><div id="content">
<h1>School nurse numbers</h1>
<div class="message box"><div class="message_text"><p>Dear Council, please tell me how many school nurses you employed in each of the last three years, and how many posts were vacant, with the number of schools each nurse covered in the spring term of each year.</p><p>Yours faithfully, Jo</p></div></div>
<div class="message box"><div class="message_text"><p>Dear Jo, the council employed 42 school nurses in 2025, against 51 in 2023, and six posts were vacant at the end of the year. Each nurse covered an average of seven schools in the spring term of 2025.</p></div></div>
<div class="comment_in_thread box"><div class="comment_in_thread__header">Westby Parents Forum left an annotation</div>
<div class="comment_in_thread__text"><p>Parents in our forum tell us the drop-in sessions at their children's schools stopped when the vacancies began, and none have started again since. Several parents said their children now have nobody at school to talk to about their health.</p></div></div>
</div></body></html>`
	im, err := library.Import(write(t, "thread.html", []byte(page)), library.Meta{Type: "web-page", Publisher: "Request site", Date: "2026-01"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "drop-in sessions at their children's schools stopped") {
		t.Errorf("the annotation's text is lost:\n%s", im.Body)
	}
}
