package extract_test

import (
	"strings"
	"testing"
)

// TestPointsWrittenWithAPercentSign: "3 %pts", "3% pts", "3 % points",
// "3 percent points" and "2.4 percentage-points" after a verb of change
// are a change in percentage points, as "3 percentage points" is: unit
// other, role change, the text as written, and the level after them the
// headline, with the key the full words give. Before (hostile check 54):
// the first four were a relative change of 3% ("down 3 %") with "pts" or
// "points" left in the measure, and "percentage-points" gave a count of
// 2.4 whose group was "percentage-points", the 24% no headline. A percent
// with "points" after it as a verb ("this 45% points to a gap") is still
// a share.
func TestPointsWrittenWithAPercentSign(t *testing.T) {
	full := h54Figures(t, "Vaccine coverage fell by 3 percentage points to 85% in 2023.")
	for _, pts := range []string{"3 %pts", "3% pts", "3 % points", "3 percent points", "3 per cent points", "3% PTS"} {
		s := "Vaccine coverage fell by " + pts + " to 85% in 2023."
		got := h54Figures(t, s)
		if !hasFigure(got, pts+"=3 other change ") || !hasFigure(got, "85%=85 percent headline ") {
			t.Errorf("%q: figures %q, want a change of 3 points and the level 85%% the headline", s, got)
		}
		if len(got) != len(full) || got[len(got)-1] != full[len(full)-1] {
			t.Errorf("%q: figures %q, want the level and key of 3 percentage points: %q", s, got, full)
		}
		for _, g := range got {
			if strings.Contains(g, " percent change") || strings.Contains(strings.ToLower(g), "pts") && !strings.HasPrefix(g, pts) {
				t.Errorf("%q: figure %q, a relative change or points in the key", s, g)
			}
		}
	}
	got := h54Figures(t, "Obesity prevalence among reception children increased by 2.4 percentage-points to 24% in 2023.")
	if !hasFigure(got, "2.4 percentage-points=2.4 other change ") || !hasFigure(got, "24%=24 percent headline ") {
		t.Errorf("percentage-points: figures %q, want a change of 2.4 points and the level 24%% the headline", got)
	}
	for _, g := range got {
		if strings.Contains(g, "count") || strings.Contains(g, "percentage-point") && !strings.HasPrefix(g, "2.4 ") {
			t.Errorf("percentage-points: figure %q, a count or the points in the key", g)
		}
	}
	if got := h54Figures(t, "In 2023, coverage was 85%, 3 % points below the national average."); !hasFigure(got, "3 % points=3 other ") {
		t.Errorf("3 %% points below: figures %q, want a gap of 3 points", got)
	}
	for _, s := range []string{
		"In 2023, this 45% points to a gap in coverage among families.",
		"In 2023, 45 per cent points to a gap in coverage among families.",
		"In 2023, an increase of 45% points to a need for more health visitors.",
	} {
		got := h54Figures(t, s)
		if !hasFigure(got, "45") || !strings.Contains(got[0], "=45 percent ") || strings.Contains(got[0], "points=") {
			t.Errorf("%q: figures %q, want the share 45%% alone", s, got)
		}
	}
}

