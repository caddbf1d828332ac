package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestNoPlatformPersonDepartmentOrPostAsPublisher: a page or a message
// names many things where a publisher is written that are no publisher: the
// mailing service it went through (a Mailchimp campaign page's
// og:site_name "Mailchimp", "Campaign Archive" after its title), the
// platform it was posted on (Medium, Issuu, Eventbrite, Sway, LinkedIn,
// WordPress.com), a bare web address, a department ("Communications Team",
// "Children's Services"), a person ("Dr Jane Okafor") and a post ("Public
// Health Commissioner"). None is the publisher: the next clue is (the
// Mailchimp page's copyright line), or the import asks. Before: each was
// the publisher.
func TestNoPlatformPersonDepartmentOrPostAsPublisher(t *testing.T) {
	body := `<p>Referrals to the school-based mental health support teams rose by 31% in the autumn term, and the average wait fell from 14 weeks to 9 weeks.</p>`
	for _, c := range []struct{ name, head, foot, want string }{
		{"mailchimp page", `<title>Spring update from the Forum</title><meta property="og:url" content="https://mailchi.mp/hollinsfordpcf/spring-update"><meta property="og:site_name" content="Mailchimp">`,
			`<p>Copyright © 2025 Hollinsford Parent Carer Forum, All rights reserved.</p><p><a href="https://mailchimp.com"><img alt="Intuit Mailchimp" src="x.png"></a></p>`,
			"Hollinsford Parent Carer Forum"},
		{"mailchi.mp", `<title>Spring update</title><meta property="og:site_name" content="mailchi.mp">`, ``, ""},
		{"campaign archive", `<title>Spring update | Campaign Archive</title>`, `<p>Powered by Mailchimp</p>`, ""},
		// The platform is no publisher; the post's author stands as one
		// (TestPersonsPostIsCitedByItsAuthor).
		{"medium", `<title>Why CAMHS waits matter | by Jane Okafor | Medium</title><meta property="og:site_name" content="Medium"><meta name="author" content="Jane Okafor">`, ``, "Jane Okafor"},
		{"issuu", `<title>Annual report 2024 by Hollinsford Youth Trust - Issuu</title><meta property="og:site_name" content="Issuu">`, ``, ""},
		{"eventbrite", `<title>Parent carer wellbeing session Tickets | Eventbrite</title><meta property="og:site_name" content="Eventbrite">`, ``, ""},
		{"sway", `<title>SEND newsletter</title><meta property="og:site_name" content="Microsoft Sway">`, ``, ""},
		{"linkedin", `<title>Waiting times</title><meta property="og:site_name" content="LinkedIn">`, ``, ""},
		{"wordpress", `<title>Spring update</title><meta property="og:site_name" content="WordPress.com">`, ``, ""},
		{"web address", `<title>Spring update</title><meta property="og:site_name" content="hollinsfordpcf.org.uk">`, ``, ""},
		{"team", `<title>Spring update</title><meta property="og:site_name" content="Communications Team">`, ``, ""},
		{"department", `<title>Spring update</title><meta name="DC.publisher" content="Children's Services">`, ``, ""},
		{"person", `<title>Spring update</title><meta property="og:site_name" content="Dr Jane Okafor">`, ``, ""},
		{"post", `<title>Spring update</title>`, `<p>© 2025 Public Health Commissioner (Children and Young People)</p>`, ""},
		{"body with a post's word", `<title>Spring update</title><meta property="og:site_name" content="Association of Directors of Children's Services">`, ``,
			"Association of Directors of Children's Services"},
		{"charity named for a person", `<title>Spring update</title><meta property="og:site_name" content="Sir Halley Stewart Trust">`, ``,
			"Sir Halley Stewart Trust"},
		{"commissioner body", `<title>Spring update</title><meta property="og:site_name" content="Children's Commissioner for England">`, ``,
			"Children's Commissioner for England"},
	} {
		page := "<!doctype html><html><head>" + c.head + "</head><body><main><h1>Spring update</h1>" + body + "</main><footer>" + c.foot + "</footer></body></html>"
		im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "news", Date: "2025-03-01"})
		if c.want == "" {
			if err == nil || !strings.Contains(err.Error(), "--publisher") {
				t.Errorf("%s: publisher %q (%v), want the import to ask for one", c.name, im.Source.Publisher, err)
			}
			continue
		}
		if err != nil || im.Source.Publisher != c.want {
			t.Errorf("%s: publisher %q (%v), want %q", c.name, im.Source.Publisher, err, c.want)
		}
	}

	head := "To: partners@example.net\nSubject: Spring update\nDate: Tue, 14 Jan 2025 09:12:40 +0000\n\n" +
		"Referrals to the school-based mental health support teams rose by 31% in the autumn term.\n"
	for _, c := range []struct{ name, from, want string }{
		{"post in brackets", "Dr Jane Okafor (Public Health Commissioner) <jane.okafor@example.net>", ""},
		{"department after a bar", "Jane Okafor | Children's Services <jane.okafor@example.net>", ""},
		{"mailing service", "Mailchimp <no-reply@mailchimp.com>", ""},
		{"organisation after a bar", "Jane Okafor | Hollinsford Parent Carer Forum <jane@example.net>", "Hollinsford Parent Carer Forum"},
	} {
		im, err := library.Import(write(t, "update.eml", []byte("From: "+c.from+"\n"+head)), library.Meta{Type: "statement"})
		if c.want == "" {
			if err == nil {
				t.Errorf("%s: publisher %q, want the import to ask for one", c.name, im.Source.Publisher)
			}
			continue
		}
		if err != nil || im.Source.Publisher != c.want {
			t.Errorf("%s: publisher %q (%v), want %q", c.name, im.Source.Publisher, err, c.want)
		}
	}
}

