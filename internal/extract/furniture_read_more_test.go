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

// TestWhereAPollsAnswersGoIsFurniture: the note after a poll's invitation
// of where its answers go is furniture; a finding about answers is not.
func TestWhereAPollsAnswersGoIsFurniture(t *testing.T) {
	for s, want := range map[string]bool{
		"Your answers go straight to the council's SEND team.":               true,
		"Your responses will be shared anonymously with the ICB.":            true,
		"Your views were heard: 40% of the answers named the booking line.":  false,
		"Your feedback led the trust to add 12 evening clinics in the year.": false,
	} {
		if got, _, _ := furnitureSentence(s); got != want {
			t.Errorf("furnitureSentence(%q) = %v, want %v", s, got, want)
		}
	}
}
