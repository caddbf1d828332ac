package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestEveryAttributionLeadInKeepsTheMeasure: however a sentence names who
// found its figure, the words after the lead-in are the figure's measure,
// and the same as with no lead-in at all (hostile check 52). Before, "A
// report by X found that", "Figures from X show that", "Data from X shows
// that" and "Analysis by X found that" (with no comma) were taken for an
// attribution running to the clause's end, so the figure had no measure and
// a story misreporting the report's 45% as 54% was not linked to it.
func TestEveryAttributionLeadInKeepsTheMeasure(t *testing.T) {
	pct := evidence.Figure{Text: "54%", Value: 54, Unit: evidence.UnitPercent}
	plain := describeSentence("In 2024, 54% of children waited more than 18 weeks for an autism assessment.", pct)[0]
	if plain.Measure == "" || plain.Key == "" {
		t.Fatalf("the plain sentence has measure %q key %q", plain.Measure, plain.Key)
	}
	for _, lead := range []string{
		"A report by the Brightmind Trust found that",
		"A report from the Brightmind Trust found that",
		"A study by the Brightmind Trust found that",
		"Research by the Brightmind Trust found that",
		"Figures from the Brightmind Trust show that",
		"Data from the Brightmind Trust shows that",
		"Analysis by the Brightmind Trust found that",
		"Analysis by the Brightmind Trust suggests",
		"According to the Brightmind Trust,",
		"According to figures from the Brightmind Trust,",
		"Data from the Brightmind Trust, published in May, show that",
		"Figures published by the Brightmind Trust show that",
		"Statistics from the Brightmind Trust show that",
		"According to analysis by the Brightmind Trust",
		"In May, a report by the Brightmind Trust found that",
		"In May, a study by the Brightmind Trust found that",
	} {
		got := describeSentence(lead+" 54% of children waited more than 18 weeks for an autism assessment in 2024.", pct)[0]
		if got.Measure != plain.Measure || got.Key != plain.Key {
			t.Errorf("%q: measure %q key %q, want %q key %q", lead, got.Measure, got.Key, plain.Measure, plain.Key)
		}
	}
	// An attribution after the figure is still left out to the clause's end.
	got := describeSentence("In 2024, 54% of children waited more than 18 weeks for an autism assessment, according to a report by the Brightmind Trust.", pct)[0]
	if got.Measure != plain.Measure {
		t.Errorf("trailing attribution: measure %q, want %q", got.Measure, plain.Measure)
	}
}

// TestAttributionLeadInEndsBeforeTheFirstFigure: a lead-in before two
// figures of one clause ends before the first, so a verb after the first
// figure stays in the second's measure.
func TestAttributionLeadInEndsBeforeTheFirstFigure(t *testing.T) {
	figs := describeSentence("A report by the Brightmind Trust found that 54% of children waited more than 18 weeks, and 30% said they gave up.",
		evidence.Figure{Text: "54%", Value: 54, Unit: evidence.UnitPercent}, evidence.Figure{Text: "30%", Value: 30, Unit: evidence.UnitPercent})
	if figs[0].Measure != "waited more than 18 weeks" {
		t.Errorf("the 54%% measures %q", figs[0].Measure)
	}
	if figs[1].Measure == "" || figs[1].Measure == figs[0].Measure {
		t.Errorf("the 30%% measures %q", figs[1].Measure)
	}
}
