package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestAnInlineCommentOrABackslashReadsAsThePageShowsIt: an HTML comment
// inside a sentence ("52<!-- check -->%") is hidden, as CommonMark shows
// inline HTML, and a backslash before ASCII punctuation ("53\%") escapes
// it wherever it stands, so each sentence is read, shown and its figure
// copied as the unmarked sentence is. Before (hostile check 85, L5), the
// comment kept the figure from its sign and the sentence was an excerpt
// shown with the comment; "53\%" was read and shown with its backslash
// unless another mark stood in the sentence.
func TestAnInlineCommentOrABackslashReadsAsThePageShowsIt(t *testing.T) {
	for _, c := range []struct {
		marked, plain string
		// figures: the marked sentence's figures are the plain one's
		figures bool
	}{
		{"Roughly 52<!-- check -->% of nurses asked for training in 2023.", "Roughly 52% of nurses asked for training in 2023.", true},
		{"Roughly 53\\% of nurses asked for supervision in 2023.", "Roughly 53% of nurses asked for supervision in 2023.", true},
		// an escaped comment is text, shown
		{"Roughly 54% of nurses asked for \\<!-- notes --> in 2023.", "Roughly 54% of nurses asked for <!-- notes --> in 2023.", false},
	} {
		got := statisticsOf(t, c.marked+"\n")
		if len(got) != 1 {
			t.Errorf("%q: %v, want one statistic", c.marked, got)
			continue
		}
		if q := evidence.QuoteLine(got[0].Text); q != c.plain {
			t.Errorf("%q shown %q, want %q", c.marked, q, c.plain)
		}
		if !c.figures {
			continue
		}
		want := statisticsOf(t, c.plain+"\n")
		if len(want) != 1 || len(got[0].Figures) != len(want[0].Figures) {
			t.Errorf("%q: %v, unmarked %v", c.marked, got, want)
			continue
		}
		for k := range want[0].Figures {
			g, w := got[0].Figures[k], want[0].Figures[k]
			if g.Value != w.Value || g.Unit != w.Unit || g.Measure != w.Measure || g.Key != w.Key || g.Qualifier != w.Qualifier || evidence.QuoteLine(g.Text) != w.Text {
				t.Errorf("%q figure %d:\n got %s\nwant %s", c.marked, k, figureReading(g), figureReading(w))
			}
		}
	}
}

// TestAReferenceWithoutItsSemicolonIsNoFigure: a numeric character
// reference written without its ";" is shown as written, as CommonMark
// shows it, and its digits are a code, not a figure: "15&#37%" states no
// 37%. Before (hostile check 85, L4), "14&#37%" was the statistic 37%.
func TestAReferenceWithoutItsSemicolonIsNoFigure(t *testing.T) {
	for _, s := range []string{
		"Around 15&#37% of families changed their dentist in 2023.",
		"Around 16&#x25% of families changed their optician in 2023.",
	} {
		doc := parseBody(t, "P", s+"\n")
		for _, it := range extract.Extract(doc) {
			if evidence.QuoteLine(it.Text) != s {
				t.Errorf("shown %q, want %q", evidence.QuoteLine(it.Text), s)
			}
			for _, f := range it.Figures {
				if f.Value == 37 || f.Value == 25 {
					t.Errorf("%q: figure %s, the reference's digits", s, figureReading(f))
				}
			}
		}
	}
}

// TestStarsInsideANumberMakeNoTwoFigures: stars around a number's
// thousands comma that pair with nothing ("1**,**350": CommonMark shows
// them as written) leave a number nobody can read as two: no figure is
// taken from it, where before (hostile check 85, L1) it was two, 1 and
// 350, and `figures` set the 350 against another source's 1,350.
// Emphasis that pairs is read through: "**1**,**350**" is 1,350.
func TestStarsInsideANumberMakeNoTwoFigures(t *testing.T) {
	for _, s := range []string{
		"A total of 1**,**350 pupils joined the breakfast club in 2023.",
		"A total of 2__,__450 pupils joined the homework club in 2023.",
	} {
		doc := parseBody(t, "P", s+"\n")
		for _, it := range extract.Extract(doc) {
			if len(it.Figures) > 1 {
				t.Errorf("%q: %d figures, want one at most", s, len(it.Figures))
			}
			for _, f := range it.Figures {
				if f.Value != 1350 && f.Value != 2450 {
					t.Errorf("%q: figure %s, a part of the number", s, figureReading(f))
				}
			}
		}
	}
	got := statisticsOf(t, "A total of **1**,**350** pupils joined the chess club in 2023.\n")
	if len(got) != 1 || len(got[0].Figures) != 1 || got[0].Figures[0].Value != 1350 {
		t.Errorf("paired emphasis: %v, want 1,350", got)
	}
}
