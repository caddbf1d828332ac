package library

import "testing"

// TestTagAuthorsWeekdayAfterAMarkOnly: a weekday after the names is cut
// only after a mark or "on" ("By Mira Castell on Thursday", "Mira
// Castell | Friday"); after a bare space it is a surname: "Mira Friday"
// is a person (hostile check 50).
func TestTagAuthorsWeekdayAfterAMarkOnly(t *testing.T) {
	for v, want := range map[string]string{
		"By Mira Friday":               "Mira Friday",
		"By Mira Castell on Thursday":  "Mira Castell",
		"Mira Castell | Friday":        "Mira Castell",
		"Mira Castell, Sunday":         "Mira Castell",
		"By Mira Castell, 5 weeks ago": "Mira Castell",
	} {
		if got, _ := tagAuthors(v); got != want {
			t.Errorf("tagAuthors(%q) = %q, want %q", v, got, want)
		}
	}
}
