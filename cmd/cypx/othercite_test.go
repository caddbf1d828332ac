package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// othersCorpus is a report, a second report giving another value for its
// measure, and a news story about the first repeating its figure.
func othersCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	files := map[string]string{
		"acme-a.md": "---\ntitle: Waiting for help\npublisher: Acme Trust\nauthor: Jane Smith and John Doe\ndate: 2024-03-01\ntype: report\n---\nIn 2023, between 10 and 15 per cent of children waited more than 18 weeks for CAMHS.\n",
		"acme-b.md": "---\ntitle: Second look at waiting\npublisher: Beta Trust\ndate: 2024-09-01\ntype: report\n---\nIn 2023, 45% of children waited more than 18 weeks for CAMHS assessments.\n",
		"news-a.md": "---\ntitle: Children wait too long\npublisher: News Corp\nauthor: Ann Reporter\ndate: 2024-03-05\ntype: news\nabout: acme-a\n---\nThe Acme Trust found that between 10 and 15 per cent of children waited more than 18 weeks for CAMHS in 2023.\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, "sources", name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestOtherValueIsCitedAsItsItemIs: a pack's note under a finding another
// source contradicts cites that source's finding as the finding is cited
// everywhere else: a news story repeating a report's figure by the report
// first, "reported by" the story. Before, the note cited the story's item
// without looking for the report it covers: "(Acme Trust, cited in
// Reporter, 2024)", where cypx cite, show and the pack's own entry for the
// story said "(Smith and Doe, 2024; reported by Reporter, 2024)".
func TestOtherValueIsCitedAsItsItemIs(t *testing.T) {
	dir := othersCorpus(t)
	story := corpusID(t, dir, "news-a")
	cite, stderr, code := cli(t, "--corpus", dir, "cite", story, "--style", "harvard")
	if code != 0 {
		t.Fatalf("cite: %d %s", code, stderr)
	}
	if !strings.Contains(cite, "(Smith and Doe, 2024; reported by Reporter, 2024)") {
		t.Fatalf("the story is not cited by its report first: %s", cite)
	}
	out, stderr, code := cli(t, "--corpus", dir, "export", "source:acme-b", "--style", "harvard")
	if code != 0 {
		t.Fatalf("export: %d %s", code, stderr)
	}
	note := ""
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "other values for this measure") {
			note = line
		}
	}
	if !strings.Contains(note, "10–15% (Smith and Doe, 2024; reported by Reporter, 2024)") || strings.Contains(note, "cited in Reporter") {
		t.Errorf("the note cites the story otherwise than its own citation:\n%s", out)
	}
}

