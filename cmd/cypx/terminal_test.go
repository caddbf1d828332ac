package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

// cliTTY runs cypx in process as if both outputs were terminals.
func cliTTY(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, stdio{in: strings.NewReader(""), out: &out, err: &errOut, outTTY: true, errTTY: true})
	return out.String(), errOut.String(), code
}

// rawUnsafe returns the first character in s that must not reach a
// terminal raw (evidence.UnsafeAfter, but newline and tab), or "" when
// there is none. cypx's own bold codes are allowed.
func rawUnsafe(s string) string {
	s = strings.NewReplacer(boldOn, "", boldOff, "", crlf, "\n").Replace(s)
	prev := rune(-1)
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return s[i : i+1]
			}
		}
		if r != '\n' && r != '\t' && evidence.UnsafeAfter(prev, r) {
			return string(r)
		}
		prev = r
	}
	return ""
}

// hostile is metadata meant to act on a terminal or a Markdown reader:
// OSC 52 (write the clipboard), CSI, C1 CSI, DEL, a right-to-left
// override, zero-width space, byte-order mark, a next-line control, line
// breaks that start a heading and a javascript: link.
const hostilePublisher = `"Evil\e]52;c;ZWNobyBwd25lZA==\a Corp\u202e\u200b\ufeff\ufe0f\u2061\x7f\x9b2J\N"`
const hostileTitle = `"Report\n## Fake heading\n[click](javascript:alert(1))\u2066\u200f"`

// hostileCorpus writes a corpus whose one source carries hostile metadata
// and escape codes in its body.
func hostileCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	src := "---\ntitle: " + hostileTitle + "\npublisher: " + hostilePublisher +
		"\nauthor: \"Ann\\e[2J Author\"\ndate: 2024\ntype: report\nurl: \"javascript:alert(document.cookie)\"\nnote: \"basis\\u202e\\u2067x\"\n---\n" +
		"In total 42% of services reported a \x1b[31mred\x1b[0m wait and a bell\x07 and a \u202eright-to-left\u202c word and zero\u200bwidth, a selector\ufe0f after a letter, a \u2764\ufe0f heart and \u2764\ufe0f\ufe0f\U000e0100 hidden data.\n\n" +
		"Commissioners should publish waiting times for every children's service\x1b]52;c;aGk=\x07 now.\n"
	os.WriteFile(filepath.Join(dir, "sources", "evil.md"), []byte(src), 0o644)
	return dir
}

// TestHostileThemeLabelsAreAProblem: a theme label with a control
// sequence is a problem at its line, the theme left out, and the message
// reaches the terminal escaped.
func TestHostileThemeLabelsAreAProblem(t *testing.T) {
	dir := hostileCorpus(t)
	themes, _ := bundled.FS.Open("themes.yaml")
	var b bytes.Buffer
	b.ReadFrom(themes)
	hostile := strings.Replace(b.String(), "label: Waiting lists and access", `label: "Waiting\e]52;c;aGk=\a lists\u202e"`, 1)
	os.WriteFile(filepath.Join(dir, "themes.yaml"), []byte(hostile), 0o644)
	// The theme is left out with a problem at its line: 'cypx check'
	// lists it and fails, other commands warn of it and go on (round 44).
	for _, args := range [][]string{{"check", dir}, {"--corpus", dir, "themes"}, {"--corpus", dir, "search", "x"}} {
		out, stderr, code := cliTTY(t, args...)
		if (code == 0) == (args[0] == "check") || !regexp.MustCompile(`themes\.yaml:[0-9]+: theme "waiting-lists"`).MatchString(out+stderr) {
			t.Errorf("%q: exit %d, %q", args, code, out+stderr)
		}
		if r := rawUnsafe(out + stderr); r != "" {
			t.Errorf("%q wrote %q raw", args, r)
		}
	}
}

