package tui

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/index"
)

func TestNoteTextLeavesOutWholeFormsAndNeverCutsAWord(t *testing.T) {
	n := queryNote{
		suggestions: []index.Suggestion{{Word: "waitng", Terms: []index.TermCount{{Term: "waiting", Count: 1234}, {Term: "wanting", Count: 7}}}},
		expanded: []index.Expansion{
			{Term: "CAMHS", Forms: []string{"CYPMHS", "child and adolescent mental health services", "children and young people's mental health services"}},
			{Term: "ED", Forms: []string{"emergency department", "eating disorder"}, Ambiguous: true},
		},
	}
	full := noteText(n, "ctrl+y", 0)
	if full != "waitng: did you mean waiting (1234) or wanting (7)? ctrl+y accepts · CAMHS: also CYPMHS, child and adolescent mental health services, children and young people's mental health services · ED: also emergency department, eating disorder (ambiguous: all searched)" {
		t.Fatalf("full note %q", full)
	}
	words := map[string]bool{"…": true}
	for _, w := range strings.Fields(full) {
		words[strings.TrimRight(w, ",?")] = true
	}
	for width := 200; width >= 8; width-- {
		got := noteText(n, "ctrl+y", width)
		if fit.Width(got) > width {
			t.Errorf("width %d: %q is %d wide", width, got, fit.Width(got))
		}
		for _, w := range strings.Fields(got) {
			w = strings.TrimRight(strings.TrimSuffix(w, "…"), ",?")
			if w != "" && !words[w] {
				t.Errorf("width %d: %q holds %q, a word cut", width, got, w)
			}
		}
		// The accept key goes only with the whole of the first spelling.
		if strings.Contains(got, "waiting (") && !strings.Contains(got, "waiting (1234)") {
			t.Errorf("width %d: a count cut: %q", width, got)
		}
	}
	// Forms go first, from the last term back, then second spellings, then
	// later terms whole.
	for _, want := range []string{
		"waitng: did you mean waiting (1234) or wanting (7)? ctrl+y accepts · CAMHS: also CYPMHS, child and adolescent mental health services, … · ED: also emergency department, … (ambiguous: all searched)",
		"waitng: did you mean waiting (1234) or wanting (7)? ctrl+y accepts · CAMHS: also CYPMHS, … · ED: also emergency department, … (ambiguous: all searched)",
		"waitng: did you mean waiting (1234)? ctrl+y accepts · CAMHS: also CYPMHS, … · ED: also emergency department, … (ambiguous: all searched)",
		"waitng: did you mean waiting (1234)? ctrl+y accepts · CAMHS: also CYPMHS, … · …",
		"waitng: did you mean waiting (1234)? ctrl+y accepts · …",
		"waitng: did you mean waiting (1234)? ctrl+y…",
	} {
		width := fit.Width(want)
		if got := noteText(n, "ctrl+y", width); got != want {
			t.Errorf("width %d:\n got %q\nwant %q", width, got, want)
		}
	}
}

func TestReplaceWordReplacesWholeWordsOnly(t *testing.T) {
	for _, c := range []struct{ q, word, by, want string }{
		{"autisim", "autisim", "autism", "autism"},
		{"Autisim waiting", "autisim", "autism", "autism waiting"},
		{"autisims autisim -autisim", "autisim", "autism", "autisims autism -autism"},
		{`"autisim assessment" theme:send`, "autisim", "autism", `"autism assessment" theme:send`},
		{"(waitng OR helth)", "waitng", "waiting", "(waiting OR helth)"},
		{"co-produktion", "co-produktion", "co-production", "co-production"},
		{"nothing here", "autisim", "autism", "nothing here"},
	} {
		got, ok := replaceWord(c.q, c.word, c.by)
		if got != c.want || ok != (c.q != c.want) {
			t.Errorf("replaceWord(%q, %q) = %q %v, want %q", c.q, c.word, got, ok, c.want)
		}
	}
}
