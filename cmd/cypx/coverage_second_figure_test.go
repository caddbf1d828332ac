package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A story's second figure that the report it covers never states ("up
// from 31% the year before") is cited to the story alone wherever it is
// cited by itself (the figures table's row, another item's warning), and
// the quote's note says so on every path that gives the note. Before
// (hostile check 70, G19), the figures table cited it to the report and
// no note was given, the headline being the report's.
func TestCoverageSecondFigureTheReportNeverStates(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("CYPX_HOME", filepath.Join(dir, "home"))
	corpus := filepath.Join(dir, "corpus")
	if err := os.MkdirAll(filepath.Join(corpus, "sources"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"review.md": "---\ntitle: Community paediatric waits in Ashcombe\npublisher: Ashcombe Health Partnership\ndate: 2025-04-01\ntype: report\n---\nIn Ashcombe, 36% of children referred to community paediatrics waited more than 18 weeks in 2024/25.\n",
		"story.md":  "---\ntitle: Paediatric waits grow in Ashcombe\npublisher: Ashcombe Echo\ndate: 2025-04-03\ntype: news\nabout: review\n---\nIn Ashcombe, 36% of children referred to community paediatrics waited more than 18 weeks in 2024/25, up from 31% the year before, the partnership's review found.\n",
	} {
		if err := os.WriteFile(filepath.Join(corpus, "sources", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, stderr, code := cli(t, "figures", "--corpus", corpus, "paediatrics")
	if code != 0 {
		t.Fatalf("figures: exit %d %q", code, stderr)
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "31%") && !strings.HasSuffix(strings.TrimSpace(l), "(Ashcombe Echo, 2025)") {
			t.Errorf("the story's 31%% row: %q", l)
		}
		if strings.Contains(l, "Ashcombe Echo") && strings.Contains(l, "36%") && !strings.Contains(l, "(Ashcombe Health Partnership, 2025; reported by Ashcombe Echo, 2025)") {
			t.Errorf("the story's 36%% row: %q", l)
		}
	}
	if !strings.Contains(out, "31%") {
		t.Errorf("no row of the 31%%: %s", out)
	}
	items, _, _ := cli(t, "items", "--corpus", corpus, "--source", "story", "--format", "json")
	var its []struct{ ID string }
	if err := json.Unmarshal([]byte(items), &its); err != nil || len(its) != 1 {
		t.Fatalf("%v %s", err, items)
	}
	show, _, _ := cli(t, "show", "--corpus", corpus, its[0].ID)
	if !strings.Contains(show, "the figure 31% is cited to Ashcombe Echo, 2025 alone: Ashcombe Health Partnership, 2025 was not seen to state it") {
		t.Errorf("show: no note of the 31%%:\n%s", show)
	}
}
