package themes

import (
	"slices"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
)

// TestParseLeavesTheTermIndexToTagging checks that reading the taxonomy
// does not stem and index its terms, which only tagging needs (a search of
// the cached index reads the taxonomy for the themes' names and ids), and
// that the first tagging builds the index and tags as before.
func TestParseLeavesTheTermIndexToTagging(t *testing.T) {
	data, err := bundled.FS.ReadFile("themes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tax, err := Parse("themes.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	if tax.index != nil {
		t.Fatalf("Parse built the term index (%d first words): only tagging needs it", len(tax.index))
	}
	if _, err := tax.ParseID("waiting-lists"); err != nil {
		t.Fatal(err)
	}
	if got := tax.Tag("Children waited 47 weeks on the waiting list for CAMHS"); !slices.Contains(got, "waiting-lists") {
		t.Errorf("Tag = %v, want waiting-lists among them", got)
	}
	if tax.index == nil {
		t.Fatal("tagging did not build the term index")
	}
}

// TestParseStillRefusesATermWithoutWords checks that the terms Parse no
// longer indexes are still checked there: an alternative with no words,
// or one opening with a number, is an error naming the theme.
func TestParseStillRefusesATermWithoutWords(t *testing.T) {
	// Each said for what it is (hostile check 49): no word, a number
	// first, an alternative left empty.
	for term, why := range map[string]string{`"..."`: "has no word to match", `"<n> children"`: "opens with a number",
		`"{,the} <n> parents"`: `opens with a number in an alternative ("<n> parents")`, `"{a, }"`: "has an empty alternative",
		`"~"`: "has no word to match", `"= ... <n>"`: "opens with a number"} {
		doc := "themes:\n  - {id: waits, label: Waits, terms: [\"waiting list\", " + term + "]}\n"
		_, err := Parse("themes.yaml", []byte(doc))
		if err == nil || !strings.Contains(err.Error(), `theme "waits": term `+term+` `+why) {
			t.Errorf("term %s: err = %v, want the term of waits that %s", term, err, why)
		}
	}
	for name, why := range map[string]string{`"<n>"`: "opens with a number", `"{,of} ..."`: `has an alternative with no word to match ("...")`} {
		doc := "themes:\n  - {id: waits, label: Waits, terms: [\"waiting list\"]}\nnames:\n  - {name: " + name + ", themes: [waits]}\n"
		if _, err := Parse("themes.yaml", []byte(doc)); err == nil || !strings.Contains(err.Error(), "name "+name+" "+why) {
			t.Errorf("name %s: err = %v, want the name that %s", name, err, why)
		}
	}
	ok := "themes:\n  - {id: waits, label: Waits, terms: [\"{long,} waits <n>\", \"~waits\", \"=survey of <n> parents\"]}\n"
	if _, err := Parse("themes.yaml", []byte(ok)); err != nil {
		t.Errorf("terms with words: %v", err)
	}
}

// TestHasWordsIsEveryAlternativeChecked checks wordProblem, which spares
// spelling out a term whose words before its first brace decide, against
// checking every alternative, over the bundled taxonomy's terms and names
// and terms made to sit on its edges.
func TestHasWordsIsEveryAlternativeChecked(t *testing.T) {
	data, err := bundled.FS.ReadFile("themes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tax, err := Parse("themes.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	terms := []string{"<n> {a,b}", "s{a,b}", "S{,x}", "fo{,o}", "a{b", "<{n>,x} y", "~{a,<n>}", "={<n>,a} b", "x {<n>,} y",
		"{,the} <n>", "<n{>,x} children", "a<n{>,} b", "{<,}n> x", "... {a,b}", "' {s,t}", "a's {x,<n>}", "<n>{a}", "~{=a,b}", "{a,b}{c,}", "=<n> {a,b}", "s {a,<n>}"}
	for _, w := range tax.terms {
		terms = append(terms, w.text)
	}
	for _, term := range terms {
		want := true
		for _, alt := range expand(term) {
			if words, _ := phraseWords(alt, nil); len(words) == 0 || words[0].number || leadingGap(alt) {
				want = false
			}
		}
		if err := wordProblem("", term, term, noEmpty); (err == nil) != want {
			t.Errorf("wordProblem(%q) = %v, every alternative checked: %v", term, err, want)
		}
	}
	// trailingGapProblem, which spares spelling out a term whose words
	// after its last brace decide, against every alternative's ending.
	terms = append(terms, "a ...", "a {b,...}", "{a,b} ...", "a {,...} b", "{a,b} {,c}...", "a ... {b,c}", "{a...,b} c", "{a,b...} {,c}", "a {b ...,c} {d,}", "a{,...}{,...}")
	for _, term := range terms {
		if wordProblem("", term, term, noEmpty) != nil {
			continue
		}
		want := true
		for _, alt := range expand(term) {
			if _, after := lastCut(alt, "..."); strings.Contains(alt, "...") && !hasWord(after) {
				want = false
			}
		}
		if err := trailingGapProblem(term, "", term); (err == nil) != want {
			t.Errorf("trailingGapProblem(%q) = %v, every alternative checked: %v", term, err, want)
		}
	}
}
