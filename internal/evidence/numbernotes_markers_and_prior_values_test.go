package evidence

import "testing"

// TestNumberNotesAreMarkersAndPriorValues: the notes every reading leaves
// out of a figure's words are a sentence's markers and its earlier values
// in brackets, in the order they stand, whichever kind comes first.
func TestNumberNotesAreMarkersAndPriorValues(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"In 2025, 4,300 (2024: 3,900) pupils and 610[^2] staff took part", []string{"(2024: 3,900)", "[^2]"}},
		{"Of the 720† families, 5,100 (4,800) sessions were booked", []string{"†", "(4,800)"}},
		{"About 35% of the 2,450 (b) carers were asked", []string{"(b)"}},
		{"Nine clinics opened in 2025 (2024) across the county", nil},
	} {
		got := NumberNotes(c.s)
		if len(got) != len(c.want) {
			t.Errorf("NumberNotes(%q) = %v, want %q", c.s, got, c.want)
			continue
		}
		for i, m := range got {
			if c.s[m.Start:m.End] != c.want[i] {
				t.Errorf("NumberNotes(%q)[%d] = %q, want %q", c.s, i, c.s[m.Start:m.End], c.want[i])
			}
		}
	}
}
