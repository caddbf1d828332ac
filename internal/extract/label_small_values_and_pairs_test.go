package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestSmallLabelValuesCount: a label line whose label names a number
// of people in the singular ("Waiting list", "Caseload", "Backlog") gives
// its small value as a count, as "Waiting list: 2,100" already did; a
// label of a list's or a section's number still gives none. Before
// (hostile check 59), "Waiting list: 2", ": 12" and ": 15" gave no item.
// The lines are written for this test.
func TestSmallLabelValuesCount(t *testing.T) {
	for _, c := range []struct{ line, count string }{
		{"Waiting list: 3", "3"},
		{"Waiting list: 14", "14"},
		{"Caseload: 17", "17"},
		{"Backlog: 26", "26"},
		{"Waiting list: 2,350", "2,350"},
	} {
		figs := extract.Figures(c.line)
		if len(figs) != 1 || figs[0].Text != c.count || figs[0].Unit != evidence.UnitCount {
			t.Errorf("%q: figures %v, want the count %s", c.line, figs, c.count)
		}
	}
	for _, line := range []string{"List: 3", "Reading list: 4", "Section: 2", "Step 3: list the options"} {
		if figs := extract.Figures(line); len(figs) != 0 {
			t.Errorf("%q: figures %v, want none", line, figs)
		}
	}
}

// TestTwoLabelPairsOnALine: two "label: value" pairs set on one line,
// two spaces or more apart, are two figures, each measured by its own
// label: "Beds open: 6   Cots open: 4" is 6 beds open and 4 cots open.
// Before (hostile check 59), it was one figure, "6   Cots", measured
// "beds open:: 6" with "Cots open" its population.
func TestTwoLabelPairsOnALine(t *testing.T) {
	it := itemOf(t, "Beds open: 6   Cots open: 4")
	want := map[string]string{"6": "beds open", "4": "cots open"}
	if len(it.Figures) != 2 {
		t.Fatalf("figures %v, want two", it.Figures)
	}
	for _, f := range it.Figures {
		if m, ok := want[f.Text]; !ok || f.Measure != m || f.Unit != evidence.UnitCount || f.Population != "" {
			t.Errorf("figure %q measured %q (population %q), want %q", f.Text, f.Measure, f.Population, m)
		}
	}
}

// TestOneWordCountLabelLinesAreItems: a document's line "Caseload: 9",
// "Backlog: 4" or "Headcount: 52" is an item with its count, as "Waiting
// list: 4" is, not only a figure Figures reads. Before (hostile check 60),
// one word was too few for a sentence, the line held as table cells, and
// no item was made; a one-word label of no count ("Step: 3") still makes
// none.
func TestOneWordCountLabelLinesAreItems(t *testing.T) {
	for _, c := range []struct{ line, count string }{
		{"Caseload: 9", "9"},
		{"Backlog: 4", "4"},
		{"Headcount: 52", "52"},
		{"Caseload: 1,250", "1,250"},
	} {
		f, ok := h62aFigure(t, c.line+"\n", c.count)
		if !ok || f.Unit != evidence.UnitCount {
			t.Errorf("%q: no count item (%v %s)", c.line, ok, f.Unit)
		}
	}
	if items := extract.Extract(parseBody(t, "P", "Step: 3\n")); len(items) != 0 && len(items[0].Figures) != 0 {
		t.Errorf("Step: 3 gave figures %v", items[0].Figures)
	}
}
