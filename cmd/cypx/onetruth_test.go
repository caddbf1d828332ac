package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusID is the id of the first item of a source in a corpus.
func corpusID(t *testing.T, dir, source string) string {
	t.Helper()
	var items []struct{ ID string }
	j, _, _ := cli(t, "--corpus", dir, "items", "--format", "json")
	json.Unmarshal([]byte(j), &items)
	for _, it := range items {
		if strings.HasPrefix(it.ID, source+"#") {
			return it.ID
		}
	}
	t.Fatalf("no item of %s", source)
	return ""
}

// TestLinksReasonCitesTheItemsAsTheyAreCited: `cypx links` names a
// linked item in its reason as it is cited everywhere else: a news story
// by the report it covers first, as `cypx cite` cites it (no year letter:
// a letter points into a reference list, which a pack has and a list of
// links does not). Before, the reason named the story's own source,
// "10–15% (Reporter, 2024)".
func TestLinksReasonCitesTheItemsAsTheyAreCited(t *testing.T) {
	dir := othersCorpus(t)
	out, stderr, code := cli(t, "--corpus", dir, "links", corpusID(t, dir, "acme-b"))
	if code != 0 {
		t.Fatalf("links: %d %s", code, stderr)
	}
	if !strings.Contains(out, "another value: 10–15% (Smith and Doe, 2024; reported by Reporter, 2024) against 45% (Beta Trust, 2024)") ||
		strings.Contains(out, "(Reporter, 2024)") {
		t.Errorf("the story is named otherwise than it is cited:\n%s", out)
	}
	os.WriteFile(filepath.Join(dir, "sources", "acme-c.md"), []byte("---\ntitle: Another look at waiting\npublisher: Acme Trust\nauthor: Jane Smith and John Doe\ndate: 2024-06-01\ntype: report\n---\nIn 2023, 20% of children waited more than 18 weeks for CAMHS.\n"), 0o644)
	out, stderr, code = cli(t, "--corpus", dir, "links", corpusID(t, dir, "acme-b"), "--format", "json")
	if code != 0 {
		t.Fatalf("links: %d %s", code, stderr)
	}
	for _, want := range []string{
		"another value: 20% (Smith and Doe, 2024) against 45%",
		"another value: 10–15% (Smith and Doe, 2024) against 45%",
		"another value: 10–15% (Smith and Doe, 2024; reported by Reporter, 2024) against 45%",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("links lack %q:\n%s", want, out)
		}
	}
}

// TestShowPrimaryIsInTheConfiguredStyle: `cypx show` of a news story
// names its primary as its cite row cites it, in the configured style:
// "Smith & Doe, 2024" beside "(Smith & Doe, 2024; reported by Reporter,
// 2024)" in APA. Before, the primary row was Harvard's "Smith and Doe,
// 2024" whatever the style.
func TestShowPrimaryIsInTheConfiguredStyle(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := othersCorpus(t)
	if _, stderr, code := cli(t, "config", "set", "style", "apa"); code != 0 {
		t.Fatalf("config set: %d %s", code, stderr)
	}
	out, stderr, code := cli(t, "--corpus", dir, "show", corpusID(t, dir, "news-a"))
	if code != 0 {
		t.Fatalf("show: %d %s", code, stderr)
	}
	if !strings.Contains(out, "\nprimary    Smith & Doe, 2024: Waiting for help") || !strings.Contains(out, "\ncite       (Smith & Doe, 2024; reported by Reporter, 2024)") {
		t.Errorf("the primary row is not in the cite row's style:\n%s", out)
	}
}

// TestExportRefusesLayoutOptionsItCannotWrite: --figures, --group and
// --title shape a pack in Markdown and Word; with a format that has no
// title, groups or table (csv, json, ris, bibtex, csljson) they are
// refused as a usage error (exit 2) naming the formats they apply to, and
// nothing is written. Before, they were silently left out: `export
// --format csv --figures` wrote the CSV with no table and no word.
func TestExportRefusesLayoutOptionsItCannotWrite(t *testing.T) {
	dir := othersCorpus(t)
	for _, format := range []string{"csv", "json", "ris", "bibtex", "csljson"} {
		for _, flag := range [][]string{{"--figures"}, {"--group", "theme"}, {"--title", "Board briefing"}} {
			args := append([]string{"--corpus", dir, "export", "--format", format}, flag...)
			out, stderr, code := cli(t, args...)
			if code != 2 || out != "" || !strings.Contains(stderr, flag[0]) || !strings.Contains(stderr, "md and docx") {
				t.Errorf("export --format %s %s: exit %d, %d bytes out, %q", format, flag[0], code, len(out), stderr)
			}
		}
	}
	if out, stderr, code := cli(t, "--corpus", dir, "export", "--format", "md", "--figures", "--group", "theme", "--title", "Board briefing"); code != 0 || !strings.Contains(out, "Board briefing") {
		t.Errorf("export --format md with a title, groups and figures: exit %d %q", code, stderr)
	}
}

