package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestAnAsksTrailingAddressAndPointerAreNoWordsOfIt: a campaign's web
// address after its ask ("... back our campaign: northbyaction.org.uk/waits")
// and a pointer to the glossary after a guideline's recommendation ("See
// the section on terms used in this guideline.") are cut from the
// recommendation. An address inside the ask's sentence and a second
// sentence of the ask stay.
func TestAnAsksTrailingAddressAndPointerAreNoWordsOfIt(t *testing.T) {
	body := "## What needs to change\n\n- The council should publish waiting times for every therapy each month.\n- Schools should name a member of staff families can ask about referrals.\n\nSend this leaflet to your councillor and ask them to sign our Fair Waits pledge: northbyaction.org.uk/fairwaits\n\n" +
		"## Recommendations\n\n1.2.3 Offer every family on the waiting list a named key worker they can call on weekdays. See the section on terms used in this guideline.\n\n" +
		"1.2.4 Publish waiting times for each clinic at northby.nhs.uk/waits every month.\n\n" +
		"1.2.5 Tell families how long they are likely to wait. Update them if the wait changes.\n"
	var recs []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if it.Kind == evidence.Recommendation {
			recs = append(recs, strings.TrimSpace(it.Text))
		}
	}
	all := strings.Join(recs, "\n")
	for _, bad := range []string{"northbyaction.org.uk", "See the section on terms"} {
		if strings.Contains(all, bad) {
			t.Errorf("%q in a recommendation; recommendations:\n%s", bad, all)
		}
	}
	for _, keep := range []string{
		"Send this leaflet to your councillor and ask them to sign our Fair Waits pledge\n",
		"Offer every family on the waiting list a named key worker they can call on weekdays.\n",
		"Publish waiting times for each clinic at northby.nhs.uk/waits every month.",
		"Update them if the wait changes.",
	} {
		if !strings.Contains(all+"\n", keep) {
			t.Errorf("%q not in a recommendation; recommendations:\n%s", keep, all)
		}
	}
}
