package themes_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/themes"
)

// TestHeadingCarryWordsThatCarryNothing: a heading_carry word is one word
// as a heading's words are read; braces, a space, a gap and an invisible
// character each made a word no heading holds, which passed 'cypx check'
// and never carried (hostile check 50). Each is a problem at its own line
// saying why, the word left out; the theme's plain words still carry.
func TestHeadingCarryWordsThatCarryNothing(t *testing.T) {
	words := []struct{ word, want string }{
		{`{said,reported}`, "holds braces, which heading_carry does not spell out"},
		{"sa\u200bid", "holds a control or invisible character (U+200B)"},
		{`said them`, `is 2 words ("said", "them")`},
		{`...`, "has no word"},
		{`said.`, `holds characters that are not a word's: write the word alone ("said")`},
	}
	doc := "themes:\n  - {id: voice, label: Voice, terms: [\"young people told us\"]}\n  - {id: waits, label: Waits, terms: [waited]}\nheading_carry:\n  voice:\n"
	for _, w := range words {
		doc += "    - \"" + strings.ReplaceAll(w.word, "\u200b", `\u200b`) + "\"\n"
	}
	tax, err := themes.Parse("themes.yaml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(tax.Problems) != len(words) {
		t.Fatalf("%d problems, want %d:\n%v", len(tax.Problems), len(words), tax.Problems)
	}
	for i, w := range words {
		p := tax.Problems[i]
		if p.Line != 6+i || !strings.Contains(p.Message, `heading_carry: theme "voice": word `+evidence.QuoteInput(w.word)+" left out: it "+w.want) {
			t.Errorf("word %q: problem at line %d %q, want line %d saying %q", w.word, p.Line, p.Message, 6+i, w.want)
		}
	}
	// The plain word beside them carries; in any case, as before.
	tax, err = themes.Parse("themes.yaml", []byte(doc+"    - Said\n"))
	if err != nil {
		t.Fatal(err)
	}
	it := evidence.Item{Text: "Children said they had waited too long.", Section: "What young people told us"}
	if got := tax.TagItem(it); !slices.Equal(got, []string{"voice", "waits"}) {
		t.Errorf("TagItem with a plain carrying word = %v, want [voice waits]", got)
	}
	if got := tax.HeadingCarry["voice"]; !slices.Equal(got, []string{"Said"}) {
		t.Errorf("HeadingCarry = %q, want the plain word alone", got)
	}
}

// TestGapsAtATermsEdge: a "..." stands for words between two of a term's;
// before its first word or after its last it stood for nothing, and the
// term passed 'cypx check' where "{waits,...}" was an error (hostile check
// 50). Each is said at the term's line by the term rule; a gap between
// words, in braces or not, still matches.
func TestGapsAtATermsEdge(t *testing.T) {
	terms := []struct{ term, want string }{
		{`... waits`, `opens with a gap ("..."): a gap stands for words between two of a term's`},
		{`waits ...`, `ends with a gap ("...")`},
		{`{...} waits`, `opens with a gap ("...")`},
		{`{long,...} waits`, `opens with a gap ("...") in an alternative ("... waits")`},
		{`{waits,delays} {,...}`, `ends with a gap ("...") in an alternative ("{waits,delays} ...")`},
		{`waits {,...}`, `ends with a gap ("...") in an alternative ("waits ...")`},
		{`~... waits`, `opens with a gap ("...")`},
		{`waits {for,...}`, `ends with a gap ("...") in an alternative ("waits ...")`},
		{`waits ... {,...}`, `ends with a gap ("...") in an alternative ("waits ...")`},
	}
	doc := "themes:\n  - id: good\n    label: Good\n    terms: [\"long {,...} waits\", \"{waits,delays} ... {assessment,treatment}\"]\n  - id: t\n    label: T\n    terms:\n"
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
	}
	for _, text := range []string{"Children faced long and painful waits.", "Delays for their first assessment grew."} {
		if got := tax.Tag(text); !slices.Equal(got, []string{"good"}) {
			t.Errorf("Tag(%q) = %v, want [good]: a gap between words matches", text, got)
		}
	}
	// A name is read by the same rule.
	name := "themes:\n  - {id: good, label: Good, terms: [waits]}\nnames:\n  - {name: \"NHS England {,...}\", themes: [good]}\n"
	if _, err := themes.Parse("themes.yaml", []byte(name)); err == nil || !strings.Contains(err.Error(), `themes.yaml:4: name "NHS England {,...}" ends with a gap`) {
		t.Errorf("name with a gap at its end: err = %v", err)
	}
}
