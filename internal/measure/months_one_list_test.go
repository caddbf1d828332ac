package measure

import "testing"

// TestOneListOfMonthNames: the citation reader and the period scanner
// read months by one list (monthIndex), so every way a month is written
// in a bracket, cut short with or without its stop, dates the figure in
// both: the bracket is a date (citePart), and its month and year are the
// period. Before (hostile check 59), the citation reader had a pattern
// of its own, and "(Sep. 2022)" was read as a work cited at page 2022.
func TestOneListOfMonthNames(t *testing.T) {
	for _, m := range []struct{ w, name string }{
		{"Jan.", "January"}, {"Feb", "February"}, {"Mar.", "March"}, {"Apr.", "April"}, {"May", "May"},
		{"Jun.", "June"}, {"Jul", "July"}, {"Aug.", "August"}, {"Sep.", "September"}, {"Sep", "September"},
		{"Sept.", "September"}, {"Sept", "September"}, {"Oct.", "October"}, {"Nov", "November"}, {"Dec.", "December"},
		{"September", "September"},
	} {
		s := "45% of pupils were absent (" + m.w + " 2022)."
		if k := citePart(m.w+" 2022", false, nil); k != citePartDated {
			t.Errorf("%q: part of kind %d, want a date", m.w+" 2022", k)
		}
		ps := findPeriods(s)
		if len(ps) != 1 || ps[0].Text != m.name+" 2022" {
			t.Errorf("%q: periods %+v, want %s 2022", s, ps, m.name)
		}
		if len(citeNotes(s)) != 1 {
			t.Errorf("%q: the bracket is no source note", s)
		}
	}
	// A run of months cut short reads as the scanner reads it.
	if by, ok := monthLead("Apr.-Jun."); !ok || by != "" {
		t.Errorf("monthLead(Apr.-Jun.) = %q, %v; want a run of months alone", by, ok)
	}
	if by, ok := monthLead("ONS, Sep."); !ok || by != "ONS" {
		t.Errorf("monthLead(ONS, Sep.) = %q, %v; want ONS", by, ok)
	}
	if _, ok := monthLead("Septic"); ok {
		t.Error("Septic read as a month")
	}
	for w, want := range map[string]bool{"Sep": true, "Sept.": true, "Jan": true, "May": false, "March": false, "Marc": false} {
		if MonthCutShort(w) != want {
			t.Errorf("MonthCutShort(%q) = %v, want %v", w, !want, want)
		}
	}
}
