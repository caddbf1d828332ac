package library

import "testing"

// TestHeadingBesideNumber: a heading's wrapped line level with a number
// another column's text wrapped onto its own line is no data row; a
// label and figures of one size are. Pieces written for this test.
func TestHeadingBesideNumber(t *testing.T) {
	for _, c := range []struct {
		ps   []*piece
		want bool
	}{
		{[]*piece{{text: "our families", size: 18, bold: true}, {text: "402", size: 11.7}}, true},
		{[]*piece{{text: "Median wait (weeks)", size: 11.7}, {text: "14", size: 11.7}, {text: "19", size: 11.7}}, false},
		{[]*piece{{text: "Total referrals", size: 12, bold: true}, {text: "1,204", size: 12, bold: true}}, false},
	} {
		if got := headingBesideNumber(c.ps); got != c.want {
			t.Errorf("%q: got %v, want %v", c.ps[0].text, got, c.want)
		}
	}
}

// TestSiteRunBy: a platform-named site that says which body runs it is
// published by that body; a site named for a body, or a page naming no
// runner, keeps its name. Written for this test.
func TestSiteRunBy(t *testing.T) {
	for _, c := range []struct{ page, site, want string }{
		{`<p>Text.</p><footer><p>Talk Fenmoor is run by Fenmoor District Council, Civic Centre, Fenmoor.</p></footer>`, "Talk Fenmoor", "Fenmoor District Council"},
		{`<footer><p>This site is operated by the Eastwick Health Partnership.</p></footer>`, "Shape Eastwick", "Eastwick Health Partnership"},
		{`<footer><p>Talk Fenmoor is run by volunteers.</p></footer>`, "Talk Fenmoor", ""},
		{`<footer><p>Fenmoor Council is run by its elected members.</p></footer>`, "Fenmoor Council", ""},
	} {
		doc, err := parseHTML(c.page)
		if err != nil {
			t.Fatal(err)
		}
		if got := siteRunBy(doc, c.site); got != c.want {
			t.Errorf("%q: got %q, want %q", c.page, got, c.want)
		}
	}
}

// TestCaptionedHeadline: a headline naming only the body a page is about,
// under a caption naming the document's kind that the <title> gives after
// it, is cited "Name: Kind"; a headline with no caption over it stays.
// Written for this test.
func TestCaptionedHeadline(t *testing.T) {
	page := `<html><head><title>Fenmoor County Council - Focused visit to children's services - Reports</title></head><body>` +
		`<span class="govuk-caption-l">Focused visit to children's services</span><h1>Fenmoor County Council</h1><p>Text.</p></body></html>`
	doc, err := parseHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := captionedHeadline(doc, "Fenmoor County Council", "Fenmoor County Council - Focused visit to children's services - Reports"), "Fenmoor County Council: Focused visit to children's services"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	plain, _ := parseHTML(`<html><body><h1>Fenmoor County Council</h1><p>Text.</p></body></html>`)
	if got := captionedHeadline(plain, "Fenmoor County Council", "Fenmoor County Council - Reports"); got != "" {
		t.Errorf("no caption: got %q", got)
	}
}
