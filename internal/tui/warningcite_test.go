package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestWarningCitesAsTheItemsAreCited: the warning beside a finding that
// other sources contradict cites them as they are cited everywhere else,
// in the configured style: a story repeating a report by the report first,
// a report with its page (the page of the report a story's figure is
// stated on too), APA's "&". Before, the detail pane said "10–15%
// (Reporter, 2024)" of the story, and named authors "Smith and Doe" in
// APA, where the copy and `cypx cite` said "(Smith & Doe, 2024; reported by
// Reporter, 2024)".
func TestWarningCitesAsTheItemsAreCited(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	for name, body := range map[string]string{
		"acme-a.md": "---\ntitle: Waiting for help\npublisher: Acme Trust\nauthor: Jane Smith and John Doe\ndate: 2024-03-01\ntype: report\n---\n<!-- page 4 -->\nIn 2023, between 10 and 15 per cent of children waited more than 18 weeks for CAMHS.\n",
		"beta.md":   "---\ntitle: Second look at waiting\npublisher: Beta Trust\ndate: 2024-09-01\ntype: report\n---\nIn 2023, 45% of children waited more than 18 weeks for CAMHS assessments.\n",
		"news-a.md": "---\ntitle: Children wait too long\npublisher: News Corp\nauthor: Ann Reporter\ndate: 2024-03-05\ntype: news\nabout: acme-a\n---\nThe Acme Trust found that between 10 and 15 per cent of children waited more than 18 weeks for CAMHS in 2023.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, "sources", name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	opts := corpusOptions(t, dir)
	opts.Style = evidence.APA
	d := start(t, 200, 40, opts)
	d.keys(strings.Split("source:beta", "")...)
	d.keys("enter")
	if it, ok := d.model().Selected(); !ok || it.Source.ID != "beta" {
		t.Fatalf("selected %+v", it)
	}
	d.keys("f")
	s := strings.Join(strings.Fields(d.screen()), " ")
	for _, want := range []string{"10–15% (Smith & Doe, 2024, p. 4)", "10–15% (Smith & Doe, 2024, p. 4; reported by Reporter, 2024)"} {
		if !strings.Contains(s, want) {
			t.Errorf("the warning lacks %q:\n%s", want, d.screen())
		}
	}
}
