package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// firstIDF70d is the id of the first item of a corpus, as 'cypx items'
// gives it.
func firstIDF70d(t *testing.T, dir string) string {
	t.Helper()
	out, stderr, code := cli(t, "--corpus", dir, "items", "--format", "json")
	var items []struct{ ID string }
	if err := json.Unmarshal([]byte(out), &items); code != 0 || err != nil || len(items) == 0 {
		t.Fatalf("items: exit %d %v %s", code, err, stderr)
	}
	return items[0].ID
}

// TestPastedIDsWithSpacesAreRead: an id pasted with a blank before or
// after it (" 1a2b", "1a2b ") is the id, in 'basket add', 'basket
// remove', show and cite alike (evidence.ParseItemRef); a basket file's
// entry is still checked without them (hostile check 62 N15). Before:
// exit 2, "is not an item id".
func TestPastedIDsWithSpacesAreRead(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := figureCorpusF70d(t)
	id := firstIDF70d(t, dir)
	_, hash, _ := strings.Cut(id, "#")
	for _, args := range [][]string{
		{"basket", "add", " " + hash[:4]},
		{"basket", "remove", hash[:6] + " "},
		{"basket", "add", "\t" + id + " "},
		{"show", " " + hash},
		{"cite", hash[:5] + "  "},
	} {
		out, stderr, code := cli(t, append([]string{"--corpus", dir}, args...)...)
		if code != 0 || strings.Contains(stderr, "not an item id") {
			t.Errorf("%q: exit %d, %q %q", args, code, out, stderr)
		}
	}
	out, _, _ := cli(t, "--corpus", dir, "basket", "list", "--format", "json")
	if !strings.Contains(out, `"id": "`+id+`"`) {
		t.Errorf("the basket holds not the id as it is: %s", out)
	}
	if _, stderr, code := cli(t, "--corpus", dir, "basket", "add", hash[:2]+" "+hash[2:6]); code != 2 || !strings.Contains(stderr, "not an item id") {
		t.Errorf("a blank inside an id: exit %d, %q", code, stderr)
	}
}

// TestFormatNamesInAnyCase: --format is read in any case, and "markdown"
// is md where md is a format, as "-o x.markdown" already named md; cite's
// copy formats take "MD" and "Figure" alike (hostile check 62 N15).
// Before: "--format CSV" and "--format markdown" were refused, exit 2.
func TestFormatNamesInAnyCase(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := figureCorpusF70d(t)
	id := firstIDF70d(t, dir)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "--format", "CSV"}, "id,kind,figure"},
		{[]string{"export", "--format", "markdown"}, "## References"},
		{[]string{"export", "--format", " Md "}, "## References"},
		{[]string{"items", "--format", "JSON"}, `"id":`},
		{[]string{"items", "--format", "Markdown"}, "> "},
		{[]string{"search", "clinic", "--format", "Text"}, "Larkfield"},
		{[]string{"cite", id, "--format", "FIGURE"}, "(Larkfield Trust, 2024)"},
		{[]string{"cite", id, "--format", "md"}, "(Larkfield Trust, 2024)"},
	} {
		out, stderr, code := cli(t, append([]string{"--corpus", dir}, c.args...)...)
		if code != 0 || !strings.Contains(out, c.want) {
			t.Errorf("%q: exit %d, %q, want %q in %.300q", c.args, code, stderr, c.want, out)
		}
	}
	out := filepath.Join(t.TempDir(), "pack.markdown")
	if _, stderr, code := cli(t, "--corpus", dir, "export", "-o", out, "--format", "Markdown"); code != 0 {
		t.Errorf("-o x.markdown --format Markdown: exit %d, %q", code, stderr)
	}
	if _, stderr, code := cli(t, "--corpus", dir, "export", "--format", "markdwn"); code != 2 || !strings.Contains(stderr, "use one of md, docx") {
		t.Errorf("an unknown format: exit %d, %q", code, stderr)
	}
}

