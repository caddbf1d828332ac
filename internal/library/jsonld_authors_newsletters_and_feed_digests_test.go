package library_test

import (
	"strings"
	"testing"
)

// A council's report on a flipbook host: the host's page names no
// publisher of its own, and the report's JSON-LD names the council as its
// author, an Organization. An organisation that writes a work publishes
// it; before, the import asked for --publisher.
func TestJSONLDAuthorOrganisationPublishes(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Hollinsford Play Strategy 2025 by hollinsfordbc - Flipbook</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PublicationIssue","name":"Hollinsford Play Strategy 2025","datePublished":"2025-03-14","author":{"@type":"Organization","name":"Hollinsford Borough Council"}}</script>
</head><body><main><h1>Hollinsford Play Strategy 2025</h1>
<p>Across the borough, 62 playgrounds were inspected this year and 9 were closed for repairs.</p>
<p>The council should replace the closed equipment before the summer holidays.</p></main></body></html>`
	im := importBare(t, page)
	if im.Source.Publisher != "Hollinsford Borough Council" {
		t.Errorf("publisher %q, want the JSON-LD author organisation", im.Source.Publisher)
	}
}

// A newsletter platform sends each publication's posts on a list named for
// it: the display name "Open Ward" on <openward.example-news.com> is the
// publication's, though it reads like a person's name. Before, the import
// asked for --publisher.
func TestNewsletterNamedByItsListPublishes(t *testing.T) {
	msg := "From: Open Ward <openward@example-news.com>\nTo: reader@example.org\n" +
		"Subject: Why paediatric wards close in winter\nDate: Mon, 12 Jan 2026 08:00:00 +0000\n" +
		"List-Id: <openward.example-news.com>\nList-Unsubscribe: <https://openward.example-news.com/unsubscribe>\n" +
		"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Three of the five paediatric wards in the region closed beds last winter, and 210 children were sent out of area.\n\n" +
		"Trusts should publish their winter bed plans by October.\n"
	im := importMail(t, msg)
	if im.Source.Publisher != "Open Ward" {
		t.Errorf("publisher %q, want the newsletter's name", im.Source.Publisher)
	}
}

// A feed-to-e-mail service mails a blog's new posts: the blog publishes
// them, not the service that sent them, and each post's title over its
// link and its "Posted by" line is a heading; the link, the byline, the
// count line and the service's line about itself go.
func TestFeedDigestIsTheBlogs(t *testing.T) {
	msg := "From: FeedMailer <digest@feedmailer.example>\nTo: team@example.org\n" +
		"Subject: Early Years Notes: Nursery places fall again (+1 more)\nDate: Sat, 10 Jan 2026 07:00:00 +0000\n" +
		"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Early Years Notes - 2 new items\n\nYour daily digest from FeedMailer.\n\n" +
		"Nursery places fall again\nhttps://earlyyears.example.org/2026/01/places/\nPosted by Jo Pike on Thu, 8 Jan 2026 09:00\n\n" +
		"The number of nursery places in the county fell by 4% last year, to 8,150.\n\n" +
		"Speech checks at two\nhttps://earlyyears.example.org/2026/01/checks/\nPosted by Sam Hale on Fri, 9 Jan 2026 10:30\n\n" +
		"Only 61% of two-year-olds had their review on time.\n"
	im := importMail(t, msg)
	if im.Source.Publisher != "Early Years Notes" {
		t.Errorf("publisher %q, want the feed's name", im.Source.Publisher)
	}
	for _, want := range []string{"## Nursery places fall again", "## Speech checks at two", "fell by 4%", "Only 61%"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	for _, gone := range []string{"Posted by", "https://", "2 new items", "daily digest"} {
		if strings.Contains(im.Body, gone) {
			t.Errorf("body keeps %q:\n%s", gone, im.Body)
		}
	}
}

// A survey tool mails a person's shared results: the person's note, with
// its sign-off and signature, is boxed over the tool's results summary.
// The note's sign-off ends the note, not the mail: before, every result
// under it was cut as the signature. The tool's words on the sharing, its
// status panel and its company's address are furniture.
func TestSharedNoteSignOffKeepsTheResults(t *testing.T) {
	msg := "From: SurveyTool <noreply@surveytool.example>\nTo: team@example.org\n" +
		"Subject: Dev Patel shared survey results with you: Parent Survey 2025\nDate: Tue, 2 Dec 2025 09:00:00 +0000\n" +
		"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Dev Patel (dev.patel@example.gov) has shared the results of this survey with you. You can view the results.\n\n" +
		"Message from Dev Patel:\n\nHi all,\n\nThe results are in and the waits for speech therapy stand out.\n\n" +
		"Thanks,\n\nDev\n\nDev Patel | Public Health Officer | Example Council | 01632 960 123\n\n\n" +
		"RESULTS SUMMARY\n\nSurvey status: Closed\nTotal responses: 640\nCompletion rate: 91%\n\n" +
		"Q2. Waited more than six months for speech therapy: 38% of parents.\n\n" +
		"This link gives read-only access. It stops working if sharing is turned off.\n\n" +
		"Example Surveys Inc., 1 Market Street, Springfield, IL 62701, USA\n"
	im := importMail(t, msg)
	if !strings.Contains(im.Body, "38% of parents") {
		t.Errorf("the results under the note's signature were lost:\n%s", im.Body)
	}
	for _, gone := range []string{"has shared the results", "Completion rate", "read-only access", "Market Street", "01632"} {
		if strings.Contains(im.Body, gone) {
			t.Errorf("body keeps %q:\n%s", gone, im.Body)
		}
	}
}

// An expert's commentary on a research summary, in a block whose class
// says "commentary", is the page's own content: reader view took it for a
// comment thread and dropped it, with the ask it made.
func TestCommentaryBlockIsKept(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Summary</title></head><body><article>
<h1>Breakfast clubs may improve attendance</h1>
<p>Schools that ran a free breakfast club saw attendance rise by 1.2 percentage points over a year, compared with schools that did not.</p>
<p>The effect was larger in schools with more pupils eligible for free school meals, and pupils said they felt readier to learn.</p>
<p>The researchers followed 240 schools over two years and interviewed staff, parents and pupils in twelve of them.</p>
<h2>Commentary</h2>
<div class="commentary"><p>This is useful evidence for councils planning their school food offer. The Department for Education should fund breakfast clubs in every primary school in the most deprived areas.</p>
<p class="commentator"><strong>Sam Reid</strong>, head teacher, Ashgrove Primary School</p></div>
</article></body></html>`
	im := importPage(t, page)
	if !strings.Contains(im.Body, "should fund breakfast clubs") {
		t.Errorf("the commentary was lost:\n%s", im.Body)
	}
}

