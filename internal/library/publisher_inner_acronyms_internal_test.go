package library

import "testing"

// TestInnerAcronymSpeltAsTheDocumentWritesIt: a publisher whose name
// holds an acronym ("Fenmoor CYP Eczema Network", a running header's
// form) is named as the document spells it out; with no spelt-out form
// in the text, or initials that do not match, the name stays.
func TestInnerAcronymSpeltAsTheDocumentWritesIt(t *testing.T) {
	body := "Contact us: Fenmoor Children and Young People’s Eczema Network, 2 Mill Lane, Fenmoor.\n\nFenmoor CYP Eczema Network\n"
	if got := fullPublisher("Fenmoor CYP Eczema Network", body); got != "Fenmoor Children and Young People’s Eczema Network" {
		t.Errorf("got %q, want the name spelt out", got)
	}
	if got := fullPublisher("Fenmoor CYP Eczema Network", "Fenmoor CYP Eczema Network\n\nCommunity Youth Panels meet monthly."); got != "Fenmoor CYP Eczema Network" {
		t.Errorf("got %q, want the name as given", got)
	}
	if got := fullPublisher("Fenmoor CYP Eczema Network", "Fenmoor Children and Parents Eczema Network"); got != "Fenmoor CYP Eczema Network" {
		t.Errorf("got %q: initials that do not match spell nothing", got)
	}
}
