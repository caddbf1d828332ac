package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestConfiguredStyle: cypx config set style apa is kept in
// $CYPX_HOME/config/config.yaml, and cite, show and export then use APA;
// --style still wins; a typo in the file is an error naming its line.
func TestConfiguredStyle(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	if out, _, _ := cli(t, "config", "get", "style"); out != "harvard\n" {
		t.Errorf("default style %q", out)
	}
	if _, stderr, code := cli(t, "config", "set", "style", "apa"); code != 0 || !strings.Contains(stderr, "style = apa") {
		t.Fatalf("config set: %d %q", code, stderr)
	}
	data, err := os.ReadFile(filepath.Join(home, "config", "config.yaml"))
	if err != nil || !strings.Contains(string(data), "style: apa") {
		t.Fatalf("config.yaml: %q %v", data, err)
	}
	if out, _, _ := cli(t, "config", "list"); !strings.Contains(out, "style") || !strings.Contains(out, "apa") || !strings.Contains(out, "(set)") {
		t.Errorf("config list:\n%s", out)
	}
	id := idOf(t, "hcl-2024-trusts-work-with-icbs", "Nearly all respondents (97%)")
	ref, _, _ := cli(t, "cite", id, "--format", "reference")
	if !strings.HasPrefix(ref, "NHS Providers. (2024). Forgotten generation: Shaping better services") || !strings.Contains(ref, "\nGault, B. (2024, July 15).") {
		t.Errorf("cite in the configured style:\n%s", ref)
	}
	// The 97% is cited to the story alone (the report was not seen to
	// state it), numbered 2 as the item's reference list numbers the story,
	// and carries that reference, as "(2)" alone points into a list the
	// user lacks (hostile check 63 L8).
	if out, _, _ := cli(t, "cite", id, "--format", "figure", "--style", "vancouver"); !strings.HasPrefix(out, "97% (2)\n\n2. Gault B. Most trusts say") || strings.Contains(out, "1. NHS Providers") {
		t.Errorf("--style wins over the setting: %q", out)
	}
	if out, _, _ := cli(t, "show", id); !strings.Contains(out, "cite       (NHS Providers, 2024; reported by Gault, 2024)") {
		t.Errorf("show:\n%s", out)
	}
	cli(t, "basket", "add", id)
	md, _, _ := cli(t, "export", "--basket")
	if !strings.Contains(md, "- NHS Providers. (2024). *Forgotten generation: Shaping better") {
		t.Errorf("the pack is not in APA:\n%s", md)
	}
	if _, stderr, code := cli(t, "config", "set", "style", "chicago"); code != 2 || !strings.Contains(stderr, "valid: harvard, apa, vancouver, footnotes") {
		t.Errorf("a bad style: %d %q", code, stderr)
	}
	os.WriteFile(filepath.Join(home, "config", "config.yaml"), []byte("style: apa\nsytle: harvard\n"), 0o644)
	if _, stderr, code := cli(t, "cite", id); code != 1 || !strings.Contains(stderr, "config.yaml:2: unknown setting \"sytle\"") {
		t.Errorf("a typo in the settings: %d %q", code, stderr)
	}
	if _, _, code := cli(t, "config", "unset", "style"); code == 0 {
		t.Errorf("unset over a broken file should fail, not rewrite it")
	}
}

// TestShowInVancouverListsEachReferenceOnItsLine: in Vancouver, show's cite
// row is the numbered references, the primary's and the story's; each is a
// line of its own under "cite". Before, they were joined by a newline that
// the terminal filter escaped: one line holding a literal "\n" between
// "1. NHS Providers. …" and "2. Gault B. …".
func TestShowInVancouverListsEachReferenceOnItsLine(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	if _, stderr, code := cli(t, "config", "set", "style", "vancouver"); code != 0 {
		t.Fatalf("config set: %d %q", code, stderr)
	}
	id := idOf(t, "hcl-2024-trusts-work-with-icbs", "Nearly all respondents (97%)")
	out, _, code := cli(t, "show", id)
	if code != 0 || strings.Contains(out, `\n`) || !strings.Contains(out, "\ncite       1. NHS Providers.") || !strings.Contains(out, "\n           2. Gault B.") {
		t.Errorf("show in Vancouver:\n%s", out)
	}
}

// TestMarkdownOfItemsAndSearchFollowsTheStyle: `items` and `search` with
// --format md cited in Harvard whatever the configured style, and their
// reference list held only the items' own sources, so a story cited
// primary first ("NHS Providers, 2024; reported by Gault, 2024") had no
// reference for NHS Providers. Now they cite as the pack does: the style's
// in-text citations and a reference list of every work cited.
func TestMarkdownOfItemsAndSearchFollowsTheStyle(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	if _, stderr, code := cli(t, "config", "set", "style", "vancouver"); code != 0 {
		t.Fatalf("config set: %d %q", code, stderr)
	}
	for _, args := range [][]string{{"search", "Nearly all respondents", "--format", "md"}, {"items", "--source", "hcl-2024-trusts-work-with-icbs", "--format", "md"}} {
		out, stderr, code := cli(t, args...)
		if code != 0 || !strings.Contains(out, "## References") {
			t.Fatalf("%v: exit %d: %s\n%s", args, code, stderr, out)
		}
		refs := out[strings.Index(out, "## References"):]
		if !strings.Contains(out, "; reported by [") || !regexp.MustCompile(`\n\d\. NHS Providers\. Forgotten generation`).MatchString(refs) ||
			!regexp.MustCompile(`\n\d\. Gault B\.`).MatchString(refs) || strings.Contains(out, "(NHS Providers, 2024") {
			t.Errorf("%v in Vancouver:\n%s", args, out)
		}
	}
}

// TestSecondYAMLDocumentInTheSettings: config.yaml with a "---" and more
// YAML is an error naming the file and the "---" line, and `config set`
// refuses to rewrite it, so nothing in it is lost. Before, the second
// document was ignored, and `config set` wrote the file without it.
func TestSecondYAMLDocumentInTheSettings(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	path := filepath.Join(home, "config", "config.yaml")
	os.MkdirAll(filepath.Dir(path), 0o755)
	body := "style: apa\n---\n# my notes\nstyle: vancouver\n"
	os.WriteFile(path, []byte(body), 0o644)
	if _, stderr, code := cli(t, "config", "set", "style", "harvard"); code == 0 || !strings.Contains(stderr, "config.yaml:2: a second YAML document") {
		t.Errorf("config set over two documents: %d %q", code, stderr)
	}
	if data, _ := os.ReadFile(path); string(data) != body {
		t.Errorf("config.yaml was rewritten:\n%s", data)
	}
	if _, stderr, code := cli(t, "config", "get", "style"); code == 0 || !strings.Contains(stderr, "config.yaml:2:") {
		t.Errorf("config get over two documents: %d %q", code, stderr)
	}
}
