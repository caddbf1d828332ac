package extract

import "testing"

// TestAuthorNotesAndMailingFootersAreFurniture: a post's note on its
// writer, the writer's disclaimer and a mailing's "You are receiving this
// email because ..." are furniture; findings about staff, views and mail
// are not.
func TestAuthorNotesAndMailingFootersAreFurniture(t *testing.T) {
	for _, s := range []string{
		"Priya Nair is a health visitor in Leeds.",
		"Dr Owen Marsh is a consultant paediatrician at Kelvale Hospital.",
		"She writes in a personal capacity.",
		"Owen writes here in a personal capacity and not on behalf of the trust.",
		"The views here are my own and not those of my employer.",
		"You are receiving this email because you signed up to the Healthy Schools newsletter.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Priya Nair is a health visitor who has seen her caseload double since 2022.",
		"Sam Reed is a nurse in a team where 4 of 9 posts are empty.",
		"The views of parents were not sought before the service closed.",
		"You received this email from the school, but 40% of parents never opened it.",
		"Our survey found that parents who are carers often act in a personal capacity without support.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q taken for furniture", s)
		}
	}
}
