package extract

import "testing"

// TestASignpostForAWorriedReaderIsFurniture: a page's line telling a
// reader with a worry whom to speak to is furniture; the same opening
// over a finding, an ask of a body or a figure stays. Every sentence is
// written for this test.
func TestASignpostForAWorriedReaderIsFurniture(t *testing.T) {
	for _, s := range []string{
		"If you have a concern about your child's speech, please speak to your health visitor first.",
		"If you are worried that your son may be self-harming, talk to your GP or the school nurse.",
		"If you are concerned about a young person's eating, you can contact the team directly on 01632 960 111.",
		"If you have any worries, please tell a member of staff.",
		"If you have a question about this inspection, or want to tell us about your care, please get in touch.",
		"If you have questions about this summary, contact the policy team.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"If you are worried about waiting, you are not alone: 42% of parents told us the same.",
		"If you have a concern about a school, the council should be the first to hear of it.",
		"If you are worried, it is because families have waited too long for help.",
		"If you have a concern about your child, schools must speak to you within five days.",
		"If you are concerned about your child, you can call the duty line, but parents said it rang out.",
		"If you have a question about your child's referral, the trust should answer it within 10 days.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
