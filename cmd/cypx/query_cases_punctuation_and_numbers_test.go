package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/export"
)

// TestSourceFilterTakesAnIDInAnyCase: a source id typed in another case
// is the same id on every path (show, cite, basket add already find it),
// so `source:ACME-A` in a query and `--source ACME-A` keep that source's
// items, and a source id holding capitals is found typed in lower case.
// Before, the query found nothing, silently, and the flag said there was
// no such source.
func TestSourceFilterTakesAnIDInAnyCase(t *testing.T) {
	dir := othersCorpus(t)
	os.WriteFile(filepath.Join(dir, "sources", "Big-Id.md"), []byte("---\ntitle: Capitals\npublisher: Cap Trust\ndate: 2024-01-01\ntype: report\n---\nIn 2023, 31% of children waited more than a year for an autism assessment.\n"), 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"search", "source:ACME-A"}, "acme-a#"},
		{[]string{"search", "waited source:Acme-A"}, "acme-a#"},
		{[]string{"search", "--source", "ACME-A"}, "acme-a#"},
		{[]string{"items", "--source", "ACME-A"}, "acme-a#"},
		{[]string{"search", "source:big-id"}, "Big-Id#"},
		{[]string{"search", "--source", "big-id"}, "Big-Id#"},
	} {
		out, stderr, code := cli(t, append([]string{"--corpus", dir}, c.args...)...)
		if code != 0 || !strings.Contains(out, c.want) {
			t.Errorf("%q: exit %d, %s\n%s", c.args, code, stderr, out)
		}
	}
}

// TestLongFuzzyWordIsRefusedInWords: a fuzzy word of thousands of letters
// (a paste ending in "~2") is refused as a long wildcard word is, in
// words, exit 2. Before: bleve's own "dfa contains more than 10000
// states", exit 1.
func TestLongFuzzyWordIsRefusedInWords(t *testing.T) {
	dir := othersCorpus(t)
	for _, w := range []string{strings.Repeat("c", 3000) + "~2", strings.Repeat("waiting", 200) + "~1"} {
		out, stderr, code := cli(t, "--corpus", dir, "search", "children "+w)
		if code != 2 || !strings.Contains(stderr, "a fuzzy word may be at most 100 characters") || strings.Contains(stderr, "dfa") {
			t.Errorf("%.20q…: exit %d, %s%s", w, code, stderr, out)
		}
	}
}

// TestValueOfNoNumberIsRefused: value:NaN, value:Inf and a range or
// comparison with one are refused as value:abc is. Before, value:NaN and
// value:>NaN found nothing and value:1..NaN everything, exit 0.
func TestValueOfNoNumberIsRefused(t *testing.T) {
	dir := othersCorpus(t)
	for _, q := range []string{"value:NaN", "value:Inf", "year:-Inf", "value:>NaN", "value:1..NaN", "value:nan..inf"} {
		out, stderr, code := cli(t, "--corpus", dir, "search", q)
		if code != 2 || !strings.Contains(stderr, "is not a number") {
			t.Errorf("%s: exit %d, %s%s", q, code, stderr, out)
		}
	}
}

// TestTermTypedTwiceIsExpandedOnce: a thesaurus term typed twice in one
// query ("camhs OR CAMHS", "camhs -camhs") is said once on standard error
// and once in the JSON's "expanded". Before, once for each time typed.
func TestTermTypedTwiceIsExpandedOnce(t *testing.T) {
	dir := othersCorpus(t)
	for _, q := range []string{"camhs OR CAMHS", "camhs -camhs", "camhs waiting camhs"} {
		_, stderr, code := cli(t, "--corpus", dir, "search", q)
		if code != 0 || strings.Count(stderr, "also searched") != 1 {
			t.Errorf("%s: exit %d, %s", q, code, stderr)
		}
		out, _, _ := cli(t, "--corpus", dir, "search", q, "--format", "json")
		if strings.Count(out, `"term": `) != 1 {
			t.Errorf("%s: expanded is not one term:\n%s", q, out)
		}
	}
}

