package extract

import "testing"

// TestAListMembersRequestForRepliesIsFurniture: a question asking anyone on
// a mailing list to share what they know, and where to send the replies,
// are furniture; a question about what members see, a request of a body
// and a request with a figure stay. Every sentence is written for this
// test.
func TestAListMembersRequestForRepliesIsFurniture(t *testing.T) {
	for _, s := range []string{
		"Could anyone share their health visitor caseloads, and whether you run a duty desk?",
		"Hi all, can anybody point me to a good transition protocol for 17-year-olds?",
		"Does anyone have an example of a school nursing specification they could send me?",
		"Replies off-list are fine and I will circulate a summary to the list.",
		"Please reply off-list.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Is anyone else seeing more families turn down the Year 6 weighing?",
		"Could the ICB share its waiting list figures with the forum every month?",
		"Could anyone share why 40% of referrals in our area are rejected?",
		"Does anyone have a view on whether councils should fund the service, because our trust cannot?",
		"Replies to our survey show that parents want shorter waits.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
