package measure_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// describeCells describes one table row of label cells then figures, each
// under its header in heads (labels' headers first).
func describeCells(labels []string, figs []evidence.Figure, heads []string, in measure.Input) []evidence.Figure {
	cells := append([]string{}, labels...)
	for _, f := range figs {
		cells = append(cells, f.Text)
	}
	text := "| " + strings.Join(cells, " | ") + " |"
	at := len("| " + strings.Join(labels, " | ") + " | ")
	for i := range figs {
		figs[i].Offset = at
		at += len(figs[i].Text) + len(" | ")
	}
	in.Text, in.Figures, in.Labels, in.LabelColumns, in.Columns = text, figs, labels, heads[:len(labels)], heads[len(labels):]
	in.Label = labels[0]
	measure.Describe(in, nil)
	return figs
}

// TestAShareColumnSharesTheCountBeforeIt: under "| Service | Children
// waiting | Share |" the share is a share of the children waiting the
// count beside it counts ("share of children waiting: CAMHS", its header's
// word of it: read as "children waiting", 38% read as 38% of every child
// waiting, hostile check 61); with no
// count before it, or one under no header (a PDF table read out of line),
// the caption or heading says what it shares. Before, "Share", "%" and
// "Proportion" measured the row's service alone ("CAMHS"), as if 38% were
// CAMHS itself.
func TestAShareColumnSharesTheCountBeforeIt(t *testing.T) {
	row := func(heads ...string) []evidence.Figure {
		figs := []evidence.Figure{
			{Text: "4,200", Value: 4200, Unit: evidence.UnitCount},
			{Text: "38%", Value: 38, Unit: evidence.UnitPercent},
		}
		return describeCells([]string{"CAMHS"}, figs, append([]string{"Service"}, heads...), measure.Input{Section: "Waiting lists by service, March 2025"})
	}
	for share, word := range map[string]string{"Share": "share", "%": "percentage", "Proportion": "proportion", "Share of total": "share", "Percentage": "percentage"} {
		figs := row("Children waiting", share)
		if want := word + " of children waiting: CAMHS"; figs[0].Measure != "children waiting: CAMHS" || figs[1].Measure != want {
			t.Errorf("%q beside Children waiting: %q and %q, want children waiting: CAMHS and %q", share, figs[0].Measure, figs[1].Measure, want)
		}
	}
	// A column with words of its own keeps them.
	if figs := row("Children waiting", "Seen within 4 weeks (%)"); figs[1].Measure != "seen within 4 weeks: CAMHS" {
		t.Errorf("own words: %q", figs[1].Measure)
	}
	// A count under no header: the heading says what is shared.
	if figs := row("", "Share"); figs[1].Measure != "share of waiting lists: CAMHS" {
		t.Errorf("count under no header: %q, want the heading's measure of CAMHS", figs[1].Measure)
	}
}
