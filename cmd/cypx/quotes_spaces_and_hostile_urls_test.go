package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// exactCorpus is a corpus of one source whose body spaces a figure with
// two spaces and a no-break space, and breaks a sentence with NEL, U+2028
// and U+2029; its URL holds "&amp;" as written.
func exactCorpus(t *testing.T, url string) (dir string, ids map[string]string) {
	t.Helper()
	dir = t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	body := "In 2024, 45%  of children waited over\u00a018 weeks for a first appointment, the trust said.\n\n" +
		"Some 30% of parents said the wait\u0085was too long\u2028and 12 weeks\u2029was the norm.\n"
	os.WriteFile(filepath.Join(dir, "sources", "sp.md"), []byte("---\ntitle: Waits\npublisher: Acme Trust\ndate: 2024\ntype: report\nurl: \""+url+"\"\n---\n"+body), 0o644)
	out, stderr, code := cli(t, "--corpus", dir, "items", "--format", "json")
	var items []struct{ ID, Text string }
	if err := json.Unmarshal([]byte(out), &items); err != nil || code != 0 {
		t.Fatalf("items: exit %d, %v\n%s%s", code, err, out, stderr)
	}
	ids = map[string]string{}
	for _, it := range items {
		switch {
		case strings.Contains(it.Text, "45%"):
			ids["spaces"] = it.ID
		case strings.Contains(it.Text, "30%"):
			ids["breaks"] = it.ID
		}
	}
	if ids["spaces"] == "" || ids["breaks"] == "" {
		t.Fatalf("items: %+v", items)
	}
	return dir, ids
}

// TestQuotesKeepTheirSpacesEverywhere: `cypx cite` (plain, Markdown, every
// style), `cite --copy` (the system tool's input), `cypx export` (md, csv)
// quote "45%  of children waited over\u00a018 weeks" as the source writes
// it, and fold NEL, U+2028 and U+2029 as line breaks: one space each in
// a copy, shown escaped (\u0085) on a terminal's `cypx show`. Before,
// every copy and export made the two spaces one and U+00A0 a space, and
// `cypx show` showed the separators as spaces where `cypx items`
// escaped them.
func TestQuotesKeepTheirSpacesEverywhere(t *testing.T) {
	dir, ids := exactCorpus(t, "https://ex.org/r?a=1&amp;b=2")
	exact := "45%  of children waited over\u00a018 weeks"
	folded := "the wait was too long and 12 weeks was the norm"
	for _, st := range []string{"harvard", "apa", "vancouver", "footnotes"} {
		for _, f := range []string{"plain", "markdown"} {
			out, stderr, code := cli(t, "--corpus", dir, "cite", ids["spaces"], "--style", st, "--format", f)
			if code != 0 || !strings.Contains(out, exact) {
				t.Errorf("cite %s %s: exit %d %s\n%q", st, f, code, stderr, out)
			}
			out, _, _ = cli(t, "--corpus", dir, "cite", ids["breaks"], "--style", st, "--format", f)
			if !strings.Contains(out, folded) {
				t.Errorf("cite %s %s of the separators: %q", st, f, out)
			}
		}
	}
	// The pack sets figures in bold between the source's characters; the
	// no-break space is a space to the figure reader (hostile check 52), so
	// "over" is the 18 weeks' qualifier and inside its bold, as "Some" is.
	for f, want := range map[string]string{"md": "**45%**  of children waited **over\u00a018 weeks**", "csv": exact} {
		out, stderr, code := cli(t, "--corpus", dir, "export", "--format", f, "waited")
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("export %s: exit %d %s\n%s", f, code, stderr, out)
		}
	}
	// On a terminal: the separators escaped, as in `cypx items`.
	for _, args := range [][]string{{"show", ids["breaks"]}, {"items"}} {
		out, _, _ := cliTTY(t, append([]string{"--corpus", dir}, args...)...)
		if !strings.Contains(out, `wait\u0085was too long\u2028and 12 weeks\u2029was`) {
			t.Errorf("%v on a terminal does not show the separators escaped:\n%s", args, out)
		}
		if args[0] == "items" && !strings.Contains(out, "over\u00a018") {
			t.Errorf("%v on a terminal lost the no-break space:\n%s", args, out)
		}
	}

	if runtime.GOOS == "windows" {
		return
	}
	got, _ := stubClipboard(t)
	for id, want := range map[string]string{ids["spaces"]: exact, ids["breaks"]: folded} {
		if _, stderr, code := cli(t, "--corpus", dir, "cite", id, "--copy"); code != 0 {
			t.Fatalf("cite --copy: exit %d: %s", code, stderr)
		}
		tool, _ := os.ReadFile(got)
		if !strings.Contains(string(tool), want) {
			t.Errorf("cite --copy put %q on the clipboard, want %q in it", tool, want)
		}
	}
}

// TestMarkdownLinksOfHostileURLs: `cypx cite --format markdown` and
// `cypx export` write a URL holding "&amp;" so that it renders as
// written, keep an IPv6 host's brackets, and write an ftp URL with a
// space as code. Before: "&amp;" was written bare (read as "&"), the
// brackets as %5B and %5D, and the ftp URL as text GitHub linked as far
// as its space.
func TestMarkdownLinksOfHostileURLs(t *testing.T) {
	for url, want := range map[string][]string{
		"https://ex.org/r?a=1&amp;b=2":                  {"(https://ex.org/r?a=1&amp;amp;b=2)"},
		"https://[2001:db8::1]/report":                  {"(https://[2001:db8::1]/report)", "<https://[2001:db8::1]/report>"},
		"ftp://host/a file.pdf":                         {"`ftp://host/a file.pdf`"},
		"https://[2001:db8::1]:8443/r?x=1&lt;y&copy;=2": {"(https://[2001:db8::1]:8443/r?x=1&amp;lt;y&amp;copy;=2)"},
	} {
		dir, ids := exactCorpus(t, url)
		out, _, _ := cli(t, "--corpus", dir, "cite", ids["spaces"], "--format", "markdown")
		exp, _, _ := cli(t, "--corpus", dir, "export", "waited")
		for _, w := range want {
			if !strings.Contains(out+exp, w) {
				t.Errorf("%q: %q is in neither\n%s\n%s", url, w, out, exp)
			}
		}
	}
}
