package measure_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// TestFootnoteMarkersLeaveTheMeasure: a footnote marker after the words a
// figure measures ("weeks¹", "list[^3]", "[note 2]", "Referrals*") is no
// part of the measure, in a sentence, a column's header or a row's label;
// digits that are words of it ("Tier 2", "Year 6") and a unit's square
// ("km²") stay. Before, the comparison table and a figure's copy read
// "children waiting over 18 weeks¹" and "referrals [note 2]" (round 13
// leftovers).
func TestFootnoteMarkersLeaveTheMeasure(t *testing.T) {
	sentence := func(text, fig string) string {
		figs := []evidence.Figure{{Text: fig, Value: 1, Unit: evidence.UnitCount, Offset: strings.Index(text, fig)}}
		measure.Describe(measure.Input{Text: text, Figures: figs}, nil)
		return figs[0].Measure
	}
	column := func(header string) string {
		text := "| North | 1,240 |"
		figs := []evidence.Figure{{Text: "1,240", Value: 1240, Unit: evidence.UnitCount, Offset: 10}}
		measure.Describe(measure.Input{Text: text, Figures: figs, Columns: []string{header}, Label: "North"}, nil)
		return figs[0].Measure
	}
	for _, c := range []struct{ got, want string }{
		{sentence("Children waiting over 18 weeks¹ numbered 1,240 in March.", "1,240"), "children waiting over 18 weeks numbered"},
		{sentence("The waiting list[^3] for Tier 2 services held 1,240 children.", "1,240"), "waiting list for Tier 2 services held"},
		{column("Waiting list[^3]"), "waiting list"},
		{column("Referrals [note 2]"), "referrals"},
		{column("Referrals [notes 2 and 3] (%)"), "referrals"},
		{column("Referrals*"), "referrals"},
		{column("Referrals† in Year 6"), "referrals in Year 6"},
		{column("Children waiting over 18 weeks¹"), "children waiting over 18 weeks"},
		{column("Tier 2 referrals"), "tier 2 referrals"},
		{column("Children per km²"), "children per km²"},
	} {
		if c.got != c.want {
			t.Errorf("measure %q, want %q", c.got, c.want)
		}
	}
	text := "| Children waiting over 18 weeks¹ | 1,240 |"
	figs := []evidence.Figure{{Text: "1,240", Value: 1240, Unit: evidence.UnitCount, Offset: strings.Index(text, "1,240")}}
	measure.Describe(measure.Input{Text: text, Figures: figs, Columns: []string{"Number"}, Label: "Children waiting over 18 weeks¹"}, nil)
	if figs[0].Population != "Children waiting over 18 weeks" {
		t.Errorf("a row's label as its population: %q", figs[0].Population)
	}
}
