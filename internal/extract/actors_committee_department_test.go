package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestAHealthCommitteesDepartmentIsAsked: in a report of the Commons
// committee that scrutinises the Department of Health and Social Care,
// "The Department should …" after the committee's conclusion in a
// numbered paragraph is an ask of DHSC, as "The Government should …" is
// an ask of the Government there; "The Department should work with NHS
// England to …" asks the Department alone. Near misses: the same paragraph in an
// education committee's report (its Department is another) asks no
// DHSC, and "The Department has published …" asks nothing.
func TestAHealthCommitteesDepartmentIsAsked(t *testing.T) {
	body := "## Conclusions and recommendations\n\n" +
		"1. Too many children wait too long for help with their speech. The Department should set a national standard for speech therapy waits by 2027. (Paragraph 12)\n\n" +
		"2. The Department has published a plan for the workforce. We welcome it. (Paragraph 15)\n\n" +
		"3. Families wait too long for a bed. The Department should work with NHS England to end placements far from home by 2028. (Paragraph 20)\n"
	read := func(publisher string) (asks []string) {
		for _, it := range extract.Extract(parseBody(t, publisher, body)) {
			if it.Kind == evidence.Recommendation {
				var as []string
				for _, a := range it.Actors {
					as = append(as, string(a))
				}
				asks = append(asks, it.Text+"|"+strings.Join(as, ","))
			}
		}
		return asks
	}
	for _, publisher := range []string{"Health and Social Care Committee", "House of Commons Health Committee"} {
		got := read(publisher)
		if len(got) != 2 || !strings.HasPrefix(got[0], "The Department should set a national standard") || !strings.HasSuffix(got[0], "|DHSC") ||
			!strings.HasPrefix(got[1], "The Department should work with NHS England") || !strings.HasSuffix(got[1], "|DHSC") {
			t.Errorf("%s: asks %q, want the Department's two, each of DHSC alone (its partner is not asked)", publisher, got)
		}
	}
	for _, r := range read("Education Committee") {
		if strings.HasSuffix(r, "DHSC") {
			t.Errorf("an education committee's Department read as DHSC: %q", r)
		}
	}
}
