package measure_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// TestTheNotesPeriodDatesNoFigureAboutTheBody: a source's note dates its
// study's figures, not a section saying who a body is. Before (hostile
// check 90, A2), "For 60 years, the National Children's Bureau has worked
// ..." under "About the National Children's Bureau" took the note's
// "September 2023". A finding under another heading, or under "About the
// survey", still takes it.
func TestTheNotesPeriodDatesNoFigureAboutTheBody(t *testing.T) {
	const note = "a review of 31 ICP strategies and 31 ICB Joint Forward Plans published up to September 2023"
	period := func(section, text, fig string, unit evidence.Unit, v float64) string {
		figs := []evidence.Figure{{Text: fig, Value: v, Unit: unit, Offset: strings.Index(text, fig)}}
		measure.Describe(measure.Input{Text: text, Figures: figs, Section: section, Note: note}, nil)
		return figs[0].Period
	}
	for _, section := range []string{"About the National Children’s Bureau", "About us", "About the Children and Young People’s Health Policy Influencing Group (HPIG)"} {
		if p := period(section, "With a membership of over 300 voluntary and community organisations, we champion disabled children.", "over 300", evidence.UnitCount, 300); p != "" {
			t.Errorf("under %q: period %q, want none", section, p)
		}
	}
	for _, section := range []string{"Key findings", "About the survey"} {
		if p := period(section, "61% of strategies do not consider the needs of young carers.", "61%", evidence.UnitPercent, 61); p != "September 2023" {
			t.Errorf("under %q: period %q, want September 2023", section, p)
		}
	}
}
