package extract_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// figureReading is what a figure is read as, apart from where it stands.
func figureReading(f evidence.Figure) string {
	return fmt.Sprintf("%s|%g-%g %s|q=%s|m=%s|pop=%s|per=%s|place=%s|role=%s|key=%s",
		f.Shown(), f.Value, f.High, f.Unit, f.Qualifier, f.Measure, f.Population, f.Period, f.Place, f.Role, f.Key)
}

// statisticsOf extracts body and returns its statistics, checking that
// each quote is its source's bytes and each figure the quote's bytes.
func statisticsOf(t *testing.T, body string) []evidence.Item {
	t.Helper()
	doc := parseBody(t, "P", body)
	var out []evidence.Item
	for _, it := range extract.Extract(doc) {
		if doc.Body[it.Offset:it.Offset+len(it.Text)] != it.Text {
			t.Errorf("%q is not the body's bytes at %d", it.Text, it.Offset)
		}
		for _, f := range it.Figures {
			if f.Offset < 0 || f.Offset+len(f.Text) > len(it.Text) || it.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
				t.Errorf("figure %q is not the bytes of %q at %d", f.Text, it.Text, f.Offset)
			}
		}
		if it.Kind == evidence.Statistic {
			out = append(out, it)
		}
	}
	return out
}

// TestMarksDoNotChangeHowAFigureIsRead: emphasis or a link on a figure,
// on its threshold or on its group is how the page is styled, not what it
// says: each marked sentence gives the figures of the same sentence
// unmarked, its quote keeps the marks of the source and is shown without
// them. Read with its marks, "*42%*" made the population "audit", "more
// than **18 weeks**" lost its "more than", "45 *per cent*" was 45 of
// nothing, and an image or a "<sup>" mark was part of a measure (hostile
// check 70, G2, G3, G18 and G26).
func TestMarksDoNotChangeHowAFigureIsRead(t *testing.T) {
	plain := []string{
		"In our audit, 42% of children waited more than 18 weeks for a first appointment in 2024.",
		"In 2024, 45 per cent of young people said the wait had harmed their schooling.",
		"Waits for an autism assessment ranged from 13–52 weeks across the county in 2024.",
		"The rate of admissions for self-harm was 12.5 per 100,000 children in 2023/24.",
		"In 2024, 30% of children seen at St. Anne's clinic waited more than 12 weeks.",
		"According to NHS Digital, 18% of girls aged 11 to 16 had a probable mental disorder in 2023.",
		"Around 61% of parents said waits were too long & rising in 2024.",
		"Our survey of 60 young people found that 58% had used the drop-in service in 2024.",
		"In 2024, 52% of pupils reported anxiety before exams, per https://example.org/x.",
	}
	marked := []string{
		"In our audit, *42%* of children waited more than **18 weeks** for a first appointment in 2024.",
		"In 2024, 45 *per cent* of young people said the wait had harmed their _schooling_.",
		"Waits for an autism assessment ranged from **13**–**52 weeks** across the county in 2024.",
		"The rate of admissions for self-harm was 12.5 per **100,000** children in 2023/24.[^1]",
		"In 2024, 30% of children seen at *St. Anne's* clinic waited more than 12 weeks.",
		"According to [NHS Digital](https://example.org/mhcyp), **18%** of _girls_ aged 11 to 16 had a probable mental disorder in 2023.",
		"Around 61%<sup>3</sup> of parents said waits were too long &amp; rising in 2024.",
		"Our survey of 60 young people found that 58% had used the drop-in service ![chart](img.png) in 2024.",
		"In 2024, 52% of pupils <br> reported `anxiety` before exams, per <https://example.org/x>.",
	}
	for i := range plain {
		want := statisticsOf(t, plain[i]+"\n")
		got := statisticsOf(t, marked[i]+"\n")
		if len(want) != 1 || len(got) != 1 {
			t.Errorf("%q: %d statistics, unmarked %d; want 1 each", marked[i], len(got), len(want))
			continue
		}
		if got[0].Text != marked[i] {
			t.Errorf("quote %q, want the marked sentence whole %q", got[0].Text, marked[i])
		}
		if q := evidence.QuoteLine(got[0].Text); q != plain[i] {
			t.Errorf("shown %q, want %q", q, plain[i])
		}
		if got[0].Cites != want[0].Cites {
			t.Errorf("%q cites %q, unmarked %q", marked[i], got[0].Cites, want[0].Cites)
		}
		if len(got[0].Figures) != len(want[0].Figures) {
			t.Errorf("%q: figures %v, unmarked %v", marked[i], got[0].Figures, want[0].Figures)
			continue
		}
		for k := range want[0].Figures {
			if g, w := figureReading(got[0].Figures[k]), figureReading(want[0].Figures[k]); g != w {
				t.Errorf("%q figure %d:\n got %s\nwant %s", marked[i], k, g, w)
			}
		}
	}
}

