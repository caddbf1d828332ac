package library

import (
	"slices"
	"strings"
	"testing"
)

// TestForwardedOriginalQuotedLineByLine: a forward whose original message
// is quoted line by line (Outlook's "prefix each line") keeps the
// original's text, unquoted, under the forwarder's note.
func TestForwardedOriginalQuotedLineByLine(t *testing.T) {
	text := strings.Join([]string{
		"Jo,",
		"",
		"Sending this on ahead of the board. I think the heads make a fair case, and I would ask that the ICB looks again at how the school nursing service is commissioned across the county before the new contract is let next spring.",
		"",
		"Sam",
		"",
		"-----Original Message-----",
		"From: Ria Patel <head@example.sch.uk>",
		"Sent: 3 March 2025 10:02",
		"To: Sam Cole <sam.cole@example.gov.uk>",
		"Subject: School nursing",
		"",
		"> Dear Sam,",
		">",
		"> We would ask that the council funds a nurse drop-in in every",
		"> secondary school.",
		">",
		"> Best wishes,",
		"> Ria",
	}, "\n")
	body, _, _ := cleanEmailText(text, true)
	if !strings.Contains(oneLine(body), "We would ask that the council funds a nurse drop-in in every secondary school.") {
		t.Errorf("the quoted original is lost:\n%s", body)
	}
	if strings.Contains(body, ">") {
		t.Errorf("quote marks kept:\n%s", body)
	}
}

// TestWebDomainIsAContactMark: "0161 496 0000 | riverlightyouth.org.uk"
// under a role names no organisation; the footer's registered name does.
func TestWebDomainIsAContactMark(t *testing.T) {
	sig := []string{"Sam Ode", "Campaigns Officer, Riverlight Youth", "0161 496 0000 | riverlightyouth.org.uk", "Riverlight Youth is a registered charity (no. 1234567)."}
	if got := signatureOrganisation(sig); got != "Riverlight Youth" {
		t.Errorf("organisation %q, want Riverlight Youth", got)
	}
}

// TestBoldLineInAnHTMLEmailIsAHeading: a line that is bold and nothing
// else is a heading; a bold lead-in ending with a colon is not.
func TestBoldLineInAnHTMLEmailIsAHeading(t *testing.T) {
	eml := "From: Sam Ode <sam@riverlightyouth.org.uk>\r\nTo: a@example.org\r\nSubject: Our asks\r\nDate: Tue, 8 Apr 2025 10:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=\"UTF-8\"\r\n\r\n" +
		"<div>Dear all,</div><div><br></div><div><b>What parents told us</b></div><div><br></div>" +
		"<div>Most parents said the clinic was too far away to reach by bus from the estate.</div><div><br></div>" +
		"<div><b>Of the council:</b></div><ul><li>We would ask that the council runs the clinic in the family hub.</li></ul>" +
		"<div>With best wishes,</div><div>Sam</div>"
	im, err := importEmail("asks.eml", []byte(eml))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "## What parents told us") {
		t.Errorf("no heading:\n%s", im.Body)
	}
	if strings.Contains(im.Body, "## Of the council") {
		t.Errorf("a lead-in made a heading:\n%s", im.Body)
	}
}

// TestClosedAccordionPanelIsText: an accordion's panel saved closed
// (hidden until opened) is text of the page; other hidden elements are
// not.
func TestClosedAccordionPanelIsText(t *testing.T) {
	page := `<html><body><main><article><h1>Our campaign</h1>
<p>Children wait too long for therapy in many parts of the country, and families tell us the wait harms their children's progress at school.</p>
<div class="accordion"><h3><button aria-controls="p1" aria-expanded="false">Integrated care boards</button></h3>
<div class="accordion-panel" id="p1" hidden><ul><li>Integrated care boards should publish therapy waits for every service each quarter.</li><li>They should fund extra posts where waits are longest.</li></ul></div></div>
<div hidden><p>Thanks for signing up to our newsletter, please check your inbox.</p></div>
<p>Therapists told us that caseloads have grown year on year while the number of posts has stayed the same, and many are thinking of leaving.</p>
</article></main></body></html>`
	doc, err := parseHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	text, _, _ := pageBody(doc, true, "")
	if !strings.Contains(text, "Integrated care boards should publish therapy waits") {
		t.Errorf("the closed panel is lost:\n%s", text)
	}
	if strings.Contains(text, "Thanks for signing up") {
		t.Errorf("a hidden message kept:\n%s", text)
	}
}

// TestPageLabelOnTheOnlyNumberedPage: a cover and one page whose footer
// says "Page 1": the page is printed 1, though no other page agrees.
func TestPageLabelOnTheOnlyNumberedPage(t *testing.T) {
	run := func(x0, x1, y float64, s string) *frag {
		return &frag{x0: x0, x1: x1, y0: y, y1: y + 10, size: 8, family: "Sans", text: s}
	}
	body := func(y float64, s string) *frag {
		return &frag{x0: 50, x1: 540, y0: y, y1: y + 12, size: 10, family: "Sans", text: s}
	}
	pages := []*pdfPage{
		{index: 1, w: 595, h: 842, frags: []*frag{body(300, "A briefing on school nursing")}},
		{index: 2, w: 595, h: 842, frags: []*frag{
			body(100, "Some text of the body that runs across the page."),
			body(120, "More text of the body that runs across the page."),
			run(50, 200, 800, "School Nurses Forum"), run(500, 540, 800, "Page 1"),
		}},
	}
	printed, _ := pageFurniture(pages)
	if want := []int{0, 1}; !slices.Equal(printed, want) {
		t.Errorf("printed numbers %v, want %v", printed, want)
	}
}

// TestANewslettersAboutUsIsFurniture: a plain-text newsletter's "ABOUT
// US" at its foot (the forum on itself, its members and charity number)
// leaves the body, as on a web page; the news above it stays. Before
// (round 100), "We have more than 1,300 members" was a statistic.
func TestANewslettersAboutUsIsFurniture(t *testing.T) {
	eml := "From: Pennock PCF <news@pennockpcf.org.uk>\r\nTo: a@example.org\r\nSubject: March news\r\nDate: Tue, 17 Mar 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n\r\n" +
		"Dear members,\r\n\r\n412 families answered our winter survey, up from 268 last year.\r\n\r\n" +
		"ABOUT US\r\n\r\nPennock Parent Carer Forum is run by parents, for parents. We have more\r\nthan 1,300 members and have been the recognised forum since 2011.\r\n"
	im, err := importEmail("news.eml", []byte(eml))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(im.Body, "1,300 members") {
		t.Errorf("About us kept:\n%s", im.Body)
	}
	if !strings.Contains(im.Body, "412 families answered") {
		t.Errorf("the news lost:\n%s", im.Body)
	}
}
