package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// A board paper's lead-in that asks the board to note something first and
// then to approve the list under it ("The Board is asked to note the
// update in this report, and to approve:") announces the list: it is no
// excerpt, and each item is the publisher's body's to act on, with those
// it acts with. Before, the lead-in was an excerpt and the items named
// only the other bodies, or none.
func TestBoardLeadInNotingThenApprovingAnnouncesItsList(t *testing.T) {
	for _, lead := range []string{
		"The Board is asked to note the update in this report, and to approve:",
		"Members are invited to note the risks described above and to agree:",
		"The Board is asked to approve:",
	} {
		body := "## Decisions\n\n" + lead + "\n\n- funding of £180,000 in 2025/26 for a second eating disorders team;\n- a joint audit with Dunmore County Council of short breaks, reporting by May 2026.\n"
		var got []string
		for _, it := range extract.Extract(parseBody(t, "Dunmore Community Health NHS Trust", body)) {
			if it.Kind != evidence.Recommendation {
				if strings.Contains(it.Text, "invited to note") || strings.Contains(it.Text, "asked to note") {
					t.Errorf("lead-in made an item (%s): %q", it.Kind, it.Text)
				}
				continue
			}
			var as []string
			for _, a := range it.Actors {
				as = append(as, string(a))
			}
			sort.Strings(as)
			got = append(got, it.Text+"|"+strings.Join(as, ","))
		}
		want := []string{
			"funding of £180,000 in 2025/26 for a second eating disorders team;|Trusts",
			"a joint audit with Dunmore County Council of short breaks, reporting by May 2026.|Local authorities,Trusts",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("under %q:\n%s\nwant:\n%s", lead, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
