package library

import (
	"strings"
	"testing"
)

// The furniture classes below were found on documents written for the
// development set; the lines here are written for these tests.

// TestExternalSenderBannerIsDropped: a mail gateway's warning above a
// message goes; a sentence about e-mails from outside in the text stays.
func TestExternalSenderBannerIsDropped(t *testing.T) {
	text := "CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender.\n\n" +
		"Think before you click: this e-mail came from outside Northfield Council.\n\n" +
		"Parents told us that letters sent by e-mail came from outside the school and were often missed.\n\n" +
		"In 2023/24 we screened 4,212 children.\n"
	body, _, _ := cleanEmailText(text, false)
	for _, gone := range []string{"CAUTION", "Think before you click"} {
		if strings.Contains(body, gone) {
			t.Errorf("%q kept:\n%s", gone, body)
		}
	}
	for _, kept := range []string{"Parents told us that letters", "we screened 4,212 children"} {
		if !strings.Contains(body, kept) {
			t.Errorf("%q lost:\n%s", kept, body)
		}
	}
}

// TestClosingOffersBeforeTheSignOff: an offer of more help just above the
// sign-off goes; a last paragraph with a finding stays.
func TestClosingOffersBeforeTheSignOff(t *testing.T) {
	for _, closing := range []string{
		"Happy to come to the board if that helps.",
		"Happy to share our audit template with anyone who wants it – just drop me a line off-list.",
		"I'm more than happy to talk anyone through the data.",
	} {
		body, _, _ := cleanEmailText("Waits fell to 14 weeks in March.\n\n"+closing+"\n\nThanks,\nMartin\n", false)
		if strings.Contains(body, closing) {
			t.Errorf("closing line kept: %q", closing)
		}
	}
	last := "Happy to report that 80% of families were seen within 6 weeks."
	body, _, _ := cleanEmailText("Waits fell in March.\n\n"+last+"\n\nThanks,\nMartin\n", false)
	if !strings.Contains(body, last) {
		t.Errorf("a finding was dropped as a closing line:\n%s", body)
	}
}

