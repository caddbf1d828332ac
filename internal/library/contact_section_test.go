package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestContactSectionWithAFindingIsKept: a "Contact us" section of a
// service page that holds a finding keeps its heading and the finding (its
// contact sentences go one by one in extraction); one that only gives
// contacts goes whole. Written for this test.
func TestContactSectionWithAFindingIsKept(t *testing.T) {
	article := `<main><h1>Speech and language therapy</h1>` +
		`<p>Our therapists support children with speech, language and communication needs in nurseries, schools and clinics.</p>` +
		`<h2>How we are doing</h2><p>In 2024, 61% of children referred were seen within 18 weeks of their referral.</p>`
	for name, c := range map[string]struct {
		section string
		kept    bool
	}{
		"with a finding": {`<h2>Contact us</h2><p>You can contact the therapy team on 01632 960 331, Monday to Friday.</p>` +
			`<p>Parents told us the advice line was hard to get through to during the school holidays.</p>`, true},
		"contacts alone": {`<h2>Contact us</h2><p>You can contact the therapy team on 01632 960 331, Monday to Friday.</p>` +
			`<p>Email: slt.admin@nhs.example.net</p>`, false},
		"get in touch with a finding": {`<h2>Get in touch</h2><p>Families said the referral form was too long and asked for help in their own language.</p>` +
			`<p>Write to us at Orchard House, Station Road, Eastfold EF3 8PL.</p>`, true},
	} {
		t.Run(name, func(t *testing.T) {
			page := `<!DOCTYPE html><html><head><title>Speech and language therapy</title><meta property="og:site_name" content="Eastfold Community Health NHS Trust"></head><body>` +
				article + c.section + `</main></body></html>`
			im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "web-page", Date: "2025"})
			if err != nil {
				t.Fatal(err)
			}
			heading := strings.Contains(im.Body, "## Contact us") || strings.Contains(im.Body, "## Get in touch")
			if heading != c.kept {
				t.Errorf("contact heading kept = %v, want %v:\n%s", heading, c.kept, im.Body)
			}
			if c.kept && !strings.Contains(im.Body, "said the") && !strings.Contains(im.Body, "told us") {
				t.Errorf("finding under the contact heading lost:\n%s", im.Body)
			}
			if !strings.Contains(im.Body, "61% of children referred") {
				t.Errorf("article lost:\n%s", im.Body)
			}
		})
	}
}
