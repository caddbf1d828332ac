package themes_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/themes"
)

// manyThemes writes a themes.yaml of n themes whose terms are common
// words, so that each matches most items; theme i also has the word
// "wordI" of its own.
func manyThemes(n int) string {
	var b strings.Builder
	b.WriteString("themes:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - id: theme-%05d\n    label: Theme %d\n    terms: [children, young people, services, waiting, word%d]\n", i, i, i)
	}
	return b.String()
}

// TestAnItemHasAtMostMaxItemThemes: with a taxonomy of 1,000 themes whose
// terms are common words, an item is tagged with at most MaxItemThemes,
// the themes its own words name most often kept (hostile check 43: every
// item took all 1,000, and the first search took 539 MB; 3,000 took
// 1.42 GB).
func TestAnItemHasAtMostMaxItemThemes(t *testing.T) {
	tax, err := themes.Parse("themes.yaml", []byte(manyThemes(1000)))
	if err != nil {
		t.Fatal(err)
	}
	// theme-00900 and theme-00950 are named twice by the item's own words
	// (a common word and their own), the others once.
	it := evidence.Item{ID: "s#1", Kind: evidence.Excerpt, Text: "Children waited for services: word900 and word950 were named.", Section: "Young people"}
	items := []evidence.Item{it}
	tax.TagItems(items)
	for _, got := range [][]string{tax.TagItem(it), items[0].Themes} {
		if len(got) != themes.MaxItemThemes {
			t.Fatalf("%d themes (%v), want %d", len(got), got, themes.MaxItemThemes)
		}
		if got[len(got)-2] != "theme-00900" || got[len(got)-1] != "theme-00950" {
			t.Errorf("themes %v: want the two the item's words name most among them, in the taxonomy's order", got)
		}
	}
}

// TestThemesPastMaxThemesAreLeftOutWithOneWarning: a themes.yaml of more
// than MaxThemes themes keeps the first MaxThemes and says once, at the
// first theme left out, how many are.
func TestThemesPastMaxThemesAreLeftOutWithOneWarning(t *testing.T) {
	tax, err := themes.Parse("lib/themes.yaml", []byte(manyThemes(themes.MaxThemes+5)))
	if err != nil {
		t.Fatal(err)
	}
	if len(tax.Themes) != themes.MaxThemes {
		t.Errorf("%d themes kept, want %d", len(tax.Themes), themes.MaxThemes)
	}
	want := fmt.Sprintf("lib/themes.yaml:%d: more than %d themes: this theme and the 4 after it are left out", 2+3*themes.MaxThemes, themes.MaxThemes)
	if len(tax.Problems) != 1 || !strings.HasPrefix(tax.Problems[0].Error(), want) {
		t.Errorf("problems %v, want one: %s", tax.Problems, want)
	}
}

// TestABrokenThemeIsLeftOutWithAWarning: a raw line break (NEL, U+2028)
// in one theme's label, a label or short label past MaxLabelRunes, a
// theme with no terms or an id given twice leaves
// that theme out with a warning at its line; the other themes are read,
// and what names the theme left out passes over it (hostile check 43:
// one broken label stopped every command).
func TestABrokenThemeIsLeftOutWithAWarning(t *testing.T) {
	for _, c := range []struct{ id, broken, line string }{
		{"bad", "  - id: bad\n    label: Ba\u0085d\n    terms: [bad]\n", "t.yaml:6: label: "},
		{"bad", "  - id: bad\n    label: Bad\u2028\n    terms: [bad]\n", "t.yaml:6: label: "},
		{"bad", "  - id: bad\n    label: Bad\n    terms: []\n", "t.yaml:5: theme \"bad\" has no terms"},
		{"waits", "  - id: waits\n    label: Bad\n    terms: [bad]\n", "t.yaml:5: theme id \"waits\" given twice"},
		{"bad", "  - id: bad\n    label: " + strings.Repeat("é", themes.MaxLabelRunes+1) + "\n    terms: [bad]\n", "t.yaml:6: theme \"bad\": its label has 121 characters"},
		{"bad", "  - id: bad\n    label: Bad\n    short: " + strings.Repeat("b", 5000) + "\n    terms: [bad]\n", "t.yaml:7: theme \"bad\": its short has 5000 characters"},
	} {
		src := "themes:\n  - id: waits\n    label: Waits\n    terms: [waiting list]\n" + c.broken +
			"  - id: money\n    label: Money\n    terms: [funding]\nnames:\n  - name: Bad Council\n    themes: [" + c.id + ", money]\nscope_themes: [" + c.id + ", money]\n"
		tax, err := themes.Parse("t.yaml", []byte(src))
		if err != nil {
			t.Errorf("%q: %v, want the other themes read", c.broken, err)
			continue
		}
		if got := tax.IDs(); strings.Join(got, ",") != "waits,money" {
			t.Errorf("%q: themes %v, want waits and money", c.broken, got)
		}
		if len(tax.Problems) != 1 || !strings.HasPrefix(tax.Problems[0].Error(), c.line) || !strings.Contains(tax.Problems[0].Message, "is left out") {
			t.Errorf("%q: problems %v, want one at %s saying the theme is left out", c.broken, tax.Problems, c.line)
		}
		if got := tax.Tag("Bad Council funding and a waiting list"); strings.Join(got, ",") != "waits,money" {
			t.Errorf("%q: tags %v", c.broken, got)
		}
	}
	// A name of a theme that is not there at all is still an error.
	if _, err := themes.Parse("t.yaml", []byte("themes:\n  - id: waits\n    label: Waits\n    terms: [waiting list]\nscope_themes: [nosuch]\n")); err == nil {
		t.Error("scope_themes of an unknown theme: no error")
	}
}

// TestUnknownThemeListsAFewThemes: an unknown theme's error names the
// first MaxListed themes and how many more there are, not all 3,000 (a
// message of 40 KB).
func TestUnknownThemeListsAFewThemes(t *testing.T) {
	tax, err := themes.Parse("themes.yaml", []byte(manyThemes(themes.MaxThemes)))
	if err != nil {
		t.Fatal(err)
	}
	for _, err := range []error{tax.Check("nosuch"), func() error { _, err := tax.ParseID("nosuch"); return err }()} {
		if err == nil || len(err.Error()) > 1000 || !strings.Contains(err.Error(), fmt.Sprintf("and %d more: 'cypx themes' lists them", themes.MaxThemes-themes.MaxListed)) {
			t.Errorf("unknown theme: %.300v (%d bytes)", err, len(fmt.Sprint(err)))
		}
	}
}
