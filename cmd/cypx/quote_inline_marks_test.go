package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A Markdown report's emphasis, links and footnote references are shown
// and pasted as its reader sees them, on every path that gives a quote:
// the text listing, every copy format, the Markdown and CSV packs. The
// stored text (JSON's "text") keeps the source's bytes, so it is still
// found in the source. Before, a briefing pasted "In 2024, **41%** of
// children … [Offham Council](https://example.org/waits).[^1]".
func TestQuotesLeaveOutMarkdownInlineMarks(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("CYPX_HOME", filepath.Join(dir, "home"))
	file := filepath.Join(dir, "waits.md")
	report := "# Speech therapy waits in Offham\n\n" +
		"In 2024, **41%** of children in Offham waited more than *18 weeks* for a speech and language therapy assessment, according to [Offham Council](https://example.org/waits).[^1]\n\n" +
		"We recommend that the ICB should publish waiting times for every service each quarter.[^2]\n\n" +
		"[^1]: Offham Council, speech and language therapy waits, 2024.\n" +
		"[^2]: See our 2023 report.\n"
	if err := os.WriteFile(file, []byte(report), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := cli(t, "add", file, "--publisher", "Offham Healthwatch", "--date", "2025-03-01", "--type", "report"); code != 0 {
		t.Fatalf("add: exit %d %q", code, stderr)
	}
	const stat = "In 2024, 41% of children in Offham waited more than 18 weeks for a speech and language therapy assessment, according to Offham Council."
	const rec = "We recommend that the ICB should publish waiting times for every service each quarter."
	out, stderr, code := cli(t, "items", "--source", "oh-2025-speech-therapy-waits-in-offham", "--format", "json")
	if code != 0 {
		t.Fatalf("items: exit %d %q", code, stderr)
	}
	var items []struct{ ID, Kind, Text string }
	if err := json.Unmarshal([]byte(out), &items); err != nil || len(items) != 2 {
		t.Fatalf("items: %v %q", err, out)
	}
	for _, it := range items {
		if !strings.Contains(report, it.Text) || !strings.Contains(it.Text, "[^") {
			t.Errorf("stored text %q is not the source's bytes", it.Text)
		}
	}
	shown := func(what, got string, want ...string) {
		t.Helper()
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q lacks %q", what, got, w)
			}
		}
		for _, mark := range []string{"**41%**", "*18 weeks*", "](https", "[^"} {
			if strings.Contains(got, mark) {
				t.Errorf("%s: %q holds the mark %q", what, got, mark)
			}
		}
	}
	for _, it := range items {
		want := stat
		if it.Kind == "recommendation" {
			want = rec
		}
		for _, format := range []string{"plain", "markdown", "figure"} {
			got, stderr, code := cli(t, "cite", it.ID, "--format", format)
			if code != 0 {
				t.Fatalf("cite %s: exit %d %q", format, code, stderr)
			}
			if format == "markdown" {
				got = strings.ReplaceAll(got, `\`, "")
			}
			if format == "figure" && it.Kind == "statistic" {
				shown("cite --format figure", got, "41%")
				continue
			}
			shown("cite --format "+format, got, `"`+want+`"`)
		}
		if _, stderr, code := cli(t, "basket", "add", it.ID); code != 0 {
			t.Fatalf("basket add: exit %d %q", code, stderr)
		}
	}
	listed, _, _ := cli(t, "items", "--source", "oh-2025-speech-therapy-waits-in-offham")
	shown("items", strings.Join(strings.Fields(listed), " "), stat, rec)
	csv, _, _ := cli(t, "export", "--format", "csv")
	// The measure is read as of the same sentence unmarked: what the
	// 41% counts, not "of" and the rest.
	shown("export csv", csv, stat, rec, ",children in Offham waited more than 18 weeks for a speech and language therapy assessment,")
	// The pack sets figures in bold of its own; the source's marks are
	// not the pack's. The threshold is read with its "more than", as in
	// the sentence unmarked.
	md, _, _ := cli(t, "export", "--format", "md")
	lines := map[string]bool{}
	for _, l := range strings.Split(strings.ReplaceAll(md, `\`, ""), "\n") {
		lines[l] = true
	}
	for _, want := range []string{"> In 2024, **41%** of children in Offham waited **more than 18 weeks** for a speech and language therapy assessment, according to Offham Council.", "> " + rec} {
		if !lines[want] {
			t.Errorf("export md: no line %q", want)
		}
	}
}
