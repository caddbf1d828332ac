package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// reportFile writes a small text report that imports into one statistic.
func reportFile(t *testing.T, words string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "report.txt")
	body := "A report on waiting lists\n\nNearly all respondents (97%) said that demand for " + words + " had increased since the pandemic began in earnest.\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// librarySources is the test run's library sources folder.
func librarySources() string {
	return filepath.Join(os.Getenv("CYPX_HOME"), "data", "library", "sources")
}

// TestIDsCannotLeaveTheLibrary holds add --id and remove to the one id
// rule: a path, a separator or a device name is refused, and nothing
// outside the library is written or moved.
func TestIDsCannotLeaveTheLibrary(t *testing.T) {
	outside := t.TempDir()
	keep := filepath.Join(outside, "keep.md")
	os.WriteFile(keep, []byte("keep me\n"), 0o644)
	os.MkdirAll(librarySources(), 0o755)
	up, err := filepath.Rel(librarySources(), filepath.Join(outside, "notes"))
	if err != nil {
		t.Fatal(err)
	}
	report := reportFile(t, "services")
	meta := []string{"--publisher", "P", "--date", "2024", "--type", "report"}
	for _, id := range []string{up, "a/b", `a\b`, "/tmp/x", "..", ".hidden", "nul", "COM1.x", "x\x1b]52;c;aGk=\x07", strings.Repeat("x", 201)} {
		_, stderr, code := cli(t, append([]string{"add", report, "--id", id, "--force"}, meta...)...)
		if code == 0 || !strings.Contains(stderr, "--id:") {
			t.Errorf("add --id %q: exit %d, %q; want a refusal", id, code, stderr)
		}
		if strings.ContainsAny(stderr, "\x1b\x07") {
			t.Errorf("add --id %q: raw control characters in the message %q", id, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(outside, "notes.md")); err == nil {
		t.Error("add --id ../.. wrote a file outside the library")
	}
	upKeep, _ := filepath.Rel(librarySources(), filepath.Join(outside, "keep"))
	if _, _, code := cli(t, "remove", upKeep); code == 0 {
		t.Error("remove ../.. succeeded")
	}
	if data, err := os.ReadFile(keep); err != nil || string(data) != "keep me\n" {
		t.Errorf("remove ../.. moved a file outside the library: %v", err)
	}
	entries, _ := os.ReadDir(librarySources())
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "a") && e.IsDir() {
			t.Errorf("--id a/b made a folder in the library: %s", e.Name())
		}
	}
	for _, ref := range []string{"../../x", "abc", "x#1234\x1b[2J", "a/b#12345678"} {
		for _, cmd := range [][]string{{"show", ref}, {"cite", ref}, {"links", ref}, {"basket", "add", ref}, {"basket", "remove", ref}} {
			_, stderr, code := cli(t, cmd...)
			if code == 0 || !strings.Contains(stderr, "is not an item id") || strings.ContainsAny(stderr, "\x1b") {
				t.Errorf("%q: exit %d, %q; want the id rule, escaped", cmd, code, stderr)
			}
		}
	}
}

// TestRemovingTwiceKeepsBothInTheTrash: the same id removed twice within
// one second (the test clock does not move at all) keeps both copies.
func TestRemovingTwiceKeepsBothInTheTrash(t *testing.T) {
	meta := []string{"--title", "Twice", "--publisher", "P", "--date", "2024", "--type", "report", "--id", "twice-removed"}
	for _, words := range []string{"first services", "second services"} {
		if _, stderr, code := cli(t, append([]string{"add", reportFile(t, words)}, meta...)...); code != 0 {
			t.Fatalf("add: %s", stderr)
		}
		if _, stderr, code := cli(t, "remove", "twice-removed"); code != 0 {
			t.Fatalf("remove: %s", stderr)
		}
	}
	trashed, _ := filepath.Glob(filepath.Join(filepath.Dir(librarySources()), "trash", "twice-removed-*.md"))
	var all string
	for _, f := range trashed {
		data, _ := os.ReadFile(f)
		all += string(data)
	}
	if len(trashed) != 2 || !strings.Contains(all, "first services") || !strings.Contains(all, "second services") {
		t.Errorf("trash holds %d copies, want both:\n%s", len(trashed), all)
	}
}