// TestCopyrightPersonIsNoPublisher: a page whose footer's copyright line
// names a person ("© 2025 Jane Okafor. All rights reserved.", a blog's)
// has no publisher to cite from it: the import asks; a body there is still
// the publisher. Before: the person was the publisher.
func TestCopyrightPersonIsNoPublisher(t *testing.T) {
	for _, c := range []struct{ foot, want string }{
		{"© 2025 Jane Okafor. All rights reserved.", ""},
		{"Copyright © 2025 Dr Priya Natarajan", ""},
		{"© Jane Okafor 2025", ""},
		{"© 2025 Hollinsford Young Carers Trust. All rights reserved.", "Hollinsford Young Carers Trust"},
	} {
		page := "<html><head><title>Healthy weight</title></head><body><main><h1>Healthy weight</h1><p>In 2024, 61% of new plans were issued within 20 weeks.</p></main><footer><p>" + c.foot + "</p></footer></body></html>"
		im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "news", Date: "2025-03-01"})
		if c.want == "" {
			if err == nil {
				t.Errorf("%q: publisher %q, want the import to ask for one", c.foot, im.Source.Publisher)
			}
			continue
		}
		if err != nil || im.Source.Publisher != c.want {
			t.Errorf("%q: publisher %q (%v), want %q", c.foot, im.Source.Publisher, err, c.want)
		}
	}
}

// TestSenderRelayAndDepartmentAreNoPublisher: an e-mail's From name that
// a list or a mailing service relayed ("Jane Okafor via Hollinsford SEND
// Network", "Hollinsford Youth Trust (via Mailchimp)") is the sender's
// before "via"; a department after an organisation's name ("NHS
// Hollinsford ICB Communications") or in brackets after a person's ("Okafor,
// Jane (Public Health)") is none. Before: "Jane Okafor via Hollinsford SEND
// Network", "via Mailchimp", "NHS Hollinsford ICB Communications" and
// "Public Health" were the publisher.
func TestSenderRelayAndDepartmentAreNoPublisher(t *testing.T) {
	head := "To: partners@example.net\nSubject: Spring update\nDate: Tue, 14 Jan 2025 09:12:40 +0000\n\nReferrals to the school-based mental health support teams rose by 31% in the autumn term.\n"
	for _, c := range []struct{ from, want string }{
		{`"Jane Okafor via Hollinsford SEND Network" <hollinsford-send@googlegroups.com>`, ""},
		{`"Hollinsford Youth Trust via Mailchimp" <info@hollinsfordyouth.org.uk>`, "Hollinsford Youth Trust"},
		{`"Hollinsford Youth Trust (via Mailchimp)" <info@hollinsfordyouth.org.uk>`, "Hollinsford Youth Trust"},
		{`"NHS Hollinsford ICB Communications" <comms@nhs.net>`, "NHS Hollinsford ICB"},
		{`"Okafor, Jane (Public Health)" <jane.okafor@example.net>`, ""},
	} {
		im, err := library.Import(write(t, "update.eml", []byte("From: "+c.from+"\n"+head)), library.Meta{Type: "statement"})
		if c.want == "" {
			if err == nil {
				t.Errorf("%s: publisher %q, want the import to ask for one", c.from, im.Source.Publisher)
			}
			continue
		}
		if err != nil || im.Source.Publisher != c.want {
			t.Errorf("%s: publisher %q (%v), want %q", c.from, im.Source.Publisher, err, c.want)
		}
	}
}

// TestSiteNamePersonAndSectionAreNoPublisher: a page's title ending with a
// person's name ("Spring update - Jane Okafor", "| Jane Okafor's blog")
// names a writer, no publisher, and the import asks; a site's section after
// a body's name ("Hollinsford City Council Newsroom", og:site_name
// "Hollinsford Youth Trust Blog") is the body's. Before: the person, and
// the section with the body, were the publisher.
func TestSiteNamePersonAndSectionAreNoPublisher(t *testing.T) {
	for _, c := range []struct{ head, want string }{
		{`<title>Spring update - Jane Okafor</title>`, ""},
		{`<title>Spring update | Jane Okafor's blog</title>`, ""},
		{`<title>Spring update | Hollinsford City Council Newsroom</title>`, "Hollinsford City Council"},
		{`<title>Spring update</title><meta property="og:site_name" content="Hollinsford Youth Trust Blog">`, "Hollinsford Youth Trust"},
		{`<title>Spring update</title><meta property="og:site_name" content="BBC News">`, "BBC News"},
	} {
		page := "<html><head>" + c.head + "</head><body><main><h1>Spring update</h1><p>In 2024, 61% of new plans were issued within 20 weeks.</p></main></body></html>"
		im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "news", Date: "2025-03-01"})
		if c.want == "" {
			if err == nil {
				t.Errorf("%s: publisher %q, want the import to ask for one", c.head, im.Source.Publisher)
			}
			continue
		}
		if err != nil || im.Source.Publisher != c.want {
			t.Errorf("%s: publisher %q (%v), want %q", c.head, im.Source.Publisher, err, c.want)
		}
	}
}
