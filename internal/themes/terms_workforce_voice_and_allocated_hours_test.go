package themes_test

import (
	"slices"
	"testing"
)

// TestTermsOfWorkforceVoiceAndAllocatedHours: staff that lack or must be found, a school nurse's
// cover and residential care workers are the workforce or social care; a
// letter rewritten with parents is their voice; a night or hour of a
// service allocated to a family is no funding. Near-misses keep their
// themes. Written for this test.
func TestTermsOfWorkforceVoiceAndAllocatedHours(t *testing.T) {
	tax := taxonomy(t)
	for _, c := range []struct {
		text, theme string
		want        bool
	}{
		{"The respite unit kept closing for lack of staff over the summer.", "workforce", true},
		{"The trust must find the staff to open the second clinic.", "workforce", true},
		{"Each school nurse now covers around 4,100 pupils.", "workforce", true},
		{"The home needs two more residential care workers before it can reopen.", "social-care", true},
		{"We will rewrite the invitation letter with parents before the autumn.", "voice", true},
		{"Families had been allocated, on average, 30 hours of respite a month.", "funding", false},
		// Near-misses.
		{"The council allocated £2 million to the new service.", "funding", true},
		{"The letter was rewritten by the clinic's managers.", "voice", false},
	} {
		if got := slices.Contains(tax.Tag(c.text), c.theme); got != c.want {
			t.Errorf("Tag(%q) has %s = %v, want %v (%v)", c.text, c.theme, got, c.want, tax.Tag(c.text))
		}
	}
}
