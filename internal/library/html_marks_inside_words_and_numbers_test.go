package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// TestAPagesStarsNotesAndBackslashesMeasureAsShown: a web page's text
// holding a footnote-like mark inside a number ("1,5[^2]00"), stars
// inside a word ("<code>a*b*c</code>"), a backslash ending a paragraph
// or stars closing it ("… & *y*.") is imported as the page shows it, and
// each figure beside them measures those words as shown. Before (hostile
// check 85, L9 and L10): "1,5[^2]00" was the figure 1,500; "a*b*c" was
// written unescaped and measured "saw abc"; the backslash was a word of
// the measure; and "What it measures" was cut at the last star, "… & *y".
func TestAPagesStarsNotesAndBackslashesMeasureAsShown(t *testing.T) {
	page := `<html><head><title>Signs - Mere Trust</title><meta property="og:site_name" content="Mere Trust"></head><body><main><article><h1>Signs</h1>
<p>A total of 1,5[^2]00 pupils waited for a spoonbill assessment in 2023.</p>
<p>Some 37% of pupils typed <code>p*q*r</code> into the avocet form in 2023.</p>
<p>Some 38% of forms ended the bittern line with a backslash in 2023\</p>
<p>Some 39% of pupils wrote ***w*** in the egret box in 2023 &amp; *z*.</p>
</article></main></body></html>`
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "news", Date: "2024"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, `p\*q\*r`) {
		t.Errorf("the code's stars are not escaped:\n%s", im.Body)
	}
	seen := 0
	for _, it := range im.Items {
		shown := evidence.QuoteLine(it.Text)
		switch {
		case strings.Contains(shown, "spoonbill"):
			seen++
			if shown != "A total of 1,5[^2]00 pupils waited for a spoonbill assessment in 2023." {
				t.Errorf("shown %q", shown)
			}
			for _, f := range it.Figures {
				t.Errorf("%q: figure %v %q, read through a mark the page shows", shown, f.Value, f.Text)
			}
		case strings.Contains(shown, "avocet"):
			seen++
			if shown != "Some 37% of pupils typed p*q*r into the avocet form in 2023." || len(it.Figures) != 1 || !strings.Contains(it.Figures[0].Measure, "p*q*r") {
				t.Errorf("%q: %+v, want a measure holding p*q*r", shown, it.Figures)
			}
		case strings.Contains(shown, "bittern"):
			seen++
			if len(it.Figures) != 1 || strings.Contains(it.Figures[0].Measure, `\`) || !strings.Contains(it.Figures[0].Measure, "bittern") {
				t.Errorf("%q: %+v, want a measure without the backslash", shown, it.Figures)
			}
		case strings.Contains(shown, "egret"):
			seen++
			if len(it.Figures) != 1 || !strings.HasSuffix(it.FigureMeasure(it.Figures[0]), "& *z*") {
				t.Errorf("%q: what it measures %q, want it to end \"& *z*\"", shown, it.FigureMeasure(it.Figures[0]))
			}
		}
	}
	if seen != 4 {
		t.Errorf("%d of 4 items; body:\n%s", seen, im.Body)
	}
}
