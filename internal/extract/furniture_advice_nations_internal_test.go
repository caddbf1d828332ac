package extract

import "testing"

// TestAdviceNationLines: an advice page's line on which nation its
// advice holds in, and its pointer to another nation's, are furniture
// (set 44 spent); a sentence on what holds in a nation stays.
func TestAdviceNationLines(t *testing.T) {
	for _, s := range []string{
		"This advice applies to England.",
		"This information is for Wales and Northern Ireland only.",
		"See advice for Wales",
		"Read the guidance for Scotland.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Prescriptions are free for everyone in Wales, and in England for children under 16.",
		"This advice applies to England, where 1 in 6 families we helped went without a prescription.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q taken for furniture", s)
		}
	}
}
