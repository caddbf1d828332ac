package extract

import "testing"

// TestAGroupedQuestionLineGluedToItsDatesIsFurniture: a written answer
// copied as text joins the site's lines into one paragraph: "Tabled on:
// 4 March 2026" (or "Asked on:") before "This question was grouped with
// the following question(s) for answer:" and the grouped questions'
// numbers and titles after it ("UIN 51770, Children: Hearing
// Impairment"). The whole is the site's furniture, as each line alone
// is. A sentence that says more than the dates and numbers stays.
// Before: one excerpt.
func TestAGroupedQuestionLineGluedToItsDatesIsFurniture(t *testing.T) {
	cases := []struct {
		in        string
		furniture bool
	}{
		{"Tabled on: 4 March 2026 This question was grouped with the following question(s) for answer: UIN 51770, Children: Hearing Impairment", true},
		{"Asked on: 12 January 2026 This question was grouped with the following questions for answer: UIN 20931, Speech and Language Therapy UIN 20932, Children: Speech Therapy", true},
		{"This question was grouped with the following question(s) for answer: UIN 51770, Children: Hearing Impairment", true},
		{"Tabled on: 4 March 2026 This question was grouped with others after 41% of parents said they had waited over a year.", false},
	}
	for _, c := range cases {
		if got, _, _ := furnitureSentence(c.in); got != c.furniture {
			t.Errorf("%q: furniture %v, want %v", c.in, got, c.furniture)
		}
	}
}