// A newsletter post's plain part closes on its numbered notes under
// "Footnotes" and the platform's upsell to a free reader: the notes are
// notes under a heading, not excerpts, and the upsell is furniture.
func TestPlainNewsletterNotesAndUpsell(t *testing.T) {
	msg := "From: Open Ward <openward@example-news.com>\nTo: reader@example.org\n" +
		"Subject: Winter on the wards\nDate: Mon, 12 Jan 2026 08:00:00 +0000\n" +
		"List-Id: <openward.example-news.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Three of the five paediatric wards in the region closed beds last winter, and 210 children were sent out of area.[1]\n\n" +
		"Trusts should publish their winter bed plans by October.[2]\n\n" +
		"Footnotes\n\n[1] Regional bed returns, 2025.\n\n[2] As the royal college has argued since 2023.\n\n" +
		"You're currently a free subscriber to Open Ward. For the full experience, become a paid subscriber.\n\nUpgrade to paid\n"
	im := importMail(t, msg)
	for _, want := range []string{"## Footnotes", "[^1]: Regional bed returns, 2025.", "[^2]: As the royal college"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	for _, gone := range []string{"free subscriber", "Upgrade to paid"} {
		if strings.Contains(im.Body, gone) {
			t.Errorf("body keeps %q:\n%s", gone, im.Body)
		}
	}
}
