package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Coverage of a paginated report cites the report's page that states the
// figure and its own page, in every style and format: "(Kent County
// Council, 2025, p. 12; reported by Brown, 2025, p. 3)". Before (hostile
// check 69, F13), both pages were left out, where an item of either source
// alone cites its page; a figure the report was not seen to state cites
// the coverage alone, with its own page.
func TestCoverageCitesThePrimarysPageAndItsOwn(t *testing.T) {
	home := filepath.Join(t.TempDir(), "home")
	t.Setenv("CYPX_HOME", home)
	sources := filepath.Join(home, "data", "library", "sources")
	if err := os.MkdirAll(sources, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"kcc-2025-waits.md":      "---\ntitle: Children's community health waits in Kent\npublisher: Kent County Council\ndate: 2025-02-01\ntype: report\n---\n<!-- page 11 -->\n\n## Waits\n\nThe service and its history in the county are described first.\n\n<!-- page 12 -->\n\nIn 2023/24, 64% of children in Kent were seen within 18 weeks for a community paediatric appointment.\n",
		"kentnews-2025-waits.md": "---\ntitle: Kent children wait longer for paediatric care\npublisher: Kent Gazette\nauthor: Tom Brown\ndate: 2025-03-01\ntype: news\nabout: kcc-2025-waits\n---\n<!-- page 2 -->\n\nParents told the paper about long waits for appointments.\n\n<!-- page 3 -->\n\nIn 2023/24, 64% of children in Kent were seen within 18 weeks for a community paediatric appointment, the council's report says.\n\nIn 2024, 1,150 children in Kent were waiting for a first appointment, the paper found.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(sources, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, stderr, code := cli(t, "items", "--source", "kentnews-2025-waits", "--format", "json")
	if code != 0 {
		t.Fatalf("items: exit %d %q", code, stderr)
	}
	var items []struct{ ID, Text string }
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{}
	for _, it := range items {
		switch {
		case strings.Contains(it.Text, "64%"):
			ids["stated"] = it.ID
		case strings.Contains(it.Text, "1,150"):
			ids["own"] = it.ID
		}
	}
	if !strings.Contains(out, `"citation": "Kent County Council (2025, p. 12), reported by Brown (2025, p. 3)"`) {
		t.Errorf("JSON citation: %s", out)
	}
	for _, c := range []struct{ style, format, want string }{
		{"harvard", "plain", "(Kent County Council, 2025, p. 12; reported by Brown, 2025, p. 3)"},
		{"harvard", "figure", "64% (Kent County Council, 2025, p. 12; reported by Brown, 2025, p. 3)"},
		{"apa", "plain", "(Kent County Council, 2025, p. 12; reported by Brown, 2025, p. 3)"},
		{"vancouver", "plain", "(1, p. 12; reported by 2, p. 3)"},
		{"footnotes", "plain", "(Kent County Council, 2025), p. 12; reported by Tom Brown"},
		{"footnotes", "plain", "1 March 2025, p. 3."},
	} {
		got, stderr, code := cli(t, "cite", ids["stated"], "--style", c.style, "--format", c.format)
		if code != 0 || !strings.Contains(got, c.want) {
			t.Errorf("%s %s: exit %d %q %q, want %q", c.style, c.format, code, got, stderr, c.want)
		}
	}
	got, _, _ := cli(t, "cite", ids["own"])
	if !strings.Contains(got, "(Brown, 2025, p. 3)") {
		t.Errorf("the paper's own figure: %q", got)
	}
}
