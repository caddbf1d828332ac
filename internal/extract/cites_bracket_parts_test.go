package extract_test

import (
	"slices"
	"testing"
)

// TestCitationBesideDataDate: a bracket citing a work beside the date
// of its data, "(Okafor 2019; Oct. 2021 data)", gives the figure the data's
// date and never the work's year, and no word of the bracket is in the
// measure or its key. Before (hostile check 58), the period was 2019 and
// "Okafor" in the measure and key.
func TestCitationBesideDataDate(t *testing.T) {
	for _, c := range []struct{ s, period string }{
		{"Some 37% of young carers had no break (Okafor 2019; Oct. 2021 data).", "October 2021"},
		{"Some 37% of young carers had no break (Okafor 2019, p 8; 2021 figures).", "2021"},
	} {
		f, ok := h61cFigure(t, c.s, "Some 37%")
		if !ok {
			t.Errorf("%q: no 37%%", c.s)
			continue
		}
		if f.Period != c.period {
			t.Errorf("%q: period %q, want %q", c.s, f.Period, c.period)
		}
		w := h61cWords(f)
		for _, bad := range []string{"okafor", "oct", "oct.", "data", "figures", "p", "#8"} {
			if slices.Contains(w, bad) {
				t.Errorf("%q: measure %q key %q keep the bracket's %q", c.s, f.Measure, f.Key, bad)
			}
		}
	}
}

// TestAbbreviatedMonthAndQuarterBrackets: a month cut short with a
// stop, "(Oct. 2021)", dates the figure as the whole name does, and a
// quarter's bracket naming pages, "(Q3 2022, p 9)", dates it with no page
// word or number in the measure or its key. Before (hostile check 58),
// the first kept "(Oct.)" in the measure and "oct" in the key with the
// year alone its period, and the second "(, p 9)" and "#9".
func TestAbbreviatedMonthAndQuarterBrackets(t *testing.T) {
	for _, c := range []struct{ s, period string }{
		{"Some 37% of young carers had no break (Oct. 2021).", "October 2021"},
		{"Some 37% of young carers had no break (Q3 2022, p 9).", "Q3 2022"},
	} {
		f, ok := h61cFigure(t, c.s, "Some 37%")
		if !ok {
			t.Errorf("%q: no 37%%", c.s)
			continue
		}
		if f.Period != c.period {
			t.Errorf("%q: period %q, want %q", c.s, f.Period, c.period)
		}
		if f.Measure != "had no break" {
			t.Errorf("%q: measure %q, want \"had no break\"", c.s, f.Measure)
		}
		w := h61cWords(f)
		for _, bad := range []string{"oct", "oct.", "p", "#9"} {
			if slices.Contains(w, bad) {
				t.Errorf("%q: measure %q key %q keep the bracket's %q", c.s, f.Measure, f.Key, bad)
			}
		}
	}
}

// TestAuthorMonthCitation: an author before a month and a year,
// "(Okafor, Oct. 2021)" or "(Lind, March 2020)", is the day a work came
// out: the sentence's year stays the period and neither the author nor the
// month is in the measure or its key. Before (hostile check 58), the
// measure read "(Okafor, Oct.)" and its key "okafor oct".
func TestAuthorMonthCitation(t *testing.T) {
	for _, s := range []string{
		"Some 37% of young carers had no break in 2022 (Okafor, Oct. 2021).",
		"Some 37% of young carers had no break in 2022 (Lind, March 2020).",
	} {
		f, ok := h61cFigure(t, s, "Some 37%")
		if !ok {
			t.Errorf("%q: no 37%%", s)
			continue
		}
		if f.Period != "2022" {
			t.Errorf("%q: period %q, want 2022", s, f.Period)
		}
		w := h61cWords(f)
		for _, bad := range []string{"okafor", "lind", "oct", "oct.", "march"} {
			if slices.Contains(w, bad) {
				t.Errorf("%q: measure %q key %q keep the citation's %q", s, f.Measure, f.Key, bad)
			}
		}
	}
	// A place before the month is where the figure holds, no author: the
	// bracket dates it.
	if f, ok := h61cFigure(t, "Some 37% of young carers had no break (England, March 2020).", "Some 37%"); !ok || f.Period != "March 2020" || f.Place != "England" {
		t.Errorf("(England, March 2020): %+v, want period March 2020 in England", f)
	}
	// A bracket dating the figure after a word of no author's stays as
	// it was: a statement, not a citation.
	if f, ok := h61cFigure(t, "Some 37% of young carers had no break (31% in March 2020).", "31%"); !ok || f.Period != "March 2020" {
		t.Errorf("31%% in brackets: %+v, want period March 2020", f)
	}
}
