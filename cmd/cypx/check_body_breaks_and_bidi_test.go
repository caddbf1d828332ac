package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckNamesBodyBreakControlsAndBidi: `cypx check` names a body's line
// holding a NEL (U+0085), a vertical tab or a form feed as holding a
// control character, and one holding a bidirectional override or isolate
// (U+202E, U+2067) as holding a bidirectional control. Before (hostile
// check 86, F5): none of them was a problem, while U+009B was.
func TestCheckNamesBodyBreakControlsAndBidi(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	for name, text := range map[string]string{
		"nel": "Waits rose in Eastmoor\u0085 last year.",
		"vt":  "Waits rose in Eastmoor\v last year.",
		"ff":  "Waits rose in Eastmoor\f last year.",
		"rlo": "Waits rose in Eastmoor\u202e last year.",
		"lri": "Waits rose in \u2067Eastmoor\u2069 last year.",
	} {
		os.WriteFile(filepath.Join(dir, "sources", name+".md"), []byte("---\ntitle: Waits "+name+"\npublisher: Moor Trust\ndate: 2024\ntype: report\n---\nFirst line.\n\n"+text+"\n"), 0o644)
	}
	out, stderr, code := cli(t, "check", dir)
	stderr = out + stderr
	if code == 0 {
		t.Errorf("check: exit 0, %q", stderr)
	}
	for name, want := range map[string]string{
		"nel": "sources/nel.md:9: the text holds a control character (U+0085)",
		"vt":  "sources/vt.md:9: the text holds a control character (U+000B)",
		"ff":  "sources/ff.md:9: the text holds a control character (U+000C)",
		"rlo": "sources/rlo.md:9: the text holds a bidirectional control (U+202E)",
		"lri": "sources/lri.md:9: the text holds 2 bidirectional controls, the first (U+2067)",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("%s: want %q in %q", name, want, stderr)
		}
	}
}

// TestImportWritesNoBodyCheckRefuses: a web page and a text file whose
// text holds bidirectional controls, a NEL, a vertical tab and a form feed
// are imported without them (the breaks as breaks, the words apart), so
// `cypx check` of the library finds no problem in what the import wrote.
// The try of the last round named every imported page's bidi controls for
// good, and was reverted (hostile check 86, F5).
func TestImportWritesNoBodyCheckRefuses(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	os.WriteFile(page, []byte("<html><head><title>Curlew respite audit</title></head><body><h1>Curlew respite audit</h1>"+
		"<p>In 2024, 31% of \u202ecurlew\u202c respite nights were cancelled.</p>"+
		"<p>Some \u2066218\u2069 families\u0085waited for a place.</p></body></html>"), 0o644)
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("Curlew respite notes\n\nIn 2023, 14 of 50 curlew\vbeds were closed.\fThe board met \u2067twice\u2069 in 2024.\n"), 0o644)
	for _, f := range []string{page, text} {
		_, stderr, code := cli(t, "add", f, "--publisher", "Estuary Board", "--date", "2024", "--type", "report")
		if code != 0 {
			t.Fatalf("add %s: exit %d, %s", f, code, stderr)
		}
	}
	lib := filepath.Join(home, "data", "library")
	if out, stderr, code := cli(t, "check", lib); code != 0 || strings.Contains(out+stderr, "the text holds") {
		t.Errorf("check of the imports: exit %d, %q %q", code, out, stderr)
	}
	entries, _ := os.ReadDir(filepath.Join(lib, "sources"))
	var all string
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(lib, "sources", e.Name()))
		all += string(data)
	}
	for _, words := range []string{"31% of curlew respite", "218 families", "curlew\nbeds", "closed.\n\nThe board met twice"} {
		if !strings.Contains(all, words) {
			t.Errorf("the imports lack %q:\n%s", words, all)
		}
	}
}

