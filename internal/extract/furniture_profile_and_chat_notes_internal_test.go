package extract

import "testing"

// TestProfileLabelsFileNotesAndDataReturnsAreFurniture: a profile's
// comparison label, a note that a file is in a team's shared space, a
// request for a data return by a date and a masthead of a body and its
// team are furniture; sentences that say what was compared, what is in a
// channel or what was asked of a body, and a bar before figures or a
// sentence, stay.
func TestProfileLabelsFileNotesAndDataReturnsAreFurniture(t *testing.T) {
	for _, s := range []string{
		"Compared with England: Better 95%",
		"Compared with the region: Similar",
		"The March tracker is now in the channel files.",
		"Ola Berg: The updated risk log has been uploaded to the SharePoint site.",
		"Could trusts please send their September referral figures by Friday 10 October?",
		"Can all practices please return the audit data to the ICB by 30 June.",
		"Northby ICB | Children's Commissioning Team",
		"Kelby and Dene Council | Office of the Director of Public Health",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Compared with England, the borough's admission rate was 31% higher in 2024.",
		"The share of pupils seen is now in line with the national average.",
		"Children's views are now in the channel the youth council runs every week, and 60 posted in March.",
		"Could the ICB please publish its waiting times by pathway every month?",
		"Could trusts please send families a letter explaining the wait by the end of the month?",
		"Referrals | 1,240 | up 9%",
		"Northby ICB | waits rose again in the spring",
		"Northby ICB",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
