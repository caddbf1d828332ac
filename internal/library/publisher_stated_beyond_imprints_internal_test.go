package library

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// A charity's registration line names the body whose report it is.
func TestCharityLineOrg(t *testing.T) {
	for line, want := range map[string]string{
		"Brightwater Carers is a registered charity in England and Wales, number 1234567.":             "Brightwater Carers",
		"The Oakfield Trust is a registered charity, no. 1098765":                                      "Oakfield Trust",
		"Registered charity number 1098765":                                                            "",
		"It is a registered charity in Scotland, SC012345":                                             "",
		"Jane Smith is a registered charity trustee":                                                   "",
		"Meadowlark Families, 9 Quay Street, Hull HU1 2AB. Helpline 0800 555 0101. Registered charity": "Meadowlark Families",
		"The Hollins Trust, PO Box 44, Derby DE1 1AA. Charity no. 1187766":                             "Hollins Trust",
		"Smith, Jones and Patel (2024) surveyed every registered charity in the region":                "",
	} {
		if got := charityLineOrg(line); got != want {
			t.Errorf("charityLineOrg(%q) = %q, want %q", line, got, want)
		}
	}
}

// A Command paper's imprint names its department through the Secretary
// of State who presented it, even wrapped over two lines; an office not
// known names none.
func TestPresentedByDepartment(t *testing.T) {
	for text, want := range map[string]string{
		"Presented to Parliament by the Secretary of State for Work and Pensions by Command of His Majesty":       "Department for Work and Pensions",
		"Presented to Parliament by the Secretary of State for Health and\nSocial Care by Command of His Majesty": "Department of Health and Social Care",
		"Presented to Parliament by the Secretary of State for Widgets by Command of His Majesty":                 "",
		"Laid before Parliament by the printer":                                                                   "",
	} {
		if got := presentedByDepartment(text); got != want {
			t.Errorf("presentedByDepartment(%q) = %q, want %q", text, got, want)
		}
	}
}

// A bulk newsletter from an elected office-holder is theirs; a person
// with no office, or a name with a platform's address, names no one.
func TestOfficeHolderSender(t *testing.T) {
	for from, want := range map[string]string{
		"Priya Nair MP <priya@priyanair.org.uk>":      "Priya Nair MP",
		`"Cllr Tom Reed" <news@reed-ward.org>`:        "Cllr Tom Reed",
		"Sam Lowe MSP <sam.lowe@example.scot>":        "Sam Lowe MSP",
		"Priya Nair <priya@priyanair.org.uk>":         "",
		"news@mailer.example.com":                     "",
		"Constituency Office <office@example.org.uk>": "",
	} {
		if got := officeHolderSender(from); got != want {
			t.Errorf("officeHolderSender(%q) = %q, want %q", from, got, want)
		}
	}
	if !bulkMail("<mailto:u@example.com>", "", "") || !bulkMail("", "", "Bulk") || bulkMail("", "", "") {
		t.Error("bulkMail misread its headers")
	}
}

