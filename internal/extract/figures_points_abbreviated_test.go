package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// h54Figures are the figures of the items a sentence under a Findings
// heading gives, as "text=value unit role qualifier key".
func h54Figures(t *testing.T, sentence string) []string {
	t.Helper()
	var out []string
	for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+sentence+"\n")) {
		for _, f := range it.Figures {
			if f.Offset < 0 || f.Offset+len(f.Text) > len(it.Text) || it.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
				t.Errorf("%q: figure %q is not the item's text at offset %d", sentence, f.Text, f.Offset)
			}
			out = append(out, fmt.Sprintf("%s=%g %s %s %s %s", f.Text, f.Value, f.Unit, f.Role, f.Qualifier, f.Key))
		}
	}
	return out
}

// TestPercentagePointsAbbreviated: "3pp", "3 pp", "3ppts", "3 ppt" and
// "3 percentage pts" after a verb of change are a change of 3 percentage
// points, as "3 percentage points" is: unit other, role change, the text
// as written, and none of their words in the share's measure or key; the
// 42% is the level and headline. Before (hostile check 53): "3pp" was no
// figure and stayed in the measure ("fell by 3pp") and its key ("3pp"),
// and "3 percentage pts" gave a count of 3 "pts". "pp" of pages ("a 12pp
// report", "see pp 4-6", "pp. 12") is no figure.
func TestPercentagePointsAbbreviated(t *testing.T) {
	for _, pts := range []string{"3pp", "3 pp", "3ppts", "3 ppt", "3 percentage pts", "3PP"} {
		s := "The share of children seen within 18 weeks fell by " + pts + " to 42% in 2023."
		got := h54Figures(t, s)
		var change, level bool
		for _, g := range got {
			change = change || strings.HasPrefix(g, pts+"=3 other change ")
			level = level || strings.HasPrefix(g, "42%=42 percent headline ")
			if strings.Contains(strings.ToLower(g), "pp") && !strings.HasPrefix(g, pts+"=") || strings.Contains(g, " pts") && !strings.HasPrefix(g, pts) {
				t.Errorf("%q: %q keeps the points in its key", s, g)
			}
			if strings.Contains(g, "=3 count") {
				t.Errorf("%q: %q a count", s, g)
			}
		}
		if !change || !level {
			t.Errorf("%q: figures %q, want a change %s of 3 points and the level 42%%", s, got, pts)
		}
	}
	// The sentence's share key is the one "3 percentage points" gives.
	full := h54Figures(t, "The share of children seen within 18 weeks fell by 3 percentage points to 42% in 2023.")
	short := h54Figures(t, "The share of children seen within 18 weeks fell by 3pp to 42% in 2023.")
	if len(full) != len(short) || full[len(full)-1] != short[len(short)-1] {
		t.Errorf("3pp: %q, want the level and key of 3 percentage points: %q", short, full)
	}
	for _, s := range []string{
		"The share of children seen within 18 weeks fell 3pp in 2023.",
		"In 2023, a 3pp fall left 42% of children seen within 18 weeks.",
		"In 2023, the share seen within 18 weeks was 3pp below the national average at 42%.",
	} {
		found := false
		for _, g := range h54Figures(t, s) {
			found = found || strings.HasPrefix(g, "3pp=3 other ")
		}
		if !found {
			t.Errorf("%q: no figure of 3 points", s)
		}
	}
	for _, s := range []string{
		"In 2023, a 12pp report found 45% of parents were worried about waits.",
		"In 2023, 45% of parents were worried about waits (see pp 4-6).",
		"In 2023, 45% of parents were worried about waits (pp. 12).",
		"The 12pp report found 45% of parents were worried about waits in 2023.",
		"In 2023, tickets went up £25pp and 45% of parents were worried about the cost.",
	} {
		for _, g := range h54Figures(t, s) {
			if strings.Contains(g, " other ") || strings.Contains(strings.ToLower(g), "pp=") || strings.Contains(g, "=12 ") {
				t.Errorf("%q: figure %q, no change in points, no page", s, g)
			}
		}
	}
}

