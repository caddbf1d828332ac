package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestACoverRowsFindingIsAStatistic: a board paper's cover row whose value
// reports a finding after the part placing the paper ("Quality Committee
// (4 November), which noted that 64% ...", "BAF 2.1: 1,240 children ...")
// gives that finding alone as a statistic; a row placing the paper alone
// and a cover line naming an objective stay furniture.
func TestACoverRowsFindingIsAStatistic(t *testing.T) {
	body := "| Item | Detail |\n|---|---|\n" +
		"| Previously considered by | Quality Committee (4 November), which noted that 64% of children were seen within 18 weeks |\n" +
		"| Board assurance framework risk | BAF 2.1: 1,240 children in Kingsmere have waited more than 52 weeks |\n" +
		"| Previously considered by | Children's Programme Board, 8 December 2025 |\n" +
		"| Link to strategic objectives | SO1 Outstanding care |\n\n" +
		"Link to strategic objectives Reduce the longest waits for children to under 18 weeks by March 2026.\n\n" +
		"Referrals to the service rose by 12% in a year, to 1,450.\n"
	items := extract.Extract(parseBody(t, "Kingsmere Trust", body))
	want := map[string]bool{"64% of children were seen within 18 weeks": false, "1,240 children in Kingsmere have waited more than 52 weeks": false}
	for _, it := range items {
		if _, ok := want[it.Text]; ok && it.Kind == "statistic" {
			want[it.Text] = true
		}
		for _, w := range []string{"Quality Committee", "BAF", "Programme Board", "SO1", "strategic objectives"} {
			if strings.Contains(it.Text, w) {
				t.Errorf("a cover row's placing part is an item (%s): %q", it.Kind, it.Text)
			}
		}
	}
	for text, found := range want {
		if !found {
			t.Errorf("no statistic %q: %v", text, items)
		}
	}
}
