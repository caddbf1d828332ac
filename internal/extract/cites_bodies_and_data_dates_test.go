package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// citeCheck asserts the 37% of s is of period and measured "had no
// break", with none of bad among the words of its measure and key.
func citeCheck(t *testing.T, s, period string, bad ...string) {
	t.Helper()
	f, ok := h61cFigure(t, s, "Some 37%")
	if !ok {
		t.Errorf("%q: no 37%%", s)
		return
	}
	if f.Period != period {
		t.Errorf("%q: period %q, want %q", s, f.Period, period)
	}
	if f.Measure != "had no break" {
		t.Errorf("%q: measure %q, want \"had no break\"", s, f.Measure)
	}
	w := h61cWords(f)
	for _, b := range bad {
		if slices.Contains(w, b) {
			t.Errorf("%q: measure %q key %q keep the bracket's %q", s, f.Measure, f.Key, b)
		}
	}
}

// TestWorkThenDataDateInOneBracket: a bracket citing a work beside
// the date of its data, after a comma ("(Okafor 2019, FY 2021/22)"), with
// a financial year of figures ("(Okafor 2018; 2021/22 figures)") or with
// the date after "data for" ("(Okafor 2023; data for Oct. 2021)"), dates
// the figure by its data, never by the work's year, and leaves no word in
// the measure or its key. Before (hostile check 59), each 37% took the
// work's year (2019, 2018, 2023) and "Okafor" was in the measure.
func TestWorkThenDataDateInOneBracket(t *testing.T) {
	for _, c := range []struct{ s, period string }{
		{"Some 37% of young carers had no break (Okafor 2019, FY 2021/22).", "2021/22"},
		{"Some 37% of young carers had no break (Okafor 2018; 2021/22 figures).", "2021/22"},
		{"Some 37% of young carers had no break (Okafor 2023; data for Oct. 2021).", "October 2021"},
	} {
		citeCheck(t, c.s, c.period, "okafor", "fy", "figures", "data", "oct", "#2018", "#2019", "#2023")
	}
}

// TestBodyBesideDateIsASourceNote: a body named beside a quarter, a
// financial year or a week, "(ONS, Q2 2021)", "(DfE, 2021-22)", "(NHS
// Digital, 2021/22)", and a year of data, "(2021/22 data)", "(Wk 9
// 2022)", date the figure and are no part of its measure or key. Before
// (hostile check 59), the measures read "(ONS,)", "(DfE,)", "(NHS
// Digital,)", "( data)" and "(Wk 9)", the keys "=ons", "=dfe", "=nhse"
// (NHS Digital filed as NHS England), "data", "#9 wk".
func TestBodyBesideDateIsASourceNote(t *testing.T) {
	for _, c := range []struct{ s, period string }{
		{"Some 37% of young carers had no break (ONS, Q2 2021).", "Q2 2021"},
		{"Some 37% of young carers had no break (DfE, 2021-22).", "2021/22"},
		{"Some 37% of young carers had no break (NHS Digital, 2021/22).", "2021/22"},
		{"Some 37% of young carers had no break (2021/22 data).", "2021/22"},
		{"Some 37% of young carers had no break (Wk 9 2022).", "2022"},
	} {
		citeCheck(t, c.s, c.period, "ons", "=ons", "dfe", "=dfe", "nhs", "digital", "=nhse", "=nhs_digital", "data", "wk", "#9")
	}
}

// TestMonthsCutShortInBrackets: "(Sep. 2021)" is September as
// "(Sept. 2021)" is, and a run of months cut short, "(Apr.-Jun. 2022)",
// ends no sentence: the item's text keeps the whole bracket and the
// figure is of April to June 2022. Before (hostile check 59), "(Sep.
// 2021)" gave no period (its "p. 2021" read as a page), and the item's
// text ended at "(Apr.-Jun." with "Apr.-Jun" in the measure.
func TestMonthsCutShortInBrackets(t *testing.T) {
	citeCheck(t, "Some 37% of young carers had no break (Sep. 2021).", "September 2021", "sep", "p", "#2021")
	s := "Some 37% of young carers had no break (Apr.-Jun. 2022). Most had asked for one."
	citeCheck(t, s, "April–June 2022", "apr", "jun")
	found := false
	for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+s+"\n")) {
		if strings.Contains(it.Text, "37%") {
			found = true
			if !strings.Contains(it.Text, "(Apr.-Jun. 2022).") {
				t.Errorf("the item's text %q is cut inside the bracket", it.Text)
			}
		}
	}
	if !found {
		t.Errorf("%q: no item of the 37%%", s)
	}
}

