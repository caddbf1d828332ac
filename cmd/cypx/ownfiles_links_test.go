package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputThroughALinkAndDotDotIsRefused: `-o LINK/../name`, LINK a
// link to a folder inside cypx's own, is written where the kernel goes
// (the link followed, then `..`), so it is refused as that folder's file
// even when the file does not exist yet (hostile check 43). Before, the
// folder of a new file was found by lexical cleaning, which reduced
// `LINK/..` to the link's own folder: the pack was written as the
// library's themes.yaml, the history or a source.
func TestOutputThroughALinkAndDotDotIsRefused(t *testing.T) {
	home := os.Getenv("CYPX_HOME")
	lib := filepath.Join(home, "data", "library")
	trash := filepath.Join(lib, "trash-43")
	if err := os.MkdirAll(trash, 0o755); err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(trash)
	stateSub := filepath.Join(home, "state", "sub-43")
	if err := os.MkdirAll(stateSub, 0o755); err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(stateSub)
	tmp := t.TempDir()
	l4, l5 := filepath.Join(tmp, "L4"), filepath.Join(tmp, "L5")
	if err := os.Symlink(trash, l4); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(stateSub, l5); err != nil {
		t.Fatal(err)
	}
	corpus := t.TempDir()
	os.MkdirAll(filepath.Join(corpus, "sources", "deep"), 0o755)
	os.WriteFile(filepath.Join(corpus, "sources", "waits.md"), []byte("---\ntitle: Waits\npublisher: P\ndate: 2024\ntype: report\n---\nIn 2024, 45% of children waited more than 18 weeks.\n"), 0o644)
	l6 := filepath.Join(tmp, "L6")
	if err := os.Symlink(filepath.Join(corpus, "sources", "deep"), l6); err != nil {
		t.Fatal(err)
	}
	checkRefusedOutputs(t, []refusedOutput{
		{[]string{"-o", l4 + "/../new-43.yaml"}, "is in cypx's library folder", filepath.Join(lib, "new-43.yaml")},
		{[]string{"-o", l5 + "/../new-43.json"}, "is in cypx's state folder", filepath.Join(home, "state", "new-43.json")},
		{[]string{"--corpus", corpus, "-o", l6 + "/../../new-43.yaml"}, "is in the corpus folder", filepath.Join(corpus, "new-43.yaml")},
	})
}

// TestOutputRelativeNamesTheFolderWrittenTo: a relative -o that climbs out
// of the folder the command runs in is refused naming the folder it
// reaches, not the one the command ran in (hostile check 43: run in the
// library's sources, `-o ../../../state/rel.json` was refused as "in
// cypx's library of sources").
func TestOutputRelativeNamesTheFolderWrittenTo(t *testing.T) {
	home := os.Getenv("CYPX_HOME")
	sources := filepath.Join(home, "data", "library", "sources")
	if err := os.MkdirAll(sources, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(sources)
	_, stderr, code := cli(t, "export", "waited", "-o", "../../../state/rel-43.json")
	if code == 0 || !strings.Contains(stderr, "is in cypx's state folder") {
		t.Errorf("exit %d, %q, want the state folder named", code, stderr)
	}
	os.Remove(filepath.Join(home, "state", "rel-43.json"))
}

// TestOutputThroughADanglingLinkIsRefused: `-o LINK`, LINK a link to a
// file not yet written inside cypx's own folders (the library's sources,
// the corpus in use, the index cache), is refused as that
// folder's file, as the same name given directly is: writing follows the
// link and would create the target (hostile check 86, F1: the pack was
// written into the sources, and every later command warned of a source
// with no front matter).
func TestOutputThroughADanglingLinkIsRefused(t *testing.T) {
	home := os.Getenv("CYPX_HOME")
	sources := filepath.Join(home, "data", "library", "sources")
	for _, dir := range []string{sources, filepath.Join(home, "cache")} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	corpus := t.TempDir()
	os.MkdirAll(filepath.Join(corpus, "sources"), 0o755)
	os.WriteFile(filepath.Join(corpus, "sources", "waits.md"), []byte("---\ntitle: Waits\npublisher: P\ndate: 2024\ntype: report\n---\nIn 2024, 45% of children waited more than 18 weeks.\n"), 0o644)
	tmp := t.TempDir()
	link := func(name, target string) string {
		l := filepath.Join(tmp, name)
		if err := os.Symlink(target, l); err != nil {
			t.Fatal(err)
		}
		return l
	}
	// A link to a link, the last one relative, dangling at the end.
	link("hop", filepath.Join(sources, "new-86b.md"))
	checkRefusedOutputs(t, []refusedOutput{
		{[]string{"-o", link("to-sources.md", filepath.Join(sources, "new-86.md"))}, "is in cypx's library of sources", filepath.Join(sources, "new-86.md")},
		{[]string{"-o", link("to-hop.md", "hop")}, "is in cypx's library of sources", filepath.Join(sources, "new-86b.md")},
		{[]string{"--corpus", corpus, "-o", link("to-corpus.md", filepath.Join(corpus, "sources", "new-86.md"))}, "is in the corpus folder", filepath.Join(corpus, "sources", "new-86.md")},
		{[]string{"-o", link("to-cache.md", filepath.Join(home, "cache", "new-86.md"))}, "is in cypx's index cache", filepath.Join(home, "cache", "new-86.md")},
	})
}

// TestOutputNameEndingInASpaceOrADotIsRefused: `-o "q.docx "` or `-o
// "r.docx."` is refused, nothing written: the format is read from the
// name's ending, and Windows and shared drives drop a trailing space or
// dot. Before, both wrote Markdown, reported "wrote … to q.docx " (hostile
// check 86, F9). "./pack.md" and a folder's trailing slash stay names.
func TestOutputNameEndingInASpaceOrADotIsRefused(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"q.docx ", "r.docx.", "pack. "} {
		path := filepath.Join(dir, name)
		_, stderr, code := cli(t, "export", "waited", "-o", path)
		if code == 0 || !strings.Contains(stderr, "ends in a space or a dot") {
			t.Errorf("%q: exit %d, %q; want the name refused", name, code, stderr)
		}
		if _, err := os.Stat(path); err == nil {
			t.Errorf("%q: written", name)
		}
	}
	t.Chdir(dir)
	if _, stderr, code := cli(t, "export", "waited", "-o", "./pack.md"); code != 0 {
		t.Errorf("./pack.md: exit %d, %q", code, stderr)
	}
}

