package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// h56Figures are the figures of the items a sentence under a Findings
// heading gives, as "text=value unit role qualifier key period".
func h56Figures(t *testing.T, sentence string) []string {
	t.Helper()
	var out []string
	for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+sentence+"\n")) {
		for _, f := range it.Figures {
			out = append(out, fmt.Sprintf("%s=%g %s %s %s %s %s", f.Text, f.Value, f.Unit, f.Role, f.Qualifier, f.Key, f.Period))
		}
	}
	return out
}

// hasFigure reports a figure of got starting with want.
func hasFigure(got []string, want string) bool {
	for _, g := range got {
		if strings.HasPrefix(g, want) {
			return true
		}
	}
	return false
}

// TestAPlusAfterASmallCountIsAnAgeBand: a plus after a number under 100
// is an age band or a class ("18+ care leavers", "11+ children", "65+
// patients", "5+ GCSEs", "3+ children"), never at least so many; "18+"
// stays in the 1,200's key as its age band, and "aged 16+" is the age
// band of "young people". A count of 100 or more with a plus ("1,200+
// children", "500+ schools", "100+ schools") is at least that count.
// Before (hostile check 54): "18+ care leavers" was a figure "at least
// 18" and the 1,200's key had lost its "18+".
func TestAPlusAfterASmallCountIsAnAgeBand(t *testing.T) {
	got := h56Figures(t, "In 2023, 18+ care leavers numbered 1,200 in the county.")
	if len(got) != 1 || !strings.HasPrefix(got[0], "1,200=1200 count") || !strings.Contains(got[0], "|18+|") {
		t.Errorf("18+ care leavers: figures %q, want only the 1,200 with 18+ in its key", got)
	}
	for _, s := range []string{
		"In 2023, 20% of 11+ children were waiting for an assessment.",
		"In 2023, 45% of 16+ young people were waiting for an assessment.",
		"In 2023, 65+ patients were waiting for an assessment on the ward.",
		"In 2023, 2+ siblings were placed together in 300 cases.",
		"In 2023, 60% of pupils in the borough achieved 5+ GCSEs.",
		"In 2023, 30% of children in the survey had 4+ ACEs.",
		"Families with 3+ children made up 20% of those waiting in 2023.",
	} {
		for _, g := range h56Figures(t, s) {
			if strings.Contains(g, "at least") || strings.Contains(strings.SplitN(g, "=", 2)[0], "+") {
				t.Errorf("%q: figure %q, want no count of at least a small number", s, g)
			}
		}
	}
	got = h56Figures(t, "In 2023, 1,200+ young people aged 16+ were waiting for an assessment.")
	if len(got) != 1 || !strings.HasPrefix(got[0], "1,200+=1200 count  at least") || !strings.Contains(got[0], "|16+|") {
		t.Errorf("1,200+ young people aged 16+: figures %q, want at least 1,200 with the age band 16+", got)
	}
	for s, want := range map[string]string{
		"In 2023, 1,200+ children were waiting for an assessment.": "1,200+ children=1200 count  at least",
		"In 2023, 500+ schools took part in the survey.":           "500+ schools=500 count  at least",
		"In 2023, 100+ schools took part in the survey.":           "100+ schools=100 count  at least",
	} {
		if got := h56Figures(t, s); !hasFigure(got, want) {
			t.Errorf("%q: figures %q, want %q", s, got, want)
		}
	}
}

// TestAGluedThousandAfterOfIsABase: "3.2k of 10k children" counts the
// 3.2k of the 10k, so the 10k is no count of 10,000 children waiting: no
// figure, as "3,200 of 10,000 children" gives. A glued "k" before a
// possessive is a name ("our 5k children's fun run", "the 10k children’s
// fund"), no count. Before (hostile check 54): 10,000 children were
// waiting, 5,000 and 10,000 children counted.
func TestAGluedThousandAfterOfIsABase(t *testing.T) {
	for _, s := range []string{
		"In 2023, 3.2k of 10k children were waiting for an assessment.",
		"In 2023, 3,200 out of 10k children were waiting for an assessment.",
		"In 2023, our 5k children's fun run raised money for the unit, and 45% of staff joined.",
		"The 10k children’s fund paid for 45% of the places in 2023.",
	} {
		for _, g := range h56Figures(t, s) {
			if strings.Contains(g, "=10000") || strings.Contains(g, "=5000") {
				t.Errorf("%q: figure %q, want no count in thousands", s, g)
			}
		}
	}
	if got := h56Figures(t, "In 2023, 45% of 10k children were waiting for an assessment."); !hasFigure(got, "10k children=10000 count base") {
		t.Errorf("45%% of 10k children: figures %q, want the 10k the share's base", got)
	}
	if got := h56Figures(t, "In 2023, 3.2k children were waiting for an assessment."); !hasFigure(got, "3.2k children=3200 count") {
		t.Errorf("3.2k children: figures %q, want a count of 3,200", got)
	}
}

// TestPPBeforeANounIsPupilPremium: "12 PP pupils", "4 PP pupils", "120
// PP places" count pupils or places of the pupil premium, as before
// "3pp" was read as points; "fell by 3PP to 90%" is still a change in
// points. A sentence about a document's pages or length reads "12pp" as
// pages, no points. Before (hostile check 54): each was a change of a
// share in percentage points.
func TestPPBeforeANounIsPupilPremium(t *testing.T) {
	for s, want := range map[string]string{
		"In 2023, numbers increased by 12 PP pupils to 340.":             "12=12 count",
		"Exclusions fell by 4 PP pupils in 2023, to 20.":                 "4=4 count",
		"Funding rose by 120 PP places in 2023.":                         "120=120 count",
		"The annual report has grown by 12pp this year to 80 pages.":     "80 pages=80 count",
		"The consultation document increased by 20pp in length in 2023.": "",
	} {
		got := h56Figures(t, s)
		for _, g := range got {
			if strings.Contains(g, " other ") || strings.Contains(g, "change:") {
				t.Errorf("%q: figure %q, want no change in points", s, g)
			}
		}
		if want != "" && !hasFigure(got, want) {
			t.Errorf("%q: figures %q, want %q", s, got, want)
		}
	}
	if got := h56Figures(t, "Attendance fell by 3PP to 90% in 2023."); !hasFigure(got, "3PP=3 other change") {
		t.Errorf("fell by 3PP: figures %q, want a change of 3 points", got)
	}
}

// TestPointsOnAYearAreComparedWithIt: "down 3pp on 2022" compares the
// change with 2022, so the 3pp is 2023's, as "down 3 percentage points on
// 2022" is. Before (hostile check 54): the 3pp was stored as 2022's.
func TestPointsOnAYearAreComparedWithIt(t *testing.T) {
	for _, pts := range []string{"3pp", "3 ppts", "3 percentage points"} {
		s := "Attendance was 90% in 2023, down " + pts + " on 2022."
		got := h56Figures(t, s)
		if !hasFigure(got, pts+"=3 other change") {
			t.Errorf("%q: figures %q, want a change of 3 points", s, got)
		}
		for _, g := range got {
			if !strings.HasSuffix(g, " 2023") {
				t.Errorf("%q: figure %q, want 2023's", s, g)
			}
		}
	}
}
