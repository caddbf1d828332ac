package extract

import "testing"

// TestAReadMoreLineIsFurniture: a pasted "Read more:" line naming another
// story is page furniture, figures and all; a sentence that says "read
// more" of its own finding is not.
func TestAReadMoreLineIsFurniture(t *testing.T) {
	for s, want := range map[string]bool{
		"Read more: Fenbury school nurses stretched as pupil numbers rise":     true,
		"Related: 40% of councils cut short breaks":                            true,
		"See also: Children's waits in the North East":                         true,
		"Parents told us they want to read more about how waits are measured.": false,
		"Read more than 40 responses from families before you decide.":         false,
	} {
		if got, _, _ := furnitureSentence(s); got != want {
			t.Errorf("furnitureSentence(%q) = %v, want %v", s, got, want)
		}
	}
}
