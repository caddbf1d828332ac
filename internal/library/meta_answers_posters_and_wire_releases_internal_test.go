package library

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestAnsweredOnDatesWrittenAnswer checks that a written answer's page,
// dated by nothing but its "Answered on" line, is dated by it, and that
// the line wins over the "Asked on" line above it: the answer is what the
// page publishes.
func TestAnsweredOnDatesWrittenAnswer(t *testing.T) {
	page := `<html><head><title>Speech therapy: Waiting lists</title></head><body>
<h1>Speech therapy: Waiting lists</h1>
<div class="q"><p>To ask the Secretary of State for Education, how many children wait over a year.</p>
<div>Asked on: 3 February 2025</div></div>
<div class="a"><div>Answered on 11 February 2025</div><p>The Department does not hold this information.</p></div>
</body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	got := readPageInfo(doc).date
	if got.date.String() != "2025-02-11" {
		t.Errorf("date %s (from %s), want 2025-02-11", got.date, got.from)
	}
}

// TestAnswerLineNamingItsMinisterDatesTheAnswer checks that an answer's
// line opening on the minister who gave it ("Ana Holt (Minister of State
// for Care), answered on 11 March 2025") dates the page, the question's
// "UIN 1, tabled on" line above it not; a sentence saying when something
// was answered dates nothing.
func TestAnswerLineNamingItsMinisterDatesTheAnswer(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{`<p class="answerer"><a href="/m/1">Ana Holt</a> (Minister of State for Care), answered on 11 March 2025</p>`, "2025-03-11"},
		{`<p>The council said the petition, which it answered on 11 March 2025, was closed.</p>`, "0001-01-01"},
	} {
		page := `<html><head><title>Speech therapy: Waits</title></head><body><h1>Speech therapy: Waits</h1>
<dl><dt>Question</dt><dd>UIN 48, tabled on 3 March 2025</dd></dl>` + tc.line + `<p>The Department does not hold this information.</p></body></html>`
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		got := readPageInfo(doc).date
		if got.date.String() != tc.want && !(tc.want == "0001-01-01" && got.date.IsZero()) {
			t.Errorf("%s: date %s (from %s), want %s", tc.line, got.date, got.from, tc.want)
		}
	}
}

// TestPosterAffiliationPublisher checks that a poster whose title band
// names its authors' affiliations, each after a superscript mark, is
// published by the first affiliation's body, not a department of it; and
// that a line without marks, or whose first affiliation names no body,
// gives none.
func TestPosterAffiliationPublisher(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  string
	}{
		{[]string{"Sam Okafor¹, Lucy Trent²", "¹ School of Nursing, Keldon University ² Keldon Children's Hospital NHS Foundation Trust"}, "Keldon University"},
		{[]string{"R. Patel¹ ², J. Moss²", "¹Institute of Child Health, University of Wexmoor; ²Wexmoor City Council"}, "University of Wexmoor"},
		{[]string{"Department of Child Health, University of Wexmoor"}, ""},
		{[]string{"Sam Okafor¹", "¹ Independent researcher"}, ""},
	} {
		if got := posterAffiliationOrg(c.lines); got != c.want {
			t.Errorf("%q: %q, want %q", c.lines, got, c.want)
		}
	}
}

// TestConferenceLineDate checks that a poster is dated by the conference
// line of its title band ("... Conference, York, 4 June 2025 · Poster 12"),
// and that a line naming no conference, or no day, dates nothing.
func TestConferenceLineDate(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  string
	}{
		{[]string{"¹ School of Nursing, Keldon University", "Paediatric Research Society Annual Conference, York, 4 June 2025 · Poster 12"}, "2025-06-04"},
		{[]string{"Presented at the RCPCH Conference 2025, Liverpool, 14 May 2025"}, "2025-05-14"},
		{[]string{"Data collected 4 June 2024 to 3 March 2025"}, ""},
		{[]string{"Child Health Symposium, Leeds, 2025"}, ""},
	} {
		d, _ := conferenceLineDate(c.lines)
		got := ""
		if !d.IsZero() {
			got = d.String()
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.lines, got, c.want)
		}
	}
}

// TestWireReleaseSourceOrganization checks that a release carried on a
// newswire's page, whose schema.org data names the wire as publisher and
// the body it speaks for as sourceOrganization, is published by that
// body: the wire only carries it.
func TestWireReleaseSourceOrganization(t *testing.T) {
	page := `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Young carers miss school as support is cut","datePublished":"2025-03-02T07:00:00Z",
"publisher":{"@type":"Organization","name":"WireDesk"},"sourceOrganization":{"@type":"Organization","name":"Carers Together"}}</script></head>
<body><h1>Young carers miss school as support is cut</h1></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := readJSONLD(doc).publisher; got != "Carers Together" {
		t.Errorf("publisher %q, want Carers Together", got)
	}
}

// TestParagraphNumberSetApart checks that a numbered paragraph whose
// number a page sets in an element of its own before it ("<span>1.2.1</span>
// <p>Offer ...</p>") is written with its number, "1.2.1 Offer ...", not
// with the number alone on a line; a number inside a sentence stays.
func TestParagraphNumberSetApart(t *testing.T) {
	page := `<html><body><main><h1>Waiting guidance</h1>
<div class="rec"><span class="rec__num">2.3.1</span> <p>Offer every family a contact who can answer questions about the wait.</p></div>
<div class="rec"><p>See <span>2.3.1</span> for contacts.</p></div>
</main></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	joinParagraphNumbers(doc)
	got := textOf(doc)
	if !strings.Contains(got, "2.3.1 Offer every family") {
		t.Errorf("number not joined to its paragraph: %q", got)
	}
	if !strings.Contains(got, "See 2.3.1 for contacts") {
		t.Errorf("a number inside a sentence moved: %q", got)
	}
}
