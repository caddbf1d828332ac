package library

import "testing"

// TestHeadlineQualifiesTheTitlesPart: a site's <title> that carries the
// page's headline without its qualifier ("Site - Our annual report" over
// the <h1> "Our annual report, 2023/24") titles the page by the headline,
// which is the part and its period; a headline that only shares the
// part's first words, or runs on as a sentence, is no longer title.
func TestHeadlineQualifiesTheTitlesPart(t *testing.T) {
	for _, c := range []struct{ title, headline, want string }{
		{"Kelby Health Visiting - Our annual report", "Our annual report, 2023/24", "Our annual report, 2023/24"},
		{"Our annual report | Kelby Health Visiting", "Our annual report: April to March", "Our annual report: April to March"},
		{"Kelby Health Visiting - Our annual report", "Our annual report shows waits rose by a third in every locality this year", ""},
		{"Kelby Health Visiting - Our annual report", "Our annual reports", ""},
		{"Kelby - Waits", "Waits, 2024", ""},
	} {
		if got := alignedHeadline(c.title, c.headline); got != c.want {
			t.Errorf("alignedHeadline(%q, %q) = %q, want %q", c.title, c.headline, got, c.want)
		}
	}
}

// TestBareViewInBrowserIsFurniture: a mailing's "View in browser" link,
// alone or after its preheader's teaser, is furniture as "View this email
// in your browser" is; a sentence about browsers is not. Written for this
// test.
func TestBareViewInBrowserIsFurniture(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"View in browser", true},
		{"View online in browser.", false},
		{"News release from the Kelby Children's Trust. View in browser", true},
		{"Families could view in browser only 12% of the appointment letters.", false},
	} {
		if got := isFurnitureText(c.in); got != c.want {
			t.Errorf("isFurnitureText(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
