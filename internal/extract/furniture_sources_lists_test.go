package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestSourcesListEntriesAreFurniture: the entries of a list under a
// "Sources", "References" or "Publications" heading cite or list works
// and data sets; none is an item, whatever years and numbers they carry. The same lines under a
// heading of findings are read as before.
func TestSourcesListEntriesAreFurniture(t *testing.T) {
	entries := "- Public Health Wessex (2024). Oral health of five-year-olds in the region: survey report.\n" +
		"- Department for Education. School census, January 2025, table 7.\n" +
		"- Marbury school nursing activity returns, April 2023 to March 2025 (unpublished).\n"
	for _, h := range []string{"Sources", "References", "Data sources", "Publications", "Further reading"} {
		body := "## Findings\n\nDecay was found in 24% of five-year-olds in the town.\n\n## " + h + "\n\n" + entries
		for _, it := range extract.Extract(parseBody(t, "Marbury Council", body)) {
			if strings.Contains(it.Text, "Wessex") || strings.Contains(it.Text, "census") || strings.Contains(it.Text, "unpublished") {
				t.Errorf("under %q: an item %q (%s)", h, it.Text, it.Kind)
			}
		}
	}
	body := "## What we found\n\n- Marbury school nursing teams saw 4,210 pupils at drop-ins between April 2023 and March 2025.\n"
	var kept bool
	for _, it := range extract.Extract(parseBody(t, "Marbury Council", body)) {
		kept = kept || strings.Contains(it.Text, "4,210")
	}
	if !kept {
		t.Errorf("a finding under a heading of findings was not kept")
	}
}