// TestLongInputIsNotRepeatedWhole: an item id, a thesaurus term or a saved
// search's name of 100 KB (a pasted file) is refused with its start and its
// length; the message repeated all 100 KB of it.
func TestLongInputIsNotRepeatedWhole(t *testing.T) {
	long := strings.Repeat("a", 100_000)
	for _, args := range [][]string{{"show", long}, {"cite", long}, {"links", long}, {"basket", "add", long}, {"thesaurus", long}, {"saved", "add", long, "autism"}} {
		_, stderr, code := cli(t, args...)
		if code == 0 || len(stderr) > 1000 || !strings.Contains(stderr, "100000 bytes") {
			t.Errorf("%s of 100 KB: exit %d, %d bytes of message %.120q", args[0], code, len(stderr), stderr)
		}
	}
}

// TestLibraryOfSourcesThatDoNotLoad: a library whose only source no
// longer loads (its front matter edited by hand) was listed as "empty",
// with no warning and exit 0: the file was there, its problems unsaid.
// Now each problem is a warning and the listing says none loads.
func TestLibraryOfSourcesThatDoNotLoad(t *testing.T) {
	os.MkdirAll(librarySources(), 0o755)
	broken := filepath.Join(librarySources(), "broken.md")
	if err := os.WriteFile(broken, []byte("---\ntitle: x\n---\nbody\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(broken)
	stdout, stderr, _ := cli(t, "library")
	if !strings.Contains(stderr, "broken.md:") || strings.Contains(stdout, "is empty") {
		t.Errorf("a library of one broken source: stdout %q, stderr %q", stdout, stderr)
	}
}

// TestABadIDIsSaidFirst: add with a bad --id and metadata missing says the
// id is bad; before, it asked for --type first and named the id only once
// the metadata was given.
func TestABadIDIsSaidFirst(t *testing.T) {
	report := reportFile(t, "services")
	_, stderr, code := cli(t, "add", report, "--id", "a b")
	if code != 2 || !strings.Contains(stderr, "--id:") || strings.Contains(stderr, "--type") {
		t.Errorf("add --id 'a b' without metadata: exit %d, %q; want the id refused first", code, stderr)
	}
}

// TestIDsInAnotherCaseAreTheSame: ids that differ only in case are one id
// (add and the loader hold to it), so 'show', 'basket add' and 'remove' find
// a source typed in another case; they said "no item" and "no source".
func TestIDsInAnotherCaseAreTheSame(t *testing.T) {
	meta := []string{"--title", "Case", "--publisher", "P", "--date", "2024", "--type", "report", "--id", "case-folding-test"}
	if _, stderr, code := cli(t, append([]string{"add", reportFile(t, "casefolded services")}, meta...)...); code != 0 {
		t.Fatalf("add: %s", stderr)
	}
	out, stderr, code := cli(t, "items", "--source", "case-folding-test", "--format", "json")
	id := regexp.MustCompile(`case-folding-test#[0-9a-f]{8}`).FindString(out)
	if code != 0 || id == "" {
		t.Fatalf("items: exit %d, %s\n%s", code, stderr, out)
	}
	upper := "CASE-Folding-TEST#" + strings.SplitN(id, "#", 2)[1]
	if out, stderr, code := cli(t, "show", upper); code != 0 || !strings.Contains(out, "casefolded services") {
		t.Errorf("show %s: exit %d, %s\n%s", upper, code, stderr, out)
	}
	if _, stderr, code := cli(t, "basket", "add", upper); code != 0 {
		t.Errorf("basket add %s: exit %d, %s", upper, code, stderr)
	}
	if _, stderr, code := cli(t, "remove", "CASE-FOLDING-TEST"); code != 0 {
		t.Errorf("remove CASE-FOLDING-TEST: exit %d, %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(librarySources(), "case-folding-test.md")); err == nil {
		t.Error("remove CASE-FOLDING-TEST left case-folding-test.md in the library")
	}
	// The trash name carries the source's own id, not the case typed.
	if trashed, _ := filepath.Glob(filepath.Join(filepath.Dir(librarySources()), "trash", "case-folding-test-*.md")); len(trashed) != 1 {
		t.Errorf("trash holds %q, want one case-folding-test-….md", trashed)
	}
}

// TestMalformedItemIDsExitTwo: a reference that is no item id is a usage
// error on every command that takes one (exit 2), said before the index is
// opened; `show` of an empty id, `cite`, `links` and `basket add` exited 1 where
// `basket remove` exited 2.
func TestMalformedItemIDsExitTwo(t *testing.T) {
	for _, args := range [][]string{{"show", ""}, {"cite", "nosuch"}, {"links", "a#b#c"}, {"basket", "add", "nosuch"}, {"basket", "remove", "nosuch"}} {
		if _, stderr, code := cli(t, args...); code != 2 || !strings.Contains(stderr, "is not an item id") {
			t.Errorf("%q: exit %d, %q", args, code, stderr)
		}
	}
}

// TestCommandLineMistakesExitTwo: a wrong number of arguments and a
// subcommand that does not exist are mistakes in the command line, exit 2
// as a bad flag is, on every command (the manual page's EXIT STATUS).
// Before: exit 1 for `show` with no id, `config get`, `cypx bogus`; and
// `cypx basket clera` or `cypx basket rm ID` printed the basket's help
// and exited 0, so a script went on as if it had been done (red-team
// round 11).
func TestCommandLineMistakesExitTwo(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	for _, args := range [][]string{
		{"show"}, {"cite"}, {"add"}, {"config", "get"}, {"config", "set", "style"}, {"config", "set", "style", "apa", "x"},
		{"bogus"}, {"basket", "clera"}, {"basket", "rm", "x#1234"}, {"saved", "bogus"}, {"config", "bogus"},
		{"history", "extra"}, {"basket", "add"}, {"items", "extra"},
	} {
		if _, stderr, code := cli(t, args...); code != 2 || stderr == "" {
			t.Errorf("%q: exit %d, %q", args, code, stderr)
		}
	}
	for _, args := range [][]string{{"basket"}, {"saved"}, {"config"}} {
		if out, stderr, code := cli(t, args...); code != 0 || !strings.Contains(out, "Available Commands") {
			t.Errorf("%q: exit %d, %q, want its help", args, code, stderr)
		}
	}
}

// TestLimitBelowOneIsAMistake: --limit counts items, one or more, on every
// command that takes it. Before, 0 and negatives were taken, and the index
// read them as its default page of 50: `cypx export --limit 0` wrote 50
// items saying "only the first 50 are used (--limit 0)", `cypx search
// --limit -1` listed 50 (red-team round 11).
func TestLimitBelowOneIsAMistake(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	for _, args := range [][]string{
		{"export", "--limit", "0"}, {"search", "waiting", "--limit", "-1"}, {"figures", "--limit", "0"},
		{"chart", "--limit", "-5"}, {"saved", "run", "x", "--limit", "0"},
	} {
		if _, stderr, code := cli(t, args...); code != 2 || !strings.Contains(stderr, "--limit") || !strings.Contains(stderr, "1 or more") {
			t.Errorf("%q: exit %d, %q", args, code, stderr)
		}
	}
	if out, stderr, code := cli(t, "search", "waiting", "--limit", "1"); code != 0 || !strings.Contains(out, "1 of 3 items") {
		t.Errorf("--limit 1: exit %d, %q %q", code, out, stderr)
	}
}

// TestAboutOfNoSourceIsRefusedByAdd: `cypx add --about` names the source
// the report is coverage of; an id of no source in the library or the
// bundled corpus is refused before anything is written, exit 2. Before,
// the report was imported and every command after warned that its about
// named no source, the link to its primary lost (red-team round 11).
func TestAboutOfNoSourceIsRefusedByAdd(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("CYPX_HOME", filepath.Join(dir, "home"))
	file := filepath.Join(dir, "n.txt")
	os.WriteFile(file, []byte("In 2023, 45% of children waited more than 18 weeks for treatment, a report found.\n"), 0o644)
	flags := []string{"--publisher", "P", "--date", "2024", "--type", "news"}
	_, stderr, code := cli(t, append([]string{"add", file, "--title", "T1", "--about", "nosuch"}, flags...)...)
	if code != 2 || !strings.Contains(stderr, `--about: no source "nosuch"`) {
		t.Errorf("--about nosuch: exit %d, %q", code, stderr)
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "home", "data", "library", "sources")); len(entries) != 0 {
		t.Errorf("written: %v", entries)
	}
	if _, stderr, code := cli(t, append([]string{"add", file, "--title", "T2", "--about", "cqc-2018-are-we-listening"}, flags...)...); code != 0 {
		t.Errorf("--about a bundled source: exit %d, %q", code, stderr)
	}
	// Another report's text: the same text again is refused as one
	// report imported twice.
	other := filepath.Join(dir, "n3.txt")
	os.WriteFile(other, []byte("In 2023, 12% of parents said the clinic letter reached them after the visit.\n"), 0o644)
	if _, stderr, code := cli(t, append([]string{"add", other, "--title", "T3", "--about", "p-2024-t2"}, flags...)...); code != 0 {
		t.Errorf("--about a library source: exit %d, %q", code, stderr)
	}
}

// TestRemovingABundledSourceSaysItIsBundled: `cypx remove` of a bundled
// source says it ships inside cypx and how to leave it out, not only that
// the library has no such source (red-team round 11: the user sees it
// listed, and did not know why it stays); nothing is moved.
func TestRemovingABundledSourceSaysItIsBundled(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	_, stderr, code := cli(t, "remove", "NHSP-2024-forgotten-generation-policy-systems")
	if code != 1 || !strings.Contains(stderr, `"nhsp-2024-forgotten-generation-policy-systems" is a source of the bundled corpus`) || !strings.Contains(stderr, "--no-bundled") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	_, stderr, _ = cli(t, "remove", "nosuch")
	if !strings.Contains(stderr, `no source "nosuch" in the library`) {
		t.Errorf("an id of no source: %s", stderr)
	}
}

// TestHelpAndCompletionMistakesExitTwo: cobra's own help and completion
// commands, and the help topic `corpus`, follow the rule of every other
// command: a word they do not know is a usage error, exit 2, with nothing
// on standard output. Before: `cypx completion bsh > ~/.bash_completion.d/cypx`
// wrote the completion command's help into the file and exited 0; `cypx help
// nosuch` printed the whole help, exit 0; `cypx completion bash extra` exited 1
// (round 18, security check).
func TestHelpAndCompletionMistakesExitTwo(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	for _, args := range [][]string{
		{"completion", "bsh"}, {"completion", "bash", "extra"}, {"help", "nosuch"}, {"help", "search", "extra"},
		{"corpus", "extra"}, {"--no-bundled", "corpus", "extra"},
	} {
		if out, stderr, code := cli(t, args...); code != 2 || out != "" || stderr == "" {
			t.Errorf("%q: exit %d, %d bytes out, %q", args, code, len(out), stderr)
		}
	}
	for _, args := range [][]string{{"help"}, {"help", "search"}, {"help", "basket", "add"}, {"completion", "bash"}, {"completion"}, {"corpus"}, {"help", "corpus"}, {"corpus", "--help"}} {
		if out, stderr, code := cli(t, args...); code != 0 || out == "" {
			t.Errorf("%q: exit %d, %q", args, code, stderr)
		}
	}
}

// TestLongArgumentsAreNotRepeatedWhole: the values cypx checks itself
// were cut (TestLongInputIsNotRepeatedWhole), but every other message
// holding an argument repeated it whole: cobra's unknown command, pflag's
// invalid flag value and unknown flag, an unknown setting, a saved search
// not found, a bad --date or a missing file to add, each 100 KB of
// message for a 100 KB argument. Every message cuts it to its start and
// its length; a message with no long value is as it was.
func TestLongArgumentsAreNotRepeatedWhole(t *testing.T) {
	long := strings.Repeat("x", 100_000)
	report := filepath.Join(t.TempDir(), "r.txt")
	if err := os.WriteFile(report, []byte("In 2023, 34% of children waited more than 18 weeks for a first appointment.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{long}, {"search", "--limit", long, "w"}, {"search", "--" + long}, {"search", "--from", long, "w"},
		{"config", "get", long}, {"saved", "run", long}, {"add", "--date", long, report}, {"add", "nosuch" + long}, {"cite", "--style", long, "x#1234"}} {
		_, stderr, code := cli(t, args...)
		if code == 0 || len(stderr) > 2000 || !strings.Contains(stderr, "bytes)") {
			t.Errorf("%.20s… of 100 KB: exit %d, %d bytes of message %.160q", strings.Join(args, " "), code, len(stderr), stderr)
		}
	}
	for _, c := range []struct{ in, want string }{
		{`unknown setting "sty" (known: style, start_check)`, `unknown setting "sty" (known: style, start_check)`},
		{`bad "` + strings.Repeat(`\u202e`, 50) + `"`, `bad "` + strings.Repeat(`\u202e`, 13) + `"… (150 bytes)`},
	} {
		if got := clipLongInputs(c.in); got != c.want {
			t.Errorf("clipLongInputs(%.40q…) = %q, want %q", c.in, got, c.want)
		}
	}
}
