package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// The third item of a lettered list, "(c) Families told us ...", was read
// as a copyright notice ("(c)" and a capital) and dropped as page
// furniture, so a lettered list lost its third item (an ask was kept only
// because asks are never furniture); a notice, "(c) Brackley Borough
// Council 2025" or "(c) 2025 Westmere Council", is still none.
func TestLetteredItemCIsNoCopyrightNotice(t *testing.T) {
	for _, c := range []struct {
		in   string
		want evidence.Kind
	}{
		{"(c) Families told us the waits were hardest to bear in the school holidays.", evidence.Excerpt},
		// Under "Recommendations", the trust's "must" asks it (TestMustUnderRecommendationsAsks).
		{"(c) The trust must publish its waiting times for autism assessments every quarter.", evidence.Recommendation},
		{"(c) The trust should publish its waiting times for autism assessments every quarter.", evidence.Recommendation},
		{"(c) The ICB should commission an all-age autism assessment service by April 2026.", evidence.Recommendation},
		{"(c) Brackley Borough Council 2025.", ""},
		{"(c) Brackley Borough Council, 2025. You may re-use this text under the Open Government Licence.", ""},
		{"(c) 2025 Westmere Council.", ""},
		{"(c) Westmere Borough Council.", ""},
	} {
		body := "## Recommendations\n\n(a) The ICB should fund two extra clinics in the east of the borough.\n\n(b) Schools should be given guidance on supporting children while they wait.\n\n" + c.in + "\n"
		var got evidence.Kind
		for _, it := range extract.Extract(parseBody(t, "Westmere ICB", body)) {
			if strings.Contains(c.in, it.Text) || strings.Contains(it.Text, strings.TrimPrefix(c.in, "(c) ")) {
				got = it.Kind
			}
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}
