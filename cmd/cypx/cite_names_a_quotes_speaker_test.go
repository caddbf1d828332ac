package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestCiteAndExportNameAQuotesSpeaker: a quotation introduced by
// "Dr Iona Reed, the trust's Medical Director, said:" is copied by `cypx
// cite` (plain and Markdown) with "— Dr Iona Reed, …" after the quote,
// exported with "— Speaker" after the quote's words and a speaker column in the
// CSV, as `cypx show` names the speaker. Before, only show did.
func TestCiteAndExportNameAQuotesSpeaker(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "k.md"), []byte("---\ntitle: Kestrel clinic news\npublisher: Kestrel Trust\ndate: 2024\ntype: news\n---\n## News\n\n"+
		"Dr Iona Reed, the trust's Medical Director, said:\n\n\"We will open the kestrel clinic on Saturdays from the spring, and 28% more families will be seen.\"\n"), 0o644)
	who := "Dr Iona Reed, the trust's Medical Director"
	out, stderr, code := cli(t, "items", "--corpus", dir)
	id := regexp.MustCompile(`k#[0-9a-f]{8}`).FindString(out)
	if code != 0 || id == "" {
		t.Fatalf("items: exit %d, %q %q", code, out, stderr)
	}
	if out, _, _ := cli(t, "show", "--corpus", dir, id); !strings.Contains(out, who) {
		t.Fatalf("show names no speaker:\n%s", out)
	}
	for _, format := range []string{"plain", "markdown"} {
		out, stderr, code := cli(t, "cite", "--corpus", dir, "--format", format, id)
		if code != 0 || !strings.Contains(out, `from the spring, and 28% more families will be seen."" — `+who+" (Kestrel Trust, 2024)") {
			t.Errorf("cite --format %s: exit %d, %q %q", format, code, out, stderr)
		}
	}
	pack := filepath.Join(t.TempDir(), "p.md")
	if _, stderr, code := cli(t, "export", "--corpus", dir, "-o", pack, "kestrel"); code != 0 {
		t.Fatalf("export: exit %d, %q", code, stderr)
	}
	if got, _ := os.ReadFile(pack); !strings.Contains(string(got), " — "+who+"\n>\n> — (Kestrel Trust, 2024)") {
		t.Errorf("the pack names no speaker:\n%s", got)
	}
	rows := filepath.Join(t.TempDir(), "p.csv")
	if _, stderr, code := cli(t, "export", "--corpus", dir, "--format", "csv", "-o", rows, "kestrel"); code != 0 {
		t.Fatalf("export csv: exit %d, %q", code, stderr)
	}
	if got, _ := os.ReadFile(rows); !strings.Contains(string(got), ",speaker\n") || !strings.Contains(string(got), `"`+who+`"`) {
		t.Errorf("the CSV has no speaker:\n%s", got)
	}
}
