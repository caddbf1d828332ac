package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// searchIDs runs cypx search --format json and returns the ids found and
// the terms the thesaurus widened.
func searchIDs(t *testing.T, args ...string) (ids, widened []string) {
	t.Helper()
	out, stderr, code := cli(t, append(append([]string{"search"}, args...), "--format", "json", "--limit", "200")...)
	if code != 0 {
		t.Fatalf("search %q: exit %d: %s", args, code, stderr)
	}
	var res struct {
		Items []struct {
			ID string `json:"id"`
		} `json:"items"`
		Expanded []struct {
			Term string `json:"term"`
		} `json:"expanded"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	for _, it := range res.Items {
		ids = append(ids, it.ID)
	}
	for _, x := range res.Expanded {
		widened = append(widened, x.Term)
	}
	slices.Sort(ids)
	return ids, widened
}

// TestSearchBarAfterAFieldThenAWord: `cypx search
// 'publisher:"NHS Providers"|autism'` is the OR of the clause and the word,
// as `publisher:"NHS Providers" OR autism` is: the same items, autism
// widened by the thesaurus in both. Before, autism was read as a
// publisher's word and not widened (the bundled corpus's one autism item
// being NHS Providers', the items happened to agree).
func TestSearchBarAfterAFieldThenAWord(t *testing.T) {
	bar, barWidened := searchIDs(t, `publisher:"NHS Providers"|autism`)
	or, orWidened := searchIDs(t, `publisher:"NHS Providers" OR autism`)
	if len(bar) == 0 || !slices.Equal(bar, or) || !slices.Equal(barWidened, orWidened) || !slices.Contains(barWidened, "autism") {
		t.Errorf("bar: %d items, widened %v; OR: %d items, widened %v", len(bar), barWidened, len(or), orWidened)
	}
}

// TestSearchAPlusE: `cypx search A+E` is the thesaurus's A&E (accident
// and emergency), finding what `A&E` finds and saying what it added.
// Before: "0 of 0 items", with nothing said.
func TestSearchAPlusE(t *testing.T) {
	plus, plusWidened := searchIDs(t, "A+E")
	amp, _ := searchIDs(t, "A&E")
	if len(plus) == 0 || !slices.Equal(plus, amp) || len(plusWidened) != 1 {
		t.Errorf("A+E: %v, widened %v; A&E: %v", plus, plusWidened, amp)
	}
	_, stderr, _ := cli(t, "search", "A+E")
	if !strings.Contains(stderr, "A+E: also searched accident and emergency") {
		t.Errorf("stderr: %q", stderr)
	}
}

// TestCheckReadsTwoByteOrderMarksAndNamesLinkLoops: `cypx check DIR` of a
// folder whose source opens with two byte-order marks reads it; links in
// a loop are each one problem naming the link and the loop, and a search
// loads the rest.
func TestCheckReadsTwoByteOrderMarksAndNamesLinkLoops(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	body := "---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\n---\n\nAround 40% of children waited more than 18 weeks for community paediatrics in 2024.\n"
	os.WriteFile(filepath.Join(dir, "sources", "bom.md"), []byte("\xef\xbb\xbf\xef\xbb\xbf"+body), 0o644)
	if out, stderr, code := cli(t, "check", dir); code != 0 || !strings.HasPrefix(out, "ok:") {
		t.Fatalf("two marks: exit %d\n%s%s", code, out, stderr)
	}
	os.Symlink("b.md", filepath.Join(dir, "sources", "a.md"))
	os.Symlink("a.md", filepath.Join(dir, "sources", "b.md"))
	os.Symlink("self.md", filepath.Join(dir, "sources", "self.md"))
	out, _, code := cli(t, "check", dir)
	if code != 1 {
		t.Errorf("check of loops: exit %d", code)
	}
	for _, want := range []string{"sources/a.md: a link in a loop (a.md → b.md → a.md)", "sources/b.md: a link in a loop (b.md → a.md → b.md)", "sources/self.md: a link to itself (self.md)"} {
		if strings.Count(out, want) != 1 {
			t.Errorf("check says %q %d times, want once:\n%s", want, strings.Count(out, want), out)
		}
	}
	out, stderr, code := cli(t, "--corpus", dir, "search", "paediatrics")
	if code != 0 || !strings.HasPrefix(out, "1 of 1 items") || strings.Count(stderr, "a link in a loop") != 2 {
		t.Errorf("search beside loops: exit %d\n%s%s", code, out, stderr)
	}
}

// TestAddWithAnEmptyRecordFile: `cypx add report.txt --meta meta.yaml`
// where the file is empty or blank is refused naming the file and saying
// it is empty. Before: "--meta meta.yaml: no RIS record (a TY line)".
func TestAddWithAnEmptyRecordFile(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	doc := filepath.Join(dir, "report.txt")
	os.WriteFile(doc, []byte("Waiting times\n\nAround 40% of children waited more than 18 weeks for community paediatrics in 2024.\n"), 0o644)
	for name, data := range map[string]string{"meta.yaml": "", "record.ris": " \n\n"} {
		rec := filepath.Join(dir, name)
		os.WriteFile(rec, []byte(data), 0o644)
		_, stderr, code := cli(t, "add", doc, "--meta", rec)
		if code != 2 || !strings.Contains(stderr, rec+": the file is empty") {
			t.Errorf("%s: exit %d, %q", name, code, stderr)
		}
	}
}
