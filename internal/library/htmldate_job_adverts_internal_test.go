package library

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// A job advert is dated by the day it was posted, not by its closing
// date, and published by the employer its details name, not by the jobs
// board (set 57 spent; written for this test).
func TestJobAdvertDateAndEmployer(t *testing.T) {
	doc := parseForTest(t, `<html><body><p><strong>Closing date:</strong> 2 February 2027</p><dl>
<div><dt>Employer</dt><dd>Riverside Community Health Trust</dd></div>
<div><dt>Salary</dt><dd>£38,000 a year</dd></div>
<div><dt>Contract</dt><dd>Fixed term</dd></div>
<div><dt>Date posted</dt><dd>9 January 2027</dd></div></dl><p>Text.</p></body></html>`)
	if got := labelledDate(doc, postedRe).date; got.String() != "2027-01-09" {
		t.Errorf("posted date = %v, want 2027-01-09", got)
	}
	if got := advertEmployer(doc); got != "Riverside Community Health Trust" {
		t.Errorf("advertEmployer = %q", got)
	}
	doc = parseForTest(t, `<html><body><table><tr><td>Employer</td><td>Riverside Council</td></tr></table><p>A directory of local employers.</p></body></html>`)
	if got := advertEmployer(doc); got != "" {
		t.Errorf("advertEmployer of a directory = %q, want none", got)
	}
}

// A motion is dated by the day it was tabled; an amendment's tabling line
// dates the amendment, not the motion.
func TestTabledDate(t *testing.T) {
	doc := parseForTest(t, `<html><body><h1>School meals</h1><p>Amendment 2 (A2), tabled on 9 May 2025 by Ann Lee MP. Signatures: 3</p><p>EDM (Early Day Motion) 88: tabled on 2 May 2025</p></body></html>`)
	if got := labelledDate(doc, tabledRe).date; got.String() != "2025-05-02" {
		t.Errorf("tabled date = %v, want 2025-05-02", got)
	}
}

// A monitoring digest's clip header gives its headline; its outlet and
// measures lines, and the day's totals, are dropped.
func TestClipHeader(t *testing.T) {
	for p, want := range map[string]string{
		"School nurse numbers fall again\nEastvale Gazette | Online news | 5 Mar 2026\nReach: 20K · AVE: £310 · Sentiment: Neutral": "School nurse numbers fall again",
		"Summary\n12 mentions | Total reach: 1.2M | Total AVE: £8,100 | Positive 50% | Neutral 50%":                                 "",
	} {
		if got, ok := clipHeader(p); !ok || got != want {
			t.Errorf("clipHeader(%q) = %q, %v; want %q", p, got, ok, want)
		}
	}
	if _, ok := clipHeader("Waits rose sharply this year\nThe trust said 400 children were waiting."); ok {
		t.Error("a paragraph of prose read as a clip header")
	}
}

