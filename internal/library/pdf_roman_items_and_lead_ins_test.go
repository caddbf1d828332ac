package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestRomanItemsTypedInAPDF: romanasks.pdf (LibreOffice, from
// romanasks.fodt) sets "NHS England should:" over items whose roman
// numbers are typed in the text, "(i) publish …", "(ii) require …", "iii.
// fund …", "iv. set …", and "The integrated care board should:" over items
// whose numbers a tab sets in a hanging indent ("iii.<tab>report …"). Each
// item is an item of its own and a recommendation of the body its lead-in
// names, numbered as the page numbers it. Written for this test. Before,
// "iii." and "iv." with a full stop were no marker: "iii. fund …" ran on
// in the item before it, so NHS England's iii and iv, and the ICB's iii,
// were lost.
func TestRomanItemsTypedInAPDF(t *testing.T) {
	im := importFixture(t, "romanasks.pdf")
	var got []string
	for _, it := range im.Items {
		if it.Kind != evidence.Recommendation {
			continue
		}
		var as []string
		for _, a := range it.Actors {
			as = append(as, string(a))
		}
		got = append(got, it.Number+"|"+strings.Join(as, ",")+"|"+strings.Fields(it.Text)[0])
	}
	want := []string{
		"i|NHSE|publish", "ii|NHSE|require", "iii|NHSE|fund", "iv|NHSE|set",
		"i|ICBs|open", "ii|ICBs|write", "iii|ICBs|report",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("recommendations\n%s\nwant\n%s\nbody:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), im.Body)
	}
}

// TestAsksUnderLeadInsInAPDF: leadins.pdf (LibreOffice, from
// leadins.fodt) letters findings among its recommendations and sets
// lead-ins over typed bullets: "The council must:" under "What happens
// next", "The ICB should act on each of these points:", "Recommendation 3:
// NHS England should:" and "It is time for the government to:". The
// lettered asks are recommendations lettered a and b, the lettered
// findings none; each bullet is its lead-in's body's recommendation,
// NHS England's numbered 3; no lead-in is an item, and none runs on in the
// bullet above it. Written for this test. Before, (c) and (d) were
// recommendations of no one, the council's bullets excerpts, "The ICB
// should act on each of these points:" an excerpt, and "Recommendation 3:
// NHS England should:" ran on in the ICB's last bullet, so NHS England's
// bullet was the ICB's.
func TestAsksUnderLeadInsInAPDF(t *testing.T) {
	im := importFixture(t, "leadins.pdf")
	var got []string
	for _, it := range im.Items {
		if it.Kind == evidence.Excerpt && !strings.Contains(it.Text, " told us ") && !strings.Contains(it.Text, " said ") {
			continue // the briefing's own opening
		}
		var as []string
		for _, a := range it.Actors {
			as = append(as, string(a))
		}
		got = append(got, string(it.Kind)+"|"+it.Number+"|"+strings.Join(as, ",")+"|"+it.Text)
	}
	want := []string{
		"recommendation|a|ICBs|The ICB should publish its waiting times every month.",
		"recommendation|b|Local authorities|The council must fund a named worker for every family.",
		"excerpt|||(c) Families told us they want one named contact.",
		"excerpt|||(d) Parents said the letters they receive are hard to follow.",
		"recommendation||Local authorities|publish a plan for short breaks by the end of the year",
		"recommendation||Local authorities|meet families every quarter to review the plan",
		"recommendation||ICBs|publish waiting times for every clinic each month",
		"recommendation||ICBs|fund a named worker for every family on the list",
		"recommendation|3|NHSE|set a national standard for community paediatrics",
		"recommendation||Government|restore the public health grant to its 2015 level",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items\n%s\nwant\n%s\nbody:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), im.Body)
	}
}
