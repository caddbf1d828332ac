package themes_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/themes"
)

// TestStillbirthsBreakfastClubsAndLowBirthweightArePrevention: a
// stillbirth rate, a school's breakfast clubs and low birthweight are
// population public health and nutrition, prevention in the themes
// guide, though no other prevention word stands beside them. Near-misses
// keep their themes. Written for this test.
func TestStillbirthsBreakfastClubsAndLowBirthweightArePrevention(t *testing.T) {
	tax := taxonomy(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The stillbirth rate fell slightly to 3.9 per 1,000 total births.", true},
		{"There were 2,310 stillbirths in England and Wales last year.", true},
		{"Our breakfast clubs now serve 580 pupils each morning.", true},
		{"Babies born at low birthweight carry a much higher risk.", true},
		{"One in fourteen babies was born with a low birth weight.", true},
		// Near-misses.
		{"The book club met over breakfast on Saturdays.", false},
		{"The ward kept a low weight limit for its lifting hoists.", false},
	} {
		if got := slices.Contains(tax.Tag(c.text), "prevention"); got != c.want {
			t.Errorf("Tag(%q) has prevention = %v, want %v (%v)", c.text, got, c.want, tax.Tag(c.text))
		}
	}
}

// TestAddAboveForLowersOnlyThemesCrossValidationFoundRight: transitions
// and funding are added by the model from 0.80, every other theme only
// above AddAbove, and a theme the bundled model does not know (a
// taxonomy of one's own) keeps AddAbove.
func TestAddAboveForLowersOnlyThemesCrossValidationFoundRight(t *testing.T) {
	for _, id := range []string{"transitions", "funding"} {
		if got := themes.AddAboveFor(id); got != 0.80 {
			t.Errorf("AddAboveFor(%q) = %v, want 0.80", id, got)
		}
	}
	for _, id := range []string{"waiting-lists", "mental-health", "voice", "workforce", "my-own-theme"} {
		if got := themes.AddAboveFor(id); got != themes.AddAbove {
			t.Errorf("AddAboveFor(%q) = %v, want AddAbove (%v)", id, got, themes.AddAbove)
		}
	}
}
