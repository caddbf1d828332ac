package evidence_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAFigureOverALineBreakIsCopiedOnOneLine: a figure whose words run
// over a line break of its paragraph ("Roughly 38\nper cent", "from 6
// and\n40 weeks") is shown and copied on one line; a citation pasted
// into a briefing was two lines (hostile check 84b, F12).
func TestAFigureOverALineBreakIsCopiedOnOneLine(t *testing.T) {
	for _, c := range []struct {
		text, fig, want string
		unit            evidence.Unit
	}{
		{"Roughly 38\nper cent of carers said they felt alone in 2024.", "Roughly 38\nper cent", "Roughly 38 per cent", evidence.UnitPercent},
		{"Families waited from 6 and\r\n40 weeks for a first visit in 2024.", "6 and\r\n40 weeks", "6 and 40 weeks", evidence.UnitWeeks},
	} {
		f := evidence.Figure{Text: c.fig, Offset: strings.Index(c.text, c.fig), Value: 38, Unit: c.unit, Role: evidence.RoleHeadline}
		it := evidence.Item{Kind: evidence.Statistic, Text: c.text, Figures: []evidence.Figure{f}}
		if got := f.Shown(); got != c.want {
			t.Errorf("Shown(%q) = %q, want %q", c.fig, got, c.want)
		}
		for name, got := range map[string]string{"copy": it.FigureCopy(f), "text": it.FigureText(f)} {
			if strings.ContainsAny(got, "\r\n") || !strings.Contains(got, c.want) {
				t.Errorf("%s of %q = %q, want one line holding %q", name, c.fig, got, c.want)
			}
		}
	}
	if got := (evidence.Figure{Text: "45\u00a0%"}).Shown(); got != "45\u00a0%" {
		t.Errorf("a no-break space was folded: %q", got)
	}
}