// TestEventListingsAreFurniture: a bulletin's listing of an event (a title
// over its date and time) goes; a paragraph about an event's findings stays.
func TestEventListingsAreFurniture(t *testing.T) {
	for p, want := range map[string]bool{
		"Webinar: Feeding children well in the early years\nWednesday 12 March 2025, 12.30pm to 1.30pm, online": true,
		"Save the date: annual network conference\n3 July 2025, Leeds":                                          true,
		"Webinar: what we learned\nAttendance rose by 40% on last year and 120 families took part.":             false,
		"The webinar heard that waits had doubled.\nThe network will meet again in May 2025.":                   false,
	} {
		if got := isEventBlock(p); got != want {
			t.Errorf("isEventBlock(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestPreviewTextIsNotTheMessage: the line a bulletin's HTML part hides for
// mail clients to show beside the subject, and its plain part opens with.
func TestPreviewTextIsNotTheMessage(t *testing.T) {
	html := `<body><span style="display: none;">This month: waits, funding and our asks</span><p>Hello</p></body>`
	plain := "This month: waits, funding and our asks\n\nView this email in your browser\n\nWaits rose by 8%.\n"
	if got := withoutPreview(plain, html); strings.Contains(got, "This month") || !strings.Contains(got, "Waits rose") {
		t.Errorf("withoutPreview = %q", got)
	}
	if got := withoutPreview("Waits rose by 8%.\n", html); got != "Waits rose by 8%.\n" {
		t.Errorf("text with no preview changed: %q", got)
	}
}

// TestListTagsLeaveTheSubject: a mailing list's tag is not the title.
func TestListTagsLeaveTheSubject(t *testing.T) {
	for in, want := range map[string]string{
		"RE: [SCHOOL-HEALTH-NETWORK] Vision screening at 4 to 5": "Vision screening at 4 to 5",
		"[paeds-h-at-h] Re: Hospital at home":                    "Hospital at home",
		"[EXTERNAL] FW: Waits data":                              "Waits data",
		"[2024] annual figures":                                  "[2024] annual figures",
	} {
		if got := cleanSubject(in); got != want {
			t.Errorf("cleanSubject(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCopyrightLineNamesTheHolder: a bulletin's footer names its
// organisation in its copyright line, not "Copyright © 2025 ...".
func TestCopyrightLineNamesTheHolder(t *testing.T) {
	sig := []string{"The Feeding Futures team", "Copyright © 2025 Feeding Futures Network, All rights reserved."}
	if got := signatureOrganisation(sig); got != "Feeding Futures Network" {
		t.Errorf("signatureOrganisation = %q", got)
	}
}

// TestNoticesAboutThePage: offers of other formats and pointers to a
// privacy notice are furniture; a sentence about formats with a finding
// is not.
func TestNoticesAboutThePage(t *testing.T) {
	for s, want := range map[string]bool{
		"If you need these documents in another format or language, please contact us.":               true,
		"If you need any of these papers in another format, such as large print, please contact us.":  true,
		"Read our consultation privacy notice to find out how we will use your information.":          true,
		"If you need help in another language, 12% of families asked for an interpreter last year.":   false,
		"Families told us they wanted letters in another format, and 40% could not read the leaflet.": false,
	} {
		if got := isNoticeText(s); got != want {
			t.Errorf("isNoticeText(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAcronymSiteNamesAreSpeltOut and the publisher's note about itself.
func TestAcronymSiteNamesAreSpeltOut(t *testing.T) {
	if got := expandAcronym("RCEM", "", "The Royal College of Emergency Medicine"); got != "Royal College of Emergency Medicine" {
		t.Errorf("expandAcronym = %q", got)
	}
	if got := expandAcronym("RCEM", "Royal College of Nursing"); got != "" {
		t.Errorf("expandAcronym matched another name: %q", got)
	}
	pub := "Royal College of Emergency Medicine"
	for s, want := range map[string]bool{
		"The Royal College of Emergency Medicine works to ensure high-quality care by setting standards.": true,
		"RCEM represents more than 10,000 emergency physicians.":                                          false,
		"The College is calling on the government to publish the data.":                                   false,
		"The Royal College of Emergency Medicine works with 96 trusts to cut waits.":                      false,
	} {
		if got := aboutPublisher(s, pub); got != want {
			t.Errorf("aboutPublisher(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestImprintAndBackCoverLines: a report's imprint lines and the contact
// lines a back cover sets large are furniture; the report's opening
// sentence about who commissioned it is not.
func TestImprintAndBackCoverLines(t *testing.T) {
	unitOf := func(kind unitKind, lines ...string) *unit {
		u := &unit{kind: kind, text: strings.Join(lines, " ")}
		for _, l := range lines {
			u.lines = append(u.lines, &piece{text: l})
		}
		return u
	}
	for _, u := range []*unit{
		unitOf(paraUnit, "This report was written by Dr Ruth Adebayo and Callum Reid, with analysis by Sana Mirza."),
		unitOf(paraUnit, "Cover photograph posed by models. Photo: Jane Holt."),
		unitOf(paraUnit, "Suggested citation: Vance E, Asante K (2025) Waiting in the wrong place. Northmoor: University of Northmoor."),
		unitOf(paraUnit, "This study is funded by the NIHR (NIHR151234). The views expressed are those of the authors and not necessarily those of the NIHR."),
		unitOf(headingUnit, "Follow us: @CHHAlliance on X, Instagram and Bluesky | facebook.com/CHHAlliance"),
		unitOf(headingUnit, "Registered charity number 1187254"),
		unitOf(paraUnit, "Bluesky @cachr-northmoor.bsky.social | LinkedIn: Northmoor CACHR", "Sign up for our research bulletin at northmoor.ac.uk/cachr/bulletin"),
	} {
		if !furniture(u) {
			t.Errorf("%q is not furniture", u.text)
		}
	}
	for _, u := range []*unit{
		unitOf(paraUnit, "This review was commissioned by the Quality and Performance Committee in September 2024, after the service missed the standard."),
		unitOf(headingUnit, "1. Temporary accommodation in England"),
		unitOf(paraUnit, "Families placed outside their home borough waited a median of nine weeks."),
	} {
		if furniture(u) {
			t.Errorf("%q is furniture", u.text)
		}
	}
}

// TestNewsletterAndMemberFurniture: a newsletter's masthead, greeting and
// job board, a link to a list of more, content kept for members and a live
// blog's sign-off are furniture; sentences of the text that share their
// words are not.
func TestNewsletterAndMemberFurniture(t *testing.T) {
	for _, line := range []string{
		"Children's Health Weekly · Issue 112 · 13 March 2025",
		"Vol. 4 | No. 12 | Spring 2025",
		"Good morning, and welcome to this week’s round-up.",
		"Welcome to the March edition of our bulletin.",
		"See all 14 vacancies",
		"View all events",
		"Jobs board: Clinical Lead, Children’s Community Nursing (Band 7) 37.5 hours, permanent.",
		"Health visitor, 0-19 team. Closing date 28 March.",
		"Clinical Lead (Band 7) 37.5 hours, permanent. Closing date 28 March.",
		"Member-only content",
		"Log in to read more",
		"The full census report, with results for each NHS region, is available to members.",
		"That’s all from us today. Thanks for following.",
	} {
		if !isFurnitureText(line) {
			t.Errorf("%q not read as furniture", line)
		}
	}
	for _, line := range []string{
		"Issue 3 of the survey asked about waits, and 58% of parents said they had waited over a year.",
		"Most vacancies were in Band 6 and Band 7 posts; newly qualified Band 5 posts were filled more easily.",
		"We welcome the ICB's decision to publish waits in this issue of its board papers each month.",
		"Results are available to members of the public on request, and 1,204 people asked last year.",
		"Families said that's all they wanted: someone to call back.",
		"The closing date for the consultation was moved, and 412 responses were received by the council.",
	} {
		if isFurnitureText(line) {
			t.Errorf("%q read as furniture", line)
		}
	}
}

// TestNewsBadgeLeavesTheTitle: a live blog's or breaking story's badge is
// not part of the headline; a title that only starts with the word is.
func TestNewsBadgeLeavesTheTitle(t *testing.T) {
	for in, want := range map[string]string{
		"LIVE: County scrutiny hears waits have reached 31 weeks": "County scrutiny hears waits have reached 31 weeks",
		"BREAKING – Trust closes children’s ward overnight":       "Trust closes children’s ward overnight",
		"Live updates: the Spending Review and the NHS":           "the Spending Review and the NHS",
		"Live well with asthma: a guide for schools":              "Live well with asthma: a guide for schools",
		"Living with ADHD: what families told us":                 "Living with ADHD: what families told us",
	} {
		if got := trimBadge(in); got != want {
			t.Errorf("trimBadge(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTemplateLinesAreFurniture: lines that blogs, news sites, member
// sites, mailing lists, online meetings and documents' running matter put
// around the text are furniture as whole lines; sentences of the text
// that open with their words are not.
func TestTemplateLinesAreFurniture(t *testing.T) {
	for _, line := range []string{
		"Posted 3 hours ago", "Updated 2 hours ago", "1.2K Followers", "Written by Priya Raman",
		"9 min read · Jan 14, 2025", "Published in The Clinic Notes", "Responses (14)",
		"More from Priya Raman and The Clinic Notes", "Recommended from Medium", "Photo by Ellis Moor on Unsplash",
		"Report this page", "Report an issue with this page", "Was this page useful? Yes No",
		"Make a donation", "£10 could pay for a call with a family support worker.", "Become a member",
		"Join the College", "Book now", "Book your place", "Register now", "CPD points: 1",
		"Early bird rate ends 31 March.", "Meeting ID 845 2291 0763", "Passcode: x7Qk9p",
		"Join the meeting now", "Dial in by phone", "Phone conference ID: 615 302 448#",
		"Sent from Outlook for iOS", "Get Outlook for Android",
		"Please consider the environment before printing this email.", "Read more →", "Continue reading",
		"Next article", "Back to news", "Reviewed: March 2025 | Next review: March 2026",
		"Version 1.0 | 20 January 2025", "OFFICIAL", "OFFICIAL-SENSITIVE", "Classification: OFFICIAL",
		"Page 3 of 12", "Document reference: DSP-SEND-2025-007", "Powered by Squarespace",
		"Website by Fieldwork Studio", "Site map", "Accessibility statement", "Terms and conditions",
		"All rights reserved.", "Tel: 0113 496 0781", "Registered charity no. 1176543.",
		"Company registered in England and Wales No. 04123987", "Trending", "Latest news", "Key events",
		"Show key events only", "Please turn on JavaScript", "Loading…",
		"Our mailing address is: Unit 4, Canal Wharf, Leeds LS11 5PS",
		"Want to change how you receive these emails?",
		"You can update your preferences or unsubscribe from this list.",
		"This email was sent to k.byrne@nhs.net", "Comments are closed.", "Log in to comment",
	} {
		if !isFurnitureText(line) {
			t.Errorf("%q not read as furniture", line)
		}
	}
	for _, line := range []string{
		"Updated figures published 3 weeks ago show that 41% of children waited over 18 weeks.",
		"Join the ICB's board in calling for more funding for school nurses.",
		"Version 2 of the strategy was agreed by the board in March.",
		"Official figures show 41% of children waited over 18 weeks.",
		"Page 3 of the report sets out the data for each locality.",
		"Reference group",
		"Reference group members said waits were far too long.",
		"Book clubs in libraries reached 300 children over the summer.",
		"Photo diaries kept by 12 young people showed how long the journeys took.",
		"More from the survey: 58% of parents said they had waited over a year.",
		"Registered charities provided 40% of the counselling sessions in the area.",
		"Published in March, the audit found that 1,204 children were waiting.",
	} {
		if isFurnitureText(line) {
			t.Errorf("%q read as furniture", line)
		}
	}
}
