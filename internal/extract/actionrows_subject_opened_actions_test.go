package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestActionRowsOpenedByTheirBodyAsk: an action table's action that opens
// with who is to do it ("Ashby to recruit …", "Both trusts to complete …",
// "Both providers should apply …") asks that body, as a bare imperative
// does; an owner cell naming a role in a trust ("Trust medical
// directors") names the trusts. An action opening with a subject that is
// neither a body the vocabulary knows nor the owner by its short name
// ("Children's wards to take over …", owned by a trust: what will
// happen), a row whose owner is a role placed nowhere, and a finding stay
// excerpts. Before (held-out set 89), the three
// rows were excerpts and only the imperative row asked.
func TestActionRowsOpenedByTheirBodyAsk(t *testing.T) {
	body := "## Actions for approval\n\n| Action | Owner | By when |\n|---|---|---|\n" +
		"| Both trusts to finish the review of every hearing test since 2019 | Trust medical directors | 30 June 2026 |\n" +
		"| Ashby to recruit to the two vacant audiologist posts and report monthly | Ashby Community Health NHS Trust | 30 September 2026 |\n" +
		"| Both providers should apply for national accreditation of their services | Provider chief executives | 31 March 2027 |\n" +
		"| Waiting times fell to 9 weeks in the last quarter of the year | Performance lead | n/a |\n" +
		"| Ashby volunteers to staff the family drop-in on Saturdays | Volunteer coordinator | May 2026 |\n" +
		"| Children's wards to take over routine physical checks for young people awaiting assessment | Ashby Hospitals NHS Trust | January 2026 |\n"
	recs := map[string][]evidence.Actor{}
	for _, it := range extract.Extract(parseBody(t, "NHS Kentwood Integrated Care Board", body)) {
		if it.Kind == evidence.Recommendation {
			recs[strings.Fields(it.Text)[0]+" "+strings.Fields(it.Text)[1]] = it.Actors
		}
	}
	for _, k := range []string{"Both trusts", "Ashby to", "Both providers"} {
		if a, ok := recs[k]; !ok || !slices.Equal(a, []evidence.Actor{evidence.Trusts}) {
			t.Errorf("%q: recommendation %v with actors %v, want one asking Trusts (all: %v)", k, ok, a, recs)
		}
	}
	for _, k := range []string{"Waiting times", "Ashby volunteers", "Children's wards"} {
		if _, ok := recs[k]; ok {
			t.Errorf("%q read as a recommendation", k)
		}
	}
}
