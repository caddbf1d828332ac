package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tableCorpus writes two sources whose referrals are given only in
// tables: no row says "referrals", its header does.
func tableCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	files := map[string]string{
		"trust.md": "---\ntitle: Children's mental health referrals by region\npublisher: Example Health Trust\ndate: 2024-05-01\ntype: report\n---\n\n# Referrals by region\n\n" +
			"| Region | Referrals 2023 | Referrals 2024 |\n| --- | --- | --- |\n| North | 1,200 | 1,300 |\n| South East | 900 | 1,010 |\n| London | 1,500 | 1,720 |\n",
		"news.md": "---\ntitle: Regional referral figures\npublisher: Example News\ndate: 2024-06-10\ntype: news\n---\n\n# Regional picture\n\n" +
			"| Region | Referrals 2024 |\n| --- | --- |\n| North | 1,300 |\n| London | 1,700 |\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, "sources", name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestSearchFindsATableRowByItsHeader: `cypx search referrals` finds the
// rows of a table headed "Referrals 2023", whose own text is only a
// region and numbers. Before, it found nothing.
func TestSearchFindsATableRowByItsHeader(t *testing.T) {
	dir := tableCorpus(t)
	out, stderr, code := cli(t, "--corpus", dir, "search", "referrals", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		Total int `json:"total"`
		Items []struct {
			Text string `json:"text"`
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	var north bool
	for _, it := range res.Items {
		north = north || it.Text == "| North | 1,200 | 1,300 |"
	}
	if res.Total != 5 || !north {
		t.Errorf("search referrals found %d items, want the 5 rows of both tables:\n%s", res.Total, out)
	}
	text, _, _ := cli(t, "--corpus", dir, "search", "north", "referrals")
	if !strings.Contains(text, "| North | 1,200 | 1,300 |") {
		t.Errorf("search north referrals misses the North row:\n%s", text)
	}
}

// TestFiguresFindATableByItsHeader: `cypx figures referrals` gives the
// group of the tables' referrals, stated by both sources. Before: "No
// measure is stated by two sources".
func TestFiguresFindATableByItsHeader(t *testing.T) {
	dir := tableCorpus(t)
	out, stderr, code := cli(t, "--corpus", dir, "figures", "referrals")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"referrals — North  (2 sources)", "Example Health Trust  1,200  2023", "Example News          1,300  2024"} {
		if !strings.Contains(out, want) {
			t.Errorf("figures referrals lacks %q:\n%s", want, out)
		}
	}
}
