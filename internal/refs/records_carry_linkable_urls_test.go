package refs_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/refs"
)

// TestRecordsCarryOnlyLinkableURLs: a reference manager shows a record's
// URL as a link, so RIS, BibTeX and CSL JSON write a source's URL only
// where every other link cypx writes would link it (evidence.LinkURL):
// a "javascript:" or "data:" URL, or one with a user and password before
// its host, is left out with its accessed date; an http(s) URL is
// written encoded as before.
func TestRecordsCarryOnlyLinkableURLs(t *testing.T) {
	accessed := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	for _, u := range []string{"javascript:alert(1)", "data:text/html,<b>x</b>", "https://user:pw@ex.example/x", "JAVASCRIPT:alert(1)"} {
		s := evidence.Source{ID: "s", Title: "Waits", Publisher: "NHS England", Type: evidence.WebPage, URL: u,
			Date: evidence.Date{Year: 2024}}
		for _, f := range []refs.Format{refs.RIS, refs.BibTeX, refs.CSLJSON} {
			text, err := refs.Write(f, []evidence.Source{s}, accessed)
			if err != nil {
				t.Fatal(err)
			}
			low := strings.ToLower(text)
			for _, bad := range []string{"javascript", "data:", "user:pw", "ur  -", "url =", `"url"`, "urldate", "y2  -", "accessed"} {
				if strings.Contains(low, bad) {
					t.Errorf("%s record of %q holds %q:\n%s", f, u, bad, text)
				}
			}
		}
	}
	s := evidence.Source{ID: "s", Title: "Waits", Publisher: "NHS England", Type: evidence.WebPage, URL: "https://www.england.nhs.uk/a b",
		Date: evidence.Date{Year: 2024}}
	for f, want := range map[refs.Format]string{refs.RIS: "UR  - https://www.england.nhs.uk/a%20b", refs.BibTeX: "url = {https://www.england.nhs.uk/a%20b}", refs.CSLJSON: `"URL": "https://www.england.nhs.uk/a%20b"`} {
		if text, _ := refs.Write(f, []evidence.Source{s}, accessed); !strings.Contains(text, want) {
			t.Errorf("%s record of an https URL lacks %q:\n%s", f, want, text)
		}
	}
}
