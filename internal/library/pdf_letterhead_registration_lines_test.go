package library_test

import (
	"strings"
	"testing"
)

// A charity's letterhead sets its registered number under its address
// ("Charity number 1187342", "Registered charity no. 1187342"): a number,
// no body, though it says "charity". Over an addressee's block a letter
// names its sender by no body's word the import can be sure of, so it
// asks for its publisher; the addressee's council and its building
// ("Holmbridge Metropolitan Council" over "Town Hall") never publish it.
// Before (hostile check 64), the first letter was published by "Charity
// number 1187342", the second by "Holmbridge Metropolitan Council Town
// Hall". A council's own letter over its Town Hall stays the council's,
// without the building.
func TestLetterheadRegistrationLineNamesNoPublisher(t *testing.T) {
	for _, name := range []string{"charitynumberletter.pdf", "charitynumbertownhallletter.pdf"} {
		im, err := importLetterS82(t, name)
		if err == nil {
			if p := im.Source.Publisher; p != "Holmbridge Carers Hub" {
				t.Errorf("%s: publisher %q, want Holmbridge Carers Hub or asked for", name, p)
			}
			continue
		}
		if !strings.Contains(err.Error(), "--publisher") {
			t.Errorf("%s: error %q does not ask for --publisher", name, err)
		}
	}
	im, err := importLetterS82(t, "townhallownletter.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Holmbridge Metropolitan Council" {
		t.Errorf("council's own letter: publisher %q, want Holmbridge Metropolitan Council", im.Source.Publisher)
	}
}
