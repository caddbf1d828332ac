package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestLinkedViewCitesAsOneDocument: the side-by-side view (l) cites its
// items as each is copied and cited: a news story by the report it covers
// first, in its pane and in a link's reason alike, and in the configured
// style. It gives no year letters (2024a): a letter points into a
// reference list, which the view has not, and c copies an item alone.
// Before, the story's reason said "(Reporter, 2024)", and the view was
// Harvard's whatever the style.
func TestLinkedViewCitesAsOneDocument(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	for name, body := range map[string]string{
		"acme-a.md": "---\ntitle: Waiting for help\npublisher: Acme Trust\ndate: 2024-03-01\ntype: report\n---\nIn 2023, between 10 and 15 per cent of children waited more than 18 weeks for CAMHS.\n",
		"acme-c.md": "---\ntitle: Another look at waiting\npublisher: Acme Trust\ndate: 2024-06-01\ntype: report\n---\nIn 2023, 20% of children waited more than 18 weeks for CAMHS.\n",
		"beta.md":   "---\ntitle: Second look at waiting\npublisher: Beta Trust\ndate: 2024-09-01\ntype: report\n---\nIn 2023, 45% of children waited more than 18 weeks for CAMHS assessments.\n",
		"news-a.md": "---\ntitle: Children wait too long\npublisher: News Corp\nauthor: Ann Reporter\ndate: 2024-03-05\ntype: news\nabout: acme-a\n---\nThe Acme Trust found that between 10 and 15 per cent of children waited more than 18 weeks for CAMHS in 2023.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, "sources", name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d := start(t, 200, 50, corpusOptions(t, dir))
	d.keys(strings.Split("source:beta", "")...)
	d.keys("enter")
	if it, ok := d.model().Selected(); !ok || it.Source.ID != "beta" {
		t.Fatalf("selected %+v", it)
	}
	d.keys("l")
	var all strings.Builder
	for range 8 {
		all.WriteString(strings.Join(strings.Fields(d.screen()), " ") + "\n")
		d.keys("tab")
	}
	s := all.String()
	for _, want := range []string{
		"another value: 20% (Acme Trust, 2024) against 45% (Beta Trust, 2024)",
		"another value: 10–15% (Acme Trust, 2024) against 45%",
		"another value: 10–15% (Acme Trust, 2024; reported by Reporter, 2024) against 45%",
		"Cite: (Acme Trust, 2024)",
		"Cite: (Acme Trust, 2024; reported by Reporter, 2024)",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the linked view lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "2024a") || strings.Contains(s, "(Reporter, 2024)") {
		t.Errorf("the linked view cites a work otherwise than its citation:\n%s", s)
	}

	// In the configured style: APA's "&", where the view was Harvard's.
	os.WriteFile(filepath.Join(dir, "sources", "beta.md"), []byte("---\ntitle: Second look at waiting\npublisher: Beta Trust\nauthor: Jane Smith and John Doe\ndate: 2024-09-01\ntype: report\n---\nIn 2023, 45% of children waited more than 18 weeks for CAMHS assessments.\n"), 0o644)
	opts := corpusOptions(t, dir)
	opts.Style = evidence.APA
	d = start(t, 200, 50, opts)
	d.keys(strings.Split("source:beta", "")...)
	d.keys("enter", "l")
	if s := strings.Join(strings.Fields(d.screen()), " "); !strings.Contains(s, "Cite: (Smith & Doe, 2024)") || !strings.Contains(s, "against 45% (Smith & Doe, 2024)") {
		t.Errorf("the linked view is not in APA:\n%s", s)
	}
}