// TestSavedListKeepsItsRowsNarrow: a saved search of a long query (an OR
// of thirty synonyms) is listed by its start, so the other rows are not
// padded to its width. Before, every row of 'cypx saved list' was as wide
// as the longest search, 400 columns here.
func TestSavedListKeepsItsRowsNarrow(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := othersCorpus(t)
	var words []string
	for i := 0; i < 30; i++ {
		words = append(words, "waitinglist"+strings.Repeat("x", i%3))
	}
	long := strings.Join(words, " OR ")
	for _, c := range [][]string{{"saved", "add", "short", "camhs"}, {"saved", "add", "long", long}} {
		if _, stderr, code := cli(t, append([]string{"--corpus", dir}, c...)...); code != 0 {
			t.Fatalf("%q: %d %s", c, code, stderr)
		}
	}
	out, stderr, code := cli(t, "saved", "list")
	if code != 0 {
		t.Fatalf("saved list: %d %s", code, stderr)
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if len([]rune(l)) > 120 {
			t.Errorf("a row of %d characters:\n%s", len([]rune(l)), out)
		}
	}
	j, _, _ := cli(t, "saved", "list", "--format", "json")
	if !strings.Contains(j, long) {
		t.Errorf("the JSON lacks the whole search:\n%s", j)
	}
}

// TestColonAfterAWordIsPunctuation: "CAMHS: waiting times" (a heading
// pasted, a note typed) searches its words, the term widened by the
// thesaurus as without the colon; a field with nothing after its colon
// is still told how to give it a value. Before: "CAMHS: needs a value
// right after the colon, as in CAMHS:send", exit 2.
func TestColonAfterAWordIsPunctuation(t *testing.T) {
	dir := othersCorpus(t)
	for _, q := range []string{"CAMHS: waiting", "waited for CAMHS:", "Children: waited"} {
		out, stderr, code := cli(t, "--corpus", dir, "search", q)
		if code != 0 || !strings.Contains(out, "acme-a#") {
			t.Errorf("%q: exit %d, %s\n%s", q, code, stderr, out)
		}
	}
	if _, stderr, _ := cli(t, "--corpus", dir, "search", "CAMHS: waiting"); !strings.Contains(stderr, "also searched") {
		t.Errorf("CAMHS: was not widened as CAMHS is: %s", stderr)
	}
	if _, stderr, code := cli(t, "--corpus", dir, "search", "theme: waiting"); code != 2 || !strings.Contains(stderr, "theme: needs a value right after the colon") {
		t.Errorf("theme: with a space: exit %d, %s", code, stderr)
	}
}

// TestQuestionMarkEndingAQuestion: "how long do children wait for
// CAMHS?" finds what it finds without the question mark; a ? inside a
// word ("w?ited") is still a one-letter wildcard, and "?" alone is still
// told it matches any word. Before: the last word was read as "camhs"
// and one letter more, and the question found nothing.
func TestQuestionMarkEndingAQuestion(t *testing.T) {
	dir := othersCorpus(t)
	for _, q := range []string{"children waited CAMHS?", "waited?", "w?ited"} {
		out, stderr, code := cli(t, "--corpus", dir, "search", q)
		if code != 0 || !strings.Contains(out, "acme-a#") {
			t.Errorf("%q: exit %d, %s\n%s", q, code, stderr, out)
		}
	}
	if _, stderr, code := cli(t, "--corpus", dir, "search", "??"); code != 2 || !strings.Contains(stderr, "matches any word") {
		t.Errorf("??: exit %d, %s", code, stderr)
	}
}

// TestFieldNumberIsReadWhole: value:5m, year:2024-03 and value:1_0 are
// refused as value:>5m is, the number being more than its start. Before:
// value:5m searched for the value 5, year:2024-03 for 2024 and value:1_0
// for 10, exit 0.
func TestFieldNumberIsReadWhole(t *testing.T) {
	dir := othersCorpus(t)
	for _, q := range []string{"value:5m", "year:2024-03", "value:1_0", "value:45%%", "value:0x2D"} {
		out, stderr, code := cli(t, "--corpus", dir, "search", q)
		if code != 2 || !strings.Contains(stderr, "is not a number") {
			t.Errorf("%s: exit %d, %s%s", q, code, stderr, out)
		}
	}
	for _, q := range []string{"value:45%", "value:45", "year:2024", "value:1,200..2,000 OR value:45.0"} {
		if _, stderr, code := cli(t, "--corpus", dir, "search", q); code != 0 {
			t.Errorf("%s: exit %d, %s", q, code, stderr)
		}
	}
}