// TestLoadWarningsAreSaidOnce: a source's warning (a URL with a space) is
// said once by a command that loads the corpus and opens its index too
// ('cypx items --format json'), as by one that only loads it (hostile
// check 61 L7). Before, twice.
func TestLoadWarningsAreSaidOnce(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "w.md"), []byte("---\ntitle: Waits\npublisher: Wren Trust\ndate: 2024\ntype: report\nurl: https://wren.example/a b\n---\nWaits grew by 14% in 2024 in the county.\n"), 0o644)
	for _, args := range [][]string{{"items"}, {"items", "--format", "json"}, {"items", "--format", "csv"}, {"search", "waits"}} {
		_, stderr, code := cli(t, append([]string{"--corpus", dir}, args...)...)
		if n := strings.Count(stderr, "holds a space"); code != 0 || n != 1 {
			t.Errorf("%q: exit %d, the warning said %d times: %q", args, code, n, stderr)
		}
	}
}

// TestBasketClearOfADamagedFileSaysHowToRecover: 'basket clear' refuses a
// basket file it cannot read, leaves it as it is, and says how to empty
// the basket all the same: move the file away, the command naming it
// (hostile check 61 L10). Before, it said what was wrong and no more.
func TestBasketClearOfADamagedFileSaysHowToRecover(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	b := filepath.Join(home, "state", "basket.json")
	os.MkdirAll(filepath.Dir(b), 0o755)
	// Each refusal says "left unchanged" once, and a bad entry gets no
	// advice on typing an id (hostile check 63 L4).
	for _, body := range []string{"not json", `{"version":7,"items":[]}`, `{"version":1,"items":{"a":4}}`, `{"items":[]}`} {
		os.WriteFile(b, []byte(body), 0o644)
		_, stderr, code := cli(t, "basket", "clear")
		if code != 1 || !strings.Contains(stderr, "move the file away (mv "+b+" "+b+".damaged)") || strings.Count(stderr, "left unchanged") != 1 || strings.Contains(stderr, "give SOURCE#HASH") {
			t.Errorf("%q: exit %d, %q", body, code, stderr)
		}
		if got, _ := os.ReadFile(b); string(got) != body {
			t.Errorf("%q: the file was changed to %q", body, got)
		}
	}
	// An entry that is no item id is no damage: it goes with the rest,
	// as asked (hostile check 86, F2).
	// So is a number among them (hostile check 88, B3).
	for _, body := range []string{`{"version":1,"items":["a b#1234"]}`, `{"version":1,"items":[4]}`} {
		os.WriteFile(b, []byte(body), 0o644)
		if out, stderr, code := cli(t, "basket", "clear"); code != 0 || !strings.Contains(out+stderr, "removed 1 entries (0 findings; 1 entry no item id), basket is empty") {
			t.Errorf("%s, an entry that is no item id: exit %d, %q %q", body, code, out, stderr)
		}
	}
	// One id set down twice by hand: both entries go, of one finding.
	os.WriteFile(b, []byte(`{"version":1,"items":["nhsp-2024-forgotten-generation-policy-systems#22e3b5b7","nhsp-2024-forgotten-generation-policy-systems#22e3b5b7"]}`), 0o644)
	if out, stderr, code := cli(t, "basket", "clear"); code != 0 || !strings.Contains(out+stderr, "removed 2 entries (1 finding), basket is empty") {
		t.Errorf("one id twice: exit %d, %q %q", code, out, stderr)
	}
	// A folder in the file's place: left unchanged, and the command that
	// moves it away (hostile check 64 L4: "is a folder, not a file" alone).
	os.Remove(b)
	os.Mkdir(b, 0o755)
	if _, stderr, code := cli(t, "basket", "clear"); code != 1 || !strings.Contains(stderr, "left unchanged; move it away (mv "+b+" "+b+".moved)") {
		t.Errorf("a folder: exit %d, %q", code, stderr)
	}
	os.Remove(b)
	// An empty file already says how: remove it.
	os.WriteFile(b, nil, 0o644)
	if _, stderr, _ := cli(t, "basket", "clear"); strings.Contains(stderr, "mv ") || !strings.Contains(stderr, "remove it") {
		t.Errorf("an empty file: %q", stderr)
	}
}