// TestExportRefusesAStyleItCannotApply: ris, bibtex and csljson write
// records of works, which a reference manager cites in its own style, so
// --style with them is refused as a usage error (exit 2) naming the
// conflict, as --title is with a format that has no title; nothing is
// written. A style configured (cypx config set style) is the default of
// every command and is not refused. Before, --style was read and dropped
// without a word.
func TestExportRefusesAStyleItCannotApply(t *testing.T) {
	dir := othersCorpus(t)
	for _, format := range []string{"ris", "bibtex", "csljson"} {
		out, stderr, code := cli(t, "--corpus", dir, "export", "--format", format, "--style", "apa")
		if code != 2 || out != "" || !strings.Contains(stderr, "--style") || !strings.Contains(stderr, "--format "+format) || !strings.Contains(stderr, "reference manager") {
			t.Errorf("export --format %s --style apa: exit %d, %d bytes out, %q", format, code, len(out), stderr)
		}
		if out, stderr, code := cli(t, "--corpus", dir, "export", "--format", format); code != 0 || out == "" {
			t.Errorf("export --format %s: exit %d %q", format, code, stderr)
		}
	}
	for _, format := range []string{"md", "csv", "json"} {
		if _, stderr, code := cli(t, "--corpus", dir, "export", "--format", format, "--style", "apa"); code != 0 {
			t.Errorf("export --format %s --style apa: exit %d %q", format, code, stderr)
		}
	}
	t.Setenv("CYPX_HOME", t.TempDir())
	if _, stderr, code := cli(t, "config", "set", "style", "apa"); code != 0 {
		t.Fatalf("config set: %d %q", code, stderr)
	}
	if out, stderr, code := cli(t, "--corpus", dir, "export", "--format", "ris"); code != 0 || !strings.Contains(out, "TY  - ") {
		t.Errorf("export --format ris with a style configured: exit %d %q", code, stderr)
	}
}

// TestExportJSONStyleKeepsTheContractsCitation: export --format json
// --style apa cites each item in APA in its "citations" and names the style
// in "citation_style"; "citation" stays the contract's Harvard narrative
// citation, the one cypx items, search and show give whatever the style.
func TestExportJSONStyleKeepsTheContractsCitation(t *testing.T) {
	dir := othersCorpus(t)
	out, stderr, code := cli(t, "--corpus", dir, "export", "--format", "json", "--style", "apa", "source:acme-a")
	if code != 0 {
		t.Fatalf("export: %d %q", code, stderr)
	}
	var items []struct {
		Citation  string            `json:"citation"`
		Citations map[string]string `json:"citations"`
		Style     string            `json:"citation_style"`
	}
	if err := json.Unmarshal([]byte(out), &items); err != nil || len(items) != 1 {
		t.Fatalf("%v %d:\n%s", err, len(items), out)
	}
	it := items[0]
	if it.Citation != "Smith and Doe (2024)" || it.Style != "apa" || !strings.HasSuffix(it.Citations["plain"], "(Smith & Doe, 2024)") {
		t.Errorf("citation %q, citation_style %q, citations.plain %q", it.Citation, it.Style, it.Citations["plain"])
	}
}

// TestShowCitesInTheStyle: cypx show with APA configured ends with the
// references its cite row leads to as the reference copy gives them (cypx
// cite --format reference): the story's primary and the story, in APA; its
// note names the works as APA does. Before, show ended with the story's
// Harvard reference alone whatever the style, and its note said "Smith and
// Doe".
func TestShowCitesInTheStyle(t *testing.T) {
	dir := othersCorpus(t)
	os.WriteFile(filepath.Join(dir, "sources", "news-a.md"), []byte("---\ntitle: Children wait too long\npublisher: News Corp\nauthor: Ann Reporter and Bo Writer\ndate: 2024-03-05\ntype: news\nabout: acme-a\n---\nSome 30% of parents said so, and the Acme Trust found that between 10 and 15 per cent of children waited more than 18 weeks for CAMHS in 2023.\n"), 0o644)
	t.Setenv("CYPX_HOME", t.TempDir())
	if _, stderr, code := cli(t, "config", "set", "style", "apa"); code != 0 {
		t.Fatalf("config set: %d %q", code, stderr)
	}
	id := corpusID(t, dir, "news-a")
	out, stderr, code := cli(t, "--corpus", dir, "show", id)
	if code != 0 {
		t.Fatalf("show: %d %s", code, stderr)
	}
	ref, _, _ := cli(t, "--corpus", dir, "cite", id, "--format", "reference")
	if !strings.HasPrefix(ref, "Smith, J., & Doe, J. (2024). Waiting for help.") || !strings.Contains(out, "\n\n"+ref+"\n") {
		t.Errorf("show does not end with the reference copy %q:\n%s", ref, out)
	}
	if !strings.Contains(out, "\nnote       the figure Some 30% is cited to Reporter & Writer, 2024 alone: Smith & Doe, 2024 was not seen to state it\n") {
		t.Errorf("show's note is not in APA:\n%s", out)
	}
	if strings.Contains(out, "Smith and Doe") || strings.Contains(out, "'Children wait too long'") {
		t.Errorf("show cites in Harvard:\n%s", out)
	}
}