// TestNameBeforeMonthDatesNoFigure: a name before a month and a
// year, "(Kent, Sept. 2021)", "(Okafor and Lind, March 2023)", is the day
// a work came out, as are a day of access or issue, "(accessed 4 May
// 2023)", "(published Sept. 2021)": never the figure's period, whatever
// relative period the sentence gives, and no part of its measure or key.
// A place dates it, "(England, March 2023)", and a body known by name,
// "(NHS England, March 2023)", where the sentence has no date of its
// own. The sentence's own date wins. Before
// (hostile check 60), each of the first five took the bracket's month,
// and "(accessed)" and "(published)" were in the measure and key.
func TestNameBeforeMonthDatesNoFigure(t *testing.T) {
	for _, s := range []string{
		"Some 37% of young carers had no break (Kent, Sept. 2021).",
		"Some 37% of young carers had no break last year (Okafor, Sept. 2021).",
		"Some 37% of young carers had no break in the previous quarter (Kent, Sept. 2021).",
		"Some 37% of young carers had no break (Okafor and Lind, March 2023).",
		"Some 37% of young carers had no break (accessed 4 May 2023).",
		"Some 37% of young carers had no break (published Sept. 2021).",
		"Some 37% of young carers had no break (last updated on 9 June 2023).",
	} {
		f, ok := h61cFigure(t, s, "Some 37%")
		if !ok {
			t.Errorf("%q: no 37%%", s)
			continue
		}
		if f.Period != "" {
			t.Errorf("%q: period %q, want none", s, f.Period)
		}
		for _, b := range []string{"kent", "okafor", "lind", "accessed", "access", "published", "publish", "updated", "sept"} {
			if slices.Contains(h61cWords(f), b) {
				t.Errorf("%q: measure %q key %q keep the bracket's %q", s, f.Measure, f.Key, b)
			}
		}
	}
	citeCheck(t, "Some 37% of young carers had no break (England, March 2023).", "March 2023", "england")
	citeCheck(t, "Some 37% of young carers had no break (NHS England, March 2023).", "March 2023", "nhs", "=nhse")
	citeCheck(t, "Some 37% of young carers had no break in 2022 (Kent, Sept. 2021).", "2022", "kent", "sept")
	citeCheck(t, "Some 37% of young carers had no break in 2022 (Okafor, Oct. 2021; Lind 2020).", "2022", "okafor", "lind", "oct")
	// A body's month gives way to the sentence's own date.
	f, ok := h61cFigure(t, "In the year to March 2022, some 37% of young carers had no break (NHS England, Sept. 2022).", "some 37%")
	if !ok || f.Period != "12 months to March 2022" {
		t.Errorf("the year to March 2022 with a body's month: %+v", f)
	}
}

// TestMonthsCutShortSpan: a span between two months cut short with
// their years, "(Sep. 2021 – Mar. 2022)", "(Sep. 2021 to Mar. 2022)", is
// the whole span, as "(Sept 2021 – March 2022)" is. Before (hostile check
// 60), the figure was of September 2021 alone.
func TestMonthsCutShortSpan(t *testing.T) {
	for _, s := range []string{
		"Some 37% of young carers had no break (Sep. 2021 – Mar. 2022).",
		"Some 37% of young carers had no break (Sep. 2021 to Mar. 2022).",
		"Some 37% of young carers had no break (Sept 2021 – March 2022).",
	} {
		citeCheck(t, s, "September 2021–March 2022", "sep", "mar", "#2022")
	}
}