// TestCountPlusAndGluedThousands: a count with a plus after its number is
// at least that count, as "45%+" is ("1,200+ children", "Over 1,200+
// families"); a glued "k" scales a count of the people or events named
// after it ("3.2k children" 3,200, "12k young people" 12,000), with the
// key "3,200 children" gives. Before (hostile check 53) none of them was
// a figure. "a 5k run", "5k steps" and "£5k" keep their readings: no
// count, no count, £5,000.
func TestCountPlusAndGluedThousands(t *testing.T) {
	has := func(s, want string) {
		t.Helper()
		got := h54Figures(t, s)
		for _, g := range got {
			if strings.HasPrefix(g, want) {
				return
			}
		}
		t.Errorf("%q: figures %q, want one starting %q", s, got, want)
	}
	has("In 2023, 1,200+ children are waiting for an assessment in the area.", "1,200+ children=1200 count  at least")
	has("Over 1,200+ families were waiting for an assessment in the area in 2023.", "Over 1,200+ families=1200 count  at least")
	has("In 2023, 45%+ of families were waiting for an assessment in the area.", "45%+=45 percent  at least")
	has("Over 45%+ of families were waiting for an assessment in the area in 2023.", "Over 45%+=45 percent  at least")
	has("In 2023, 3.2k children were waiting for an assessment in the area.", "3.2k children=3200 count   count|||area assess wait")
	has("In 2023, 3,200 children were waiting for an assessment in the area.", "3,200 children=3200 count   count|||area assess wait")
	has("The service received 3.2k referrals for an assessment in 2023.", "3.2k referrals=3200 count")
	has("In 2023, 12k young people were waiting for an assessment in the area.", "12k=12000 count")
	has("The council spent £5k on short breaks for disabled children in 2023.", "£5k=5000 gbp")
	for _, s := range []string{
		"She ran a 5k run in 2023 and 45% of staff joined her on the day.",
		"In 2023, staff walked 5k steps a day and 45% of staff joined the scheme.",
		"In 2023, 2+2 children were counted twice and 45% of staff joined the scheme.",
	} {
		for _, g := range h54Figures(t, s) {
			if strings.Contains(g, "=5000") || strings.HasPrefix(g, "5") || strings.Contains(g, "at least") {
				t.Errorf("%q: figure %q", s, g)
			}
		}
	}
}

// TestALaterYearInAHeadingGivesItsPeriod: a statistics page dated by its
// first publication (2019) and updated every year heads its figures "##
// 2023" and "## 2022"; each figure keeps its heading's year. A rule of
// hostile check 53 (a heading's year after the document's a target, no
// period) took those years away and was withdrawn (hostile check 54): a
// page's first-publication date is no bound on its data's years. Only
// words of a target before the year make it one: "## Our plan to 2030"
// and "## Where we want to be by 2030" give no period.
func TestALaterYearInAHeadingGivesItsPeriod(t *testing.T) {
	periods := func(doc corpus.Document) map[float64]string {
		t.Helper()
		out := map[float64]string{}
		for _, it := range extract.Extract(doc) {
			for _, f := range it.Figures {
				out[f.Value] = f.Period
			}
		}
		return out
	}
	page := parseBody(t, "P", "## 2023\n\n1,200 children were waiting for an assessment.\n\n## 2022\n\n1,100 children were waiting for an assessment.\n")
	page.Source.Date = evidence.Date{Year: 2019, Month: 5, Day: 14}
	got := periods(page)
	if got[1200] != "2023" || got[1100] != "2022" {
		t.Errorf("a page first published in 2019: periods %v, want 1,200 in 2023 and 1,100 in 2022", got)
	}
	for _, h := range []string{"Our plan to 2030", "Where we want to be by 2030"} {
		got := periods(parseBody(t, "P", "## "+h+"\n\n1,200 children are waiting for an assessment.\n"))
		if p, ok := got[1200]; !ok || p != "" {
			t.Errorf("%q: 1,200's period %q (found %v), want none", h, p, ok)
		}
	}
}
