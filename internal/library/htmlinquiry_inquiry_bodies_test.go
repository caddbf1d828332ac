package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestInquiryPagePublishedByItsCommittee: an inquiry page on a house's
// site, whose description says which committee holds the inquiry
// ("Inquiry by the Education Committee into ..."), is published by that
// committee, not the site (og:site_name). A description naming no body
// leaves the site's name.
func TestInquiryPagePublishedByItsCommittee(t *testing.T) {
	page := func(desc string) string {
		return `<!DOCTYPE html><html><head><title>School nursing - Committees - Example Parliament</title>
<meta name="description" content="` + desc + `">
<meta property="og:site_name" content="Example Parliament">
<meta property="og:title" content="School nursing"></head><body><main>
<h1>School nursing</h1>
<p>The inquiry will look at how many pupils can see a school nurse, and how long they wait.</p>
<p>Fewer than half of secondary schools now have a named school nurse, the committee heard.</p>
</main></body></html>`
	}
	for desc, want := range map[string]string{
		"Inquiry by the Education and Skills Committee into school nursing.": "Education and Skills Committee",
		"An inquiry into school nursing.":                                    "Example Parliament",
	} {
		im, err := library.Import(write(t, "inquiry.html", []byte(page(desc))), library.Meta{Type: "web-page", Date: "2026-05"})
		if err != nil {
			t.Fatal(err)
		}
		if im.Source.Publisher != want {
			t.Errorf("%q: publisher %q, want %q", desc, im.Source.Publisher, want)
		}
	}
}
