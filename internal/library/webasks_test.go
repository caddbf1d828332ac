package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestAccordionTriggersKeepTheirHeadings imports a council page whose
// recommendations sit in accordion panels whose headings hold only a
// button: the button's text is the heading, and carries the number.
func TestAccordionTriggersKeepTheirHeadings(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Scrutiny review - Kestle Council</title><meta property="og:site_name" content="Kestle Council"></head><body><main>
<h1>Scrutiny review</h1>
<p>The committee heard from parents, schools and therapists over four meetings in the spring, and visited two special schools and a family hub.</p>
<p>Parents told councillors that their children were waiting a long time for therapy, and that the therapy written into plans was not always delivered.</p>
<p>Therapists said that vacancies and rising referrals had stretched the service, and that schools were asked to carry on exercises without training.</p>
<h2>Recommendations</h2>
<div class="accordion"><h3 class="accordion__heading"><button type="button" aria-expanded="false" aria-controls="r1">Recommendation 1 – Speech therapy</button></h3>
<div class="accordion__panel" id="r1" hidden><p>That the Kestle Integrated Care Board commission enough speech therapy to meet children's plans.</p></div></div>
<details><summary><button type="button">Recommendation 2 – Plans on time</button></summary><p>That the Cabinet Member for Children sets out a plan to issue plans on time.</p></details>
<p>The Cabinet will respond to the committee's recommendations at its meeting in the summer, and the committee will review progress after that.</p>
<div class="feedback"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div>
</main></body></html>`
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "report", Date: "2025"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## Recommendation 1 – Speech therapy\n\nThat the Kestle", "Recommendation 2 – Plans on time"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	numbers := map[string]string{}
	for _, it := range im.Items {
		numbers[it.Text[:20]] = it.Number
	}
	if numbers["That the Kestle Inte"] != "1" || numbers["That the Cabinet Mem"] != "2" {
		t.Errorf("the panels' asks are not numbered 1 and 2: %v", numbers)
	}
	for _, f := range []string{"Yes", "No"} {
		if strings.Contains(im.Body, "\n"+f+"\n") {
			t.Errorf("a feedback button %q kept:\n%s", f, im.Body)
		}
	}
}

// TestAnnouncementBarIsFurniture imports a page whose template's
// announcement bar carries a crisis text line above the article.
func TestAnnouncementBarIsFurniture(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Four weeks — Site</title><meta property="og:site_name" content="Site"></head><body>
<div class="sqs-announcement-bar"><p>Need help now? Text HELLO to 85000 for free support at any time of day.</p></div>
<main><h1>Four weeks</h1><p>One in five children aged 8 to 16 had a probable mental disorder in 2023, a national survey found.</p></main></body></html>`
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "news", Date: "2025"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "Need help now") {
		t.Errorf("announcement bar kept:\n%s", im.Body)
	}
	if !strings.Contains(im.Body, "One in five children") {
		t.Errorf("article lost:\n%s", im.Body)
	}
}

// TestPageMetadataOfCommitteesAndBoardPages imports a committee report
// whose tags name only the House, and a board page whose <title> names
// the meeting while its headline names the paper.
func TestPageMetadataOfCommitteesAndBoardPages(t *testing.T) {
	body := `<main><h1>%s</h1><p>Referrals to children's eating disorder services rose by around half between 2019 and 2024 in England.</p></main>`
	for _, c := range []struct {
		name, head, h1, title, publisher string
	}{
		{"a House's committee", `<title>Eating disorder services - Health and Social Care Committee - House of Commons</title><meta name="DC.publisher" content="House of Commons">`,
			"Eating disorder services", "Eating disorder services", "House of Commons Health and Social Care Committee"},
		{"a House with no committee named", `<title>Eating disorder services - House of Commons</title><meta name="DC.publisher" content="House of Commons">`,
			"Eating disorder services", "Eating disorder services", "House of Commons"},
		{"a board page", `<title>Board meeting, 5 June 2025: emergency care review | Harlow Hospitals NHS Foundation Trust</title><meta property="og:site_name" content="Harlow Hospitals NHS Foundation Trust">`,
			"Children's emergency care: review and response", "Children's emergency care: review and response", "Harlow Hospitals NHS Foundation Trust"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := `<!DOCTYPE html><html><head>` + c.head + `</head><body>` + strings.Replace(body, "%s", c.h1, 1) + `</body></html>`
			im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "report", Date: "2025"})
			if err != nil {
				t.Fatal(err)
			}
			if im.Source.Title != c.title || im.Source.Publisher != c.publisher {
				t.Errorf("title %q, publisher %q; want %q, %q", im.Source.Title, im.Source.Publisher, c.title, c.publisher)
			}
		})
	}
}
