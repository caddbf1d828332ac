package library

import (
	"strings"
	"testing"
)

// TestCaptionUnderItsPictureWithNoClass: a site builder's caption in its
// own text block under a picture-only block (Wix) goes; a key fact beside
// its icon, a sentence under a picture and a heading under a banner stay.
func TestCaptionUnderItsPictureWithNoClass(t *testing.T) {
	page := `<html><head><title>Our impact</title><meta property="og:site_name" content="Carefree"></head><body><main>
<h1>Our impact</h1>
<p>Young carers look after a parent or a brother or sister who is ill, often without anyone at school knowing.</p>
<div class="wixui-image"><img src="a.jpg" alt=""></div>
<div class="wixui-rich-text"><p class="font_9">Young carers at our summer trip to Hollin Bay, August 2024</p></div>
<div class="stat"><div class="icon"><img src="i.svg" alt=""></div><div class="stat-text">1,148 families supported this year</div></div>
<div class="wixui-image"><img src="b.jpg" alt=""></div>
<div class="wixui-rich-text"><p>We supported 412 young carers over the year, up from 356 the year before.</p></div>
<div class="banner"><img src="c.jpg" alt=""></div>
<h2>What young carers told us</h2>
<p>Only 22% said a teacher had ever asked them about their caring role.</p>
</main></body></html>`
	body := importedBody(t, page)
	if strings.Contains(body, "Hollin Bay") {
		t.Errorf("caption kept:\n%s", body)
	}
	for _, kept := range []string{"1,148 families supported", "We supported 412 young carers", "## What young carers told us", "Only 22% said"} {
		if !strings.Contains(body, kept) {
			t.Errorf("%q lost:\n%s", kept, body)
		}
	}
}

// TestGlossaryUnderItsOwnWords: a glossary headed "Terms we use", "Words
// we use", "Jargon buster" or, in a guideline, "Terms used in this
// guideline" is back matter, as "Glossary" is; a chapter on the words
// families use, and a heading going on past those words, are not.
func TestGlossaryUnderItsOwnWords(t *testing.T) {
	for _, h := range []string{"Terms we use", "Words we use", "Jargon buster", "What these words mean", "Terms used in this guideline", "Terms used in this quality standard"} {
		if !backMatter(h) {
			t.Errorf("PDF heading %q: not back matter", h)
		}
		if !furnitureHeadingRe.MatchString(h) {
			t.Errorf("web heading %q: not furniture", h)
		}
	}
	for _, h := range []string{"Section 3: What should change", "The words families use", "Terms of reference", "Terms used in this guideline were agreed with families", "How terms in this guideline were chosen"} {
		if backMatter(h) || furnitureHeadingRe.MatchString(h) {
			t.Errorf("heading %q taken for a glossary", h)
		}
	}
}

// TestListingDayInItsOwnCell: a bulletin's "What's on" table, whose day
// cell ("Tue 21 Oct") comes out as a paragraph over what, when and where,
// is a listing. A dated paragraph over a finding stays.
func TestListingDayInItsOwnCell(t *testing.T) {
	body := cleaned(
		"Two thirds of you (67%) said your child had waited more than a year for speech therapy.",
		"Tue 21 Oct",
		"Coffee morning, 10am to 12 noon, Riverside Family Hub, 4 Canal Street, Kelmarsh KM2 5AB. Free parking for blue badge holders.",
		"Sat 6 Dec",
		"Winter party, 11am to 3pm, St Luke's Hall, Room 3. Tickets £2 per family.",
		"Tuesday 4 March 2025",
		"The board heard that 45% of children waited over a year, and asked the trust for a plan by 10am on Friday.",
	)
	for _, gone := range []string{"Tue 21 Oct", "Coffee morning", "Sat 6 Dec", "Winter party"} {
		if strings.Contains(body, gone) {
			t.Errorf("%q kept:\n%s", gone, body)
		}
	}
	for _, kept := range []string{"Two thirds of you (67%)", "The board heard that 45%"} {
		if !strings.Contains(body, kept) {
			t.Errorf("%q lost:\n%s", kept, body)
		}
	}
}

// TestBulletinWelcome: a bulletin's welcome paragraph says what the issue
// holds; a welcome that gives a figure stays.
func TestBulletinWelcome(t *testing.T) {
	body := cleaned(
		"Welcome to our autumn newsletter. It has been a busy term, and we have news on therapy waits and plenty of dates for your diary.",
		"Two thirds of you (67%) said your child had waited more than a year for speech therapy.",
		"Welcome to the March edition: referrals rose by 12% to 1,450 this quarter.",
	)
	for _, gone := range []string{"Welcome to our autumn", "dates for your diary"} {
		if strings.Contains(body, gone) {
			t.Errorf("%q kept:\n%s", gone, body)
		}
	}
	for _, kept := range []string{"Two thirds of you (67%)", "referrals rose by 12%"} {
		if !strings.Contains(body, kept) {
			t.Errorf("%q lost:\n%s", kept, body)
		}
	}
}

// cleaned is what an e-mail keeps of these paragraphs.
func cleaned(paras ...string) string {
	body, _ := cleanLines(strings.Split(strings.Join(paras, "\n\n"), "\n"))
	return body
}
