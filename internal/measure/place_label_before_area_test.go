package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/measure"
)

// TestLabelBeforeAnAreaBodyIsNoPlace: a caption's or a sentence's label
// ends before the area body it names, "Source: ICB dataset." and "Note:
// ICS returns", as a sentence does ("... in 2024. ICB data"): the label is
// no word of a place, and an ICB with no name before it is none. A name
// after the label is the place ("Source: Dunmore ICB returns"). Before
// (hostile check 64), every row of a table under "Table 1: Referrals by
// age, 2024. Source: ICB dataset." was of a place "Source: ICB".
func TestLabelBeforeAnAreaBodyIsNoPlace(t *testing.T) {
	for _, c := range []struct{ caption, want string }{
		{"Table 1: Referrals by age, 2024. Source: ICB dataset.", ""},
		{"Table 3: Visits by age. Note: ICS returns, 2023", ""},
		{"Table 2: Visits by age, 2024. ICB returns", ""},
		{"Table 2: Visits by age; ICB returns", ""},
		{"Table 5: Visits by age. Source: Dunmore ICB returns", "Dunmore ICB"},
		{"Table 4: Visits by age in Dunmore ICB, 2024", "Dunmore ICB"},
		{"Table 6: Visits by age in St. Helens ICB", "St. Helens ICB"},
	} {
		f := describeRow([]string{"0-4"}, []string{"Age group"}, "Visits", "300", measure.Input{Caption: c.caption})
		if f.Place != c.want {
			t.Errorf("caption %q: place %q, want %q", c.caption, f.Place, c.want)
		}
	}
}