// TestATableReadWithoutItsMarks: a bold header and a bold total row are
// read by their words: the figure measures "children waiting" of
// "Total", not "**Children waiting**" of "**Total**" (hostile check 70,
// G30).
func TestATableReadWithoutItsMarks(t *testing.T) {
	table := func(h1, h2, label string) string {
		return "## Waits by ward, 2024\n\n| " + h1 + " | " + h2 + " |\n|---|---|\n| Abbey | 310 |\n| " + label + " | 1,200 |\n"
	}
	want := statisticsOf(t, table("Ward", "Children waiting", "Total"))
	got := statisticsOf(t, table("**Ward**", "**Children waiting**", "**Total**"))
	if len(got) != len(want) || len(want) == 0 {
		t.Fatalf("%d rows, unmarked %d", len(got), len(want))
	}
	for i := range want {
		for k := range want[i].Figures {
			if g, w := figureReading(got[i].Figures[k]), figureReading(want[i].Figures[k]); g != w || strings.Contains(g, "*") {
				t.Errorf("row %q:\n got %s\nwant %s", got[i].Text, g, w)
			}
		}
	}
}

// TestAnItemsIDIsOfItsSourceBytes: an item read without its marks keeps
// the id of its quote as written, so a basket saved before keeps it.
func TestAnItemsIDIsOfItsSourceBytes(t *testing.T) {
	body := "In 2024, **41%** of children waited more than 18 weeks.[^1]\n\nIn 2024, **41%** of children waited more than 18 weeks.[^1]\n"
	items := statisticsOf(t, body)
	if len(items) != 2 {
		t.Fatalf("%d statistics, want 2", len(items))
	}
	sum := sha256.Sum256([]byte(items[0].Text))
	id := "t#" + hex.EncodeToString(sum[:4])
	if items[0].ID != id || items[1].ID != id+"-2" {
		t.Errorf("ids %q, %q; want %q and %q-2", items[0].ID, items[1].ID, id, id)
	}
	if items[0].Text != "In 2024, **41%** of children waited more than 18 weeks.[^1]" {
		t.Errorf("quote %q, want the sentence with its marks and reference", items[0].Text)
	}
}

// TestABoldRangeOverALineBreakIsOneRange: "between **13 and\n52 weeks**"
// is the range 13–52 weeks, as unmarked (hostile check 84b, F3: 52 weeks
// alone).
func TestABoldRangeOverALineBreakIsOneRange(t *testing.T) {
	items := statisticsOf(t, "Children waited between **13 and\n52 weeks** for a speech therapy assessment in 2023.\n")
	if len(items) != 1 || len(items[0].Figures) == 0 {
		t.Fatalf("statistics %v, want one with the range", items)
	}
	if f := items[0].Figures[0]; f.Low != 13 || f.High != 52 || f.Unit != evidence.UnitWeeks {
		t.Errorf("figure %q: %g–%g %s, want 13–52 weeks", f.Text, f.Low, f.High, f.Unit)
	}
}

// TestEmphasisOverTwoSentencesLeavesNoStrayMark: "*Waits rose in 2024.
// Demand fell by 12% in 2025.*" gives two quotes without a half of the
// emphasis each (hostile check 84b, F7: "*Waits rose …" and "… 2025.*").
func TestEmphasisOverTwoSentencesLeavesNoStrayMark(t *testing.T) {
	doc := parseBody(t, "P", "*In 2024, 41% of children waited more than 18 weeks. Demand fell by 12% in 2025.* The trust said so.\n")
	items := extract.Extract(doc)
	if len(items) < 2 {
		t.Fatalf("items %v, want the two sentences", items)
	}
	for _, it := range items {
		if q := evidence.QuoteLine(it.Text); strings.ContainsAny(q, "*") {
			t.Errorf("quote %q shown %q: a stray mark", it.Text, q)
		}
		if doc.Body[it.Offset:it.Offset+len(it.Text)] != it.Text {
			t.Errorf("%q is not the body's bytes", it.Text)
		}
	}
}
