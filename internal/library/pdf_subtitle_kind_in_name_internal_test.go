package library

import "testing"

// TestASubtitleEndingInANamedReviewIsASubtitle: a subtitle whose last word
// is a paper's kind capitalised as part of a name ("… for the Spending
// Review", "… before the Care Review") is about that name, and is the
// title's subtitle; a line naming only the paper's kind stays none.
func TestASubtitleEndingInANamedReviewIsASubtitle(t *testing.T) {
	for sub, want := range map[string]string{
		"Six priced asks for the Spending Review 2027":          "Six priced asks for the Spending Review 2027",
		"What families want to see in the National Care Review": "What families want to see in the National Care Review",
		"Annual review 2025":                      "",
		"Annual Health Review":                    "",
		"Director of Public Health annual report": "",
	} {
		if got := subtitleOf(sub); got != want {
			t.Errorf("subtitleOf(%q) = %q, want %q", sub, got, want)
		}
	}
	if got := withSubtitle("Investing in Children’s Services", subtitleOf("Six priced asks for the Spending Review 2027")); got != "Investing in Children’s Services: six priced asks for the Spending Review 2027" {
		t.Errorf("title = %q", got)
	}
}
