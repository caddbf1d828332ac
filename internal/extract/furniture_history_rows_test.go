package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAPapersHistoryRowIsFurniture: a committee system's table of where
// a decision went, a date beside each step ("| 14/09/2025 | Considered by
// Families and Schools Overview Committee |"), is no excerpt. Before, the
// step's words were long enough to be quoted. A row whose cell says what
// was found or asked stays.
func TestAPapersHistoryRowIsFurniture(t *testing.T) {
	body := "## Issue history\n\n| Date | Event |\n|---|---|\n" +
		"| 14/09/2025 | Considered by Families and Schools Overview and Scrutiny Committee |\n" +
		"| 2 October 2025 | Presented to Northby Health and Wellbeing Board |\n" +
		"| 30/10/2025 | The committee asked for waiting figures for every school nursing team each quarter |\n" +
		"| 06/11/2025 | Considered by the committee, which found that families were not told how long they would wait |\n"
	var texts []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		texts = append(texts, strings.TrimSpace(it.Text))
	}
	all := strings.Join(texts, "\n")
	for _, bad := range []string{"Considered by Families", "Presented to Northby"} {
		if strings.Contains(all, bad) {
			t.Errorf("%q in an item; items:\n%s", bad, all)
		}
	}
	for _, keep := range []string{"asked for waiting figures", "families were not told"} {
		if !strings.Contains(all, keep) {
			t.Errorf("%q not in an item; items:\n%s", keep, all)
		}
	}
}
