package evidence

import "testing"

// TestTitleBeforeTheSurnameIsOnePerson: a person written surname first
// with a title before the surname ("Dr Smith, Jane", "Prof. Smith, J.")
// is one person, the title kept before the given name (round 25, red
// team). Before: "Dr Smith, Jane" was two authors, cited "(Smith and
// Jane, 2024)", and "Prof Smith, J." read as "J. Prof Smith".
func TestTitleBeforeTheSurnameIsOnePerson(t *testing.T) {
	authorsAre(t, map[string][]string{
		"Dr Smith, Jane":                {"Dr Jane Smith"},
		"Prof Smith, J.":                {"Prof J. Smith"},
		"Professor Sir Marmot, Michael": {"Professor Sir Michael Marmot"},
		"Dr Smith, Jane and Doe, Anne":  {"Dr Jane Smith", "Anne Doe"},
		"Dr Smith, Jane; Dr Doe, Anne":  {"Dr Jane Smith", "Dr Anne Doe"},
		"Dr Ó Briain, Dara":             {"Dr Dara Ó Briain"},
	})
	referencesStart(t, "Dr Smith, Jane", "Smith", map[Style]string{
		Harvard: "Smith, J. (2024)", APA: "Smith, J. (2024)", Vancouver: "Smith J. Waits",
	})
	referencesStart(t, "Prof Smith, J.", "Smith", map[Style]string{
		Harvard: "Smith, J. (2024)", APA: "Smith, J. (2024)", Vancouver: "Smith J. Waits",
	})
}
