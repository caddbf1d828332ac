package themes_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/themes"
)

// TestBraceTermsSayTheTrueReason: each term written with braces that
// match nothing is a problem at its own line saying why: an alternative
// left empty ("{waiting,}", "{,}", "{a,,b}") or braces holding nothing
// ("{}") with no word outside them, a brace nested, never closed or never
// opened, an alternative opening with a number, one with no word. Only
// the last two speak of words and numbers. Before, "{waiting,}" was
// refused as having "no word to match: each alternative must open with a
// word, not a number" (hostile check 49). An empty alternative beside
// words outside its braces ("{long,} waits", "{waits,delays} {long,}") stands for a word left out.
func TestBraceTermsSayTheTrueReason(t *testing.T) {
	terms := []struct{ term, want string }{
		{`{waiting,}`, `has an empty alternative, which spells out nothing to match`},
		{`{,waiting}`, `has an empty alternative, which spells out nothing to match`},
		{`{ waiting , }`, `has an empty alternative, which spells out nothing to match`},
		{`{,}`, `has an empty alternative, which spells out nothing to match`},
		{`{waits,,delays}`, `has an empty alternative, which spells out nothing to match`},
		{`{}`, `has empty braces, which spell out nothing to match`},
		{`{long,{waiting}} lists`, "opens a brace inside a brace"},
		{`{{waiting}}`, "opens a brace inside a brace"},
		{`{waiting,delay`, "opens a brace it never closes"},
		{`waiting}`, "closes a brace it never opened"},
		{`}{waiting`, "closes a brace it never opened"},
		{`{<n>,long} waits`, `opens with a number in an alternative ("<n> waits"): each alternative must open with a word, not a number`},
		{`<n> waits`, `opens with a number: each alternative must open with a word, not a number`},
		{`{waits,...}`, `has an alternative with no word to match ("...")`},
		{`...`, `has no word to match`},
	}
	doc := "themes:\n  - id: good\n    label: Good\n    terms: [\"{long,} waits\", \"{waits,delays} {long,}\"]\n  - id: t\n    label: T\n    terms:\n"
	for _, c := range terms {
		doc += "      - \"" + c.term + "\"\n"
	}
	tax, err := themes.Parse("themes.yaml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(tax.Problems) != len(terms) {
		t.Fatalf("%d problems, want %d:\n%v", len(tax.Problems), len(terms), tax.Problems)
	}
	for i, c := range terms {
		p := tax.Problems[i]
		if p.Line != 8+i || !strings.Contains(p.Message, "term \""+c.term+"\" "+c.want) {
			t.Errorf("term %q: problem at line %d %q, want line %d naming the term and %q", c.term, p.Line, p.Message, 8+i, c.want)
		}
		if !strings.Contains(c.want, "number") && strings.Contains(p.Message, "number") {
			t.Errorf("term %q: a reason of numbers: %q", c.term, p.Message)
		}
	}
	if got := tax.Tag("Children faced waits for an assessment."); len(got) != 1 || got[0] != "good" {
		t.Errorf("{long,} waits: Tag = %v, want [good]", got)
	}
	// A name is read by the same rule.
	name := "themes:\n  - {id: good, label: Good, terms: [waits]}\nnames:\n  - {name: \"{NHS England,}\", themes: [good]}\n"
	if _, err := themes.Parse("themes.yaml", []byte(name)); err == nil || !strings.Contains(err.Error(), `themes.yaml:4: name "{NHS England,}" has an empty alternative`) {
		t.Errorf("name with an empty alternative: err = %v", err)
	}
}