// TestBlankTitleIsTheDefaultTitle: `export --title "  "` (a blank shell
// variable quoted) titles the pack as no --title does, in Markdown and
// Word. Before: a heading of nothing, "# ".
func TestBlankTitleIsTheDefaultTitle(t *testing.T) {
	dir := othersCorpus(t)
	out, stderr, code := cli(t, "--corpus", dir, "export", "camhs", "--title", "  ")
	if code != 0 || !strings.HasPrefix(out, "# Evidence on children and young people's health services\n") {
		t.Errorf("exit %d, %s\n%.200s", code, stderr, out)
	}
	out, _, _ = cli(t, "--corpus", dir, "export", "camhs", "--title", " My pack \t")
	if !strings.HasPrefix(out, "# My pack\n") {
		t.Errorf("a title's blanks are kept:\n%.100s", out)
	}
}

// TestExportIntoARemovedFolderSaysSo: the explorer's e, where the folder
// cypx was started in has been removed since, says so and writes nothing.
// Before: "Export failed: getwd: no such file or directory".
func TestExportIntoARemovedFolderSaysSo(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "work")
	os.Mkdir(dir, 0o755)
	t.Chdir(dir)
	os.Remove(dir)
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	_, err := exportToFolder(".", export.Pack{Accessed: now}, now)
	if err == nil || !strings.Contains(err.Error(), "the folder cypx was started in is gone") || strings.Contains(err.Error(), "getwd") {
		t.Errorf("exporting into a removed folder: %v", err)
	}
}

// TestThemeFlagTakesAnyCase: --theme WAITING-LISTS keeps the theme's
// items, as theme:WAITING-LISTS in a query and --kind STATISTIC do, and a
// saved search keeps the theme's id as the taxonomy spells it. Before:
// "--theme: unknown theme \"WAITING-LISTS\"", exit 2.
func TestThemeFlagTakesAnyCase(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := othersCorpus(t)
	os.WriteFile(filepath.Join(dir, "themes.yaml"), []byte("themes:\n  - id: waiting-lists\n    label: Waiting lists\n    terms: [waited]\n"), 0o644)
	for _, args := range [][]string{{"search", "--theme", "WAITING-LISTS", "camhs"}, {"items", "--theme", "Waiting-Lists"}} {
		out, stderr, code := cli(t, append([]string{"--corpus", dir}, args...)...)
		if code != 0 || !strings.Contains(out, "acme-a#") {
			t.Errorf("%q: exit %d, %s\n%s", args, code, stderr, out)
		}
	}
	if _, stderr, code := cli(t, "--corpus", dir, "saved", "add", "w", "camhs", "--theme", "Waiting-Lists"); code != 0 {
		t.Fatalf("saved add: %d %s", code, stderr)
	}
	if j, _, _ := cli(t, "saved", "list", "--format", "json"); !strings.Contains(j, `"waiting-lists"`) {
		t.Errorf("the saved search does not keep the theme's id:\n%s", j)
	}
}

