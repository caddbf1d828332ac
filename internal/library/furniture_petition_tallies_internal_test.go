package library

import "testing"

// A campaign page's petition tally ("9,870 people have signed. Help us
// reach 12,000!") was read as a statistic, and its form's note on the
// use of the signer's details as an excerpt: both are the campaign's
// furniture. A finding about people who signed something is not.
func TestPetitionTallyAndConsentNoteAreFurniture(t *testing.T) {
	for s, want := range map[string]bool{
		"9,870 people have signed. Help us reach 12,000!":                                   true,
		"2,114 supporters have signed so far":                                               true,
		"Help us reach 5,000 signatures!":                                                   true,
		"In 2025, 4,310 people signed a petition asking the council to keep the unit open.": false,
		"1,200 parents have signed up to the new school meals scheme.":                      false,
	} {
		if got := isFurnitureText(s); got != want {
			t.Errorf("isFurnitureText(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"We will only use your details for this campaign. Read our privacy notice.": true,
		"We never share your email address with anyone else.":                       true,
		"We will use your details to contact 40% of families again in May.":         false,
	} {
		if got := isNoticeText(s); got != want {
			t.Errorf("isNoticeText(%q) = %v, want %v", s, got, want)
		}
	}
}
