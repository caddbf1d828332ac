package evidence_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAFiguresCopyLeavesOutTheMarksAroundIt: a figure whose marks open or
// close outside its own words ("Around **45% of trusts**", "About [45% of
// children](…)") is shown, copied and measured as the page shows it, and
// a table row's bold header and cells name it by their words. Before
// (hostile check 84b, F1 and F2), "Around **45% (NHS Providers, 2024)"
// and "12,500 (**Value, **Children waiting)" were pasted.
func TestAFiguresCopyLeavesOutTheMarksAroundIt(t *testing.T) {
	for text, want := range map[string]string{
		"Around **45%":              "Around 45%",
		"About [45%":                "About 45%",
		"About 3<sup>3</sup> in 10": "About 3 in 10",
		"Some <em>62</em>%":         "Some 62%",
		"4*5*%":                     "45%",
		`3\.5%`:                     "3.5%",
		"**13**–**52 weeks**":       "13–52 weeks",
		"1_000":                     "1_000",
		"5 * 3":                     "5 * 3",
	} {
		if got := (evidence.Figure{Text: text}).Shown(); got != want {
			t.Errorf("Shown(%q) = %q, want %q", text, got, want)
		}
	}
	it := evidence.Item{Kind: evidence.Statistic, Text: "Around **45% of trusts** reported rising demand in 2024."}
	f := evidence.Figure{Text: "Around **45%", Offset: 0, Value: 45, Unit: evidence.UnitPercent, Role: evidence.RoleHeadline}
	it.Figures = []evidence.Figure{f}
	for name, got := range map[string]string{"copy": it.FigureCopy(f), "text": it.FigureText(f), "measure": it.FigureMeasure(f)} {
		if strings.ContainsAny(got, "*[]") || !strings.Contains(got, "45%") {
			t.Errorf("%s %q: marks in it, or no figure", name, got)
		}
	}
	row := evidence.Item{Kind: evidence.Statistic, Text: "| **Children waiting** | [**12,500**](https://x.org) |", Header: "| Measure | **Value** |"}
	cell := evidence.Figure{Text: "12,500", Offset: strings.Index(row.Text, "12,500"), Value: 12500, Unit: evidence.UnitCount}
	if label, ok := row.CellLabel(cell); !ok || label != "Value, Children waiting" {
		t.Errorf("CellLabel = %q, %v; want \"Value, Children waiting\"", label, ok)
	}
}

// TestEmphasisGoesOnOverALineBreak: emphasis opened on one line of a
// paragraph closes on the next, as a soft break reads; a new block (a
// table row, a list item, a blank line) ends it. Before (hostile check
// 84b, F3), "between **13 and\n52 weeks**" kept its marks and its range
// lost its low end.
func TestEmphasisGoesOnOverALineBreak(t *testing.T) {
	for in, want := range map[string]string{
		"Children waited between **13 and\n52 weeks** for it.": "Children waited between 13 and 52 weeks for it.",
		"Waits *rose\nsharply* in 2024.":                       "Waits rose sharply in 2024.",
		"| **a | b |\n| c** | d |":                             "| **a | b | | c** | d |",
		"Note *one\n\n* item two*":                             "Note *one * item two*",
	} {
		if got := evidence.QuoteLine(in); got != want {
			t.Errorf("QuoteLine(%q) = %q, want %q", in, got, want)
		}
	}
}