// TestParticlesAndTitlesInAuthorNames: "Bob van der Berg" is cited by his
// family name "van der Berg", and "Dr Jane Doe" has no initial D., on
// every path: the in-text citation and the reference in each style, and
// the BibTeX, CSL JSON and RIS records. Before: "(O'Neil, Berg and Doe,
// 2024)", "Berg, B.V.D.", "Doe, D.J.", BibTeX "Berg, Bob van der", CSL
// JSON {"family": "Berg", "given": "Bob van der"}.
func TestParticlesAndTitlesInAuthorNames(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "vdb.md"), []byte("---\ntitle: Waiting for help\npublisher: Acme Trust\nauthor: Ann O'Neil and Bob van der Berg and Dr Jane Doe\ndate: 2024-03-01\ntype: report\n---\nIn 2023, 15% of children waited more than 18 weeks for CAMHS.\n"), 0o644)
	id := corpusID(t, dir, "vdb")
	for _, c := range []struct{ args, want []string }{
		{[]string{"cite", id, "--style", "harvard"}, []string{"(O'Neil, van der Berg and Doe, 2024)"}},
		{[]string{"cite", id, "--style", "harvard", "--format", "reference"}, []string{"O'Neil, A., van der Berg, B. and Doe, J. (2024)"}},
		{[]string{"cite", id, "--style", "apa", "--format", "reference"}, []string{"O'Neil, A., van der Berg, B., & Doe, J. (2024)"}},
		{[]string{"cite", id, "--style", "vancouver", "--format", "reference"}, []string{"O'Neil A, van der Berg B, Doe J."}},
		{[]string{"cite", id, "--style", "footnotes", "--format", "reference"}, []string{"O'Neil, Ann, Bob van der Berg, and"}},
		{[]string{"export", "camhs", "--format", "bibtex"}, []string{"author = {O'Neil, Ann and van der Berg, Bob and Doe, Jane}"}},
		{[]string{"export", "camhs", "--format", "csljson"}, []string{`"family": "van der Berg"`, `"given": "Bob"`, `"given": "Jane"`}},
		{[]string{"export", "camhs", "--format", "ris"}, []string{"AU  - van der Berg, Bob", "AU  - Doe, Jane"}},
	} {
		out, stderr, code := cli(t, append([]string{"--corpus", dir}, c.args...)...)
		for _, w := range c.want {
			if code != 0 || !strings.Contains(out, w) {
				t.Errorf("%q: exit %d, %s; lacks %q:\n%s", c.args, code, stderr, w, out)
			}
		}
	}
}

// TestAttributionToTheWorksOwnAuthorIsNotRepeated: "Jane Smith found that
// 14% …" in Jane Smith's own report, or in a story covering it, is cited
// as the report's finding, on every path (cite in each style, show, the
// JSON citation, a pack), as "The Acme Trust found …" in the Acme Trust's
// report already was. Before: "(Jane Smith, cited in Smith, 2024)", and
// "(Jane Smith, cited in Smith, 2024; reported by Reporter, 2024)".
func TestAttributionToTheWorksOwnAuthorIsNotRepeated(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "own.md"), []byte("---\ntitle: Waiting for help\npublisher: Acme Trust\nauthor: Jane Smith\ndate: 2024-03-01\ntype: report\n---\nJane Smith found that 14% of children waited more than 52 weeks for CAMHS in 2023.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "sources", "story.md"), []byte("---\ntitle: Long waits\npublisher: News Corp\nauthor: Ann Reporter\ndate: 2024-03-05\ntype: news\nabout: own\n---\nJane Smith found that 14% of children waited more than 52 weeks for CAMHS in 2023.\n"), 0o644)
	for _, c := range []struct {
		source string
		args   []string
		want   string
	}{
		{"own", []string{"cite", "", "--style", "harvard"}, "(Smith, 2024)"},
		{"own", []string{"cite", "", "--style", "apa"}, "(Smith, 2024)"},
		{"own", []string{"cite", "", "--style", "footnotes"}, "¹ Jane Smith, Waiting"},
		{"own", []string{"show", ""}, "cite       (Smith, 2024)"},
		{"own", []string{"show", "", "--format", "json"}, `"citation": "Smith (2024)"`},
		{"story", []string{"cite", "", "--style", "harvard"}, "(Smith, 2024; reported by Reporter, 2024)"},
		{"story", []string{"cite", "", "--style", "vancouver"}, "(1; reported by 2)"},
		{"own", []string{"export", "weeks", "--format", "md"}, "— (Smith, 2024), statistic"},
	} {
		args := append([]string{}, c.args...)
		if args[1] == "" {
			args[1] = corpusID(t, dir, c.source)
		}
		out, stderr, code := cli(t, append([]string{"--corpus", dir}, args...)...)
		if code != 0 || !strings.Contains(out, c.want) || strings.Contains(out, "Jane Smith, cited in") || strings.Contains(out, "Jane Smith, as cited") {
			t.Errorf("%s %q: exit %d, %s; want %q:\n%s", c.source, args, code, stderr, c.want, out)
		}
	}
}
