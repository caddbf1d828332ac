package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// h60Figures are the figures of the items a sentence under a Findings
// heading gives, as "text=value unit role | period | change | key".
func h60Figures(t *testing.T, sentence string) []string {
	t.Helper()
	var out []string
	for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+sentence+"\n")) {
		for _, f := range it.Figures {
			out = append(out, fmt.Sprintf("%s=%g %s %s | %s | %s | %s", f.Text, f.Value, f.Unit, f.Role, f.Period, f.Change, f.Key))
		}
	}
	return out
}

// h60Has reports a figure whose line starts with want.
func h60Has(got []string, want string) bool {
	return slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, want) })
}

// TestListedChangesInPoints: changes in points listed after one verb are
// each a change in points, down as the first: "fell by 3 percent points
// in 2023 and by 2 percent points in 2022" is no share of 2% in 2022.
// Before (hostile check 55) the second was "2 percent", a percentage of
// 2022, or, as "2pp", no figure, and "2 %pts" had no role.
func TestListedChangesInPoints(t *testing.T) {
	for _, c := range []struct{ s, first, second string }{
		{"Uptake of the vaccine fell by 3 percent points in 2023 and by 2 percent points in 2022.", "3 percent points", "2 percent points"},
		{"Uptake of the vaccine fell 3 %pts in 2023 and 2 %pts in 2022.", "3 %pts", "2 %pts"},
		{"Uptake of the vaccine fell 3pp in 2023 and 2pp in 2022.", "3pp", "2pp"},
		{"Uptake of the vaccine fell 3 percentage pts in 2023 and 2 percent points in 2022.", "3 percentage pts", "2 percent points"},
	} {
		got := h60Figures(t, c.s)
		if !h60Has(got, c.first+"=3 other change | 2023 | down "+c.first) ||
			!h60Has(got, c.second+"=2 other change | 2022 | down "+c.second) {
			t.Errorf("%q: %q, want two changes down in points, of 2023 and 2022", c.s, got)
		}
		for _, g := range got {
			if f := strings.Fields(g[strings.LastIndex(g[:strings.Index(g, "|")], "=")+1:]); f[1] == "percent" {
				t.Errorf("%q: %q a share", c.s, g)
			}
		}
	}
	// A share after "and" is still a share.
	got := h60Figures(t, "Uptake fell 3pp in 2023 and 45% of parents said so.")
	if !h60Has(got, "45%=45 percent") {
		t.Errorf("a share after a change in points: %q", got)
	}
}

// TestPointsAboveAYear: "3pp above 2022" after a level of 2023 is a
// change of 3 points up on 2022, as "3 percentage points higher than in
// 2022" is, of 2023 and in the level's key. Before (hostile check 55) it
// was a figure of 2022 with "above" its measure and key.
func TestPointsAboveAYear(t *testing.T) {
	want := h60Figures(t, "Coverage of the first dose in 2023 was 85%, 3 percentage points higher than in 2022.")
	for _, pts := range []string{"3pp", "3 percentage points", "3% points"} {
		s := "Coverage of the first dose in 2023 was 85%, " + pts + " above 2022."
		got := h60Figures(t, s)
		if !h60Has(got, pts+"=3 other change | 2023 | up "+pts+" on 2022 |") {
			t.Errorf("%q: %q, want a change up %s on 2022, of 2023", s, got, pts)
		}
		if len(got) != len(want) || got[len(got)-1][strings.LastIndex(got[len(got)-1], "|"):] != want[len(want)-1][strings.LastIndex(want[len(want)-1], "|"):] {
			t.Errorf("%q: %q, want the key of %q", s, got, want)
		}
		for _, g := range got {
			if strings.Contains(g, "abov") {
				t.Errorf("%q: %q keeps above in its key", s, g)
			}
		}
	}
	got := h60Figures(t, "Coverage of the first dose in 2023 was 85%, 3pp below 2022.")
	if !h60Has(got, "3pp=3 other change | 2023 | down 3pp on 2022 |") {
		t.Errorf("below 2022: %q", got)
	}
}

