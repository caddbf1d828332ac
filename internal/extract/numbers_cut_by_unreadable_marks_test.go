package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestANumberCutByAnUnreadableCharacterIsNoFigure: a number a character
// nobody can read cuts, a reference to no character (out of Unicode's
// range, zero, a surrogate) or a replacement character (U+FFFD) written
// as it is, states neither of its parts: before (hostile check 85, L3),
// "1\uFFFD500 children" was the figure 500 children. A reference to a
// character is still read as it ("1&#44;500" is 1,500).
func TestANumberCutByAnUnreadableCharacterIsNoFigure(t *testing.T) {
	for _, s := range []string{
		"A total of 1&#1114112;500 children waited for a dunlin clinic in 2023.",
		"A total of 2&#0;600 children waited for a plover clinic in 2023.",
		"A total of 1&#xD800;900 children waited for a heron clinic in 2023.",
		"A total of 1\uFFFD500 children waited for a godwit clinic in 2023.",
		"A total of 3\uFFFD\uFFFD700 children waited for a curlew clinic in 2023.",
		"Some 4\uFFFD5% of children waited for a knot clinic in 2023.",
	} {
		for _, it := range extract.Extract(parseBody(t, "P", s+"\n")) {
			for _, f := range it.Figures {
				if f.Value != 2023 {
					t.Errorf("%q: figure %s, a part of a number cut by an unreadable character", s, figureReading(f))
				}
			}
		}
	}
	got := statisticsOf(t, "A total of 1&#44;500 children waited for a stint clinic in 2023.\n")
	if len(got) != 1 || len(got[0].Figures) != 1 || got[0].Figures[0].Value != 1500 {
		t.Errorf("a reference to a comma: %v, want 1,500", got)
	}
}

// TestAFootnoteMarkWrittenAsTextCutsTheNumber: a web page writing
// "1,5[^2]00" as text (the importer escapes it, "1,5\[^2]00") shows
// no number a reader reads as 1,500, and "2[^3],[^4]750" none as 750:
// neither is a figure. Before (hostile check 85, L9) the first was
// 1,500 and the second 2 and 750. Markdown's own references are read
// through ("1,5[^2]00" is 1,500) and an escaped mark after a whole
// number leaves it its figure ("1,200\[^4] children").
func TestAFootnoteMarkWrittenAsTextCutsTheNumber(t *testing.T) {
	for _, s := range []string{
		"A total of 1,5\\[^2]00 children waited for a sanderling clinic in 2023.",
		"A total of 2\\[^3],\\[^4]750 nurses moved to a turnstone ward in 2023.",
		"A total of 4,6\\[^1\\]00 pupils joined a whimbrel club in 2023.",
	} {
		for _, it := range extract.Extract(parseBody(t, "P", s+"\n")) {
			for _, f := range it.Figures {
				if f.Value != 2023 {
					t.Errorf("%q: figure %s, read through a mark the page shows", s, figureReading(f))
				}
			}
		}
	}
	for s, want := range map[string]float64{
		"A total of 1,5[^2]00 children waited for a redshank clinic in 2023.\n\n[^2]: Count at March.\n": 1500,
		"A total of 1,200\\[^4] children waited for a greenshank clinic in 2023.\n":                      1200,
	} {
		got := statisticsOf(t, s)
		if len(got) != 1 || len(got[0].Figures) != 1 || got[0].Figures[0].Value != want {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}
