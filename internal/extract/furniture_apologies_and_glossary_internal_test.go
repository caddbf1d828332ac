package extract

import "testing"

// TestFurnitureOfApologiesSignpostsAndGlossaries: leftovers round 13h. A meeting's note that
// apologies are listed, a signpost to the writer's phone line, an
// abbreviation spelled out and a charity's register line or a bio closing
// on it are no evidence; near-misses that say something stay. The rules
// are asked alone. Every sentence is written for this test.
func TestFurnitureOfApologiesSignpostsAndGlossaries(t *testing.T) {
	for in, want := range map[string]bool{
		"Apologies as listed above.": true,
		"Apologies were received from four of the nine head teachers invited.":                             false,
		"Need help? Our school nurses are on 0300 555 0199, weekdays from 8am to 6pm.":                     true,
		"Our helpline advisers are on 0808 196 0042, every evening from 6pm to 10pm.":                      true,
		"Our nurses are on 12 wards and saw 300 children last year.":                                       false,
		"Need advice? Call us on 0161 496 0123.":                                                           true,
		"Parents said they needed advice but the line on 0300 555 0199 was rarely answered.":               false,
		"The Library does not make recommendations; the options below are set out for information only.":   true,
		"The review does not make recommendations to schools, but it finds that 40% of them lack a nurse.": false,
		"The ICB should not make recommendations to schools without asking parents first.":                 false,
		"CAMHS: children and adolescent mental health services.":                                           true,
		"EHCP: Education, Health and Care Plan.":                                                           true,
		"CAMHS: waits rose in every quarter of the year.":                                                  false,
		"Registered charity in England and Wales (1098765) and in Scotland (SC041234).":                    true,
		"Priya Shah heads research at Little Voices, registered charity number 1145678.":                   true,
		"The charity, registered in 2019, supported 340 families with registered charity funds last year.": false,
	} {
		if got, _, _ := furnitureSentence(in); got != want {
			t.Errorf("%q: furniture %v, want %v", in, got, want)
		}
	}
}