// TestShowWritesValuesInFull: `cypx show` gives a figure's value beside it
// as a number in full, as the CSV's value column does: £1.2m–£1.5m is
// "1200000–1500000 gbp", 1,234,567 children "1234567 count". Before, fmt's
// %g wrote "1.2e+06–1.5e+06 gbp" and "1.234567e+06 count".
func TestShowWritesValuesInFull(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "money.md"), []byte("---\ntitle: Money\npublisher: Acme Trust\ndate: 2024\ntype: report\n---\nSpending on CAMHS was £1.2m–£1.5m in 2023.\n\nThere were 1,234,567 children waiting for CAMHS in 2023.\n"), 0o644)
	var items []struct{ ID string }
	j, _, _ := cli(t, "--corpus", dir, "items", "--format", "json")
	json.Unmarshal([]byte(j), &items)
	if len(items) != 2 {
		t.Fatalf("items: %s", j)
	}
	var all string
	for _, it := range items {
		out, stderr, code := cli(t, "--corpus", dir, "show", it.ID)
		if code != 0 {
			t.Fatalf("show: %d %s", code, stderr)
		}
		all += out
	}
	for _, want := range []string{"£1.2m–£1.5m  (1200000–1500000 gbp)", "1,234,567 children  (1234567 count)"} {
		if !strings.Contains(all, want) {
			t.Errorf("show lacks %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "e+06") {
		t.Errorf("a value with an exponent:\n%s", all)
	}
}

// TestLibraryCountsOneSource: `cypx library` of one report says "1 source
// in …". Before, "1 sources".
func TestLibraryCountsOneSource(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	f := filepath.Join(dir, "r.txt")
	os.WriteFile(f, []byte("Waits\n\nIn 2023, 45% of children waited more than 18 weeks for CAMHS.\n"), 0o644)
	if _, stderr, code := cli(t, "add", f, "--publisher", "Zed Council", "--title", "Waits", "--date", "2024", "--type", "report"); code != 0 {
		t.Fatalf("add: %s", stderr)
	}
	out, _, _ := cli(t, "library")
	if !strings.Contains(out, "\n1 source in ") {
		t.Errorf("library:\n%s", out)
	}
}

// TestStoryAboutAStoryCitesTheReport: a story about a story about a report
// (a regional paper rewriting a national one) cites the report its figure
// was found in first, as the first story does, and lists the report among
// its references: the primary source, not the paper that repeated it.
// Before, its primary was the first story: "(Reporter, 2024; reported by
// Daily Echo, 2024)", and `cypx show` said the story was its primary.
func TestStoryAboutAStoryCitesTheReport(t *testing.T) {
	dir := othersCorpus(t)
	os.WriteFile(filepath.Join(dir, "sources", "news-b.md"), []byte("---\ntitle: Charity story picked up\npublisher: Daily Echo\ndate: 2024-03-07\ntype: news\nabout: news-a\n---\nNews Corp reported that between 10 and 15 per cent of children waited more than 18 weeks for CAMHS in 2023.\n"), 0o644)
	echo := corpusID(t, dir, "news-b")
	cite, stderr, code := cli(t, "--corpus", dir, "cite", echo, "--style", "harvard")
	if code != 0 {
		t.Fatalf("cite %q: %d %s", echo, code, stderr)
	}
	if want := "(Smith and Doe, 2024; reported by Daily Echo, 2024)"; !strings.Contains(cite, want) {
		t.Errorf("cite: %s, want %s", cite, want)
	}
	ref, _, _ := cli(t, "--corpus", dir, "cite", echo, "--style", "harvard", "--format", "reference")
	if !strings.Contains(ref, "Smith, J. and Doe, J. (2024) Waiting for help") {
		t.Errorf("reference: %s", ref)
	}
	show, _, _ := cli(t, "--corpus", dir, "show", echo)
	if !strings.Contains(show, "primary    Smith and Doe, 2024: Waiting for help") {
		t.Errorf("show:\n%s", show)
	}
}

// TestConfigUnsetSaysWhatItDid: `cypx config unset style` says the style
// it returns to, on standard error, as `config set` says what it set.
// Before, it said nothing.
func TestConfigUnsetSaysWhatItDid(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	cli(t, "config", "set", "style", "apa")
	out, stderr, code := cli(t, "config", "unset", "style")
	if code != 0 || out != "" || !strings.Contains(stderr, "style = harvard, the default (saved in ") {
		t.Errorf("unset: %d %q %q", code, out, stderr)
	}
}

// TestRatesPerDifferentBasesAreCompared: "3.5 per 1,000 children" and "35
// per 10,000 children" are one rate, so two reports giving them for one
// measure and year agree (same-finding), and `cypx figures` marks neither
// as disagreeing; 4.1 per 1,000 does disagree. Before, the values were
// compared as written: "another value: 35 (Beta Trust, 2024) against 3.5
// (Alpha Trust, 2024)".
func TestRatesPerDifferentBasesAreCompared(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	for name, body := range map[string]string{
		"a.md": "---\ntitle: A\npublisher: Alpha Trust\ndate: 2024\ntype: report\n---\nIn 2023, the rate of referrals to CAMHS was 3.5 per 1,000 children.\n",
		"b.md": "---\ntitle: B\npublisher: Beta Trust\ndate: 2024\ntype: report\n---\nIn 2023, the rate of referrals to CAMHS was 35 per 10,000 children.\n",
	} {
		os.WriteFile(filepath.Join(dir, "sources", name), []byte(body), 0o644)
	}
	out, stderr, code := cli(t, "--corpus", dir, "figures", "referrals")
	if code != 0 || strings.Contains(out, "disagrees") || !strings.Contains(out, "35 per 10,000") {
		t.Errorf("figures: %d %s\n%s", code, stderr, out)
	}
	os.WriteFile(filepath.Join(dir, "sources", "c.md"), []byte("---\ntitle: C\npublisher: Gamma Trust\ndate: 2024\ntype: report\n---\nIn 2023, the rate of referrals to CAMHS was 4.1 per 1,000 children.\n"), 0o644)
	out, _, _ = cli(t, "--corpus", dir, "figures", "referrals")
	if !strings.Contains(out, "Gamma Trust  4.1 per 1,000  2023                 2024  primary, disagrees") {
		t.Errorf("4.1 per 1,000 does not disagree:\n%s", out)
	}
}

// TestLinksListTheDisagreementTheTableGives: `cypx links` (and the
// explorer's linked findings) of a report giving 45% for a measure list
// the report giving 10–15% for it as a disagreement, as `cypx figures`,
// the comparison table and a pack's note do, however many other
// statistics that report holds. Before, the link was found from the
// 10–15% report's side only: its other statistics kept it out of the
// similarity search the 45% report's links were judged from.
func TestLinksListTheDisagreementTheTableGives(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	for name, body := range map[string]string{
		"acme-a.md": "---\ntitle: Waiting for help\npublisher: Acme Trust\nauthor: Jane Smith and John Doe\ndate: 2024-03-01\ntype: report\n---\n## Findings\n\n<!-- page 4 -->\nIn 2023, between 10 and 15 per cent of children waited more than 18 weeks for CAMHS.\n\nThe rate of referrals rose to 3.5 per 1,000 children in 2023.\n\n<!-- page 7 -->\nThere were 1,200 referrals to eating disorder services in 2023, up from 900.\n\nSpending was £1.2m–£1.5m in 2023.\n",
		"acme-b.md": "---\ntitle: Second look at waiting\npublisher: Beta Trust\ndate: 2024-09-01\ntype: report\n---\nIn 2023, 45% of children waited more than 18 weeks for CAMHS assessments.\n",
	} {
		os.WriteFile(filepath.Join(dir, "sources", name), []byte(body), 0o644)
	}
	beta := corpusID(t, dir, "acme-b")
	fig, _, _ := cli(t, "--corpus", dir, "figures", "CAMHS")
	if !strings.Contains(fig, "primary, disagrees") {
		t.Fatalf("the table gives no disagreement:\n%s", fig)
	}
	out, stderr, code := cli(t, "--corpus", dir, "links", beta)
	if code != 0 || !strings.Contains(out, "disagrees") || !strings.Contains(out, "acme-a#") {
		t.Errorf("links of %s: %d %s\n%s", beta, code, stderr, out)
	}
}
