package library

import "testing"

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