// TestCheckNamesBodyNoCharactersAndImportsDropThem: `cypx check` names a
// body's line holding a private-use, unassigned or noncharacter code
// point, or a line or paragraph separator (U+2028, U+2029, a control as
// NEL is), and an import writes none of them (the separators as breaks);
// a bidi mark, a zero-width space and the England flag's tags, which a
// language or an emoji holds, stay unnamed. Before (hostile check 88,
// K1): none was a problem, though cypx showed each escaped.
func TestCheckNamesBodyNoCharactersAndImportsDropThem(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	for name, text := range map[string]string{
		"pua":  "Waits rose in Eastmoor\ue000 last year.",
		"cn":   "Waits rose in Eastmoor\u0378 last year.",
		"nc":   "Waits rose in Eastmoor\ufdd0 last year.",
		"ps":   "Waits rose in Eastmoor\u2029 last year.",
		"kept": "Waits rose in Eastmoor\u200e\u200b last year 🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f.",
		// Hostile check 89, K2: deprecated format characters are named;
		// a soft hyphen, an Arabic letter mark, the combining grapheme
		// joiner, a filler and the blank braille pattern stay.
		"ia":    "Waits rose in East\ufff9moor last year.",
		"dep":   "Waits rose in East\u206amoor last year.",
		"bom":   "Waits rose in East\ufeffmoor last year.",
		"kept2": "Waits rose in East\u00admoor\u061c, Ea\u034fst\u3164 and \u2800 last year.",
	} {
		os.WriteFile(filepath.Join(dir, "sources", name+".md"), []byte("---\ntitle: Waits "+name+"\npublisher: Moor Trust\ndate: 2024\ntype: report\n---\nFirst line.\n\n"+text+"\n"), 0o644)
	}
	out, stderr, _ := cli(t, "check", dir)
	stderr = out + stderr
	for name, want := range map[string]string{
		"pua": "sources/pua.md:9: the text holds a code point no text holds as a character (U+E000",
		"cn":  "sources/cn.md:9: the text holds a code point no text holds as a character (U+0378",
		"nc":  "sources/nc.md:9: the text holds a code point no text holds as a character (U+FDD0",
		"ps":  "sources/ps.md:9: the text holds a control character (U+2029)",
		"ia":  "sources/ia.md:9: the text holds a code point no text holds as a character (U+FFF9: private use, unassigned, a noncharacter or a deprecated format character)",
		"dep": "sources/dep.md:9: the text holds a code point no text holds as a character (U+206A",
		"bom": "sources/bom.md:9: the text holds a code point no text holds as a character (U+FEFF",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("%s: want %q in %q", name, want, stderr)
		}
	}
	if strings.Contains(stderr, "kept.md") || strings.Contains(stderr, "kept2.md") {
		t.Errorf("a mark, a zero-width space or a flag's tags named: %q", stderr)
	}

	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	page := filepath.Join(t.TempDir(), "page.html")
	os.WriteFile(page, []byte("<html><head><title>Dunlin respite audit</title></head><body><h1>Dunlin respite audit</h1>"+
		"<p>In 2024, 31% of \ue000dunlin respite nights were cancelled.\u2029Some 218 families\ufdd0 waited.</p></body></html>"), 0o644)
	if _, stderr, code := cli(t, "add", page, "--publisher", "Estuary Board", "--date", "2024", "--type", "report"); code != 0 || !strings.Contains(stderr, "code points no text holds as a character") {
		t.Fatalf("add: exit %d, %s", code, stderr)
	}
	lib := filepath.Join(home, "data", "library")
	if out, stderr, code := cli(t, "check", lib); code != 0 || strings.Contains(out+stderr, "the text holds") {
		t.Errorf("check of the import: exit %d, %q %q", code, out, stderr)
	}
}

// TestCheckNamesASourceWhoseEndingIsInCapitals: sources/x.MD, which a
// Windows or macOS tool may save for x.md, is named by check, not read;
// the other sources are.
// Before (hostile check 89, P1), it was left out unsaid.
func TestCheckNamesASourceWhoseEndingIsInCapitals(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	for _, name := range []string{"a.md", "x.MD"} {
		os.WriteFile(filepath.Join(dir, "sources", name), []byte("---\ntitle: Waits "+name+"\npublisher: Moor Trust\ndate: 2024\ntype: report\n---\nIn 2024, 312 children waited more than 18 weeks.\n"), 0o644)
	}
	out, stderr, code := cli(t, "check", dir)
	if code == 0 || !strings.Contains(out+stderr, "sources/x.MD: not read: a source's name ends in .md, in lower case: rename it x.md") {
		t.Errorf("check: exit %d, %q %q", code, out, stderr)
	}
	out, stderr, code = cli(t, "items", "--corpus", dir, "--no-bundled")
	if code != 0 || !strings.Contains(out, "a#") || strings.Contains(out, "x#") {
		t.Errorf("items: exit %d, %q %q", code, out, stderr)
	}
}
