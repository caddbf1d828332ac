package library

import "testing"

// Headings over boxes of other bodies' contacts, numbered or not, and the
// document's own "Contact us" and notes it is not mistaken for (hostile
// check 65).
func TestOthersContactsHeadingsAreNotTheDocumentsOwn(t *testing.T) {
	for _, h := range []string{"Useful contacts", "Contacts", "Who to contact", "Where to get help", "Useful numbers", "Useful links and contacts", "Other useful contacts", "Need help?", "Need more help?", "Further support", "Help and advice", "3. Useful contacts", "Contacts:", "Local support",
		// Headings naming the bodies as others (hostile check 66).
		"Other organisations that can help", "Local support services", "Partner organisations", "Sources of support",
		"Other sources of support", "Contact details for partner organisations", "Organisations that can help you",
		"Contact details for local services", "Partner agencies", "Other agencies and charities", "Local services",
		"4. Organisations and charities who can help", "Places of support"} {
		if !othersContactsSection(h) {
			t.Errorf("%q not a box", h)
		}
	}
	for _, h := range []string{"Contact us", "Contact details", "Contact", "Get in touch", "Further information", "About this report", "Support for families",
		"Partnership working", "Community services", "Our partners", "Contact details for this report", "Services for children",
		"Support for partner organisations", "Specialist services"} {
		if othersContactsSection(h) {
			t.Errorf("%q a box", h)
		}
	}
}
