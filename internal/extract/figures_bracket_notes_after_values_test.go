package extract_test

import (
	"strings"
	"testing"
)

// TestASecondByOfOneVerbIsAChange: "grew by 12% (Kent, 2024) and by 9%
// (Medway, 2024)", "rose by 12% in 2024 and by 9% in 2023": the second
// "by" is the first verb's, and its value a change, keyed as one, with
// the time or place its own bracket or words give where they are a
// place's or a time's the record reads ("(Wales, 2024)"); a name it
// cannot tell from an author's ("(Kent, 2024)") gives it none (hostile
// check 69). Before: the 9% was a level of the waiting lists, keyed
// `percent|||…` as any other source's share of them.
func TestASecondByOfOneVerbIsAChange(t *testing.T) {
	for _, c := range []struct{ s, second, period, place string }{
		{"Waiting lists for community paediatrics grew by 12% (Kent, 2024) and by 9% (Medway, 2024).", "9%", "", ""},
		{"Waiting lists for community paediatrics grew by 12% in 2024 and by 9% in 2023.", "9%", "2023", ""},
		{"Waiting lists for community paediatrics grew by 12% (England, 2024) and by 9% (Wales, 2024).", "9%", "2024", "Wales"},
		{"Referrals to school nursing fell by 8% (Kent: 2024) and by 5% (Medway: 2024).", "5%", "", ""},
		{"MMR uptake fell by 3 percentage points in 2023 and by 2 percentage points in 2024.", "2 percentage points", "2024", ""},
	} {
		f, ok := h61cFigure(t, c.s, c.second)
		if !ok {
			t.Errorf("%q: no %s", c.s, c.second)
			continue
		}
		if f.Role != "change" || !strings.HasPrefix(f.Key, "change:") {
			t.Errorf("%q: %s role %q key %q, want a change", c.s, c.second, f.Role, f.Key)
		}
		if f.Period != c.period || f.Place != c.place {
			t.Errorf("%q: %s period %q place %q, want %q %q", c.s, c.second, f.Period, f.Place, c.period, c.place)
		}
	}
	// A "by" of another verb, or after a semicolon, is no change of the
	// first's.
	for _, c := range []struct{ s, fig string }{
		{"Referrals rose by 12% in 2024; by March 2025, 40% of children had been seen.", "40%"},
	} {
		if f, ok := h61cFigure(t, c.s, c.fig); !ok || f.Role == "change" {
			t.Errorf("%q: %s %+v, want no change", c.s, c.fig, f)
		}
	}
}

// TestACountBeforeASourceNoteIsRead: a bare count before a bracket that
// is a source note, a name and a date ("(Surrey Heartlands, March
// 2024)", "(England, March 2024)", "(Jones, March 2024)"), is read as the
// count the verb before it gives, its bracket read as the record reads
// any such note: a place and a time where the name is a place's,
// nothing where it may be an author's (hostile check 69). Before: no
// figure at all, and "rose to 3,400 (…)" read a count of 3.
func TestACountBeforeASourceNoteIsRead(t *testing.T) {
	for _, c := range []struct{ s, period, place string }{
		{"Referrals to CAMHS reached 3,400 (Surrey Heartlands, March 2024), the highest on record.", "", ""},
		{"Referrals to CAMHS rose to 3,400 (Surrey Heartlands, March 2024), the highest on record.", "", ""},
		{"Referrals to CAMHS reached 3,400 (Jones, March 2024).", "", ""},
		{"Referrals to CAMHS reached 3,400 (England, March 2024), the highest on record.", "March 2024", "England"},
		{"Referrals to CAMHS reached 3,400 (Surrey Heartlands ICB, March 2024).", "March 2024", "Surrey Heartlands ICB"},
		{"Referrals to CAMHS in Medway totalled 1,240 (DfE, 2023/24).", "2023/24", ""},
	} {
		var n string
		for _, w := range strings.Fields(c.s) {
			if strings.ContainsAny(w, "0123456789") && strings.Contains(w, ",") && !strings.Contains(w, "(") {
				n = w
				break
			}
		}
		f, ok := h61cFigure(t, c.s, n)
		if !ok {
			t.Errorf("%q: no %s", c.s, n)
			continue
		}
		if f.Unit != "count" || f.Period != c.period || f.Place != c.place {
			t.Errorf("%q: %s unit %q period %q place %q, want count %q %q", c.s, n, f.Unit, f.Period, f.Place, c.period, c.place)
		}
		if strings.Contains(f.Key, "march") || strings.Contains(f.Key, "jones") || strings.Contains(f.Key, "surrey") {
			t.Errorf("%q: key %q holds the note's words", c.s, f.Key)
		}
	}
}
