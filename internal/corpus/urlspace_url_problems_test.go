package corpus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

const h52Head = "---\ntitle: Waits\npublisher: NHS Providers\ndate: 2024-01-01\ntype: report\n"
const h52Body = "---\nIn 2023, 45% of children waited more than 18 weeks for help here.\n"

// urlProblemsAt is the messages of the problems at line that are the url's.
func urlProblemsAt(problems []corpus.Problem, line int) []string {
	var told []string
	for _, p := range problems {
		if p.Line == line && strings.HasPrefix(p.Message, "url: ") {
			told = append(told, p.Message)
		}
	}
	return told
}

// TestURLWithASpaceOnOneLineIsAProblem: a space typed in a url written on
// one line is kept, and linked with the space encoded, and said at the
// url's line with what is done with it. Before, it was no problem at all
// (hostile check 51).
func TestURLWithASpaceOnOneLineIsAProblem(t *testing.T) {
	for _, url := range []string{"url: https://ex.org/a b\n", "url: \"https://ex.org/a b\"\n", "url: >\n  https://ex.org/a b\n"} {
		doc, problems := corpus.Parse("sources/w.md", []byte(h52Head+url+h52Body))
		if doc.Source.URL != "https://ex.org/a b" {
			t.Errorf("%q: url %q, want kept as written", url, doc.Source.URL)
		}
		told := urlProblemsAt(problems, 6)
		if len(told) != 1 || !strings.Contains(told[0], "holds a space") || !strings.Contains(told[0], "https://ex.org/a%20b") {
			t.Errorf("%q: want one problem at line 6 saying the url holds a space and how it is linked, got %q (all %v)", url, told, problems)
		}
		if told := corpus.URLSpaceNote(doc.Source.URL); len(problems) > 0 && !strings.HasSuffix(problems[0].Message, told) {
			t.Errorf("%q: the problem %q is not URLSpaceNote's %q", url, problems[0].Message, told)
		}
	}
	// No space, no problem; a space at the ends is no address's.
	for _, url := range []string{"url: https://ex.org/a-b\n", "url: \"https://ex.org/a-b \"\n"} {
		if _, problems := corpus.Parse("sources/w.md", []byte(h52Head+url+h52Body)); len(problems) != 0 {
			t.Errorf("%q: problems %v", url, problems)
		}
	}
}

// TestURLFoldedOverAnotherAddressIsTwo: a url folded over a line that
// opens an address of its own is two addresses, told at the url's line,
// never joined into one false address, and not linked. Before, it was
// read as "https://ex.org/ahttps://ex.org/b" and the problem advised
// writing that (hostile check 51).
func TestURLFoldedOverAnotherAddressIsTwo(t *testing.T) {
	for _, url := range []string{
		"url: https://ex.org/a\n  https://ex.org/b\n",
		"url: >\n  https://ex.org/a\n  https://ex.org/b\n",
		"url: \"https://ex.org/a\n  HTTP://ex.org/b\"\n",
		"url: https://ex.org/a\n  www.ex.org/b\n",
		"url: https://ex.org/a https://ex.org/b\n",
	} {
		doc, problems := corpus.Parse("sources/w.md", []byte(h52Head+url+h52Body))
		if strings.Contains(doc.Source.URL, "ahttp") || strings.Contains(doc.Source.URL, "awww") {
			t.Errorf("%q: joined into %q", url, doc.Source.URL)
		}
		if _, ok := evidence.LinkURL(doc.Source.URL); ok {
			t.Errorf("%q: %q is linked", url, doc.Source.URL)
		}
		told := urlProblemsAt(problems, 6)
		if len(told) != 1 || !strings.Contains(told[0], "two addresses") {
			t.Errorf("%q: want one problem at line 6 saying two addresses, got %q (all %v)", url, told, problems)
		}
		for _, m := range told {
			if strings.Contains(m, "ahttp") || strings.Contains(m, "awww") {
				t.Errorf("%q: the problem suggests a joined url: %s", url, m)
			}
		}
	}
	// A fold within one address is still joined, a fold before a second
	// address kept apart.
	doc, problems := corpus.Parse("sources/w.md", []byte(h52Head+"url: https://ex.org/cyp-\n  waits\n  https://ex.org/b\n"+h52Body))
	if doc.Source.URL != "https://ex.org/cyp-waits https://ex.org/b" {
		t.Errorf("url %q", doc.Source.URL)
	}
	if told := urlProblemsAt(problems, 6); len(told) != 2 {
		t.Errorf("want the fold and the two addresses told, got %q", told)
	}
}
