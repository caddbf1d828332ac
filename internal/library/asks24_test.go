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
