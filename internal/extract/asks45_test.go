package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestGuidelineNumberedSubsections: a guideline page's numbered
// recommendations ("1.1.2 Give every ...") under numbered subsections
// ("1.2 Early support") that an import set at the level of the
// "Recommendations" heading stay recommendations, each with its number,
// the imperatives too; a heading that is not numbered as a subsection
// ends them (set 45 spent). Every sentence is written for this test.
func TestGuidelineNumberedSubsections(t *testing.T) {
	body := "## Recommendations\n\n## 1.1 Keeping in touch\n\n" +
		"1.1.1 Tell families how long the wait for a first appointment is likely to be.\n\n" +
		"1.1.2 Give each family a named worker they can call during office hours.\n\n" +
		"## 1.2 Support while waiting\n\n" +
		"1.2.1 Speech and language services should offer a drop-in session to every family on the list.\n\n" +
		"## Terms used here\n\n" +
		"1.3.1 Ask the family what works best for them before each visit.\n"
	doc := parseTyped(t, "guidance", body)
	got := map[string]string{}
	for _, it := range extract.Extract(doc) {
		if it.Kind == evidence.Recommendation {
			got[it.Text[:12]] = it.Number
		}
	}
	for key, num := range map[string]string{"Tell familie": "1.1.1", "Give each fa": "1.1.2", "Speech and l": "1.2.1"} {
		if n, ok := got[key]; !ok || n != num {
			t.Errorf("%q: recommendation %v, number %q, want %q (got %v)", key, ok, n, num, got)
		}
	}
	if _, ok := got["Ask the fami"]; ok {
		t.Errorf("an item under a heading that ends the recommendations read as one: %v", got)
	}
}
