package library

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestTextDateForms(t *testing.T) {
	for in, want := range map[string]string{
		"5 March 2024":                "2024-03-05",
		"Monday, 30 September, 2024":  "2024-09-30",
		"Thu 11 Jul 2024 16.47 BST":   "2024-07-11",
		"Apr 09, 2024":                "2024-04-09",
		"September 3rd, 2024":         "2024-09-03",
		"14/05/2024":                  "2024-05-14",
		"2024-05-14T10:00:00Z":        "2024-05-14",
		"2024/01/25":                  "2024-01-25",
		"March 2024":                  "2024-03",
		"To be announced":             "",
		"31/02/2024":                  "",
		"Published in the year 2024.": "",
	} {
		if got := textDate(in).String(); got != want && !(want == "" && textDate(in).IsZero()) {
			t.Errorf("textDate(%q) = %q, want %q", in, got, want)
		}
	}
	if got := isoDate("2024/01/25").String(); got != "2024-01-25" {
		t.Errorf("isoDate of a citation date: %q", got)
	}
}

func TestCopyrightHolder(t *testing.T) {
	for in, want := range map[string]string{
		"© 2024 Royal College of Psychiatrists. A charity registered in England and Wales": "Royal College of Psychiatrists",
		"© Local Government Association 2024":                                              "Local Government Association",
		"Copyright 2024 BBC. All rights reserved.":                                         "BBC",
		"Copyright © 2010–2024 Healthwatch Kent | Privacy":                                 "Healthwatch Kent",
		"© 2024 The King's Fund, registered charity 1126980":                               "The King's Fund",
		"© Crown copyright":              "",
		"© Parliamentary copyright 2024": "",
		"© 2024 all rights reserved":     "",
		"Terms and conditions":           "",
	} {
		if got := holderIn(in); got != want {
			t.Errorf("holderIn(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLogoText(t *testing.T) {
	for in, want := range map[string]string{
		"Office for National Statistics logo - Homepage": "Office for National Statistics",
		"NHS England Digital homepage":                   "NHS England Digital",
		"Go to the Northshire County Council homepage":   "Northshire County Council",
		"Royal College of Psychiatrists logo":            "Royal College of Psychiatrists",
		"Home":                                           "",
		"logo":                                           "",
	} {
		if got := cleanLogoText(in); got != want {
			t.Errorf("cleanLogoText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTitleParts(t *testing.T) {
	for _, c := range []struct{ docTitle, title, site string }{
		{"Child mortality: 2023 - Office for National Statistics", "Child mortality: 2023", "Office for National Statistics"},
		{"Mental health - Health and Social Care Committee - House of Commons", "Mental health", "House of Commons"},
		{"What the health visitor saw - by Dr Helen Achebe", "What the health visitor saw", ""},
		{"Waits for help | News", "Waits for help", ""},
		{"Waits for help", "Waits for help", ""},
		{"Children's health - what we know - Kestrel Trust", "Children's health - what we know", "Kestrel Trust"},
	} {
		if got := titleSuffix(c.docTitle, c.title); got != c.site {
			t.Errorf("titleSuffix(%q, %q) = %q, want %q", c.docTitle, c.title, got, c.site)
		}
	}
	for _, c := range []struct{ title, headline, want string }{
		{"Statistics » Eating Disorder Waiting Times", "Eating Disorder Waiting Times", "Eating Disorder Waiting Times"},
		{"Waits | Section | Site", "Waits", "Waits"},
		{"Waits for help and support", "Waits for help", ""},
		{"Children’s waits", "Children's waits", "Children's waits"},
	} {
		if got := alignedHeadline(c.title, c.headline); got != c.want {
			t.Errorf("alignedHeadline(%q, %q) = %q, want %q", c.title, c.headline, got, c.want)
		}
	}
}

func TestJSONLDMainWork(t *testing.T) {
	page := `<html><head><script type="application/ld+json">[{"@type":"BreadcrumbList","name":"Crumbs"},` +
		`{"@context":"https://schema.org","@type":["NewsArticle"],"headline":"Waits &amp; delays","datePublished":"2024-03-01",` +
		`"author":[{"@type":"Organization","name":"Newsdesk"},{"@type":"Person","name":"Ana Silva"}],` +
		`"publisher":{"@id":"#org"}},{"@type":"NewsMediaOrganization","@id":"#org","name":"Kestrel Post"}]</script></head><body></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	f := readJSONLD(doc)
	if f.headline != "Waits & delays" || f.published != "2024-03-01" || f.publisher != "Kestrel Post" ||
		len(f.authors) != 1 || f.authors[0] != "Ana Silva" {
		t.Errorf("%+v", f)
	}
}

func TestLinkListsAreNotFindings(t *testing.T) {
	for in, want := range map[string]bool{
		`<ul><li><a href="/a">Families at breaking point</a></li><li><a href="/b">Hospice beds cut</a></li></ul>`: true,
		`<ol><li><a href="#s1">Summary</a></li></ol>`:                                                             true,
		`<ul><li>Waits rose by 12% in a year, see <a href="/t">table 2</a>.</li></ul>`:                            false,
		`<ol><li><a href="/r1">Recommendation 1</a>: NHS England should publish waits</li></ol>`:                  false,
		`<ul><li><a href="/a">One</a> <a href="/b">Two</a></li></ul>`:                                             false,
	} {
		doc, err := html.Parse(strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		list := findFirst(doc, func(n *html.Node) bool { return n.Data == "ul" || n.Data == "ol" })
		if got := isLinkList(list); got != want {
			t.Errorf("isLinkList(%s) = %v, want %v", in, got, want)
		}
	}
}

func TestLongTitlesAreOneRun(t *testing.T) {
	// Found by the fuzzer: every run of a title of thousands of parts was
	// compared with the headline.
	long := strings.Repeat("a | ", 2000)
	if runs := titleRuns(long); len(runs) != 1 {
		t.Errorf("%d runs of a title of 2000 parts, want 1", len(runs))
	}
	if got := titleSuffix(long, "a"); got != "" {
		t.Errorf("titleSuffix of a title of 2000 parts: %q", got)
	}
	if runs := titleRuns("A | B | C"); len(runs) != 6 {
		t.Errorf("runs of a title of three parts: %q", runs)
	}
}

func TestContactAndSelfDescriptionLines(t *testing.T) {
	for in, want := range map[string]bool{
		"Call Smokefree Northfield free on 01632 960 418 (Monday to Friday, 9am to 5pm).":            true,
		"For media enquiries, contact the press office on 020 7946 0000 or email press@example.org.": true,
		"Please email jsna@example.gov.uk if you have questions about this chapter.":                 true,
		"Calls to the helpline on 0800 111 111 rose by 12% in 2023.":                                 false,
		"Contact with services fell during the pandemic, from 4,000 to 3,100 children.":              false,
		"Call for evidence: we want to hear from young people about their care.":                     false,
		// A site's helpline bar opens with a question to the reader.
		"Worried about a child? Call our family helpline free on 0808 000 0000 (weekdays, 9am to 5pm).": true,
		"Why do waits vary? Call handlers told us 40% of calls were about referrals.":                   false,
	} {
		if got := isContactInstruction(in); got != want {
			t.Errorf("isContactInstruction(%q) = %v, want %v", in, got, want)
		}
	}
	for _, c := range []struct {
		text, publisher string
		want            bool
	}{
		{"The Faculty of Dental Surgery is part of the Royal College of Surgeons of England and sets standards.", "Royal College of Surgeons of England", true},
		{"The Local Government Association is the national voice of local government.", "Local Government Association", true},
		{"Healthwatch Kent is an independent champion for people who use health and care services.", "Healthwatch Kent", true},
		{"NHS England is responsible for commissioning specialised services for children.", "Kestrel Trust", false},
		{"The Local Government Association is warning that 28% of the grant has gone.", "Local Government Association", false},
		{"The Local Government Association is calling on ministers to restore the grant.", "Local Government Association", false},
		{"The Faculty of Dental Surgery is part of the Royal College of Surgeons of England.", "", false},
	} {
		if got := aboutPublisher(c.text, c.publisher); got != c.want {
			t.Errorf("aboutPublisher(%q, %q) = %v, want %v", c.text, c.publisher, got, c.want)
		}
	}
}

// TestBoldParagraphHeadings checks that a short paragraph set wholly in
// bold is a heading, and that a bold lead-in or a bold sentence is not.
func TestBoldParagraphHeadings(t *testing.T) {
	cases := map[string]bool{
		`<p><b><span>1. Waiting times</span></b></p>`:                       true,
		`<p><strong>What families told us</strong></p>`:                     true,
		`<p><strong>Key point:</strong> waits have doubled since 2019.</p>`: false,
		`<p><b>Waits have doubled since 2019.</b></p>`:                      false,
		`<p>Plain words with no bold</p>`:                                   false,
	}
	for src, want := range cases {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		var p *html.Node
		walkElements(doc, func(n *html.Node) bool {
			if n.DataAtom == atom.P && p == nil {
				p = n
			}
			return true
		})
		if got := boldHeading(p, oneLine(textOf(p))); got != want {
			t.Errorf("%s: heading %v, want %v", src, got, want)
		}
	}
}

// TestFooterCopyrightHolderStopsAtItsBlock: a short footer whose copyright
// paragraph stands over a "Follow us:" line names the holder alone, not
// "… Trust Follow us" (held-out set 88); a holder split over two blocks
// of the footer is still named by their joined text.
func TestFooterCopyrightHolderStopsAtItsBlock(t *testing.T) {
	for page, want := range map[string]string{
		`<footer><p>Fernhollow General Hospital, Chantry Road. Switchboard: 01632 960 000</p><p class="c">© 2026 Fernhollow Hospitals NHS Foundation Trust</p><p>Follow us: <a href="#">Facebook</a> <a href="#">YouTube</a></p></footer>`: "Fernhollow Hospitals NHS Foundation Trust",
		`<footer><div>© 2026 Eastmere Borough Council</div><div>Connect with us: <a href="#">X</a></div></footer>`:                                                                                                                         "Eastmere Borough Council",
		`<footer><span>© 2026</span> <strong>Eastmere Borough Council</strong></footer>`:                                                                                                                                                   "Eastmere Borough Council",
	} {
		doc, err := html.Parse(strings.NewReader("<html><body><main><p>Text.</p></main>" + page + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := copyrightHolder(doc); got != want {
			t.Errorf("copyrightHolder(%s) = %q, want %q", page, got, want)
		}
	}
}
