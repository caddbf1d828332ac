package library

import "testing"

// TestADatedTitlePartNamesNoSite checks the site's name read from the end
// of a page's <title> when a date stands between it and the platform, as
// Medium writes its titles ("TITLE | by AUTHOR | PUBLICATION | Sep, 2026 |
// Medium"): the publication is the site, never the date. A site's name
// holding a year ("Class of 2026 Trust") is still a name.
func TestADatedTitlePartNamesNoSite(t *testing.T) {
	const title = "The list that only grows"
	for _, c := range []struct{ docTitle, want string }{
		{title + " | by Dara Pellerin | Small Print Health | Sep, 2026 | Medium", "Small Print Health"},
		{title + " | Small Print Health | 14 September 2026 | Medium", "Small Print Health"},
		{title + " | Small Print Health | September 14, 2026", "Small Print Health"},
		{title + " | Class of 2026 Trust", "Class of 2026 Trust"},
		{title + " | Small Print Health | Medium", "Small Print Health"},
	} {
		if got := titleSuffix(c.docTitle, title); got != c.want {
			t.Errorf("titleSuffix(%q) = %q, want %q", c.docTitle, got, c.want)
		}
	}
}
