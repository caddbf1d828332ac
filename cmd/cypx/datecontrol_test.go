package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAddWarnsOfARecordsDateControl: a vertical tab, a form feed, a NEL,
// a U+2028 or U+2029 at a record's date's edge, or a zero-width space
// inside it, in RIS, BibTeX and CSL JSON, is cleaned on 'cypx add --meta'
// with the warning every other field's cleaning gives, and so is the
// flag's date. Before, the date alone was cleaned unsaid ("PY  - 2024\v"
// dated the source 2024 without a word).
func TestAddWarnsOfARecordsDateControl(t *testing.T) {
	ownHome(t)
	dir := t.TempDir()
	for _, c := range []string{"\v", "\f", "\u0085", "\u2028", "\u2029", "\u200b"} {
		for name, rec := range map[string]string{
			"r.ris":  "TY  - RPRT\r\nTI  - RIS title\r\nPB  - Publisher\r\nPY  - 2024" + c + "\r\nER  - \r\n",
			"r.bib":  "@techreport{k, title = {RIS title}, institution = {Publisher}, year = {" + c + "2024}}\n",
			"r.json": `[{"type": "report", "title": "RIS title", "publisher": "Publisher", "issued": {"date-parts": [["2024` + jsonEscape(c) + `"]]}}]`,
		} {
			path := filepath.Join(dir, name)
			os.WriteFile(path, []byte(rec), 0o644)
			_, out, code := cli(t, "add", reportFile(t, "edge dates"), "--meta", path, "--id", "edge-date", "--force")
			if code != 0 {
				t.Fatalf("%s %+q: add: %s", name, c, out)
			}
			for _, want := range []string{"warning    date: " + path + ": line breaks and invisible or control characters removed", "date       2024\n"} {
				if !strings.Contains(out, want) {
					t.Errorf("%s %+q: add output lacks %q:\n%s", name, c, want, out)
				}
			}
		}
		_, out, code := cli(t, "add", reportFile(t, "edge dates"), "--title", "T", "--publisher", "P", "--type", "report", "--date", "2024"+c, "--id", "edge-date", "--force")
		if code != 0 || !strings.Contains(out, "warning    date: --date: line breaks and invisible or control characters removed") {
			t.Errorf("--date %+q: exit %d\n%s", c, code, out)
		}
	}
	// A record laid out with spaces is not warned of.
	path := filepath.Join(dir, "plain.ris")
	os.WriteFile(path, []byte("TY  - RPRT\r\nTI  - RIS title\r\nPB  - Publisher\r\nPY  -  2024 \t\r\nER  - \r\n"), 0o644)
	if _, out, code := cli(t, "add", reportFile(t, "edge dates"), "--meta", path, "--id", "edge-date", "--force"); code != 0 || strings.Contains(out, "warning    date") {
		t.Errorf("laid out: exit %d\n%s", code, out)
	}
}

// jsonEscape is a character as JSON escapes it.
func jsonEscape(c string) string { return fmt.Sprintf("\\u%04x", []rune(c)[0]) }
