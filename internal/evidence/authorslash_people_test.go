package evidence_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestSlashBetweenPeopleOrNot: a slash, with spaces or none, between two
// names each written as a person's parts two people in every author
// field; a slash with a side that is no such name is left as written.
// Before, "Mira Castell/Tom Ashby" was one name, and "Mira Castell / Tom
// Ashby" one four-word name (hostile check 51). Invented names.
func TestSlashBetweenPeopleOrNot(t *testing.T) {
	for field, want := range map[string][]string{
		"Mira Castell/Tom Ashby":                {"Mira Castell", "Tom Ashby"},
		"Mira Castell / Tom Ashby":              {"Mira Castell", "Tom Ashby"},
		"Mira Castell/Tom Ashby/Ana de la Cruz": {"Mira Castell", "Tom Ashby", "Ana de la Cruz"},
		"Mira Castell/Tom Ashby and Ada Quill":  {"Mira Castell", "Tom Ashby", "Ada Quill"},
		"A/B testing":                           {"A/B testing"},
		"and/or":                                {"and/or"},
		"Mira Castell and/or Tom Ashby":         {"Mira Castell and/or Tom Ashby"},
		"Mira Castell (she/her)":                {"Mira Castell"},
		"NHS England/Improvement":               {"NHS England/Improvement"},
		"Westmere Trust/Tom Ashby":              {"Westmere Trust/Tom Ashby"},
		"https://ex.org/Mira Castell":           {"https://ex.org/Mira Castell"},
		// A post after the names ends them, as after a bar: before,
		// "Research Lead" was a second person, cited "Castell and Lead".
		"Mira Castell/Research Lead":             {"Mira Castell"},
		"Mira Castell/Tom Ashby/Policy Officers": {"Mira Castell", "Tom Ashby"},
		"Mira Castell / Head of Research":        {"Mira Castell"},
		"Tom Head/Mira Castell":                  {"Tom Head", "Mira Castell"},
	} {
		if got := evidence.Authors(field); !slices.Equal(got, want) {
			t.Errorf("Authors(%q) = %q, want %q", field, got, want)
		}
	}
	if got := evidence.Authors("Mira Castell 4/5/2024"); slices.ContainsFunc(got, func(n string) bool { return n == "4" || n == "5" }) {
		t.Errorf("a date read as names: %q", got)
	}
}