// TestEveryCLIPathIsSafeOnATerminal runs every command and format over a
// hostile corpus with both outputs on a terminal: no raw control, bidi,
// invisible character or invalid UTF-8 leaves, in results, warnings or
// errors.
func TestEveryCLIPathIsSafeOnATerminal(t *testing.T) {
	dir := hostileCorpus(t)
	out, _, _ := cli(t, "--corpus", dir, "items", "--format", "json")
	var items []struct{ ID, Kind string }
	if err := json.Unmarshal([]byte(out), &items); err != nil || len(items) < 2 {
		t.Fatalf("items: %v\n%s", err, out)
	}
	id := items[0].ID
	cli(t, "basket", "clear")
	defer cli(t, "basket", "clear")
	runs := [][]string{
		{"items"}, {"items", "--format", "md"}, {"items", "--format", "csv"}, {"items", "--format", "json"},
		{"search", "services"}, {"search", "services", "--format", "md"}, {"search", "services", "--format", "csv"}, {"search", "services", "--format", "json"},
		{"show", id}, {"show", id, "--format", "json"}, {"links", id}, {"links", id, "--format", "json"},
		{"cite", id}, {"cite", id, "--style", "markdown"}, {"cite", id, "--style", "figure"}, {"cite", id, "--style", "harvard"},
		{"map"}, {"map", "--by", "publisher"}, {"map", "--format", "csv"}, {"map", "--format", "json"}, {"chart"},
		{"themes"}, {"themes", "--format", "json"}, {"check"},
		{"export", "services"}, {"export", "services", "--format", "csv"}, {"export", "services", "--format", "json"},
		{"basket", "add", id}, {"basket", "list"}, {"basket", "list", "--format", "json"}, {"export", "--basket"},
		{"search", "\x1b]52;c;aGk=\x07\u202e"}, {"show", "evil#\x1b[2J"}, {"search", "--theme", "\x1b[31m"},
	}
	for _, args := range runs {
		args = append([]string{"--corpus", dir}, args...)
		out, stderr, _ := cliTTY(t, args...)
		if out == "" && stderr == "" {
			t.Errorf("%q wrote nothing", args)
		}
		if r := rawUnsafe(out); r != "" {
			t.Errorf("%q wrote %q raw to standard output:\n%s", args, r, out)
		}
		if r := rawUnsafe(stderr); r != "" {
			t.Errorf("%q wrote %q raw to standard error:\n%s", args, r, stderr)
		}
	}
	if out, _, _ := cliTTY(t, "--corpus", dir, "items"); !strings.Contains(out, `\x1b[31mred`) || !strings.Contains(out, `service\x1b]52;c;aGk=\a`) {
		t.Errorf("items: the escapes are not shown escaped:\n%s", out)
	}
	// A variation selector stays after the emoji it draws, and is shown
	// escaped anywhere else.
	if out, _, _ := cliTTY(t, "--corpus", dir, "items"); !strings.Contains(out, "a \u2764\ufe0f\n") || !strings.Contains(out, `selector\ufe0f after`) || !strings.Contains(out, "\u2764\ufe0f"+`\ufe0f\U000e0100 hidden`) {
		t.Errorf("items: variation selectors:\n%+q", out)
	}
	// JSON keeps the data: the escapes are JSON's own, read back the same.
	out, _, _ = cliTTY(t, "--corpus", dir, "items", "--format", "json")
	var back []struct {
		Text       string `json:"text"`
		SourceInfo struct {
			Note string `json:"note"`
		} `json:"source_info"`
	}
	json.Unmarshal([]byte(out), &back)
	if len(back) == 0 || !strings.Contains(back[0].Text, "\u202eright-to-left") || !strings.Contains(back[0].Text, "\x1b[31mred") {
		t.Errorf("JSON on a terminal lost the text: %+v", back)
	}
}

// TestFileNamesAndErrorsAreEscaped: a file name with invalid UTF-8, an
// escape code and a line break reaches messages escaped and on one line.
func TestFileNamesAndErrorsAreEscaped(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "bad\xff\x1b]52;c;aGk=\x07\nname\u202e.txt")
	os.WriteFile(name, nil, 0o644)
	for _, args := range [][]string{{"add", name}, {"add", filepath.Join(dir, "missing\x1b[2J\u200b.pdf")}, {"--corpus", name, "items"}, {"check", name}} {
		for _, run := range []func(*testing.T, ...string) (string, string, int){cli, cliTTY} {
			out, stderr, code := run(t, args...)
			if code == 0 {
				t.Errorf("%q: exit 0", args)
			}
			if r := rawUnsafe(out + stderr); r != "" {
				t.Errorf("%q wrote %q raw:\n%q", args, r, stderr)
			}
			if strings.Count(strings.TrimSpace(stderr), "\n") > 1 || strings.Contains(stderr, "\nname") {
				t.Errorf("%q: the file name's line break started a line of its own:\n%s", args, stderr)
			}
		}
	}
	// A corpus with a source whose file name is not UTF-8 names it escaped.
	corpusDir := t.TempDir()
	os.MkdirAll(filepath.Join(corpusDir, "sources"), 0o755)
	os.WriteFile(filepath.Join(corpusDir, "sources", "x\xff\x1b[2J.md"), []byte("---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\n---\nSome text that is long enough to be an item of evidence here.\n"), 0o644)
	out, stderr, _ := cliTTY(t, "check", corpusDir)
	if r := rawUnsafe(out + stderr); r != "" || !strings.Contains(out, `x\xff\x1b[2J.md`) {
		t.Errorf("check of a bad file name: %q raw, output:\n%s%s", r, out, stderr)
	}
}

