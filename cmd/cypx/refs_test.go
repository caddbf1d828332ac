package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nickng/bibtex"
)

// TestExportForReferenceManagers: the basket exported as RIS, BibTeX and
// CSL JSON gives one record per work — a story and the report it covers
// are two, two parts of one report one — each parsing back; an existing
// file is refused without --force.
func TestExportForReferenceManagers(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	story := idOf(t, "hcl-2024-trusts-work-with-icbs", "Nearly all respondents (97%)")
	rec := idOf(t, "nhsp-2024-forgotten-generation-recommendations", "review of transitions")
	pol := idOf(t, "nhsp-2024-forgotten-generation-policy-systems", "Nearly all respondents (90%)")
	ncb := idOf(t, "ncb-2024-local-nhs-plans", "61% of strategies")
	if _, stderr, code := cli(t, "basket", "add", story, rec, pol, ncb); code != 0 {
		t.Fatal(stderr)
	}
	dir := t.TempDir()
	read := func(f string) string {
		file := filepath.Join(dir, "refs."+f)
		if _, stderr, code := cli(t, "export", "--basket", "--format", f, "-o", file); code != 0 {
			t.Fatalf("export %s: %s", f, stderr)
		}
		b, _ := os.ReadFile(file)
		return string(b)
	}
	// The works: NHS Providers' report (both parts), Gault's story, NCB's press release.
	ris := read("ris")
	if n := strings.Count(ris, "TY  - "); n != 3 || strings.Count(ris, "ER  - ") != 3 {
		t.Errorf("%d RIS records, want 3:\n%s", n, ris)
	}
	for _, want := range []string{"TY  - NEWS\r\nAU  - Gault, Beth\r\n", "T2  - Healthcare Leader", "TY  - RPRT\r\nAU  - NHS Providers,", "M3  - Press release", "Y2  - 2026/11/22/"} {
		if !strings.Contains(ris, want) {
			t.Errorf("RIS lacks %q:\n%s", want, ris)
		}
	}
	bib, err := bibtex.Parse(strings.NewReader(read("bibtex")))
	if err != nil || len(bib.Entries) != 3 {
		t.Fatalf("BibTeX: %v, %d entries", err, len(bib.Entries))
	}
	types := map[string]int{}
	for _, e := range bib.Entries {
		types[e.Type]++
		for _, f := range []string{"title", "year", "url", "urldate"} {
			if e.Fields[f] == nil {
				t.Errorf("@%s %s lacks %s", e.Type, e.CiteName, f)
			}
		}
	}
	if types["techreport"] != 2 || types["article"] != 1 {
		t.Errorf("entry types %v", types)
	}
	var csl []map[string]any
	if err := json.Unmarshal([]byte(read("csljson")), &csl); err != nil || len(csl) != 3 {
		t.Fatalf("CSL JSON: %v, %d items", err, len(csl))
	}
	if csl[0]["type"] != "report" || csl[1]["type"] != "article-newspaper" {
		t.Errorf("CSL types: %v, %v (the report is cited first: it is the story's primary)", csl[0]["type"], csl[1]["type"])
	}

	// An existing file is never replaced without --force.
	file := filepath.Join(dir, "refs.ris")
	if _, stderr, code := cli(t, "export", "--basket", "--format", "ris", "-o", file); code == 0 || !strings.Contains(stderr, "exists: pass --force") {
		t.Errorf("an existing -o file: exit %d, %q", code, stderr)
	}
	if _, stderr, code := cli(t, "export", "--basket", "--format", "ris", "-o", file, "--force"); code != 0 {
		t.Errorf("--force: %s", stderr)
	}
}

// TestAddTakesMetadataFromARecord: cypx add --meta record.ris takes the
// title, author, publisher, place, date, URL and type from the record (a
// plain text file says none of them), says so, and the flags still win.
func TestAddTakesMetadataFromARecord(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	doc := filepath.Join(dir, "notes.txt")
	os.WriteFile(doc, []byte("Waiting times\n\nAround 40% of children waited more than 18 weeks for a first appointment with community paediatrics in 2024.\n\nNHSE should publish waiting times for community paediatrics every month.\n"), 0o644)
	if _, stderr, code := cli(t, "add", doc); code == 0 || !strings.Contains(stderr, "--publisher") {
		t.Fatalf("without a record, add should ask for the publisher: %d %q", code, stderr)
	}
	for name, record := range map[string]string{
		"record.ris":  "TY  - NEWS\r\nAU  - Gault, Beth\r\nTI  - Community paediatrics waits\r\nT2  - Healthcare Leader\r\nDA  - 2024/09/03/\r\nUR  - https://healthcareleadernews.com/news/waits\r\nY2  - 2026/11/01/\r\nER  - \r\n",
		"record.bib":  "@article{gault2024, author = {Gault, Beth}, title = {Community paediatrics waits}, journal = {Healthcare Leader}, entrysubtype = {newspaper}, date = {2024-09-03}, url = {https://healthcareleadernews.com/news/waits}, urldate = {2026-11-01}}",
		"record.json": `[{"id":"g","type":"article-newspaper","title":"Community paediatrics waits","author":[{"family":"Gault","given":"Beth"}],"container-title":"Healthcare Leader","issued":{"date-parts":[[2024,9,3]]},"URL":"https://healthcareleadernews.com/news/waits","accessed":{"date-parts":[[2026,11,1]]}}]`,
	} {
		rec := filepath.Join(dir, name)
		os.WriteFile(rec, []byte(record), 0o644)
		_, out, code := cli(t, "add", doc, "--meta", rec, "--force")
		if code != 0 {
			t.Fatalf("%s: add --meta: %d %s", name, code, out)
		}
		for _, want := range []string{"title      Community paediatrics waits", "publisher  Healthcare Leader", "date       3 September 2024", "type       news", "metadata   from " + rec} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: add says:\n%s\nwant %q", name, out, want)
			}
		}
		if strings.Contains(out, "guessed    title") || strings.Contains(out, "guessed    publisher") {
			t.Errorf("%s: what the record gave is reported as guessed:\n%s", name, out)
		}
		id := strings.Fields(strings.SplitN(out, "\n", 2)[0])[1]
		src, _ := os.ReadFile(filepath.Join(os.Getenv("CYPX_HOME"), "data", "library", "sources", id+".md"))
		for _, want := range []string{"author: Beth Gault", "url: https://healthcareleadernews.com/news/waits", "accessed: \"2026-11-01\"", "type: news"} {
			if !strings.Contains(string(src), want) {
				t.Errorf("%s: the source file lacks %q:\n%s", name, want, src)
			}
		}
	}
	// A flag wins over the record.
	_, out, code := cli(t, "add", doc, "--meta", filepath.Join(dir, "record.ris"), "--title", "My own title", "--force")
	if code != 0 || !strings.Contains(out, "title      My own title") {
		t.Errorf("--title with --meta:\n%s", out)
	}
	// A record that cannot be read is a usage error naming it.
	bad := filepath.Join(dir, "bad.bib")
	os.WriteFile(bad, []byte("@article{x, title = {unclosed"), 0o644)
	if _, stderr, code := cli(t, "add", doc, "--meta", bad); code != 2 || !strings.Contains(stderr, "bad.bib:1: BibTeX syntax error") {
		t.Errorf("a bad record: exit %d, %q", code, stderr)
	}
}