// TestSignedPointsBesideALevel: "85% (-3pp)" is the level 85% and a
// change of 3 points down, -3pp, of the level's year, the level's change;
// "(88% in 2022, -3pp)" keeps the 88% 2022's and the change the 85%'s, of
// 2023. Before (hostile check 55): -3pp was a figure with no role, read as
// another level; "(88% in 2022, -3pp)" ending a short sentence made it
// cells of a table, no statistic at all; with text after the bracket the
// 3pp lost its sign, and a change in that bracket was 88%'s, of 2022.
func TestSignedPointsBesideALevel(t *testing.T) {
	for _, s := range []string{
		"Uptake of the vaccine was 85% (-3pp) in 2023.",
		"Uptake of the vaccine was 85% in 2023 (-3pp).",
		"Uptake of the vaccine was 85% in 2023 (88% in 2022, -3pp).",
	} {
		got := h60Figures(t, s)
		if !h60Has(got, "-3pp=-3 other change | 2023 | -3pp |") || !h60Has(got, "85%=85 percent") {
			t.Errorf("%q: %q, want the level 85%% and a change -3pp of 2023", s, got)
		}
		for _, g := range got {
			if strings.HasPrefix(g, "85%") && !strings.Contains(g, "| 2023 | -3pp |") {
				t.Errorf("%q: %q, want the level of 2023 changed by -3pp", s, g)
			}
			if strings.HasPrefix(g, "88%") && (!strings.Contains(g, "| 2022 |") || strings.Contains(g, "3pp")) {
				t.Errorf("%q: %q, want 2022's level, not changed", s, g)
			}
		}
	}
	plus := h60Figures(t, "Uptake of the vaccine was 85% in 2023 (+3pp on 2022).")
	if !h60Has(plus, "3pp=3 other change | 2023 | up 3pp on 2022 |") {
		t.Errorf("(+3pp on 2022): %q, want a change up 3pp on 2022, of 2023", plus)
	}
	got := h60Figures(t, "Uptake of the vaccine was 85% in 2023 (88% in 2022, down 3pp).")
	if !h60Has(got, "3pp=3 other change | 2023 | down 3pp |") || !h60Has(got, "85%=85 percent  | 2023 | down 3pp |") {
		t.Errorf("down 3pp in a bracket: %q, want the 85%%'s change, of 2023", got)
	}
}

// TestPointsAbbreviatedOtherwise: "3 pts", "3 ppts", "3 pct pts", "3 pc
// pts" and "3% pt" are a change of 3 points where a verb of change comes
// before and a share is in the sentence, as "3pp" is: unit other, role
// change, the 85% the headline; a score's or a count's points stay
// theirs ("rose by 3 pts on the scale", "fell by 12 pts to 300",
// "scored 3 pts in the quiz"), no points of a share. Before (hostile
// check 55): "3 pts", "3 ppts" and "3 pct pts" were counts of "pts" (or
// of a bare 3, "pct pts" its group), and "rose by 10% points towards
// the target" a relative change of 10%.
func TestPointsAbbreviatedOtherwise(t *testing.T) {
	for _, pts := range []string{"3 pts", "3 pct pts", "3 pc pts", "3% pt", "3 ppts", "around 3pp"} {
		s := "Coverage of the first dose fell by " + pts + " to 85% in 2023."
		got := h60Figures(t, s)
		if !h60Has(got, pts+"=3 other change | 2023 | down "+pts) || !h60Has(got, "85%=85 percent headline | 2023 |") {
			t.Errorf("%q: %q, want a change down %s and the level 85%%", s, got, pts)
		}
	}
	for _, c := range []struct{ s, want string }{
		{"Attendance improved by 3 pts to 91% in 2023.", "3 pts=3 other change | 2023 |"},
		{"Attendance was 91% in 2023, an improvement of 3 ppts on 2022.", "3 ppts=3 other change | 2023 | 3 ppts on 2022 |"},
		{"The rate of uptake rose by 10% points towards the target in 2023.", "10% points=10 other change | 2023 | up 10% points |"},
		{"Around 45% points out that waits are too long in 2023.", "Around 45%=45 percent"},
		{"Coverage fell by over 3pp to 85% in 2023.", "over 3pp=3 other change | 2023 | down over 3pp"},
	} {
		if got := h60Figures(t, c.s); !h60Has(got, c.want) {
			t.Errorf("%q: %q, want %q", c.s, got, c.want)
		}
	}
	for _, s := range []string{
		"The team scored 3 pts in the quiz in 2023.",
		"The clinic saw 12 pts a day in 2023, down 3 pts on 2022.",
		"Wellbeing rose by 3 pts on the scale in 2023.",
		"Caseloads fell by 12 pts to 300 in 2023, and 45% of them were children.",
		"Readiness scores fell by 3 pts to 62 in 2023.",
	} {
		for _, g := range h60Figures(t, s) {
			if strings.Contains(g, " other ") {
				t.Errorf("%q: %q, read as points of a share", s, g)
			}
		}
	}
}
