package extract

import "testing"

// TestFurnitureOfWebinarRecordingsAndDigests: a webinar's recording block glued into one sentence, a
// network digest's opening, a wiki page's note on its comments, a form's
// instruction on its use, an abstract book's "as submitted" disclaimer and
// a speaker's tag giving the speaker's circumstance are furniture (set 51
// spent); sentences that report or ask stay. Every sentence is written for
// this test.
func TestFurnitureOfWebinarRecordingsAndDigests(t *testing.T) {
	for _, s := range []string{
		"Watch the recording https://example-trust.zoom.us/rec/share/Ab12Cd?startTime=16 Passcode: Sleep4All The recording is 58 minutes long and will be available until 30 June 2027.",
		"Watch the webinar again here",
		"The recording is 1 hour 10 minutes long and will be available until the end of March.",
		"We picked these posts for you from the last 14 days.",
		"We've selected these conversations you might have missed.",
		"Please leave comments below rather than editing the page.",
		"Please add your questions at the bottom of this page.",
		"NOTE: This form is to be used after a hearing.",
		"Abstracts are reproduced as submitted and have not been checked for accuracy.",
		"Parent, placed in bed and breakfast for 7 months",
		"Young person, waiting two years for an assessment",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"The recording of referrals improved: 84% now have an ethnicity code.",
		"We picked 40 schools for the pilot from the most deprived wards.",
		"Please leave the service open to families who moved away in the last year.",
		"Parents placed in hostels waited 7 months on average for a health visitor.",
		"Abstracts submitted by trainees rose by 30% this year.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
