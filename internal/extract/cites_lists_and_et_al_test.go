package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// h61cFigure is the figure fig of sentence s (under a findings heading),
// and whether it was found.
func h61cFigure(t *testing.T, s, fig string) (evidence.Figure, bool) {
	t.Helper()
	for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+s+"\n")) {
		for _, f := range it.Figures {
			if f.Text == fig {
				return f, true
			}
		}
	}
	return evidence.Figure{}, false
}

// h61cWords are the words of a figure's measure and key, lower case.
func h61cWords(f evidence.Figure) []string {
	return strings.Fields(strings.ToLower(strings.NewReplacer("|", " ", "(", " ", ")", " ", "[", " ", "]", " ", ",", " ", ";", " ").Replace(f.Measure + " " + f.Key)))
}

// TestCitationListsAndPartsNoPeriod: a bracket citing two works
// ("(Okafor 2019; Lind 2021)", with pages after the first), or one work's
// figure, table or chapter after its year ("(Okafor 2019, Figure 4)",
// "(DHSC, 2022, Table 6)", "(Okafor 2019, chapter 5)"), is a citation: the
// sentence's year is the figure's period, and no word of the citation is
// in the measure or its key. Before (hostile check 57), the period was a
// cited work's year and "chapter" was in the measure.
func TestCitationListsAndPartsNoPeriod(t *testing.T) {
	for _, s := range []string{
		"In 2022, 37% of young carers had no break (Okafor 2019; Lind 2021).",
		"In 2022, 37% of young carers had no break (Okafor 2019, p 8; Lind 2021).",
		"In 2022, 37% of young carers had no break (Okafor 2019, Figure 4).",
		"In 2022, 37% of young carers had no break (Okafor 2019, chapter 5).",
		"In 2022, 37% of young carers had no break (DHSC, 2021, Table 6).",
		"In 2022, 37% of young carers had no break (Okafor 2019, section 3.2).",
	} {
		f, ok := h61cFigure(t, s, "37%")
		if !ok {
			t.Errorf("%q: no 37%%", s)
			continue
		}
		if f.Period != "2022" {
			t.Errorf("%q: period %q, want 2022", s, f.Period)
		}
		w := h61cWords(f)
		for _, bad := range []string{"okafor", "lind", "dhsc", "figure", "chapter", "table", "section", "p", "#4", "#5", "#6", "#8"} {
			if slices.Contains(w, bad) {
				t.Errorf("%q: measure %q key %q keep the citation's %q", s, f.Measure, f.Key, bad)
			}
		}
	}
	// A bracket stating a figure of its own is no citation: its year is
	// the figure's.
	if f, ok := h61cFigure(t, "Some 37% of young carers had no break (31% in 2019; 34% in 2021).", "31%"); !ok || f.Period != "2019" {
		t.Errorf("31%% in brackets: %+v, want period 2019", f)
	}
}

// TestMonthYearBracketIsADate: a bracket with a month and a year,
// pages after it or not, dates the figure: "(June 2023, p 6)" is when it
// holds, no author's work, and its pages are no part of the measure or
// its key. Before (hostile check 57), once a citation could name its
// pages, such a bracket was read as one and the figure had no period.
func TestMonthYearBracketIsADate(t *testing.T) {
	for _, c := range []struct{ s, fig, period string }{
		{"In the latest return (June 2023, p 6), 52% of children waited more than 12 weeks.", "52%", "June 2023"},
		{"In the latest return (October 2022, pp 3-4), 48% of children waited more than 12 weeks.", "48%", "October 2022"},
		{"In the latest return (June 2023), 52% of children waited more than 12 weeks.", "52%", "June 2023"},
	} {
		f, ok := h61cFigure(t, c.s, c.fig)
		if !ok {
			t.Errorf("%q: no %s", c.s, c.fig)
			continue
		}
		if f.Period != c.period {
			t.Errorf("%q: period %q, want %q", c.s, f.Period, c.period)
		}
		w := h61cWords(f)
		for _, bad := range []string{"p", "pp", "#6", "#3-4", "#3", "#4"} {
			if slices.Contains(w, bad) {
				t.Errorf("%q: measure %q key %q keep the pages' %q", c.s, f.Measure, f.Key, bad)
			}
		}
	}
}

// TestEtAlEndsNoSentence: "et al." before a citation's year or a
// bracket ends no sentence: "(Okafor et al. 2019, p 8), up from 30% in
// 2021" is one sentence, its earlier value measured as its level is, and
// no author's word in either's measure or key. Before (hostile check 57),
// the sentence was cut after "et al.", the 34% keyed "al et okafor" and
// the 30% an item of its own measured "p 8".
func TestEtAlEndsNoSentence(t *testing.T) {
	s := "Some 34% of young carers had no break in 2022 (Okafor et al. 2019, p 8), up from 30% in 2021."
	items := extract.Extract(parseBody(t, "P", "## Findings\n\n"+s+"\n"))
	if len(items) != 1 {
		t.Fatalf("%q: %d items, want 1", s, len(items))
	}
	var seen []string
	for _, f := range items[0].Figures {
		seen = append(seen, f.Text)
		w := h61cWords(f)
		for _, bad := range []string{"okafor", "et", "al", "p", "#8"} {
			if slices.Contains(w, bad) {
				t.Errorf("%s: measure %q key %q keep the citation's %q", f.Text, f.Measure, f.Key, bad)
			}
		}
	}
	if !slices.Contains(seen, "Some 34%") || !slices.Contains(seen, "30%") {
		t.Errorf("figures %q, want Some 34%% and 30%%", seen)
	}
	// Before a capital, "et al." may end a sentence.
	if n := len(extract.Sentences("The method follows Okafor et al. The panel met twice.")); n != 2 {
		t.Errorf("%d sentences, want 2", n)
	}
}
