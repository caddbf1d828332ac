package library

import (
	"strings"
	"testing"
)

// TestConsentAndReleaseLines: a consent banner's "We and our partners
// store ..." and a statistics release's "Pre-release access list" line
// are furniture on their own; sentences about partners sharing data, or
// about access to services before release, are not.
func TestConsentAndReleaseLines(t *testing.T) {
	for _, s := range []string{
		"We and our partners store and access information on your device, such as cookies",
		"We and our 212 partners use data for personalised ads and content",
		"Pre-release access list for the national dental survey of 12-year-olds 2025",
		"Pre-release access arrangements",
	} {
		if !furnitureLineRe.MatchString(s) {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"We and our partners in the ICB store children's records in one system since April.",
		"Pre-release checks found that 12% of records were missing an NHS number.",
	} {
		if furnitureLineRe.MatchString(s) {
			t.Errorf("%q taken for furniture", s)
		}
	}
}

// TestBackgroundPapersAreBackMatter: a committee report's "Background
// papers" list names documents, in a PDF or on a page; a section on the
// background to a service is text.
func TestBackgroundPapersAreBackMatter(t *testing.T) {
	for _, h := range []string{"7. Background papers", "Background papers", "List of background papers", "Background documents"} {
		if !backMatter(h) {
			t.Errorf("PDF heading %q: not back matter", h)
		}
	}
	for _, h := range []string{"Background papers", "Background documents"} {
		if !furnitureHeadingRe.MatchString(h) {
			t.Errorf("web heading %q: not furniture", h)
		}
	}
	for _, h := range []string{"Background", "2. Background to the review", "Background and context"} {
		if backMatter(h) || furnitureHeadingRe.MatchString(h) {
			t.Errorf("heading %q taken for back matter", h)
		}
	}
}

// TestConsentBannerWithAVersionInItsClass: a consent manager's banner
// whose class words carry a version number ("qc-cmp2-container") goes, as
// "cmp" alone does; an article whose class has a number stays.
func TestConsentBannerWithAVersionInItsClass(t *testing.T) {
	page := `<html><head><title>Referrals rise</title><meta property="og:site_name" content="Northby Echo"></head><body>
<div id="qc-cmp2-container" class="qc-cmp2-container"><div class="qc-cmp2-summary-section"><h2>Your privacy</h2><p class="qc-cmp2-summary-info">Our site and its partners keep and read details on your device, such as identifiers, to show you personalised content.</p></div></div>
<main><article class="story2-body"><h1>Referrals rise</h1>
<p>Referrals to the children's eating disorder service rose by a third last year, the trust said.</p>
<p>Families waited an average of 14 weeks for a first appointment, up from nine weeks the year before.</p>
</article></main></body></html>`
	body := importedBody(t, page)
	if strings.Contains(body, "personalised content") {
		t.Errorf("consent banner kept:\n%s", body)
	}
	for _, kept := range []string{"rose by a third", "14 weeks"} {
		if !strings.Contains(body, kept) {
			t.Errorf("%q lost:\n%s", kept, body)
		}
	}
}
