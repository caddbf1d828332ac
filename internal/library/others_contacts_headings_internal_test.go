package library

import "testing"

// Headings over boxes of other bodies' contacts, numbered or not, and the
// document's own "Contact us" and notes it is not mistaken for (hostile
// check 65).
func TestOthersContactsHeadingsAreNotTheDocumentsOwn(t *testing.T) {
	for _, h := range []string{"Useful contacts", "Contacts", "Who to contact", "Where to get help", "Useful numbers", "Useful links and contacts", "Other useful contacts", "Need help?", "Need more help?", "Further support", "Help and advice", "3. Useful contacts", "Contacts:", "Local support"} {
		if !othersContactsSection(h) {
			t.Errorf("%q not a box", h)
		}
	}
	for _, h := range []string{"Contact us", "Contact details", "Contact", "Get in touch", "Further information", "About this report", "Support for families"} {
		if othersContactsSection(h) {
			t.Errorf("%q a box", h)
		}
	}
}