func parseForTest(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := parseHTML(s)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// A page whose only date is its first post's stamp, marked by its class,
// is dated by it; a stamp of an update or of a comment is not the page's.
func TestClassDate(t *testing.T) {
	doc := parseForTest(t, `<html><body><div class="post-updated">Mar 3rd 2024</div><div class="post-date">Jan 5th 2024</div><p>First post.</p><div class="post-date">Jan 6th 2024</div></body></html>`)
	if got := classDate(doc).date; got.String() != "2024-01-05" {
		t.Errorf("classDate = %v, want 2024-01-05", got)
	}
	doc = parseForTest(t, `<html><body><div class="comments"><span class="date">Jan 9th 2024</span></div><div class="date">Posted on a Tuesday</div></body></html>`)
	if got := classDate(doc).date; !got.IsZero() {
		t.Errorf("classDate = %v, want none", got)
	}
}

// Posts of a thread set one to a box of the same class are the page's
// text; one embedded post in an article is not.
func TestUnrolledPost(t *testing.T) {
	long := strings.Repeat("Waiting times for speech therapy rose again this winter. ", 3)
	doc := parseForTest(t, `<html><body><div id="t"><div class="status-tweet"><p>1/ `+long+`</p></div><div class="status-tweet"><p>2/ `+long+`</p></div><div class="status-tweet"><p>3/ `+long+`</p></div></div></body></html>`)
	body := findFirst(doc, func(n *html.Node) bool { return n.Data == "body" })
	post := findFirst(doc, func(n *html.Node) bool { return attr(n, "class") == "status-tweet" })
	if !unrolledPost(post, len(textOf(body))) {
		t.Error("a post of an unrolled thread read as an embed")
	}
	doc = parseForTest(t, `<html><body><article><p>`+long+long+long+`</p><div class="status-tweet"><p>`+long+`</p></div></article></body></html>`)
	body = findFirst(doc, func(n *html.Node) bool { return n.Data == "body" })
	post = findFirst(doc, func(n *html.Node) bool { return attr(n, "class") == "status-tweet" })
	if unrolledPost(post, len(textOf(body))) {
		t.Error("one embedded post read as the page's text")
	}
}

// A Crown copyright page whose contacts are at one department's domain is
// that department's; contacts at two departments, or a page not under
// Crown copyright, name none.
func TestGovContactDepartment(t *testing.T) {
	for page, want := range map[string]string{
		`<p>Contact: pensions.stats@dwp.gov.uk</p><footer>© Crown copyright</footer>`:          "Department for Work and Pensions",
		`<p>Contact: a@dwp.gov.uk or b@education.gov.uk</p><footer>© Crown copyright</footer>`: "",
		`<p>Contact: pensions.stats@dwp.gov.uk</p><footer>© Example Ltd</footer>`:              "",
		`<p>Contact: team@westshire.gov.uk</p><footer>© Crown copyright</footer>`:              "",
	} {
		if got := govContactDepartment(parseForTest(t, "<html><body>"+page+"</body></html>")); got != want {
			t.Errorf("govContactDepartment(%q) = %q, want %q", page, got, want)
		}
	}
}

// A "Contents" heading over sections of findings is no table of contents:
// the sections are kept and the heading goes. Over a list of links it is
// one.
func TestContentsOverProse(t *testing.T) {
	doc := parseForTest(t, `<html><body><h2>Contents</h2><div class="acc"><h3><button>Waiting times</button></h3><div><p>Of the children referred last year, 41% waited more than 18 weeks for a first appointment.</p></div></div><h2>Help</h2></body></html>`)
	h := findFirst(doc, func(n *html.Node) bool { return n.Data == "h2" })
	if !contentsOverProse(h, 2) {
		t.Error("sections of findings under Contents read as a table of contents")
	}
	doc = parseForTest(t, `<html><body><h2>Contents</h2><ul><li><a href="#a">Why children in the county wait longer for therapy than elsewhere.</a></li></ul><h2>Waiting</h2><p>Of the children referred last year, 41% waited more than 18 weeks.</p></body></html>`)
	h = findFirst(doc, func(n *html.Node) bool { return n.Data == "h2" })
	if contentsOverProse(h, 2) {
		t.Error("a table of contents read as sections of prose")
	}
}

// A headline under its caption takes the comma the page's <title> joins
// them with; a title joining them with a dash gives "Name: Kind".
func TestCaptionedHeadlineComma(t *testing.T) {
	page := `<html><body><span class="app-caption">Year ending March 2025</span><h1>Speech therapy waits</h1></body></html>`
	if got := captionedHeadline(parseForTest(t, page), "Speech therapy waits", "Speech therapy waits, Year ending March 2025 - Stats service"); got != "Speech therapy waits, Year ending March 2025" {
		t.Errorf("got %q", got)
	}
	if got := captionedHeadline(parseForTest(t, page), "Speech therapy waits", "Speech therapy waits - Year ending March 2025 - Stats service"); got != "Speech therapy waits: Year ending March 2025" {
		t.Errorf("got %q", got)
	}
}

// A running header naming a meeting's board, its day and its agenda item
// ("Northby Health and Wellbeing Board – 4 March 2026 – Agenda item 5")
// names the board, without the day its year was cut from.
func TestOrgCutAtADashedDay(t *testing.T) {
	for line, want := range map[string]string{
		"Northby Health and Wellbeing Board – 4 March 2026 – Agenda item 5": "Northby Health and Wellbeing Board",
		"Eastmoor Schools Forum - 12th June 2025":                           "Eastmoor Schools Forum",
		"Kids First – 24 Hour Helpline Trust":                               "Kids First – 24 Hour Helpline Trust",
	} {
		if got := cleanOrg(line); got != want {
			t.Errorf("cleanOrg(%q) = %q, want %q", line, got, want)
		}
	}
}
