package themes_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/themes"
)

// TestUnbalancedBraceIsAProblemAtItsTerm: a term whose brace is left
// open, closed without opening or opened inside another is a problem at
// the term's line naming it, and so is a term with no word to match, each
// its own line. Before: "{waiting,delay" passed 'cypx check' and its
// theme tagged nothing, and eight empty terms were eight identical lines
// "theme "t" has an empty term" at the theme's line (hostile check 48).
func TestUnbalancedBraceIsAProblemAtItsTerm(t *testing.T) {
	terms := []struct{ term, want string }{
		{`{waiting,delay`, "opens a brace it never closes"},
		{`{waiting`, "opens a brace it never closes"},
		{`waiting}`, "closes a brace it never opened"},
		{`{long,{waiting}} lists`, "opens a brace inside a brace"},
		{`{long,waiting}} lists`, "closes a brace it never opened"},
		{`...`, "has no word to match"},
		{`<n>`, "opens with a number"},
		{`{}`, "has empty braces"},
		{`=`, "has no word to match"},
		{`~`, "has no word to match"},
		{`<n>%`, "opens with a number"},
		{"\u2764\ufe0f", "has no word to match"},
	}
	doc := "themes:\n  - id: good\n    label: Good\n    terms: [\"{long,longer} {waits,delays}\"]\n  - id: t\n    label: T\n    terms:\n"
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
			t.Errorf("term %q: problem %v, want line %d naming the term and %q", c.term, p, 8+i, c.want)
		}
	}
	if _, ok := tax.Theme("t"); ok {
		t.Error("theme t was kept with terms that match nothing")
	}
	if got := tax.Tag("Children faced longer delays for an assessment."); len(got) != 1 || got[0] != "good" {
		t.Errorf("balanced braces: Tag = %v, want [good]", got)
	}
	// A name's brace is checked by the same rule.
	name := "themes:\n  - {id: good, label: Good, terms: [waits]}\nnames:\n  - {name: \"{NHS England,NHSE\", themes: [good]}\n"
	if _, err := themes.Parse("themes.yaml", []byte(name)); err == nil || !strings.Contains(err.Error(), `themes.yaml:4: name "{NHS England,NHSE" opens a brace it never closes`) {
		t.Errorf("name with an open brace: err = %v", err)
	}
}