// TestPointsAbbreviatedInAGapABracketOrARange: "pp" after a number is
// read as percentage points where the full words would be, by the one
// rule that reads "fell by 3pp" (pointsAbbrevRead): after a gap or a
// difference and what it is or moves by ("a gap of 4pp", "was 12pp",
// "widened to 5pp", "narrowed by 2pp to 10pp"), with a sign ("dropped by
// -3pp", "changed by +3pp"), in a bracket after a share ("85% (-3pp)",
// "(+3pp on 2022)"), in a range ("2-3pp", "between 2 and 3pp"), with dots
// ("3 p.p.") and after a number in words ("three pp"). Each gives the
// unit and value "percentage points" gives, and no "pp" in any key.
// Before (hostile check 54): none was a figure and "3pp" or "pp" stayed
// in the share's key ("percent|||3pp coverag").
func TestPointsAbbreviatedInAGapABracketOrARange(t *testing.T) {
	for s, want := range map[string][]string{
		"In 2023 there was a gap of 4pp between boys and girls in vaccine coverage, at 85%.": {"4pp=4 other "},
		"The gap in vaccine coverage between boys and girls was 12pp in 2023.":               {"12pp=12 other "},
		"The gap in vaccine coverage widened to 5pp in 2023.":                                {"5pp=5 other "},
		"The gap in vaccine coverage narrowed by 2pp to 10pp in 2023.":                       {"2pp=2 other ", "10pp=10 other "},
		"Vaccine coverage fell by 2-3pp to 85% in 2023.":                                     {"2-3pp=2 other change ", "85%=85 percent headline "},
		"Vaccine coverage fell by between 2 and 3pp in 2023.":                                {"between 2 and 3pp=2 other change "},
		"Vaccine coverage dropped by -3pp in 2023.":                                          {"-3pp=-3 other "},
		"Vaccine coverage changed by +3pp in 2023.":                                          {"3pp=3 other "},
		"Vaccine coverage was 85% (-3pp) in 2023.":                                           {"85%=85 percent ", "-3pp=-3 other "},
		"Vaccine coverage was 85% (+3pp on 2022) in 2023.":                                   {"85%=85 percent ", "3pp=3 other "},
		"Vaccine coverage fell by 3 p.p. to 85% in 2023.":                                    {"3 p.p.=3 other change ", "85%=85 percent headline "},
		"Vaccine coverage fell by three pp to 85% in 2023.":                                  {"three pp=3 other change ", "85%=85 percent headline "},
	} {
		got := h54Figures(t, s)
		for _, w := range want {
			if !hasFigure(got, w) {
				t.Errorf("%q: figures %q, want one starting %q", s, got, w)
			}
		}
		for _, g := range got {
			if k := g[strings.Index(g, "=")+1:]; strings.Contains(strings.ToLower(k), "pp") {
				t.Errorf("%q: figure %q keeps the points in its key", s, g)
			}
		}
	}
}

// TestPPThatIsNoPointsStaysNoFigure: "pp" of pages, per person and "PP"
// of the pupil premium stay no points where a gap word, a sign, a bracket
// or a range is near, and "pp" in lower case is no term of a key; "PP"
// of the pupil premium stays in it.
func TestPPThatIsNoPointsStaysNoFigure(t *testing.T) {
	for _, s := range []string{
		"The gap analysis ran to 40pp in 2023 and found 45% of parents were worried.",
		"The gap analysis is 40pp and found 45% of parents were worried in 2023.",
		"In 2023, 45% of parents said the difference was the 12pp guide (pp 3-5).",
		"In 2023, 45% of parents read the guide, pages 4-6pp.",
		"In 2023, 45% of parents read the three pp of notes.",
		"In 2023, the two pp notes showed 45% of parents were worried.",
		"In 2023, 45% of parents were worried about waits (see pp 4-6).",
		"In 2023, 45% of parents were worried (-3pp pages).",
		"In 2023, tickets went up £25pp and 45% of parents were worried about the cost.",
		"The difference in the 2023 guide is 12pp of new material, and 45% of parents liked it.",
		"In 2023, 45% of parents were worried; between 2 and 3pp of the guide covers waits.",
		"In 2023, 45% of parents were worried (Annex B-3pp).",
		"In 2023, 45% of parents were worried (Smith, 2020: 12-14pp).",
	} {
		for _, g := range h54Figures(t, s) {
			if strings.Contains(g, " other ") || strings.Contains(strings.ToLower(g), "pp=") {
				t.Errorf("%q: figure %q, no points", s, g)
			}
			if k := g[strings.Index(g, "=")+1:]; strings.Contains(k, "pp") {
				t.Errorf("%q: figure %q keeps pp in its key", s, g)
			}
		}
	}
	for _, s := range []string{
		"In 2023, a gap of 12 PP pupils remained, and 45% were absent.",
		"In 2023, 45% (12 PP pupils) were persistently absent.",
	} {
		got := h54Figures(t, s)
		if !hasFigure(got, "12=12 count") {
			t.Errorf("%q: figures %q, want a count of 12 pupils", s, got)
		}
		for _, g := range got {
			if strings.Contains(g, " other ") {
				t.Errorf("%q: figure %q, no points", s, g)
			}
		}
	}
	if got := h54Figures(t, "In 2023, 45% (12 PP pupils) were persistently absent."); !hasFigure(got, "12=12 count  ") || !strings.Contains(strings.Join(got, "\n"), "pp pupil") {
		t.Errorf("12 PP pupils: figures %q, want the pupil premium kept in the key", got)
	}
}
