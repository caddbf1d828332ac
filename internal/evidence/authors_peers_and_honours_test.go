package evidence

import "testing"

// TestPeersAndHonoursArePeople: a peer's title and territorial
// designation ("Lord Darzi of Denham", "Baroness Smith of Basildon") and
// an honour before a name ("Sir", "Dame", "Professor Sir") name a
// person, cited by surname (issue 15 leftovers). Before: the "of" of the
// designation made "Lord Darzi of Denham" a body, cited whole, "(Lord
// Darzi of Denham, 2024)", and `cypx check` told the user to make it the
// publisher.
func TestPeersAndHonoursArePeople(t *testing.T) {
	for _, name := range []string{"Lord Darzi of Denham", "Baroness Smith of Basildon", "Lord Ara Darzi of Denham", "Sir Michael Marmot", "Dame Rachel de Souza", "Professor Sir Michael Marmot", "Viscount Younger of Leckie"} {
		if Corporate(name) {
			t.Errorf("Corporate(%q) = true, want a person", name)
		}
	}
	referencesStart(t, "Lord Darzi of Denham", "Darzi", map[Style]string{Harvard: "Darzi (2024)", APA: "Darzi. (2024)", Vancouver: "Darzi. Waits"})
	referencesStart(t, "Lord Ara Darzi of Denham", "Darzi", map[Style]string{Harvard: "Darzi, A. (2024)", APA: "Darzi, A. (2024)", Vancouver: "Darzi A. Waits"})
	referencesStart(t, "Baroness Smith of Basildon and NHS Providers", "Smith and NHS Providers", map[Style]string{Harvard: "Smith and NHS Providers (2024)"})
	referencesStart(t, "Professor Sir Michael Marmot", "Marmot", map[Style]string{Harvard: "Marmot, M. (2024)"})
	// A title with no name after it is no person: "Professor of Child
	// Health" is a chair, and stays whole.
	if !Corporate("Professor of Child Health") {
		t.Errorf("Corporate(%q) = false, want a post's name kept whole", "Professor of Child Health")
	}
}

// TestNamesOutsideTheListArePeople: a person whose given name is not in
// the built-in list ("Aarav Patel", "Siobhán Ní Bhriain") is a person
// beside a body joined by "and", and before a body in brackets: two or
// three capitalised words, Gaelic prefixes and particles aside, with no
// word a body is named by (issue 15 leftovers). Before: joined to the
// body as one body's name, "(NHS Providers and Aarav Patel, 2024)", and
// "Aarav Patel (NHS Providers)" cited whole.
func TestNamesOutsideTheListArePeople(t *testing.T) {
	authorsAre(t, map[string][]string{
		"NHS Providers and Aarav Patel":                   {"NHS Providers", "Aarav Patel"},
		"NHS Providers and Siobhán Ní Bhriain":            {"NHS Providers", "Siobhán Ní Bhriain"},
		"Siobhán Ní Bhriain and Health Foundation":        {"Siobhán Ní Bhriain", "Health Foundation"},
		"Department of Health and Aarav Patel":            {"Department of Health", "Aarav Patel"},
		"Healthwatch and Kwabena Mensah-Bonsu":            {"Healthwatch", "Kwabena Mensah-Bonsu"},
		"Aarav Patel (NHS Providers)":                     {"Aarav Patel"},
		"Institute for Fiscal Studies and Xu Wei":         {"Institute for Fiscal Studies", "Xu Wei"},
		"Chidi Okafor and Oluwaseun Adeyemi":              {"Chidi Okafor", "Oluwaseun Adeyemi"},
		"Aarav Patel, Siobhán Ní Bhriain and NHS England": {"Aarav Patel", "Siobhán Ní Bhriain", "NHS England"},
		// Bodies' names with "and" stay whole.
		"Health and Social Care Board":                       {"Health and Social Care Board"},
		"Royal College of Paediatrics and Child Health":      {"Royal College of Paediatrics and Child Health"},
		"Department for Environment, Food and Rural Affairs": {"Department for Environment, Food and Rural Affairs"},
		"Mental Health Foundation and Young Minds":           {"Mental Health Foundation and Young Minds"},
		"Department for Education and Skills":                {"Department for Education and Skills"},
		"Centre for Mental Health and Youth Access":          {"Centre for Mental Health and Youth Access"},
	})
	referencesStart(t, "NHS Providers and Aarav Patel", "NHS Providers and Patel", map[Style]string{Harvard: "NHS Providers and Patel, A. (2024)"})
}
