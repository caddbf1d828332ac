package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFigureValuesReadThroughInvisiblesCLI: a source whose numbers hold
// invisible characters (a zero-width space, a soft hyphen), no-break
// spaces and a minus sign. `cypx items` stores each figure's value read
// through them, its text the span as written inside the item's exact
// text, and `cypx cite --format figure` copies the number a reader sees.
// Before (hostile check 52): 4\u200b0% was stored as 0%, 1\u00ad200 children
// as 200 (down from 900), £2.5\u00a0million as £2.5 and "changed by -12%"
// as 12%.
func TestFigureValuesReadThroughInvisiblesCLI(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	text := "---\ntitle: Alpha\npublisher: Alpha Trust\ndate: 2024-05-01\ntype: report\n---\n\n" +
		"In 2024, 4\u200b0% of young people waited over a year for a mental health bed.\n\n" +
		"The service saw 1\u00ad200 children in 2024, up from 900 in 2023.\n\n" +
		"In 2024, the council spent £2.5\u00a0million on speech and language therapy for children.\n\n" +
		"In 2024, referrals to CAMHS changed by -12% on the year before.\n"
	os.WriteFile(filepath.Join(dir, "sources", "a.md"), []byte(text), 0o644)
	out, stderr, code := cli(t, "--corpus", dir, "items", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var items []struct {
		ID      string `json:"id"`
		Text    string `json:"text"`
		Figures []struct {
			Text   string  `json:"text"`
			Value  float64 `json:"value"`
			Offset int     `json:"offset"`
			Change string  `json:"change"`
		} `json:"figures"`
	}
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	want := map[string]float64{"4\u200b0%": 40, "1\u00ad200 children": 1200, "£2.5\u00a0million": 2.5e6, "-12%": -12}
	ids := map[string]string{}
	for _, it := range items {
		if !strings.Contains(text, it.Text) {
			t.Errorf("item text %q is not the source's", it.Text)
		}
		for _, f := range it.Figures {
			if it.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
				t.Errorf("figure %q is not the item's text at %d", f.Text, f.Offset)
			}
			if v, ok := want[f.Text]; ok {
				if f.Value != v {
					t.Errorf("figure %q: value %g, want %g", f.Text, f.Value, v)
				}
				if v == 1200 && !strings.HasPrefix(f.Change, "up") {
					t.Errorf("figure %q: change %q, want up from 900", f.Text, f.Change)
				}
				ids[f.Text] = it.ID
				delete(want, f.Text)
			}
		}
	}
	for w := range want {
		t.Errorf("no figure %q stored (items: %+v)", w, items)
	}
	if id := ids["4\u200b0%"]; id != "" {
		out, stderr, code := cli(t, "--corpus", dir, "cite", id, "--format", "figure")
		if code != 0 || !strings.HasPrefix(out, "40% (Alpha Trust, 2024)") {
			t.Errorf("cite --format figure: exit %d, %q (%s), want 40%% (Alpha Trust, 2024)", code, out, stderr)
		}
	}
}