// TestOutputNamesWindowsCannotHoldAreRefused: -o names that the id rule
// refuses or that hide their ending are refused, nothing written: a
// device's name with any ending or case, a colon (a stream), a no-break
// space at the end, an ending with a Cyrillic letter. Before (hostile
// check 88, O1), each was written, most as Markdown under a Word name.
// A name with letters that are not ASCII before its ending stays a name.
func TestOutputNamesWindowsCannotHoldAreRefused(t *testing.T) {
	dir := t.TempDir()
	for name, want := range map[string]string{
		"nul.docx":      "a name Windows keeps for a device",
		"CON.md":        "a name Windows keeps for a device",
		"prn":           "a name Windows keeps for a device",
		"com¹.json":     "a name Windows keeps for a device",
		"s.docx:":       "holds a colon",
		"t.docx::$DATA": "holds a colon",
		"v.docx\u00a0":  "ends in U+00A0",
		"z.do\u0441x":   "holds a character that is not ASCII",
		// Hostile check 89, O2: characters Windows does not allow, and
		// ones that hide or reorder the name.
		"a?.md":               "which Windows does not allow",
		"a|b.md":              "which Windows does not allow",
		"a\"b.md":             "which Windows does not allow",
		"a<b.md":              "which Windows does not allow",
		"a\tb.md":             "which Windows does not allow",
		"report\u202excod.md": "an invisible or direction character",
		"rep\u200eort.md":     "an invisible or direction character",
	} {
		path := filepath.Join(dir, name)
		_, stderr, code := cli(t, "export", "waited", "-o", path)
		if code == 0 || !strings.Contains(stderr, want) {
			t.Errorf("%q: exit %d, %q; want %q", name, code, stderr, want)
		}
		if _, err := os.Stat(path); err == nil {
			t.Errorf("%q: written", name)
		}
	}
	if _, stderr, code := cli(t, "export", "waited", "-o", filepath.Join(dir, "résumé des attentes.md")); code != 0 {
		t.Errorf("a name with accents: exit %d, %q", code, stderr)
	}
}

// TestOutputEndingOfAFormatCypxDoesNotWriteIsRefused: -o whose ending
// names a format cypx does not write (.pdf, .xlsx, .htm), or Word to a
// text file, is refused unless --force, which writes it with a warning; a
// text ending holds Markdown, and a name with no ending or one of digits
// takes the format given. Before (hostile check 89, W2), each was written
// unsaid, and the program the ending names refused the file.
func TestOutputEndingOfAFormatCypxDoesNotWriteIsRefused(t *testing.T) {
	dir := t.TempDir()
	checkRefusedOutputs(t, []refusedOutput{
		{[]string{"-o", filepath.Join(dir, "y.pdf")}, "names a pdf file, which cypx does not write (it writes md): give a name ending .md", filepath.Join(dir, "y.pdf")},
		{[]string{"-o", filepath.Join(dir, "y.XLSX")}, "names a xlsx file", filepath.Join(dir, "y.XLSX")},
		{[]string{"--format", "docx", "-o", filepath.Join(dir, "y.txt")}, "names a text file, but --format docx writes a Word document", filepath.Join(dir, "y.txt")},
	})
	for _, name := range []string{"notes.txt", "pack", "pack.2026"} {
		if _, stderr, code := cli(t, "export", "waited", "-o", filepath.Join(dir, name)); code != 0 || stderr != "" && !strings.Contains(stderr, "wrote") {
			t.Errorf("%s: exit %d, %q", name, code, stderr)
		}
	}
	_, stderr, code := cli(t, "export", "waited", "-o", filepath.Join(dir, "y.htm"), "--force")
	if code != 0 || !strings.Contains(stderr, "warning: ") || !strings.Contains(stderr, "names a htm file, which cypx does not write (it writes md); it holds md, as --force asked") {
		t.Errorf("y.htm --force: exit %d, %q", code, stderr)
	}
}

// refusedOutput is an export whose -o a test expects refused: its
// arguments after "export waited", the refusal's words, and the file that
// must not have been written.
type refusedOutput struct {
	args    []string
	want    string
	written string
}

// checkRefusedOutputs runs each export and checks it was refused, saying
// want, and wrote nothing where written names (a file found there is
// removed, so one failure does not spill into the next case).
func checkRefusedOutputs(t *testing.T, cases []refusedOutput) {
	t.Helper()
	for _, c := range cases {
		_, stderr, code := cli(t, append([]string{"export", "waited"}, c.args...)...)
		if code == 0 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, %q, want %q", c.args, code, stderr, c.want)
		}
		if _, err := os.Stat(c.written); err == nil {
			os.Remove(c.written)
			t.Errorf("%v: a pack was written to %s", c.args, c.written)
		}
	}
}