// TestCheckFlagsMetadataWithControlCharacters: every field with a line
// break or control character is a problem at its line, and the source
// still loads, cleaned.
func TestCheckFlagsMetadataWithControlCharacters(t *testing.T) {
	dir := hostileCorpus(t)
	out, _, code := cli(t, "check", dir)
	if code == 0 {
		t.Fatalf("check passed a hostile corpus:\n%s", out)
	}
	for _, want := range []string{"sources/evil.md:2: title:", "sources/evil.md:3: publisher:", "sources/evil.md:4: author:", "sources/evil.md:8: note:"} {
		if !strings.Contains(out, want) {
			t.Errorf("check lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = cli(t, "--corpus", dir, "items", "--format", "json")
	if !strings.Contains(out, `"publisher": "Evil Corp"`) {
		t.Errorf("the publisher was not cleaned on load:\n%s", out)
	}
}

// TestAddCleansARecordsFieldsWithTheFlagsWarning: a --meta record (RIS,
// BibTeX, CSL JSON) whose fields hold escape sequences, bidi controls or
// invisible characters is cleaned by the same path as the flags, with the
// same warning naming the record's file, and its escape sequences go
// whole, parameters and all.
func TestAddCleansARecordsFieldsWithTheFlagsWarning(t *testing.T) {
	dir := t.TempDir()
	records := map[string]string{
		"r.ris":  "TY  - RPRT\r\nTI  - RIS title \x1b]52;c;ZWNobyBwd24K\x07\u009b2J \u202eevil\r\nPB  - Pub\u0085lisher\r\nPY  - 2024\r\nER  - \r\n",
		"r.bib":  "@techreport{k,\n  title = {RIS title \x1b]52;c;ZWNobyBwd24K\x07\u009b2J \u202eevil},\n  institution = {Pub\u0085lisher},\n  year = {2024}\n}\n",
		"r.json": `[{"type": "report", "title": "RIS title \u001b]52;c;ZWNobyBwd24K\u0007\u009b2J \u202eevil", "publisher": "Pub\u0085lisher", "issued": {"date-parts": [[2024]]}}]`,
	}
	for name, rec := range records {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(rec), 0o644)
		_, out, code := cli(t, "add", reportFile(t, "hostile records"), "--meta", path, "--id", "hostile-record", "--force")
		if code != 0 {
			t.Fatalf("%s: add: %s", name, out)
		}
		for _, want := range []string{"warning    title: " + path + ": line breaks and invisible or control characters removed", "warning    publisher: " + path + ": line breaks", "title      RIS title evil", "publisher  Pub lisher"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: add output lacks %q:\n%s", name, want, out)
			}
		}
		data, _ := os.ReadFile(filepath.Join(librarySources(), "hostile-record.md"))
		if strings.Contains(string(data), "52;c;") || evidence.HasUnsafe(strings.ReplaceAll(string(data), "\n", " ")) {
			t.Errorf("%s: the saved source holds an escape sequence or its remainder:\n%q", name, data)
		}
		cli(t, "remove", "hostile-record")
	}
}

// TestAddCleansMetadataWithAWarning: metadata from flags (or the file)
// with control characters or line breaks is stored cleaned, and said,
// naming the flag.
func TestAddCleansMetadataWithAWarning(t *testing.T) {
	report := reportFile(t, "hostile services")
	_, out, code := cli(t, "add", report, "--id", "hostile-meta", "--publisher", "Evil\x1b]52;c;aGk=\x07\nCorp", "--title", "T\u202eitle", "--date", "2024", "--type", "report")
	defer cli(t, "remove", "hostile-meta")
	if code != 0 {
		t.Fatalf("add: %s", out)
	}
	if !strings.Contains(out, "warning    publisher: --publisher: line breaks and invisible or control characters removed") || !strings.Contains(out, "publisher  Evil Corp") {
		t.Errorf("add output:\n%s", out)
	}
	data, _ := os.ReadFile(filepath.Join(librarySources(), "hostile-meta.md"))
	if evidence.HasUnsafe(strings.ReplaceAll(string(data), "\n", " ")) {
		t.Errorf("the saved source holds control characters:\n%q", data)
	}
}