// A newsletter platform's chrome is furniture: the byline with its
// reading time, the referral programme, a sponsor's demo offer, the
// platform's postal address, a settings link and a monitoring service's
// licence note.
func TestNewsletterPlatformChrome(t *testing.T) {
	for _, s := range []string{
		"Sam Hale · 2 March 2026 · 5 min read",
		"You currently have 2 referrals, only 1 away from receiving the guide.",
		"Book a 15-minute demo today.",
		"981 Market St, #4410, San Francisco, California 94103, United States",
		"Manage your alert settings: https://example.com/settings",
		"Content is provided for internal use only and may be subject to copyright.",
		"Showing 1 to 20 of 312 results",
	} {
		if !isFurnitureText(s) {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"You currently have 40 children on the list who have waited over a year.",
		"981 families in Eastvale were waiting at the end of March.",
	} {
		if isFurnitureText(s) {
			t.Errorf("%q taken for furniture", s)
		}
	}
}

// A job advert's terms list goes as furniture, and so does a jobs board's
// fixed wording; an "About us" section reporting a rate that changed is
// the employer's evidence and stays (set 57 spent; written for this test).
func TestJobAdvertTermsAndAbout(t *testing.T) {
	doc := parseForTest(t, `<html><body><dl><div><dt>Salary</dt><dd>£30,000 a year</dd></div><div><dt>Contract</dt><dd>Permanent</dd></div><div><dt>Working pattern</dt><dd>Part time</dd></div></dl></body></html>`)
	dl := findFirst(doc, func(n *html.Node) bool { return n.Data == "dl" })
	if !advertDetails(dl) {
		t.Error("an advert's terms list not read as one")
	}
	doc = parseForTest(t, `<html><body><dl><dt>Mental health</dt><dd>Feelings and thoughts.</dd><dt>Salary</dt><dd>Pay.</dd></dl></body></html>`)
	if advertDetails(findFirst(doc, func(n *html.Node) bool { return n.Data == "dl" })) {
		t.Error("a glossary read as an advert's terms")
	}
	for _, s := range []string{
		"This vacancy may close early if we receive a high number of applications.",
		"This role is subject to the Rehabilitation of Offenders Act (Exceptions Order) 1975 and an enhanced check will be made.",
	} {
		if !isFurnitureText(s) {
			t.Errorf("%q: not furniture", s)
		}
	}
	if !aboutWithFindings([]string{"We care for 200,000 people.", "Our turnover fell from 18% to 11% in two years."}) {
		t.Error("an About us section with a changed rate dropped")
	}
	if aboutWithFindings([]string{"We are a charity founded in 1990.", "## Notes", "Rates fell from 20% to 10%."}) {
		t.Error("a finding under the next heading kept an About us section")
	}
}

// A PDF's first-page date line in figures, day first, and a version line
// stating when the version was issued date the document (set 57 spent;
// written for this test).
func TestNumericDateAndVersionLines(t *testing.T) {
	for line, want := range map[string]string{
		"Date: 05/03/2026":               "2026-03-05",
		"Date of judgment: 1.2.2025":     "2025-02-01",
		"Hearing date: 05/03/2026":       "",
		"Date: 05/03/2026 to 09/03/2026": "",
	} {
		m := numericDateLineRe.FindStringSubmatch(line)
		got := ""
		if m != nil {
			got = m[3] + "-" + pad2(m[2]) + "-" + pad2(m[1])
		}
		if got != want {
			t.Errorf("%q: got %q, want %q", line, got, want)
		}
	}
	for line, want := range map[string]bool{
		"Version 2.1, submitted to the Department on 3 March 2026":  true,
		"Version 4 issued 9 May 2025":                               true,
		"Version control: changes since the inspection of May 2025": false,
	} {
		if got := versionIssuedRe.MatchString(line); got != want {
			t.Errorf("versionIssuedRe(%q) = %v, want %v", line, got, want)
		}
	}
}

// A newsletter's sponsor line and the advertisement under it go; the
// letter's own text after them stays (set 57 spent; written for this
// test).
func TestSponsorBlock(t *testing.T) {
	lines := strings.Split("Together with Ledgerly\n\nLedgerly keeps your clinic lists in one place. Try it free for a month.\n\nWelcome back. This week 2,100 children were waiting in Eastvale.", "\n")
	text, _ := cleanLines(lines)
	if strings.Contains(text, "Ledgerly") {
		t.Errorf("sponsor block kept: %q", text)
	}
	if !strings.Contains(text, "2,100 children") {
		t.Errorf("the letter's text lost: %q", text)
	}
	if isSponsorLine("Together with parents, we wrote this guide.") {
		t.Error("a sentence read as a sponsor line")
	}
}

// A body named for the places it serves keeps the commas listing them; a
// comma after a body's name still ends it (set 57 spent; written for this
// test).
func TestPlacesBodyName(t *testing.T) {
	for in, want := range map[string]string{
		"Fenn, Rye and Lowmoor Safeguarding Children Partnerships": "Fenn, Rye and Lowmoor Safeguarding Children Partnerships",
		"Eastvale Council, Civic Centre":                           "Eastvale Council",
	} {
		if got := cleanOrg(in); got != want {
			t.Errorf("cleanOrg(%q) = %q, want %q", in, got, want)
		}
	}
}
